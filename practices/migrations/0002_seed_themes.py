"""Seed the themes in the source language; editors manage them from then on."""

import uuid

from django.conf import settings
from django.db import migrations

from practices.themes import SEED_THEMES


def seed_themes(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Theme = apps.get_model("practices", "Theme")
    locale, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    for slug, name, _french in SEED_THEMES:
        if not Theme.objects.filter(locale=locale, slug=slug).exists():
            Theme.objects.create(
                locale=locale, slug=slug, name=name, translation_key=uuid.uuid4()
            )


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(seed_themes, migrations.RunPython.noop)]
