"""Builds the demo campaign from `seed_data` as real, published pages. Idempotent: every record
is looked up by its slug or name first, so running it again adds nothing."""

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.html import escape
from modelsearch import index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Locale, Page, Site

from actions.models import Endorsement, PaperSignatures
from campaigns.models import (
    CampaignPage,
    DemandListPage,
    EndorsementPage,
    EventCohost,
    EventIndexPage,
    EventPage,
    HomePage,
    Organisation,
    PetitionIndexPage,
    PetitionMilestone,
    PetitionPage,
    PetitionTarget,
    Target,
    UpdateIndexPage,
    UpdatePage,
)
from home.models import MenuItem, SiteSettings, SocialLink

from . import seed_data as seed
from .action_pages import ActionPagesLoader
from .images import ensure_image
from .officials import OfficialsLoader
from .translations import SpanishLoader


def paragraphs_html(paragraphs: list[str]) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def paragraph_blocks(paragraphs: list[str]) -> list[dict]:
    return [{"type": "paragraph", "value": f"<p>{escape(text)}</p>"} for text in paragraphs]


def quoted_from_outlet(body: list[tuple], author: str, outlet: str) -> list[tuple]:
    """An outlet's article whose address the captures lost, shown honestly as what it is: a
    quotation with its source, not a press clip promising a link. The article's paragraphs
    become one quote; the campaign's own blocks after them stay as they are."""
    paragraphs = [value for kind, value in body if kind == "paragraph"]
    rest = [(kind, value) for kind, value in body if kind != "paragraph"]
    quote = {"text": "\n\n".join(paragraphs), "attribution": author, "source": outlet}
    return [("quote", quote), *rest]


def first_date(spec: dict) -> dt.date:
    """An upcoming event's first date: `in_days` from today, or the first `on_weekday` (0 is
    Monday) from then that is the first of its kind in its month, so a monthly call repeats on
    "the first Tuesday"."""
    day = timezone.localdate() + dt.timedelta(days=spec["in_days"])
    if "on_weekday" not in spec:
        return day
    while day.weekday() != spec["on_weekday"] or day.day > 7:
        day += dt.timedelta(days=1)
    return day


