"""ICU collations for the practices' title order, on PostgreSQL only.

One per interface language, numeric ("Practice 2" before "Practice 10") and in that
language's alphabet (Czech "ch" after "h"), and ``alliance_title_und`` (the root order,
also numeric) for a language ICU does not know, such as Romani. practices/sorting.py
names them; SQLite has no ICU collations (the title order is made in Python there).
"""

from django.db import migrations

# Frozen here: practices/sorting.py COLLATED_LANGUAGES names the same.
LANGUAGES = [
    "bg", "bs", "cs", "de", "el", "en", "es", "fi", "fr", "hr", "hu", "it", "mk",
    "nl", "pl", "pt", "ro", "sk", "sl", "sq", "sr", "sv", "tr", "uk", "und",
]  # fmt: skip


def create_collations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for language in LANGUAGES:
        schema_editor.execute(
            f"CREATE COLLATION IF NOT EXISTS alliance_title_{language} "
            f"(provider = icu, locale = '{language}-u-kn-true')"
        )


def drop_collations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for language in LANGUAGES:
        schema_editor.execute(f"DROP COLLATION IF EXISTS alliance_title_{language}")


class Migration(migrations.Migration):
    dependencies = [("practices", "0003_filter_indexes")]

    operations = [migrations.RunPython(create_collations, drop_collations)]
