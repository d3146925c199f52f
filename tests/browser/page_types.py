"""One live page of every page type in a language, for the browser tests that go through
them all (accessibility, layout): the first in the tree, from the demo."""

from wagtail.models import Page

PAGE_TYPES = [
    "home.HomePage",
    "home.StandardPage",
    "news.NewsIndexPage",
    "news.NewsPage",
    "news.PrizeAnnouncementPage",
    "texts.AdoptedTextIndexPage",
    "texts.AdoptedTextPage",
    "participants.ParticipantIndexPage",
    "participants.ParticipantPage",
    "practices.PracticeIndexPage",
    "practices.PracticePage",
    "forms.JoinFormPage",
    "forms.CooperationFormPage",
    "events.EventIndexPage",
    "events.EventPage",
    "legal.LegalPage",
    "prize.PrizeCallPage",
]


def urls_of_every_page_type(language):
    urls = []
    for label in PAGE_TYPES:
        app_label, model_name = label.split(".")
        page = (
            Page.objects.filter(
                locale__language_code=language,
                content_type__app_label=app_label,
                content_type__model=model_name.lower(),
            )
            .live()
            .order_by("path")
            .first()
        )
        assert page is not None, f"no {label} in {language}"
        urls.append((label, page.url))
    urls.append(("search", f"/{language}/search/?q=roma"))
    urls.append(("practices filtered", f"/{language}/practices/?theme=education"))
    urls.append(("404", f"/{language}/no-such-page/"))
    return urls
