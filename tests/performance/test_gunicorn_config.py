"""config/gunicorn.py: each worker freezes what it loaded out of the garbage collector's way."""

import gc
import runpy
from pathlib import Path

CONFIG = Path(__file__).resolve().parent.parent.parent / "config" / "gunicorn.py"


def test_a_worker_freezes_what_it_loaded():
    settings = runpy.run_path(str(CONFIG))
    assert settings["workers"] >= 1
    gc.unfreeze()
    try:
        settings["post_worker_init"](worker=None)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
