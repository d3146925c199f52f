"""The editor's form of an event: start and end typed in the event's own time zone.

The hosts picker offers the participants of the event's language only (and the hosts
already chosen, e.g. the source language's pages wagtail-localize copied into a
translation, so saving the page never fails on them).

Django reads a typed date and time in the current time zone (the editor's). An event in
Strasbourg starts at 09:30 Strasbourg time whoever types it, so the form shows start and
end as wall-clock times of the event's zone and reads them back in that zone.
"""

from django.apps import apps
from django.db.models import Q
from wagtail.admin.forms import WagtailAdminPageForm

from events.times import local, wall_time_in, zone

MOMENTS = ("start", "end")


class EventPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        self.limit_hosts(instance)
        if instance is not None and instance.pk:
            tz = zone(instance.time_zone)
            for name in MOMENTS:
                value = getattr(instance, name, None)
                if name in self.fields and value is not None:
                    # Naive: shown as it is, not moved to the editor's zone.
                    self.initial[name] = local(value, tz).replace(tzinfo=None)

    def page_locale_id(self, instance):
        if instance is not None and instance.locale_id:
            return instance.locale_id
        parent = getattr(self, "parent_page", None)
        return parent.locale_id if parent is not None else None

    def limit_hosts(self, instance):
        if "hosts" not in self.fields:
            return
        locale_id = self.page_locale_id(instance)
        if locale_id is None:
            return
        # A page read from a revision holds its hosts in memory (modelcluster), which
        # cannot be asked for values_list("pk"): read the objects.
        chosen = [host.pk for host in instance.hosts.all()] if instance.pk else []
        participant_page = apps.get_model("participants", "ParticipantPage")
        self.fields["hosts"].queryset = participant_page.objects.filter(
            Q(locale_id=locale_id) | Q(pk__in=chosen)
        ).order_by("title")

    def clean(self):
        cleaned_data = super().clean()
        tz = zone(cleaned_data.get("time_zone") or "")
        for name in MOMENTS:
            value = cleaned_data.get(name)
            if value is not None:
                cleaned_data[name] = wall_time_in(value, tz)
        return cleaned_data
