"""The editor's form of a prize call: opening and closing typed as Paris wall-clock times.

The call's dates are those of the Alliance in Strasbourg (Europe/Paris) whoever types
them: the form shows them in that zone and reads them back in it (as events/admin_form.py
does with an event's own zone), so 31 March 12:00 means noon in Paris on either side of
a change of summer time.
"""

from zoneinfo import ZoneInfo

from wagtail.admin.forms import WagtailAdminPageForm

CALL_TIME_ZONE = ZoneInfo("Europe/Paris")
MOMENTS = ("opens_at", "closes_at")


def paris_wall_time(value):
    """The aware moment showing ``value``'s wall-clock reading in Paris."""
    return value.replace(tzinfo=None).replace(tzinfo=CALL_TIME_ZONE)


class PrizeCallPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance is not None and self.instance.pk:
            for name in MOMENTS:
                value = getattr(self.instance, name, None)
                if name in self.fields and value is not None:
                    self.initial[name] = value.astimezone(CALL_TIME_ZONE).replace(tzinfo=None)

    def clean(self):
        cleaned_data = super().clean()
        for name in MOMENTS:
            if cleaned_data.get(name) is not None:
                cleaned_data[name] = paris_wall_time(cleaned_data[name])
        return cleaned_data
