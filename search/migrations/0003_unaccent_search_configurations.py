"""Accent-insensitive search configurations, and the index is built again with them.

PostgreSQL only (SQLite has neither; search/query.py folds accents in Python there).
Creates the ``unaccent`` and ``pg_trgm`` extensions, then for each PostgreSQL stemmer the
site uses a configuration ``alliance_<stemmer>`` copying it, whose words go through
``unaccent`` before the stemmer, and ``alliance_simple`` (unaccent, then lowercase) for
the languages PostgreSQL has no stemmer for. Every entry's vector is rebuilt in SQL with
its new configuration (what ``rebuild_site_search`` would give, in seconds instead of
minutes at scale). Reversing rebuilds the vectors with the former configurations and
drops the new ones; the extensions stay (other parts of the site may use them, and they
cost nothing).
"""

from django.db import migrations

# Frozen here: search/languages.py may change after this migration.
STEMMERS = [
    "danish",
    "dutch",
    "english",
    "finnish",
    "french",
    "german",
    "greek",
    "hungarian",
    "italian",
    "lithuanian",
    "norwegian",
    "portuguese",
    "romanian",
    "russian",
    "serbian",
    "spanish",
    "swedish",
    "turkish",
]
PREFIX = "alliance_"
TOKENS = "hword, hword_part, word"
ASCII_TOKENS = "asciihword, hword_asciipart, asciiword"

REBUILD = """
    UPDATE search_searchentry SET vector =
        setweight(to_tsvector(config::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector(config::regconfig, coalesce(body, '')), 'B')
"""


def create_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    execute = schema_editor.execute
    execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for stemmer in STEMMERS:
        name = PREFIX + stemmer
        execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
        execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{stemmer})")
        execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} "
            f"ALTER MAPPING FOR {TOKENS} WITH unaccent, {stemmer}_stem"
        )
    name = PREFIX + "simple"
    execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
    execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.simple)")
    execute(
        f"ALTER TEXT SEARCH CONFIGURATION {name} "
        f"ALTER MAPPING FOR {TOKENS}, {ASCII_TOKENS} WITH unaccent, simple"
    )
    execute(
        "UPDATE search_searchentry SET config = %s || config WHERE config NOT LIKE %s",
        [PREFIX, PREFIX + "%"],
    )
    execute(REBUILD)


def drop_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    execute = schema_editor.execute
    execute(
        "UPDATE search_searchentry SET config = substr(config, %s) WHERE config LIKE %s",
        [len(PREFIX) + 1, PREFIX + "%"],
    )
    execute(REBUILD)
    for stemmer in [*STEMMERS, "simple"]:
        execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {PREFIX}{stemmer}")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_vector_gin_index")]

    operations = [migrations.RunPython(create_configurations, drop_configurations)]
