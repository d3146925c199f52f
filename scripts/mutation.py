"""Mutation testing of the modules that guard people and data (mutmut 3), one module at a
time with the test files that cover it. Run through scripts/mutation.sh; docs/testing.md
says how to read the result.

Each module is mutated in a copy of the working tree in a temporary folder (mutmut's
``mutants/`` folder lives there, never in the tree), with its own PostgreSQL test database
when PostgreSQL answers, so shards can run side by side. The score is
killed / (mutants - skipped): a mutant no test reaches counts as a survivor.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Module -> the test files that exercise it. mutmut runs the listed files once to learn
# which test reaches which function, then runs only those tests against each mutant.
MODULES = {
    "core/visibility.py": [
        "tests/core/test_visibility_rules.py",
        "tests/core/test_visibility.py",
        "tests/security/test_privacy.py",
        "tests/practices/test_guards.py",
    ],
    "core/routing.py": ["tests/core/test_routing.py"],
    "core/generation.py": [
        "tests/core/test_generation.py",
        "tests/core/test_release.py",
        "tests/core/test_invalidation.py",
        "tests/core/test_page_cache.py",
    ],
    "core/invalidation.py": ["tests/core/test_invalidation.py"],
    "core/page_cache.py": [
        "tests/core/test_page_cache_parameters.py",
        "tests/core/test_page_cache.py",
        "tests/core/test_cache_declarations.py",
    ],
    "workflow/permissions.py": [
        "tests/workflow/test_snippet_permissions.py",
        "tests/workflow/test_roles.py",
    ],
    "workflow/roles.py": [
        "tests/workflow/test_roles.py",
        "tests/workflow/test_snippet_permissions.py",
    ],
    "forms/spam.py": ["tests/forms/test_spam.py", "tests/forms/test_limits.py"],
    "forms/access.py": ["tests/forms/test_submission_access.py"],
    "forms/exports.py": ["tests/forms/test_exports.py"],
    "forms/participant_draft.py": [
        "tests/forms/test_participant_draft_answers.py",
        "tests/forms/test_participant_draft.py",
    ],
    "forms/admin_views.py": [
        "tests/forms/test_submission_access.py",
        "tests/forms/test_participant_draft.py",
        "tests/forms/test_exports.py",
    ],
    # Where a post becomes a stored submission (or is refused, storing nothing).
    # forms/models/submissions.py has nothing mutmut can mutate (get_data calls
    # super() without arguments, mails_pending is a property): see docs/testing.md.
    "forms/models/pages.py": [
        "tests/forms/test_page_tree.py",  # the form's reserved field names (its clean())
        "tests/forms/test_submissions.py",
        "tests/forms/test_spam.py",
        "tests/forms/test_thanks.py",
        "tests/forms/test_translation.py",
    ],
    # The listing and map filters: what a filtered list and its map show.
    "practices/filters.py": [
        "tests/practices/test_filters.py",
        "tests/practices/test_map_features.py",
        "tests/practices/test_facet_choices.py",  # the options' order, the types offered
        "tests/performance/test_query_budgets.py",  # the map read in a fixed number of queries
        "tests/practices/test_sorting.py",  # result_pks: the orders chosen
        "tests/practices/test_map_and_list.py",
        "tests/practices/test_guards.py",
        "tests/practices/test_participant_language.py",
    ],
    "practices/listing.py": [
        "tests/practices/test_list_items.py",
        "tests/practices/test_filters.py",
        "tests/practices/test_map_and_list.py",
        "tests/practices/test_guards.py",
        "tests/practices/test_participant_language.py",
    ],
    "participants/views.py": [
        "tests/participants/test_map_and_list.py",
        "tests/participants/test_geojson.py",
        "tests/participants/test_rendering.py",
    ],
    # The home page's map teaser: only live, public participants become dots.
    "participants/map_teaser.py": ["tests/participants/test_map_teaser.py"],
}

# What the copy needs besides the packages: Django finds templates, catalogs and static
# files from the project folder.
PACKAGES = sorted(
    path.parent.name
    for path in ROOT.glob("*/__init__.py")
    if path.parent.name not in {"tests", "bench", "scripts", "mutants"}
)
# build/ (the font subsets, the map of Europe) is a link to the tree's: mutmut copies it
# into mutants/ as a folder, so the static files the tests look for are found there too.
ALSO_COPY = ["manage.py", "site", "locale", "tests", "build"]


def mutmut_section(module, test_files):
    def toml_list(items):
        return "[" + ", ".join(json.dumps(item) for item in items) + "]"

    return "\n".join(
        [
            "",
            "[tool.mutmut]",
            f"source_paths = {toml_list(PACKAGES)}",
            f"only_mutate = {toml_list([module])}",
            f"also_copy = {toml_list(ALSO_COPY)}",
            f"pytest_add_cli_args_test_selection = {toml_list(test_files)}",
            # One process, one database; the tests keep the test database between mutants.
            'pytest_add_cli_args = ["-n", "0", "-p", "no:hypothesispytest", "--reuse-db"]',
            # mutmut times only the tests' bodies; their fixtures (25 locales, a site) take
            # seconds more, and the machine may be shared: no timeout before about two minutes.
            "timeout_constant = 6.0",
            "",
        ]
    )


def tracked_files():
    out = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout
    return [name for name in out.decode().split("\0") if name]


def make_copy(work, module, test_files):
    """The working tree (tracked and new files, not ignored ones) copied into ``work``."""
    for name in tracked_files():
        source = ROOT / name
        if not source.is_file():
            continue  # deleted in the working tree
        target = work / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    (work / "node_modules").symlink_to(ROOT / "node_modules")
    (work / "build").symlink_to(ROOT / "build")  # the font subsets (scripts/font_subsets.py)
    pyproject = work / "pyproject.toml"
    pyproject.write_text(pyproject.read_text() + mutmut_section(module, test_files))


def database_url(shard):
    """A PostgreSQL database of the shard's own, or None (SQLite) when PostgreSQL is not
    there. ``MUTATION_DATABASE_URL`` names another server."""
    base = os.environ.get("MUTATION_DATABASE_URL")
    if base is None:
        answered = shutil.which("pg_isready") and (
            subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432"]).returncode == 0
        )
        if not answered:
            return None
        base = "postgres://postgres@127.0.0.1:5432"
    # Of this run's own, so that two runs of one module never share a test database; short,
    # since PostgreSQL cuts names at 63 characters and pytest-django prefixes "test_" to it
    # once per session mutmut runs in its process (up to four times).
    return f"{base.rstrip('/')}/mut_{shard}_{os.getpid()}"


def drop_test_databases(url):
    """The shard's test databases are kept between mutants (--reuse-db): start anew, and
    leave none behind. Each pytest session mutmut starts in its own process prefixes the
    name once more (test_test_...), so every name ending in the shard's is dropped."""
    server, name = url.rsplit("/", 1)
    admin = f"{server}/postgres"
    listed = subprocess.run(
        [
            "psql",
            admin,
            "-tAc",
            f"select datname from pg_database where datname like 'test\\_%{name}'",
        ],
        check=False,
        capture_output=True,
        text=True,
    ).stdout.split()
    for database in listed:
        if database.endswith(name) and set(database[: -len(name)].split("_")) <= {"test", ""}:
            subprocess.run(
                ["psql", admin, "-qc", f'drop database if exists "{database}"'],
                check=False,
                capture_output=True,
            )


