"""A participant's profile: address, website, a contact shown only once approved, the
population written as the visitor's language writes figures, the date joined, its
practices, the news and prizes that name it and the events it hosted (live, public, in
the profile's language)."""

import datetime

import pytest
from django.utils import translation
from wagtail.models import PageViewRestriction

from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
    PrizeAnnouncementPageFactory,
    PrizeWinnerFactory,
)


def make_private(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret-pass"
    )


@pytest.fixture
def obrnice(participants):
    page = participants["obrnice"]
    page.address = "Obrnice, Czech Republic"
    page.website = "https://www.obrnice.example/"
    page.population = 2300
    page.date_joined = datetime.date(2014, 3, 20)
    page.contact_name = "Municipal office"
    page.contact_email = "office@obrnice.example"
    page.contact_phone = "+420 476 000 000"
    page.publish_contact = False
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def naming(home, obrnice, participants):
    """News, prizes and events about Obrnice (live, draft, private) and about others."""
    news = NewsIndexPageFactory(parent=home)
    prize = PrizeAnnouncementPageFactory(
        parent=news, title="Fourth prize winners", date=datetime.date(2013, 10, 30)
    )
    PrizeWinnerFactory(page=prize, name="Obrnice", participant_page=obrnice)
    prize.save_revision().publish()
    link = f'<p>A visit to <a linktype="page" id="{obrnice.pk}">Obrnice</a>.</p>'
    NewsPageFactory(
        parent=news, title="Visit to the gardens", date=datetime.date(2015, 5, 4),
        body=[("paragraph", link)],
    )  # fmt: skip
    draft = NewsPageFactory(parent=news, title="Unpublished visit", body=[("paragraph", link)])
    draft.unpublish()
    private = NewsPageFactory(parent=news, title="Members-only visit", body=[("paragraph", link)])
    make_private(private)
    NewsPageFactory(parent=news, title="News of elsewhere")
    events = EventIndexPageFactory(parent=home)
    hosted = EventPageFactory(parent=events, title="Seminar in Obrnice")
    hosted.hosts.set([obrnice])
    hosted.save_revision().publish()
    other = EventPageFactory(parent=events, title="Seminar in Heraklion")
    other.hosts.set([participants["heraklion"]])
    other.save_revision().publish()
    draft_event = EventPageFactory(parent=events, title="Seminar not yet announced")
    draft_event.hosts.set([obrnice])
    draft_event.save_revision().publish()
    draft_event.unpublish()
    practices = PracticeIndexPageFactory(parent=home)
    PracticePageFactory(parent=practices, title="Community gardens", participant=obrnice)
    PracticePageFactory(parent=practices, title="Draft practice", participant=obrnice).unpublish()
    make_private(
        PracticePageFactory(parent=practices, title="Private practice", participant=obrnice)
    )
    return {"news": news, "prize": prize, "events": events, "practices": practices}


def test_the_profile_shows_address_website_population_and_date_joined(client, obrnice):
    content = client.get("/en/participants/obrnice/").content.decode()
    assert "<dd>Obrnice, Czech Republic</dd>" in content
    assert 'href="https://www.obrnice.example/"' in content
    assert "<dd>2,300</dd>" in content
    assert "March 2014" in content


def test_the_population_is_written_with_the_french_separator(
    client, obrnice, home, participant_index, locales, translate_page
):
    translate_page(home, locales["fr"], title="Accueil")
    translate_page(participant_index, locales["fr"], title="Participants")
    translate_page(obrnice, locales["fr"], title="Obrnice")
    content = client.get("/fr/participants/obrnice/").content.decode()
    assert "<dd>2\xa0300</dd>" in content  # French groups figures with a no-break space
    assert "mars 2014" in content
    assert 'href="https://www.obrnice.example/"' in content  # the same in every language


def test_an_unapproved_contact_stays_hidden(client, obrnice):
    content = client.get("/en/participants/obrnice/").content.decode()
    assert "office@obrnice.example" not in content
    assert "476 000 000" not in content
    assert "Municipal office" not in content


