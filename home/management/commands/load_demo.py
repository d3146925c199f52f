"""Build the demo site: each installed app's ``demo.load()``, in INSTALLED_APPS order."""

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
            for app_config in demo_apps():
                self.stdout.write(f"Demo content: {app_config.label}")
                import_module(f"{app_config.name}.demo").load()
            synchronize_all_locales()
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))


def demo_apps():
    return [
        app_config
        for app_config in apps.get_app_configs()
        if module_has_submodule(app_config.module, "demo")
    ]
