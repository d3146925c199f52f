"""Demo content of core: the setting that makes every page say it shows sample content."""

from core.models import DemoSettings


def load():
    """Turn on the demo banner (components/demo_banner.html)."""
    settings = DemoSettings.load()
    if not settings.is_demo:
        settings.is_demo = True
        settings.save()
