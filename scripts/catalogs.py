"""Compile and check the interface catalogs in locale/.

    python scripts/catalogs.py compile          # .po -> .mo for every language
    python scripts/catalogs.py check            # what .ci/run runs
    python scripts/catalogs.py check --complete # also fail on an untranslated string

The check fails when a catalog does not parse, when its compiled .mo is missing or out
of date, when a translation's placeholders differ from its source string's, or when a
string marked for translation in the code or templates is missing from a catalog (found
by running makemessages in a temporary copy of the tree; needs GNU gettext's xgettext).
Compiling is done with polib (pure Python), so a fresh clone needs no gettext tools.
"""

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
LOCALE_DIR = ROOT / "locale"
# Not copied for makemessages: no strings of the site in them (tests are ignored as the
# documented makemessages command ignores them).
NOT_SOURCES = [".*", "__pycache__", "*.pyc", "locale", "media", "node_modules", "static_collected"]
NOT_SOURCES += ["test-artifacts", "tests", "docs", "bench", "*.sqlite3"]
SOURCE_LANGUAGE = "en"  # the msgids are English: its catalog may leave them as they are
PLACEHOLDER_RE = re.compile(
    r"%\((?P<name>[^)]+)\)[-#0 +]*\d*(?:\.\d+)?[sdifr]|%[-#0 +]*\d*(?:\.\d+)?[sdifr]|\{[a-z_]*\}"
)


def catalogs():
    return sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po"))


def placeholders(text):
    return sorted(match.group(0) for match in PLACEHOLDER_RE.finditer(text))


def translations_of(entries):
    """Map (context, msgid, plural) to the translation, for the translated entries."""
    result = {}
    for entry in entries:
        if entry.obsolete or "fuzzy" in entry.flags:
            continue
        if entry.msgid_plural:
            for index, text in sorted(entry.msgstr_plural.items()):
                if text:
                    result[(entry.msgctxt, entry.msgid, index)] = text
        elif entry.msgstr:
            result[(entry.msgctxt, entry.msgid, None)] = entry.msgstr
    return result


def extracted_msgids(root=ROOT):
    """(context, msgid) of every string marked in the code and templates, as makemessages
    finds them, or None without xgettext. makemessages runs in a temporary copy of the tree,
    so the catalogs stay as they are."""
    if not shutil.which("xgettext"):
        return None
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "src"
        shutil.copytree(root, copy, ignore=shutil.ignore_patterns(*NOT_SOURCES))
        (copy / "locale").mkdir()
        subprocess.run(
            [sys.executable, "manage.py", "makemessages", "-l", "en", "--no-location"],
            cwd=copy,
            check=True,
            capture_output=True,
        )
        found = polib.pofile(str(copy / "locale" / "en" / "LC_MESSAGES" / "django.po"))
        return {(entry.msgctxt, entry.msgid) for entry in found if not entry.obsolete}


def missing_msgids(po, extracted):
    """The strings of the code and templates that the catalog ``po`` lacks, sorted."""
    present = {(entry.msgctxt, entry.msgid) for entry in po if not entry.obsolete}
    return sorted(extracted - present, key=lambda key: (key[1], key[0] or ""))


def compile_all():
    for po_path in catalogs():
        po = polib.pofile(str(po_path))
        po.save_as_mofile(str(po_path.with_suffix(".mo")))
        print(f"compiled {po_path.relative_to(LOCALE_DIR.parent)}")


def check_catalog(po_path, complete, extracted=None):
    problems = []
    complete = complete and po_path.parent.parent.name != SOURCE_LANGUAGE
    try:
        po = polib.pofile(str(po_path))
    except (OSError, ValueError) as error:
        return [f"does not parse: {error}"]
    for context, msgid in missing_msgids(po, extracted or set()):
        where = f" (context {context!r})" if context else ""
        problems.append(f"missing: {msgid!r}{where} is marked in the code but not in the catalog")
    for entry in po:
        if entry.obsolete:
            continue
        sources = [entry.msgid] + ([entry.msgid_plural] if entry.msgid_plural else [])
        targets = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        for target in targets:
            if not target:
                if complete:
                    problems.append(f"untranslated: {entry.msgid!r}")
                continue
            expected = placeholders(entry.msgid)
            allowed = [placeholders(source) for source in sources]
            if placeholders(target) not in allowed and placeholders(target) != expected:
                problems.append(
                    f"placeholders differ in {entry.msgid!r}: "
                    f"{placeholders(target)} instead of {expected}"
                )
        if complete and "fuzzy" in entry.flags:
            problems.append(f"fuzzy: {entry.msgid!r}")
    msgfmt = shutil.which("msgfmt")
    if msgfmt:  # GNU gettext's own check, where it is installed
        result = subprocess.run(
            [msgfmt, "--check", "--output-file=/dev/null", str(po_path)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            problems.append(f"msgfmt --check: {result.stderr.strip()}")
    mo_path = po_path.with_suffix(".mo")
    if not mo_path.exists():
        problems.append("no compiled .mo (run: python scripts/catalogs.py compile)")
    else:
        compiled = translations_of(polib.mofile(str(mo_path)))
        if compiled != translations_of(po):
            problems.append(".mo is out of date (run: python scripts/catalogs.py compile)")
    return problems


def check_all(complete):
    failed = False
    found = catalogs()
    if not found:
        print("no catalog found in locale/")
        return 1
    extracted = extracted_msgids()
    if extracted is None:
        print("xgettext not found: the catalogs are not compared with the code's strings")
    for po_path in found:
        problems = check_catalog(po_path, complete, extracted)
        name = po_path.relative_to(LOCALE_DIR.parent)
        if problems:
            failed = True
            print(f"FAIL {name}")
            for problem in problems:
                print(f"  - {problem}")
    print(f"{len(found)} catalogs checked, {'some failed' if failed else 'all good'}")
    return 1 if failed else 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("compile", help="compile every .po into its .mo")
    check = sub.add_parser("check", help="check every catalog")
    check.add_argument("--complete", action="store_true", help="fail on untranslated strings")
    args = parser.parse_args(argv)
    if args.command == "compile":
        compile_all()
        return 0
    return check_all(args.complete)


if __name__ == "__main__":
    sys.exit(main())
