"""The participants page (list by country, filters, map hooks) and a participant's page."""

import re

import wagtail_factories

from tests.factories import (
    ParticipantPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
)


def test_index_lists_participants_grouped_by_country(client, participants):
    response = client.get("/en/participants/")
    assert response.status_code == 200
    content = response.content.decode()
    assert content.count("<h1>") == 1
    headings = re.findall(r"<h3>([^<]+)</h3>", content)
    assert headings == ["Czechia", "Greece", "Türkiye"] or headings == [
        "Czechia",
        "Greece",
        "Turkey",
    ]
    assert '<a href="/en/participants/obrnice/">Obrnice</a>' in content
    assert "Draftville" not in content
    assert "Secretburg" not in content


def test_index_passes_the_map_its_data_without_inline_script(client, participants):
    content = client.get("/en/participants/?kind=city").content.decode()
    assert 'data-geojson-url="/en/participants/geojson/?kind=city"' in content
    assert 'data-tile-url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"' in content
    assert '<script src="/static/vendor/leaflet/leaflet.js"></script>' in content
    assert '<script src="/static/js/participants-map.js"></script>' in content
    assert not re.search(r"<script(?![^>]*\ssrc=)[^>]*>", content)
    assert "style=" not in content


def test_countries_are_in_the_alphabet_of_the_language_in_groups_and_options(
    client, participants, participant_index
):
    # "Åland Islands" sorts with the A's (collation), not after "Türkiye" (code points).
    ParticipantPageFactory(parent=participant_index, title="Mariehamn", country="AX")
    ParticipantPageFactory(parent=participant_index, title="Graz", country="AT")
    content = client.get("/en/participants/").content.decode()
    headings = re.findall(r"<h3>([^<]+)</h3>", content)
    assert headings[:3] == ["Åland Islands", "Austria", "Czechia"]
    options = re.findall(r'<option value="([A-Z]{2})"(?: selected)?>([^<]+)</option>', content)
    assert options[:3] == [("AX", "Åland Islands"), ("AT", "Austria"), ("CZ", "Czechia")]
    assert [code for code, _name in options] == ["AX", "AT", "CZ", "GR", "TR"]


def test_the_kind_filter_offers_every_kind(client, participants):
    content = client.get("/en/participants/").content.decode()
    select = content[
        content.index('id="filter-kind"') : content.index(
            "</select>", content.index('id="filter-kind"')
        )
    ]
    assert re.findall(r'<option value="([a-z]+)"', select) == ["city", "region", "other"]


def test_show_all_appears_once_a_filter_is_chosen(client, participants):
    show_all = '<a href="/en/participants/">Show all</a>'
    assert show_all not in client.get("/en/participants/").content.decode()
    assert show_all in client.get("/en/participants/?country=GR").content.decode()
    assert show_all in client.get("/en/participants/?kind=region").content.decode()
    assert show_all not in client.get("/en/participants/?country=ZZ").content.decode()


def test_the_list_shows_each_participants_summary_and_image(client, participants):
    page = participants["obrnice"]
    page.summary = "A small town in the Ústí Region."
    page.image = wagtail_factories.ImageFactory(title="Obrnice", file__width=800, file__height=500)
    page.image_alt = "The town square of Obrnice"
    page.save_revision().publish()
    content = client.get("/en/participants/").content.decode()
    item = content[content.index('class="participant-list__item"><div class="picture') :]
    item = item[: item.index("</li>")]
    assert 'alt="The town square of Obrnice"' in item and "srcset=" in item
    assert "<p>A small town in the Ústí Region.</p>" in item
    assert ">Obrnice</a>" in item


def test_filter_by_country(client, participants):
    content = client.get("/en/participants/?country=GR").content.decode()
    assert ">Heraklion</a>" in content
    assert ">Obrnice</a>" not in content
    assert '<option value="GR" selected>' in content


def test_filter_by_kind(client, participants):
    content = client.get("/en/participants/?kind=region").content.decode()
    assert ">Kocaeli</a>" in content
    assert ">Heraklion</a>" not in content


def test_filters_combine_and_can_match_nothing(client, participants):
    content = client.get("/en/participants/?kind=region&country=GR").content.decode()
    assert "No participant matches these filters." in content


def test_bad_filter_values_give_the_normal_page(client, participants):
    for query in ["?country=ZZ", "?kind=castle", "?country=<b>&kind=", "?country[]=1"]:
        response = client.get(f"/en/participants/{query}")
        assert response.status_code == 200, query
        assert ">Kocaeli</a>" in response.content.decode()


def test_tiles_come_from_the_setting(client, participants, settings):
    settings.MAP_TILE_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
    content = client.get("/en/participants/").content.decode()
    assert 'data-tile-url="https://tiles.example.org/{z}/{x}/{y}.png"' in content


def test_participant_page_shows_its_facts_and_practices(client, participants, home):
    obrnice = participants["obrnice"]
    obrnice.population = 2300
    obrnice.save()
    practices = PracticeIndexPageFactory(parent=home)
    PracticePageFactory(parent=practices, title="Community life", participant=obrnice)
    PracticePageFactory(parent=practices, title="Unrelated practice")
    response = client.get("/en/participants/obrnice/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "<h1>Obrnice</h1>" in content
    assert "City, Czechia" in content
    assert "<dd>2,300</dd>" in content  # grouped as English writes figures
    assert ">Community life</a>" in content
    assert "Unrelated practice" not in content


def test_draft_participant_is_not_served(client, participants):
    from participants.models import ParticipantPage

    draft = ParticipantPage.objects.get(title="Draftville")
    address = f"/en/participants/{draft.slug}/"
    assert client.get(address).status_code == 404
    draft.save_revision().publish()  # the control: the same address serves it once live
    assert client.get(address).status_code == 200


def test_french_index_lists_french_participants(
    client, participants, participant_index, home, locales, translate_page
):
    translate_page(home, locales["fr"], title="Accueil")
    translate_page(participant_index, locales["fr"], title="Participants")
    translate_page(participants["heraklion"], locales["fr"], title="Héraklion")
    content = client.get("/fr/participants/").content.decode()
    assert '<html lang="fr"' in content
    assert ">Héraklion</a>" in content
    assert ">Obrnice</a>" not in content
    assert "Grèce" in content
