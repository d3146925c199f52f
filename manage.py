#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    # Commands may run long statements (migrations, index rebuilds): the database
    # timeouts of the command line apply, not the web's (config/settings/base.py).
    # runserver serves requests: the web's.
    if sys.argv[1:2] != ["runserver"]:
        os.environ.setdefault("ALLIANCE_COMMAND_LINE", "1")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
