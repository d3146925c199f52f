"""News: the index, news items, Dosta!-Congress Prize announcements and their topics."""

from .pages import NewsIndexPage, NewsPage, NewsPageTopic
from .prize import PrizeAnnouncementPage, PrizeWinner, WinnerKind
from .topics import NewsTopic

__all__ = [
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTopic",
    "NewsTopic",
    "PrizeAnnouncementPage",
    "PrizeWinner",
    "WinnerKind",
]
