"""When a petition, event or statement's set of translations changes, its records follow its
counting page (actions.pages)."""

from django.db import transaction
from wagtail.models import Page

from actions.models import (
    RSVP,
    Endorsement,
    FormLimitOverride,
    Letter,
    PaperSignatures,
    Signature,
)
from actions.pages import counting_page_ids, forget_counting_pages

from .counts import forget_count

RECORDS = (Signature, RSVP, Endorsement, PaperSignatures, FormLimitOverride, Letter)


def translation_added(page: Page) -> None:
    """`page` was just made as a translation of existing pages. Usually it counts on its
    source; but when it is in the default language (a petition written in Spanish first, then
    translated into English), it becomes the counting page, and the records stored so far
    move to it: nothing stops counting, and later duplicates are still found."""
    siblings = list(
        Page.objects.filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .values_list("pk", flat=True)
    )
    if not siblings:
        return
    forget_counting_pages([page.pk, *siblings])
    if counting_page_ids([page]).get(page.pk) != page.pk:
        return
    with transaction.atomic():
        for model in RECORDS:
            model.objects.filter(page_id__in=siblings).update(page_id=page.pk)
    for page_id in [page.pk, *siblings]:
        forget_count(page_id)


def translation_removed(page: Page) -> None:
    """`page` was deleted: its translations look their counting page up again."""
    siblings = Page.objects.filter(translation_key=page.translation_key).values_list(
        "pk", flat=True
    )
    forget_counting_pages([page.pk, *siblings])
