from collections.abc import Iterator

import pytest
from django.db import transaction
from wagtail.models import Page

from tests.helpers import campaign_with_every_page_type


@pytest.fixture(scope="module")
def built_page_types(django_db_setup, django_db_blocker) -> Iterator[dict[type[Page], Page]]:
    """`campaign_with_every_page_type`, built once per module (a dozen published pages and two
    images take seconds) inside a transaction rolled back after the module's last test. Each
    test's own transaction nests inside it, so every test starts from the same pages. Only for
    modules without transactional tests: their flush cannot run inside a transaction."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield campaign_with_every_page_type()
        transaction.set_rollback(True)


@pytest.fixture
def every_page_type(db, built_page_types) -> dict[type[Page], Page]:
    """One live page of every type, keyed by type, read afresh for each test so that what one
    test changes on a page object never reaches the next."""
    return {model: model.objects.get(pk=page.pk) for model, page in built_page_types.items()}
