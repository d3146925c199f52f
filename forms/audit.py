"""Exports and deletions of submissions in Wagtail's audit log.

Each is one entry on the form page (its History, and Reports → Site history): who, when,
which form, how many rows, and for an export its format. No answer is copied into the log.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.log_actions import LogFormatter, log

EXPORT = "forms.export_submissions"
DELETE = "forms.delete_submissions"


class ExportFormatter(LogFormatter):
    label = _("Export submissions")

    def format_message(self, log_entry):
        rows = log_entry.data.get("rows", 0)
        return ngettext(
            "Exported %(rows)d submission as %(format)s",
            "Exported %(rows)d submissions as %(format)s",
            rows,
        ) % {"rows": rows, "format": log_entry.data.get("format", "").upper()}


class DeleteFormatter(LogFormatter):
    label = _("Delete submissions")

    def format_message(self, log_entry):
        rows = log_entry.data.get("rows", 0)
        message = ngettext("Deleted %(rows)d submission", "Deleted %(rows)d submissions", rows)
        return message % {"rows": rows}


def register_actions(actions):
    """The ``register_log_actions`` hook."""
    actions.register_action(EXPORT)(ExportFormatter)
    actions.register_action(DELETE)(DeleteFormatter)


def log_export(page, user, export_format, rows):
    return log(page, EXPORT, user=user, data={"format": export_format, "rows": rows})


def log_deletion(page, user, rows):
    return log(page, DELETE, user=user, data={"rows": rows})