def mutmut(work, *args, env, capture=False, log=None):
    command = [str(Path(sys.executable).parent / "mutmut"), *args]
    if log is not None:
        with log.open("w") as out:
            return subprocess.run(command, cwd=work, env=env, check=False, stdout=out, stderr=out)
    return subprocess.run(
        command, cwd=work, env=env, check=False, text=True, capture_output=capture
    )


def results(work, env):
    """{mutant name: status} from mutmut's own result files."""
    statuses = {}
    out = mutmut(work, "results", "--all", "true", env=env, capture=True).stdout
    for line in out.splitlines():
        name, _, status = line.strip().rpartition(": ")
        if name:
            statuses[name] = status
    return statuses


def run_module(module, work_root, keep):
    shard = module.removesuffix(".py").replace("/", "_")
    work = work_root / shard
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    make_copy(work, module, MODULES[module])
    env = dict(os.environ)
    env.pop("DATABASE_URL", None)
    url = database_url(shard)
    if url:
        env["DATABASE_URL"] = url
        drop_test_databases(url)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    env["MEDIA_ROOT"] = str(work / "media")
    started = time.monotonic()
    print(f"== {module}: tests {' '.join(MODULES[module])}", flush=True)
    log = work_root / f"{shard}.log"
    run = mutmut(work, "run", "--max-children", "1", env=env, log=log)
    statuses = results(work, env)
    seconds = round(time.monotonic() - started)
    if not statuses:
        print(f"   mutmut gave no results (exit {run.returncode}); its output is in {log}")
        return {"module": module, "error": True, "seconds": seconds}
    total = len(statuses)
    skipped = sum(status == "skipped" for status in statuses.values())
    killed = sum(status in ("killed", "timeout") for status in statuses.values())
    survivors = sorted(
        name for name, status in statuses.items() if status not in ("killed", "timeout", "skipped")
    )
    score = 100 * killed / max(total - skipped, 1)
    print(f"   {killed}/{total - skipped} killed: {score:.1f} % in {seconds} s")
    for name in survivors:
        shown = mutmut(work, "show", name, env=env, capture=True).stdout
        print(f"   {statuses[name]}: {shown.strip()}\n")
    if not keep:
        shutil.rmtree(work, ignore_errors=True)
    if url and not keep:
        drop_test_databases(url)
    return {
        "module": module,
        "killed": killed,
        "tested": total - skipped,
        "score": round(score, 1),
        "survivors": survivors,
        "seconds": seconds,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help="paths of guard modules (default: all)")
    parser.add_argument("--list", action="store_true", help="list the guard modules and exit")
    parser.add_argument("--keep", action="store_true", help="keep the work folder to browse")
    parser.add_argument("--min-score", type=float, default=85.0)
    args = parser.parse_args()
    if args.list:
        for module, tests in MODULES.items():
            print(module, " ".join(tests))
        return 0
    unknown = [module for module in args.modules if module not in MODULES]
    if unknown:
        parser.error(f"not a guard module: {', '.join(unknown)} (see --list)")
    modules = args.modules or list(MODULES)
    work_root = os.environ.get("MUTATION_DIR") or tempfile.mkdtemp(prefix="alliance-mutation-")
    work_root = Path(work_root)
    print(f"Work folder: {work_root}")
    reports = [run_module(module, work_root, args.keep) for module in modules]
    print("\n| module | killed / mutants | score | seconds |\n| --- | --- | --- | --- |")
    failed = False
    for report in reports:
        if report.get("error"):
            print(f"| {report['module']} | error | | {report['seconds']} |")
            failed = True
            continue
        print(
            f"| {report['module']} | {report['killed']} / {report['tested']} "
            f"| {report['score']} % | {report['seconds']} |"
        )
        failed = failed or report["score"] < args.min_score
    if not args.keep and not os.environ.get("MUTATION_DIR"):
        shutil.rmtree(work_root, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