def test_an_approved_contact_is_shown(client, obrnice):
    obrnice.publish_contact = True
    obrnice.save_revision().publish()
    content = client.get("/en/participants/obrnice/").content.decode()
    assert 'href="mailto:office@obrnice.example"' in content
    assert 'href="tel:+420476000000"' in content
    assert "Municipal office" in content


def test_the_profile_lists_the_news_prizes_and_events_that_name_it(client, naming):
    content = client.get("/en/participants/obrnice/").content.decode()
    assert ">Fourth prize winners</a>" in content
    assert ">Visit to the gardens</a>" in content
    assert ">Seminar in Obrnice</a>" in content
    assert ">Community gardens</a>" in content
    for hidden in [
        "News of elsewhere",
        "Seminar in Heraklion",
        "Unpublished visit",
        "Members-only visit",
        "Seminar not yet announced",
        "Draft practice",
        "Private practice",
    ]:
        assert hidden not in content, hidden
    # The latest news first.
    assert content.index("Visit to the gardens") < content.index("Fourth prize winners")


def test_a_profile_without_news_or_events_has_no_empty_sections(client, obrnice):
    content = client.get("/en/participants/obrnice/").content.decode()
    assert 'id="news-title"' not in content
    assert 'id="events-title"' not in content


def test_the_french_profile_lists_the_french_news_and_events(
    client, naming, obrnice, home, participant_index, locales, translate_page
):
    fr = locales["fr"]
    translate_page(home, fr, title="Accueil")
    translate_page(participant_index, fr, title="Participants")
    translate_page(obrnice, fr, title="Obrnice")
    translate_page(naming["prize"], fr, title="Lauréats du quatrième prix")
    hosted = naming["events"].get_children().get(title="Seminar in Obrnice").specific
    translate_page(hosted, fr, title="Séminaire à Obrnice")
    with translation.override("fr"):
        content = client.get("/fr/participants/obrnice/").content.decode()
    assert ">Lauréats du quatrième prix</a>" in content
    assert ">Séminaire à Obrnice</a>" in content
    assert "Fourth prize winners" not in content
    assert "Seminar in Obrnice" not in content
    assert "Dans l’actualité" in content or "Dans l'actualité" in content


def contact_form_for(user, page):
    form_class = type(page).get_edit_handler().get_form_class()
    return form_class(instance=page, for_user=user)


def test_only_moderators_may_approve_a_published_contact(demo, make_user):
    """Editors and translators get no "publish the contact" box (so no post can tick it);
    Moderators do."""
    from participants.models import ParticipantPage
    from workflow.group_names import translators_group_name

    page = ParticipantPage.objects.filter(locale__language_code="en").first()
    french = ParticipantPage.objects.filter(locale__language_code="fr").first()
    editor = make_user("erik", "Editors")
    moderator = make_user("mona", "Moderators")
    translator = make_user("marie", translators_group_name("fr"))
    assert "publish_contact" not in contact_form_for(editor, page).fields
    assert "publish_contact" not in contact_form_for(translator, french).fields
    assert "contact_email" in contact_form_for(editor, page).fields
    assert "publish_contact" in contact_form_for(moderator, page).fields


def test_a_profile_with_a_place_has_its_small_map_and_the_address_as_text(client, obrnice):
    html = client.get("/en/participants/obrnice/").content.decode()
    assert (
        '<div class="map map--point" data-map data-point="50.505000,13.696000" data-name="Obrnice"'
    ) in html
    assert 'role="region" aria-label="Map: Obrnice" hidden></div>' in html
    assert "/static/vendor/leaflet/leaflet.js" in html
    assert "/static/vendor/leaflet/leaflet.css" in html
    # without JavaScript the map stays hidden: the address says where
    assert "<dd>Obrnice, Czech Republic</dd>" in html


def test_the_maps_name_is_in_the_visitors_language(client, obrnice, locales):
    obrnice.copy_for_translation(locales["fr"], copy_parents=True, alias=True)
    html = client.get("/fr/participants/obrnice/").content.decode()
    assert 'aria-label="Carte : Obrnice"' in html


def test_a_profile_without_a_place_has_no_map_and_loads_no_map_script(client, obrnice):
    obrnice.location = ""
    obrnice.save_revision().publish()
    html = client.get("/en/participants/obrnice/").content.decode()
    assert "data-map" not in html
    assert "leaflet" not in html
