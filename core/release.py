"""Which release of the code is running: a fingerprint of its Python code, templates and
catalogs, the same on every server that runs the same code.

The cache keys of pages and of the page chrome hold it (core/page_cache.py,
core/chrome.py): after a deploy, no page rendered with the old templates and no value
kept in an old shape is ever read back. ``RELEASE`` in the environment (a commit id, say)
replaces the fingerprint.
"""

import functools
import hashlib
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SKIPPED = {".venv", "node_modules", "tests", "media", "static", "staticfiles", ".git"}
SUFFIXES = {".py", ".html", ".txt", ".xml", ".mo"}


@functools.cache
def release():
    if os.environ.get("RELEASE"):
        return os.environ["RELEASE"][:40]
    digest = hashlib.sha1(usedforsecurity=False)
    for folder, subfolders, files in os.walk(BASE_DIR):
        subfolders[:] = sorted(name for name in subfolders if name not in SKIPPED)
        for name in sorted(files):
            path = Path(folder, name)
            if path.suffix in SUFFIXES:
                digest.update(str(path.relative_to(BASE_DIR)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
