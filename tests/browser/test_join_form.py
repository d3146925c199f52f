"""An authority fills in and sends the join form in Chromium, in English and in French."""

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from forms.models import Submission


@pytest.fixture
def form_site(demo_site, settings):
    cache.clear()  # the rate limit's counts
    # The form's signed token is checked, but the test may send the form at once.
    settings.HONEYPOT_TIME_INTERVAL = 0
    yield
    cache.clear()


def fill_and_send(page, labels, answers):
    for label, value in zip(labels, answers, strict=True):
        page.get_by_label(label).fill(value)


def test_join_the_alliance_in_english(live_server, form_site, page, screenshot):
    page.goto(f"{live_server.url}/en/join/")
    expect(page.locator("h1")).to_have_text("Join the Alliance")
    fill_and_send(
        page,
        ["Name of the authority", "Country", "Contact person", "Position", "Email", "Motivation"],
        ["Example City", "Exampleland", "Alex Example", "Mayor", "alex@example.org", "To learn."],
    )
    page.get_by_label("City", exact=True).check()
    page.get_by_label("Population").fill("52000")
    page.get_by_label("I agree that the Alliance").check()
    screenshot("join-form-en-filled")
    page.wait_for_timeout(1100)
    page.locator(".form__submit").click()

    expect(page.locator("[role=status]")).to_contain_text("Thank you: your form has been sent.")
    expect(page.locator("[role=status]")).to_contain_text("alex@example.org")
    screenshot("join-form-en-sent")
    # Post/Redirect/Get: the thank-you page has its own address and reloads without posting.
    assert page.url == f"{live_server.url}/en/join/thanks/"
    page.reload()
    expect(page.locator("[role=status]")).to_contain_text("alex@example.org")
    submission = Submission.objects.get()
    assert submission.language == "en"
    assert submission.form_data["population"] == "52000"


def test_rejoindre_l_alliance_in_french_without_javascript(live_server, form_site, browser):
    context = browser.new_context(java_script_enabled=False, locale="fr-FR")
    page = context.new_page()
    page.goto(f"{live_server.url}/fr/rejoindre/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("h1")).to_have_text("Rejoindre l'Alliance")

    # Sent without consent first: the message stands next to the checkbox.
    fill_and_send(
        page,
        ["Nom de la collectivité", "Pays", "Personne de contact", "Fonction", "Courriel"],
        ["Ville Exemple", "Exempleland", "Camille Exemple", "Maire", "camille@example.org"],
    )
    page.get_by_label("Motivation").fill("Partager nos pratiques.")
    page.get_by_label("Région", exact=True).check()
    page.wait_for_timeout(1100)
    page.locator(".form__submit").click()
    consent = page.get_by_label("J'accepte que l'Alliance")
    expect(consent).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_consent_error")).to_be_visible()
    expect(consent).to_have_attribute("aria-describedby", "id_consent_error")
    expect(page.get_by_label("Nom de la collectivité")).to_have_value("Ville Exemple")
    assert Submission.objects.count() == 0

    consent.check()
    page.wait_for_timeout(1100)
    page.locator(".form__submit").click()
    expect(page.locator("[role=status]")).to_be_visible()
    expect(page.locator("main")).to_contain_text("Merci de l'intérêt que vous portez à l'Alliance")
    assert page.url == f"{live_server.url}/fr/rejoindre/thanks/"
    page.reload()
    expect(page.locator("[role=status]")).to_contain_text("camille@example.org")
    submission = Submission.objects.get()
    assert submission.language == "fr"
    assert submission.form_data["kind_of_authority"] == "Region"
    context.close()
