"""Django's PostgreSQL backend with bounded waits (base.py)."""
