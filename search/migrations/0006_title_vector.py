"""The title's own vector, with a GIN index (PostgreSQL): a search ranks the pages whose
title matches, and a bounded number of the others (search/query.py)."""

import django.contrib.postgres.search
from django.db import migrations

INDEX = "search_searchentry_title_vector_gin"


def fill(apps, schema_editor):
    """The index first, then the vectors: an index made after an update in the same
    transaction can be unusable while any older transaction of the server runs (the
    update's HOT chains, ``pg_index.indcheckxmin``): seen on the shared benchmark
    machine, where its searches then scanned every English entry."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON search_searchentry USING gin (title_vector)"
        )
        schema_editor.execute(
            "UPDATE search_searchentry "
            "SET title_vector = to_tsvector(config::regconfig, coalesce(title, ''))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("search", "0005_result_labels")]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="title_vector",
            field=django.contrib.postgres.search.SearchVectorField(null=True),
        ),
        migrations.RunPython(fill, drop_index),
    ]