class DemoLoader(ActionPagesLoader, OfficialsLoader, SpanishLoader):
    """One run of the loader; `created` counts what this run added. With `spanish`, the
    campaign's main pages and the site chrome are translated too (demo.spanish)."""

    def __init__(self, stdout: TextIO | None = None, *, spanish: bool = True):
        self.stdout = stdout
        self.with_spanish = spanish
        self.created: Counter = Counter()
        self.images: dict = {}
        self.targets: dict[str, Target] = {}
        self.pages: dict[str, Page] = {}

    def say(self, message: str) -> None:
        if self.stdout:
            self.stdout.write(message)

    # Pages -------------------------------------------------------------------------------

    def ensure_page(self, parent: Page, page: Page, *, published_on: dt.date | None = None):
        """Add `page` under `parent` and publish it, unless a child with its slug exists."""
        existing = parent.get_children().filter(slug=page.slug).first()
        if existing:
            self.pages[page.slug] = existing.specific
            return existing.specific, False
        parent.add_child(instance=page)
        revision = page.save_revision()
        revision.publish()
        page.refresh_from_db()
        if published_on:
            noon = dt.datetime.combine(published_on, dt.time(12), timezone.get_current_timezone())
            Page.objects.filter(pk=page.pk).update(first_published_at=noon)
        self.created[type(page).__name__] += 1
        self.pages[page.slug] = page
        return page, True

    def link_to(self, hint: str) -> dict | None:
        """A LinkBlock value for a seed `url_hint`, or None when it points nowhere we have."""
        kind, _, slug = hint.partition(":")
        if kind == "endorsement":
            slug = seed.ENDORSEMENT["slug"]
        page = self.pages.get(slug)
        return {"page": page.pk, "external_url": ""} if page else None

    def body_blocks(self, body: list[tuple]) -> list[dict]:
        blocks = []
        for kind, value in body:
            if kind == "paragraph":
                blocks.append({"type": "paragraph", "value": f"<p>{escape(value)}</p>"})
            elif kind == "heading":
                blocks.append({"type": "heading", "value": {"text": value, "level": "h2"}})
            elif kind == "quote":
                blocks.append({"type": "quote", "value": value})
            elif kind == "image":
                image = self.images[value]
                blocks.append(
                    {"type": "image", "value": {"image": image.pk, "caption": "", "credit": ""}}
                )
            elif kind == "call_to_action":
                link = self.link_to(value["url_hint"])
                if link:  # the captures lost some addresses; a button to nowhere is worse
                    blocks.append(
                        {
                            "type": "call_to_action",
                            "value": {
                                "heading": value["text"].rstrip(":"),
                                "text": "",
                                "button_label": value["label"][:40],
                                "link": link,
                            },
                        }
                    )
        return blocks

    # Snippets and supporting records -------------------------------------------------------

    def load_library(self) -> None:
        for spec in seed.IMAGES:
            image, created = ensure_image(spec)
            self.images[spec["key"]] = image
            self.created["image"] += created
        for spec in seed.TARGETS:
            fields = {k: spec[k] for k in ("title", "office", "jurisdiction", "phone", "email")}
            # Where they serve, for readers' ZIP codes; demo contact details are marked so.
            placing = ("level", "state", "county", "city", "is_demo")
            fields.update({k: spec[k] for k in placing if k in spec})
            target, created = Target.objects.get_or_create(
                name=spec["name"],
                jurisdiction=spec["jurisdiction"],
                locale=Locale.get_default(),
                defaults={**fields, "social_handle": spec["social_handle"]},
            )
            self.targets[spec["key"]] = target
            self.created["target"] += created
        for spec in seed.ORGANISATIONS:
            _, created = Organisation.objects.get_or_create(
                name=spec["name"],
                locale=Locale.get_default(),
                defaults={"website": spec["website"], "scope": spec["scope"]},
            )
            self.created["organisation"] += created

    def organisation(self, name: str) -> Organisation:
        return Organisation.objects.get_or_create(name=name, locale=Locale.get_default())[0]

    def load_site_settings(self, home: HomePage) -> None:
        site = Site.objects.get(is_default_site=True)
        site.site_name = "Enlace Campaign Hub"
        site.save()
        settings = SiteSettings.for_site(site)
        # Field by field, so a site loaded by an older demo is completed and nothing an
        # editor filled in is overwritten.
        spec = {**seed.SITE_SETTINGS, "footer_text": seed.CAMPAIGN["body"][1]}
        for field in ("tagline", "donate_url", "footer_text"):
            if not getattr(settings, field):
                setattr(settings, field, spec[field])
                if field == "donate_url":
                    settings.donate_label = spec["donate_label"]
        settings.save()
        if not settings.social_links.exists():
            SocialLink.objects.bulk_create(
                SocialLink(settings=settings, network=network, url=url, sort_order=order)
                for order, (network, url) in enumerate(spec["social_links"])
            )
        if not home.intro:
            home.title = "Divest from prisons. Invest in our communities."
            home.intro = f"<p>{escape(seed.CAMPAIGN['intro'])}</p>"
            home.hero_image = self.images["enlace-poster"]
            home.save_revision().publish()

    def load_menu(self, campaign: CampaignPage) -> None:
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        if settings.menu_items.exists():
            return
        entries = [
            ("The campaign", campaign),
            ("Updates", self.pages["updates"]),
            ("Petitions", self.pages["petitions"]),
            ("Events", self.pages["events"]),
            ("Week of action", self.pages[seed.WEEK_OF_ACTION["slug"]]),
            ("Take action", self.pages[seed.TOOLKIT["slug"]]),
            ("Sign on", self.pages[seed.ENDORSEMENT["slug"]]),
        ]
        MenuItem.objects.bulk_create(
            MenuItem(settings=settings, page=page, label=label, sort_order=order)
            for order, (label, page) in enumerate(entries)
        )

    # The campaign ---------------------------------------------------------------------------

    def load(self) -> str:
        home = HomePage.objects.filter(locale=Locale.get_default()).first()
        self.load_library()
        self.load_site_settings(home)
        campaign, _ = self.ensure_page(
            home,
            CampaignPage(
                title=seed.CAMPAIGN["title"],
                slug=seed.CAMPAIGN["slug"],
                intro=f"<p>{escape(seed.CAMPAIGN['intro'])}</p>",
                summary=seed.CAMPAIGN["intro"],
                listing_image=self.images["enlace-poster"],
                body=paragraph_blocks(seed.CAMPAIGN["body"]),
                show_in_menus=True,
            ),
        )
        sections = [
            (UpdateIndexPage, "Campaign updates", "updates", "News, press releases and press "
             "coverage of the campaign, newest first."),
            (PetitionIndexPage, "Petitions", "petitions", "Add your name. Open petitions first; "
             "closed ones show what they achieved."),
            (EventIndexPage, "Events", "events", "Come out, bring people, make noise."),
        ]  # fmt: skip
        updates_index, petitions_index, events_index = (
            self.ensure_page(
                campaign, model(title=title, slug=slug, intro=intro, show_in_menus=True)
            )[0]
            for model, title, slug, intro in sections
        )
        self.load_petitions(petitions_index)
        self.load_events(events_index)
        self.load_demand_lists(campaign)
        self.load_endorsements(campaign)
        self.load_updates(updates_index)
        self.load_week_of_action(campaign)
        self.load_official_actions(campaign)
        self.load_toolkit(campaign)
        self.load_menu(campaign)
        if self.with_spanish:
            self.load_spanish(home)
        added = ", ".join(
            f"{count} {name}" for name, count in sorted(self.created.items()) if count
        )
        return f"added {added}" if added else "already loaded, nothing added"

    def load_petitions(self, index: PetitionIndexPage) -> None:
        for spec in seed.PETITIONS:
            demands = []
            if spec["demands"]:
                demand_spec = spec["demands"]
                target_key = (spec["targets"] or [None])[0]
                demands.append(
                    {
                        "type": "demand_list",
                        "value": {
                            "title": demand_spec["title"],
                            "target": self.targets[target_key].pk if target_key else None,
                            "style": demand_spec["style"],
                            "demands": demand_spec["items"],
                        },
                    }
                )
            closing_date = spec["closing_date"]
            if spec.get("closes_in_days"):
                closing_date = timezone.localdate() + dt.timedelta(days=spec["closes_in_days"])
            closes_at = None
            if closing_date:
                closes_at = dt.datetime.combine(
                    closing_date, dt.time(23, 59), timezone.get_current_timezone()
                )
            petition, _ = self.ensure_page(
                index,
                PetitionPage(
                    title=spec["title"],
                    slug=spec["slug"],
                    ask=spec["ask"][:200],
                    summary=spec["ask"][:400],
                    body=paragraph_blocks(spec["body"]),
                    demands=demands,
                    goal=spec["goal"],
                    closes_at=closes_at,
                    external_url=spec.get("external_url") or "",
                    external_platform=spec.get("platform") or "",
                    share_text=f"I just signed: {spec['title']}",
                    share_hashtags=" ".join("#" + "".join(tag.split()) for tag in spec["tags"][:2]),
                    target_links=[PetitionTarget(target=self.targets[k]) for k in spec["targets"]],
                    milestones=[PetitionMilestone(**milestone) for milestone in spec["milestones"]],
                ),
            )
            self.load_paper_signatures(petition, spec.get("paper_signatures", []))

    def load_paper_signatures(self, petition: PetitionPage, batches: list[dict]) -> None:
        """Counts collected offline: the honest way to start a petition's count."""
        for batch in batches:
            collected_on = batch.get("collected_on") or (
                timezone.localdate() - dt.timedelta(days=batch["days_ago"])
            )
            _, created = PaperSignatures.objects.get_or_create(
                page=petition,
                description=batch["description"],
                defaults={
                    "count": batch["count"],
                    "collected_on": collected_on,
                    "state": batch.get("state", ""),
                },
            )
            self.created["paper signatures"] += created

    def load_events(self, index: EventIndexPage) -> None:
        for spec in seed.EVENTS:
            start, end = spec["start"], spec["end"]
            self.ensure_page(
                index,
                EventPage(
                    title=spec["title"],
                    slug=spec["slug"],
                    start_date=start.date(),
                    start_time=None if spec["all_day"] else start.time(),
                    end_date=end.date() if end and end.date() != start.date() else None,
                    end_time=None if spec["all_day"] or not end else end.time(),
                    time_zone=spec["timezone"],
                    venue_name=spec["venue_name"],
                    address=spec["address"],
                    admission=spec["admission"],
                    age_policy=spec["age_policy"][:300],
                    accessibility=spec["accessibility"],
                    languages=", ".join(spec["languages"]),
                    hashtag=spec["hashtag"],
                    performers="\n".join(spec["performers"]),
                    summary=spec["body"][0][:400],
                    listing_image=self.images.get(spec["image"]) if spec["image"] else None,
                    body=paragraph_blocks(spec["body"]),
                    rsvp_enabled=bool(spec.get("rsvp_required")),
                    cohost_links=[
                        EventCohost(organisation=self.organisation(name))
                        for name in spec["cohosts"]
                    ],
                ),
            )
        self.load_upcoming_events(index)

    def load_upcoming_events(self, index: EventIndexPage) -> None:
        """Events in the coming weeks, dated from the first load; see seed.UPCOMING_EVENTS."""
        for spec in seed.UPCOMING_EVENTS:
            existing = index.get_children().filter(slug=spec["slug"]).first()
            if existing:  # keep the dates of the first load, and any editor's changes
                self.pages[spec["slug"]] = existing.specific
                continue
            self.ensure_page(
                index,
                EventPage(
                    title=spec["title"],
                    slug=spec["slug"],
                    start_date=first_date(spec),
                    repeat=spec.get("repeat", ""),
                    repeat_count=spec.get("repeat_count"),
                    start_time=spec["start_time"],
                    end_time=spec["end_time"],
                    time_zone=spec["timezone"],
                    venue_name=spec["venue_name"],
                    address=spec["address"],
                    admission=spec["admission"],
                    age_policy=spec["age_policy"],
                    accessibility=spec["accessibility"],
                    languages=spec["languages"],
                    hashtag=spec.get("hashtag", ""),
                    capacity=spec["capacity"],
                    summary=spec["summary"],
                    body=paragraph_blocks(spec["body"]),
                    rsvp_enabled=True,
                ),
            )

    def load_demand_lists(self, campaign: CampaignPage) -> None:
        for spec in seed.DEMAND_LISTS:
            self.ensure_page(
                campaign,
                DemandListPage(
                    title=spec["title"],
                    slug=spec["slug"],
                    intro=spec["intro"],
                    summary=spec["intro"][:400],
                    target=self.targets.get(spec["target"]),
                    style=spec["style"],
                    demands=[{"type": "demand", "value": item} for item in spec["items"]],
                    show_in_menus=spec["style"] == "numbered",
                    menu_label="Demands",
                ),
            )

    def load_endorsements(self, campaign: CampaignPage) -> None:
        spec = seed.ENDORSEMENT
        page, _ = self.ensure_page(
            campaign,
            EndorsementPage(
                title=spec["title"],
                slug=spec["slug"],
                statement=paragraphs_html(spec["statement"]),
                join_text=f"<p>{escape(spec['join_text'])}</p>",
                summary=spec["statement"][0][:400],
                show_in_menus=True,
                menu_label="Statement",
            ),
        )
        existing = set(page.endorsements.values_list("organisation_name", flat=True))
        new = [
            Endorsement(
                page=page,
                organisation_name=endorser["name"],
                scope="national" if endorser["group"] == "National" else endorser["group"],
                status=Endorsement.Status.APPROVED,
                reviewed_at=timezone.now(),
            )
            for endorser in seed.ENDORSERS
            if endorser["name"] not in existing
        ]
        Endorsement.objects.bulk_create(new)
        self.created["endorsement"] += len(new)

    def load_updates(self, index: UpdateIndexPage) -> None:
        for spec in seed.UPDATES:
            press = spec["kind"] == "press_clip"
            body = spec["body"]
            if spec["kind"] == "quoted":
                body = quoted_from_outlet(body, spec["author"], spec["outlet"])
            update = UpdatePage(
                title=spec["title"],
                slug=spec["slug"],
                date=spec["date"],
                dateline=spec["dateline"],
                byline=spec.get("author", "") if press else spec["byline"],
                summary=spec["summary"][:400],
                listing_image=self.images.get(spec["lead_image"] or ""),
                body=self.body_blocks(body),
                outlet=spec.get("outlet", "") if press else "",
                original_url=spec.get("original_url", "") if press else "",
                excerpt=spec.get("excerpt", "") if press else "",
            )
            update.tags.add(*spec["tags"])
            self.ensure_page(index, update, published_on=spec["date"])


