"""The demo's groups and Review workflow, once every language has its tree."""

from core.demo_helpers import synchronize_all_locales
from workflow.review import setup_review
from workflow.roles import MODERATORS, setup_roles


def load():
    synchronize_all_locales()
    groups = setup_roles()
    setup_review(groups[MODERATORS])
