"""The hreflang links and the language switcher's items (core/templatetags/alliance_tags.py)."""

from django.template import engines

from core.translations import PageTranslation


def translation(code, url, current=False, default=False, name=None):
    return PageTranslation(
        language_code=code,
        name_local=name or code,
        url=url,
        absolute_url=f"https://example.org{url}",
        is_current=current,
        is_default=default,
    )


def render(source, translations):
    template = engines["django"].from_string("{% load alliance_tags %}" + source)
    return template.render({"translations": translations})


def test_hreflang_links_name_every_translation_and_the_default_once_more():
    html = render(
        "{% hreflang_links translations %}",
        [translation("en", "/en/a/", default=True), translation("fr", "/fr/a/")],
    )
    assert html.splitlines() == [
        '<link rel="alternate" hreflang="en" href="https://example.org/en/a/">',
        '<link rel="alternate" hreflang="x-default" href="https://example.org/en/a/">',
        '<link rel="alternate" hreflang="fr" href="https://example.org/fr/a/">',
    ]


def test_switcher_items_mark_the_current_language_and_escape_every_value():
    html = render(
        "{% language_switcher_items translations %}",
        [
            translation("en", '/en/search/?q="x"&page=2', name="English"),
            translation("fr", "/fr/search/", current=True, name="<Français>"),
        ],
    )
    assert html.splitlines() == [
        '<li><a href="/en/search/?q=&quot;x&quot;&amp;page=2" hreflang="en" lang="en">'
        "English</a></li>",
        '<li><a href="/fr/search/" hreflang="fr" lang="fr" aria-current="page">'
        "&lt;Français&gt;</a></li>",
    ]


def test_no_translations_write_nothing():
    assert (
        render("{% hreflang_links translations %}{% language_switcher_items translations %}", [])
        == ""
    )