@contextmanager
def indexed_in_bulk() -> Iterator[None]:
    """Index what the block saves in one pass at its end, instead of once per save: a page is
    saved three or four times on its way to published, and each save would queue (or, with the
    immediate task backend, run) an index update of its own. The demo is searchable as soon as
    the load commits, without waiting for the task worker."""
    models = [m for m in index.get_indexed_models() if getattr(m, "search_auto_update", True)]
    saved: dict[type, set] = {}

    def remember(sender, instance, raw=False, **kwargs) -> None:
        if not raw:
            saved.setdefault(sender, set()).add(instance.pk)

    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_save.connect(remember, sender=model, weak=False)
    try:
        yield
    finally:
        for model in models:
            post_save.disconnect(remember, sender=model)
            post_save.connect(post_save_signal_handler, sender=model)
    for backend in get_search_backends(with_auto_update=True):
        for model, pks in saved.items():
            backend.add_bulk(model, list(model.get_indexed_objects().filter(pk__in=pks)))


def load_demo_content(stdout: TextIO | None = None, *, spanish: bool = True) -> str:
    """Load (or complete) the demo campaign in one transaction; returns a summary line.
    `spanish=False` leaves out the Spanish translations (and leaves any there alone)."""
    with transaction.atomic(), indexed_in_bulk():
        return DemoLoader(stdout, spanish=spanish).load()
