"""What the event pages serve besides themselves: the context of an event page, its
``.ics``, its registration and cancellation; the index's feed and GeoJSON."""

from typing import NamedTuple

from django.db.models import Q
from django.http import Http404, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _
from wagtail.models import Page

from core.chrome import localized_home
from core.seo import json_ld
from events import registration as registrations
from events.choices import RegistrationState
from events.ics import CONTENT_TYPE, calendar_of
from events.jsonld import event_json_ld
from events.listing import event_filters, listed_events
from events.mail import send_registration_mail
from events.times import end_moment, next_occurrence
from forms import spam
from participants.localized import in_language, visible_participants


class HostLink(NamedTuple):
    title: str
    url: str


def host_links(page, request):
    """The hosting participants' pages a visitor may see, in the page's language."""
    wanted = dict(page.hosts.values_list("pk", "translation_key"))
    if not wanted:
        return []
    candidates = visible_participants(request).filter(
        Q(pk__in=wanted) | Q(translation_key__in=wanted.values(), locale_id=page.locale_id)
    )
    fields = ("pk", "translation_key", "locale_id", "title", "url_path")
    rows = [(p.pk, p.translation_key, p.locale_id, p) for p in candidates.only(*fields)]
    shown = in_language(wanted, rows, page.locale_id)
    links = [HostLink(host.title, host.get_url(request)) for host in shown.values()]
    return sorted(links, key=lambda link: link.title)


def absolute_links(links, request):
    if request is None:
        return links
    return [HostLink(link.title, request.build_absolute_uri(link.url)) for link in links]


def when(page, now=None):
    """(start, end, upcoming) of the occurrence shown: a yearly day's next one."""
    now = now or timezone.now()
    start, end = page.start, page.end
    if page.is_recurring:
        start, end = next_occurrence(start, end, page.tz, page.all_day, now)
    return start, end, end_moment(start, end, page.tz, page.all_day) > now


def event_context(page, request, form=None):
    start, end, upcoming = when(page)
    hosts = host_links(page, request)
    url = request.build_absolute_uri(page.get_url(request)) if request else page.full_url
    open_ = page.registration and upcoming and not page.is_cancelled
    years = sorted(page.years, key=lambda block: block.value["year"], reverse=True)
    return {
        "start": start.astimezone(page.tz),
        "end": end.astimezone(page.tz) if end else None,
        "upcoming": upcoming,
        "hosts": hosts,
        "json_ld": json_ld(event_json_ld(page, url, start, end, absolute_links(hosts, request))),
        "ics_url": page.get_url(request) + "event.ics",
        "registration_open": open_,
        "register_url": page.get_url(request) + page.reverse_subpage("register"),
        "form": (form or registrations.RegistrationForm()) if open_ else None,
        "trap": spam.trap(page) if open_ else None,
        "year_items": years,
    }


def calendar_response(content, filename):
    response = HttpResponse(content, content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def event_ics(page, request):
    url = request.build_absolute_uri(page.get_url(request))
    return calendar_response(calendar_of([(page, url)], page.title, request), f"{page.slug}.ics")


def calendar_file(request, page_path, name):
    """``feed.ics`` of an events index, ``event.ics`` of an event, in the active language."""
    home = localized_home(request)
    if home is None:
        raise Http404
    page = (
        Page.objects.live()
        .filter(url_path=home.url_path + page_path, locale_id=home.locale_id)
        .first()
    )
    wanted = "eventindexpage" if name == "feed" else "eventpage"
    kind = page.cached_content_type if page is not None else None
    if kind is None or (kind.app_label, kind.model) != ("events", wanted):
        raise Http404
    page = page.specific
    if page.get_view_restrictions().exists():
        raise Http404
    return index_feed(page, request) if name == "feed" else event_ics(page, request)


def index_feed(index_page, request):
    events = [
        (event, request.build_absolute_uri(event.url))
        for event in listed_events(index_page, request)
    ]
    return calendar_response(calendar_of(events, index_page.title, request), "events.ics")


def index_geojson(index_page, request):
    context = event_filters(listed_events(index_page, request), request)
    features = [
        {
            "type": "Feature",
            "id": item.event.pk,
            "geometry": {
                "type": "Point",
                "coordinates": [float(item.event.longitude), float(item.event.latitude)],
            },
            "properties": {
                "name": item.event.title,
                "lang": item.event.lang,
                "kind": item.event.kind,
                "kind_label": item.event.kind_label,
                "country": item.event.country,
                "country_name": item.event.country_name,
                "url": item.event.url,
            },
        }
        for item in context["events"]
        if item.event.has_location
    ]
    data = {"type": "FeatureCollection", "features": features, "name": _("Events")}
    return JsonResponse(
        data, content_type="application/geo+json", json_dumps_params={"ensure_ascii": False}
    )


def private(response):
    """Never kept by any cache: it speaks of one person's registration."""
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    return response


def render_page(page, request, context, template, status=200):
    full = page.get_context(request)
    full.update(context)
    return private(TemplateResponse(request, template, full, status=status))


def register(page, request):
    """A POST of the registration form: spam checks, then a seat or the waiting list."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not event_context(page, request)["registration_open"]:
        return render_page(page, request, {"closed": True}, "events/registration_result.html", 409)
    refusal = spam.refusal_for(request, page)
    if refusal is None:
        form = registrations.RegistrationForm(request.POST)
        if not form.is_valid():
            context = event_context(page, request, form=form)
            return render_page(page, request, context, page.get_template(request))
        refusal = spam.refusal_of_valid(request)
    if refusal is not None:
        context = {"refusal": refusal, "token_max_hours": max(1, spam.token_max_age() // 3600)}
        return render_page(page, request, context, "forms/form_refused.html", refusal.status)
    outcome = registrations.register(page, form.cleaned_data, page.locale.language_code)
    if not outcome.already:
        send_registration_mail(outcome.registration)
    context = {"outcome": outcome, "confirmed": RegistrationState.CONFIRMED}
    return render_page(page, request, context, "events/registration_result.html")


def cancel(page, request, token):
    """The cancellation link: a page asking to confirm (GET), the cancellation (POST)."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    found = registrations.registration_of(token, page)
    template = "events/cancel.html"
    if found is None:
        return render_page(page, request, {"invalid": True}, template, status=400)
    context = {"registration": found, "cancelled_state": RegistrationState.CANCELLED}
    if request.method == "POST" and found.state != RegistrationState.CANCELLED:
        promoted = registrations.cancel(found)
        if promoted is not None:
            send_registration_mail(promoted, promoted=True)
        context["done"] = True
    return render_page(page, request, context, template)
