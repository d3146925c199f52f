"""The events index and events (pages.py) and their registrations (registrations.py)."""

from .pages import EventIndexPage, EventPage
from .registrations import Registration

__all__ = ["EventIndexPage", "EventPage", "Registration"]
