"""Build the demo site: each installed app's ``demo.load()``, in INSTALLED_APPS order, then
each ``demo.finish()`` (for what links the apps' pages together)."""

from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import module_has_submodule

from core.demo_helpers import synchronize_all_locales


class Command(BaseCommand):
    help = (
        "Create the demo content from the Alliance's own pages, in English with French "
        "translations, and give every language the whole page tree. Safe to run again."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            modules = [import_module(f"{app.name}.demo") for app in demo_apps()]
            for module in modules:
                self.stdout.write(f"Demo content: {module.__name__}")
                module.load()
            # Then what needs every app's pages (links between apps), in the same order.
            for module in modules:
                if hasattr(module, "finish"):
                    module.finish()
            synchronize_all_locales()
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))


def demo_apps():
    return [
        app_config
        for app_config in apps.get_app_configs()
        if module_has_submodule(app_config.module, "demo")
    ]
