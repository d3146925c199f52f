"""The editor's form of an event: start and end typed in the event's own time zone.

Django reads a typed date and time in the current time zone (the editor's). An event in
Strasbourg starts at 09:30 Strasbourg time whoever types it, so the form shows start and
end as wall-clock times of the event's zone and reads them back in that zone.
"""

from wagtail.admin.forms import WagtailAdminPageForm

from events.times import local, wall_time_in, zone

MOMENTS = ("start", "end")


class EventPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        if instance is not None and instance.pk:
            tz = zone(instance.time_zone)
            for name in MOMENTS:
                value = getattr(instance, name, None)
                if name in self.fields and value is not None:
                    # Naive: shown as it is, not moved to the editor's zone.
                    self.initial[name] = local(value, tz).replace(tzinfo=None)

    def clean(self):
        cleaned_data = super().clean()
        tz = zone(cleaned_data.get("time_zone") or "")
        for name in MOMENTS:
            value = cleaned_data.get(name)
            if value is not None:
                cleaned_data[name] = wall_time_in(value, tz)
        return cleaned_data
