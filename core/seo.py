"""What search engines and social networks read: description, canonical URL, Open Graph,
Twitter card, and schema.org JSON-LD."""

import json

from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import to_locale

DESCRIPTION_WORDS = 40
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def page_description(page):
    """The editor's search description, else the page's own summary, as plain text."""
    for attribute in ("search_description", "introduction", "summary", "mission"):
        value = getattr(page, attribute, "") or ""
        text = " ".join(strip_tags(str(value)).split())
        if text:
            return Truncator(text).words(DESCRIPTION_WORDS)
    return ""


def open_graph_locale(language_code):
    return to_locale(language_code)


def json_ld(data):
    """A <script type="application/ld+json"> element, escaped like Django's json_script.

    A data block, not a script: browsers do not run it, so the CSP allows it.
    """
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True).translate(JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')


def organization_data(home_url, alliance_settings):
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": "European Alliance of Cities and Regions for Roma Inclusion",
        "url": home_url,
        "parentOrganization": {
            "@type": "GovernmentOrganization",
            "name": "Congress of Local and Regional Authorities of the Council of Europe",
        },
    }
    if alliance_settings is not None:
        if alliance_settings.email:
            data["email"] = alliance_settings.email
        if alliance_settings.phone:
            data["telephone"] = alliance_settings.phone
        if alliance_settings.address:
            data["address"] = {
                "@type": "PostalAddress",
                "streetAddress": ", ".join(
                    [alliance_settings.organisation, *alliance_settings.address_lines]
                ),
            }
        same_as = [
            url for url in (alliance_settings.facebook_url, alliance_settings.twitter_url) if url
        ]
        if same_as:
            data["sameAs"] = same_as
    return data


def news_article_data(page, url, image_url=None, language=None):
    """schema.org NewsArticle for a news page."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "url": url,
        "mainEntityOfPage": url,
        "publisher": {
            "@type": "Organization",
            "name": "European Alliance of Cities and Regions for Roma Inclusion",
        },
    }
    date = getattr(page, "date", None)
    if date:
        data["datePublished"] = date.isoformat()
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    description = page_description(page)
    if description:
        data["description"] = description
    if image_url:
        data["image"] = [image_url]
    if language:
        data["inLanguage"] = language
    return data
