import pytest
from django.contrib.auth import get_user_model

from tests.factories import StandardPageFactory


@pytest.fixture
def english_page(home):
    return StandardPageFactory(parent=home, title="Objectives", slug="objectives")


@pytest.fixture
def make_user(db):
    def make(username, *group_names):
        from django.contrib.auth.models import Group

        user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw")
        user.is_staff = True
        user.save()
        for name in group_names:
            user.groups.add(Group.objects.get(name=name))
        return user

    return make
