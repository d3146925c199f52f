"""The schema.org ``Event`` of an event page, as JSON-LD (https://schema.org/Event)."""

from events.choices import EventStatus

SCHEMA = "https://schema.org/"
STATUSES = {
    EventStatus.SCHEDULED: "EventScheduled",
    EventStatus.CANCELLED: "EventCancelled",
    EventStatus.POSTPONED: "EventPostponed",
}


def attendance_mode(page):
    place = bool(page.venue or page.city or page.has_location)
    if place and page.online_url:
        return "MixedEventAttendanceMode"
    if page.online_url:
        return "OnlineEventAttendanceMode"
    return "OfflineEventAttendanceMode"


def moment(page, value):
    if value is None:
        return None
    local = value.astimezone(page.tz)
    return local.date().isoformat() if page.all_day else local.isoformat()


def locations(page):
    found = []
    if page.venue or page.city or page.country:
        place = {"@type": "Place", "name": page.venue or page.city}
        address = {"@type": "PostalAddress"}
        if page.city:
            address["addressLocality"] = page.city
        if page.country:
            address["addressCountry"] = page.country.code
        if page.address:
            address["streetAddress"] = page.address
        place["address"] = address
        if page.has_location:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(page.latitude),
                "longitude": float(page.longitude),
            }
        found.append(place)
    if page.online_url:
        found.append({"@type": "VirtualLocation", "url": page.online_url})
    return found


def event_json_ld(page, url, start, end, hosts):
    """The data, for ``core.seo.json_ld`` (which escapes it as Django's json_script)."""
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "url": url,
        "startDate": moment(page, start),
        "eventStatus": SCHEMA + STATUSES.get(page.status, "EventScheduled"),
        "eventAttendanceMode": SCHEMA + attendance_mode(page),
        "inLanguage": page.locale.language_code,
    }
    if end is not None:
        data["endDate"] = moment(page, end)
    if page.introduction:
        data["description"] = page.introduction
    place = locations(page)
    if place:
        data["location"] = place[0] if len(place) == 1 else place
    if hosts:
        data["organizer"] = [
            {"@type": "GovernmentOrganization", "name": host.title, "url": host.url}
            for host in hosts
        ]
    return data
