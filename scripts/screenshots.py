"""Screenshots of each role's day for docs/languages.md (docs/images/roles-*.png).

Run it against a fresh demo site (load_demo), with the server's own database:

    export DATABASE_URL=sqlite:////tmp/demo.sqlite3 MEDIA_ROOT=/tmp/demo-media
    .venv/bin/python manage.py migrate && .venv/bin/python manage.py load_demo
    .venv/bin/python manage.py runserver 127.0.0.1:8731 &
    .venv/bin/python scripts/screenshots.py --url http://127.0.0.1:8731

It makes four users, each in one group only (no superuser): a Romani translator, a French
translator, a moderator and an editor. Chromium (/usr/bin/chromium, never `playwright
install`) then walks their day: the Romani translator starts and translates the Contact
page and submits it to Review, the moderator approves it, the editor sends the news into
three languages, a visitor reads /rom/kontakto/. Each picture is the 1280 x 900 window,
saved as a 256-colour PNG. The run changes the database: use it once per fresh demo.
"""

import argparse
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "pw-correct-horse-42"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# The Contact page in Romani, as the translator types it (docs/languages.md, "Romani: one
# spelling").
ROMANI_CONTACT = {
    "Contact": "Kontakto",
    "If your city or region is interested in participating in the Alliance, please do not "
    "hesitate to contact us.": "Te kamel tumaro foro vaj regiono te ovel participanto ande "
    "Alianca, lekhaven amenge.",
    "Please write to alliance@coe.int for any questions concerning the Alliance.": "Vaš sako "
    "pučhipe pal e Alianca, lekhaven ko alliance@coe.int.",
    "Postal address": "Poštaki adresa",
    "Alliance Taskforce, Congress of the Council of Europe, FR - 67075 Strasbourg Cedex. "
    "Telephone: +33 (0)3 90 21 63 94.": "Alliance Taskforce, Kongreso ando Konsilo e "
    "Evropako, FR - 67075 Strasbourg Cedex. Telefono: +33 (0)3 90 21 63 94.",
}
NEWS = {}  # the English news page the editor sends for translation
USERS = [  # username, name, group (a language code: that language's translators)
    ("rada", "Rada Nikolić", "rom"),
    ("marie", "Marie Lefèvre", "fr"),
    ("mona", "Mona Berg", "Moderators"),
    ("eddie", "Eddie Walsh", "Editors"),
]


def make_users():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from workflow.roles import translators_group_name

    for username, name, group in USERS:
        group_name = translators_group_name(group) if group.islower() else group
        first, last = name.split()
        user, _created = get_user_model().objects.update_or_create(
            username=username,
            defaults={"email": f"{username}@example.org", "first_name": first, "last_name": last},
        )
        user.set_password(PASSWORD)
        user.is_staff = True
        user.save()
        user.groups.set([Group.objects.get(name=group_name)])


def english_page(slug):
    from wagtail.models import Page

    return Page.objects.get(locale__language_code="en", slug=slug)


def save(page, path):
    """The window as a 256-colour PNG (a third of the size, the text as sharp)."""
    from PIL import Image

    page.screenshot(path=str(path))
    Image.open(path).convert("RGB").quantize(colors=256).save(path, optimize=True)
    print(f"{path}: {path.stat().st_size // 1024} KB")


def to_top(locator):
    """Scroll ``locator`` to the top at once (the admin scrolls smoothly), and its boxes back
    from any sideways scroll (the admin hides its side panel to the right)."""
    locator.evaluate(
        """element => {
            element.scrollIntoView({block: "start", behavior: "instant"});
            for (let box = element.parentElement; box; box = box.parentElement) {
                box.scrollTo({left: 0, top: box.scrollTop, behavior: "instant"});
            }
        }"""
    )


def sign_in(browser, url, username):
    context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name=re.compile("Sign in", re.I)).click()
    page.wait_for_url(re.compile(r"/admin/$"))
    return context, page


def translate(editor, english, translation):
    """One string in wagtail-localize's editor: Translate, type, Save."""
    segment = editor.locator("li").filter(has=editor.page.get_by_text(english, exact=True)).last
    segment.get_by_role("button", name="Translate", exact=True).click()
    segment.locator("textarea").fill(translation)
    segment.get_by_role("button", name="Save", exact=True).click()
    segment.get_by_role("button", name="Edit", exact=True).wait_for()


def romani_translator(browser, url, out):
    context, page = sign_in(browser, url, "rada")
    save(page, out / "roles-1-translator-dashboard.png")
    page.get_by_role("link", name="Contact", exact=True).click()
    page.get_by_text("Locales").wait_for()
    save(page, out / "roles-2-translator-start.png")
    page.get_by_role("button", name="Submit").click()
    editor = page.locator(".js-translation-editor")
    editor.wait_for()
    page.get_by_role("tab", name="Promote").click()
    translate(editor, "contact", "kontakto")  # the slug: /rom/kontakto/
    page.get_by_role("tab", name="Content").click()
    for english, romani in ROMANI_CONTACT.items():
        translate(editor, english, romani)
    to_top(page.get_by_role("heading", name="Title", exact=True))
    save(page, out / "roles-3-translator-editor.png")
    footer = page.locator(".translation-review-footer")
    footer.get_by_role("button", name="Submit to Review").click()
    page.get_by_text("was submitted to Review").wait_for()
    context.close()


def moderator(browser, url, out):
    context, page = sign_in(browser, url, "mona")
    awaiting = page.locator("section", has_text="Awaiting your review")
    row = awaiting.locator("tr", has_text="Kontakto")
    row.get_by_role("button", name="Actions").click()
    approve = row.get_by_role("button", name="Approve", exact=True)
    approve.wait_for()
    page.wait_for_timeout(500)  # the menu fades in
    save(page, out / "roles-4-moderator-review.png")
    with page.expect_navigation():
        approve.click()
    context.close()


def editor(browser, url, out):
    context, page = sign_in(browser, url, "eddie")
    page.goto(f"{url}/admin/localize/submit/page/{NEWS['pk']}/")
    for language in ["German", "Italian", "Spanish"]:
        page.get_by_label(language, exact=True).check()
    page.get_by_role("button", name="Submit").click()
    page.get_by_role("heading", name="Sent for translation").wait_for()
    page.get_by_text("successfully submitted for translation").wait_for()
    page.wait_for_timeout(1000)  # the message slides in
    save(page, out / "roles-5-editor-sent.png")
    context.close()


def visitor(browser, url, out):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{url}/rom/kontakto/")
    save(page, out / "roles-6-visitor-romani.png")
    context.close()


def french_translator(browser, url, out):
    context, page = sign_in(browser, url, "marie")
    page.goto(f"{url}/admin/reports/translation-status/?language=fr")
    to_top(page.get_by_role("heading", name="Pages in French"))
    save(page, out / "roles-7-french-translator-status.png")
    context.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8731")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()
    make_users()
    # Read before the browser starts (Django's ORM refuses to run inside Playwright's loop).
    NEWS["pk"] = english_page("dosta-congress-prize-awarded-to-3-cities-and-regions").pk

    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for day in [romani_translator, moderator, editor, visitor, french_translator]:
            day(browser, args.url.rstrip("/"), args.out)
        browser.close()


if __name__ == "__main__":
    main()
