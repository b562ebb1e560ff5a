"""Helpers every test suite shares: publishing pages, a campaign with one page of every type,
counting a page's queries, and adding many pages at once."""

from collections.abc import Sequence
from typing import TypeVar

from django.db import connection, transaction
from django.db.models import F
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from campaigns.models import (
    CallTarget,
    EventCohost,
    HomePage,
    LetterActionPage,
    LetterTarget,
    PetitionTarget,
)
from tests.factories import (
    ActionToolkitPageFactory,
    CallActionPageFactory,
    CampaignPageFactory,
    DemandListPageFactory,
    EndorsementPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ImageFactory,
    OrganisationFactory,
    PetitionIndexPageFactory,
    PetitionPageFactory,
    TargetFactory,
    UpdateIndexPageFactory,
    UpdatePageFactory,
    WeekOfActionPageFactory,
)

P = TypeVar("P", bound=Page)


def publish(parent: Page, page: P) -> P:
    """Add `page` under `parent` and publish it, as an editor leaves it: with a revision."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def campaign_with_every_page_type() -> dict[type[Page], Page]:
    """The home page and, under it, a published campaign with one page of every type, keyed by
    page type: each with a lead image (a second image is left for tests that change it), the
    petition addressed to one official, the event co-hosted by one organisation, the demands
    addressed to that official, the call page reaching a sheriff with a phone number."""
    image, _spare = ImageFactory.create_batch(2)
    official = TargetFactory(name="Gavin Newsom", jurisdiction="California")
    # Fictional (555-01xx), as the demo's: a call page needs someone with a number to call.
    sheriff = TargetFactory(
        name="Carlos Bolaños", title="Sheriff", jurisdiction="", phone="(650) 555-0142"
    )
    partner = OrganisationFactory(name="Detention Watch Network")
    home = HomePage.objects.get()
    home.hero_image = image
    home.save_revision().publish()
    campaign = publish(home, CampaignPageFactory.build(listing_image=image))
    news = publish(campaign, UpdateIndexPageFactory.build(slug="news"))
    petitions = publish(campaign, PetitionIndexPageFactory.build(slug="petitions"))
    events = publish(campaign, EventIndexPageFactory.build(slug="events"))
    listed = [
        (news, UpdatePageFactory.build(listing_image=image, summary="What happened.")),
        (
            petitions,
            PetitionPageFactory.build(
                listing_image=image, target_links=[PetitionTarget(target=official)]
            ),
        ),
        (
            events,
            EventPageFactory.build(
                listing_image=image, cohost_links=[EventCohost(organisation=partner)]
            ),
        ),
        (campaign, DemandListPageFactory.build(listing_image=image, target=official)),
        (campaign, WeekOfActionPageFactory.build(listing_image=image)),
        (campaign, ActionToolkitPageFactory.build(listing_image=image)),
        (campaign, EndorsementPageFactory.build(listing_image=image)),
        (
            campaign,
            LetterActionPage(
                title="Write to the Governor",
                slug="write-to-the-governor",
                ask="Tell the Governor: sign SB 1289",
                subject="Sign SB 1289",
                letter="Dear Governor,\n\nPlease sign SB 1289.",
                listing_image=image,
                target_links=[LetterTarget(target=official)],
            ),
        ),
        (
            campaign,
            CallActionPageFactory.build(
                listing_image=image, target_links=[CallTarget(target=sheriff)]
            ),
        ),
    ]
    pages = [home, campaign, news, petitions, events]
    pages += [publish(parent, page) for parent, page in listed]
    return {type(page): page for page in pages}


def count_queries(client, url: str) -> int:
    """The queries one reader's request for `url` costs; the page must render."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@transaction.atomic
def add_children_in_bulk(parent: Page, pages: Sequence[P]) -> list[P]:
    """Add new pages of one type as `parent`'s last children, as `add_child` would (treebeard
    path, depth and child count, url_path, draft title, locale, a search index entry), in a few
    queries instead of a dozen per page: the query-budget tests need a thousand. Like
    `add_child`, it makes no revision and sends no save signals; a page type whose `save`
    computes fields (EventPage's times) needs them set before."""
    model = type(pages[0])
    assert all(type(page) is model for page in pages), "one page type per call"
    parent.refresh_from_db()
    last = parent.get_last_child()
    first_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    depth = parent.depth + 1
    for step, page in enumerate(pages, start=first_step):
        page.path = Page._get_path(parent.path, depth, step)
        page.depth = depth
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.locale_id = parent.locale_id
    base_fields = [field.attname for field in Page._meta.concrete_fields if not field.primary_key]
    rows = Page.objects.bulk_create(
        Page(**{name: getattr(page, name) for name in base_fields}) for page in pages
    )
    # Django cannot bulk-create a multi-table child, so each specific row is one INSERT of its
    # own table (raw: the Page row exists already).
    for page, row in zip(pages, rows, strict=True):
        page.id = page.page_ptr_id = row.id
        page.save_base(raw=True, force_insert=True)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.refresh_from_db()
    # As `update_index` does: its queryset prefetches the related fields the index reads.
    indexed = model.get_indexed_objects().filter(pk__in=[page.pk for page in pages])
    get_search_backend().add_bulk(model, indexed)
    return list(pages)
