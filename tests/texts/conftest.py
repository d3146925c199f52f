import pytest

from tests.factories import AdoptedTextIndexPageFactory


@pytest.fixture
def texts_index(home):
    return AdoptedTextIndexPageFactory(parent=home)
