import pytest

from tests.factories import StandardPageFactory


@pytest.fixture
def english_page(home):
    return StandardPageFactory(parent=home, title="Objectives", slug="objectives")
