"""Purging the page cache when content changes: a page is published, unpublished, moved,
renamed or deleted, or the site settings (header, menu, footer) change.

What a change purges: the page itself, its live descendants when it has any (their
breadcrumbs and campaign navigation show its title), its live ancestors (the index, the
campaign hub and the home page list what is under them) and whatever else the page type says
shows it (`listed_on()`: feeds, a week of action's programme). A change to a page the main
menu shows, or to the site settings, changes every page, so it purges the whole site.

Purges run when the change is committed: purging earlier would let a reader store the old
content again under the new token. The app cache is purged in this process, synchronously, so
the next reader sees the change; the edge cache through a frontend_cache task on the worker."""

import threading
from collections.abc import Iterable

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    pre_page_move,
)

from common import page_cache

from .models import MenuItem, SiteSettings, SocialLink
from .models.site_settings import forget_site_chrome

# Campaigns and the other sections directly under the home page (depth 3) appear in the
# main menu when no menu is set; the home page is depth 2.
MENU_DEPTH = 3


class Purge:
    """The addresses one change affects, gathered and then purged once it is committed."""

    def __init__(self) -> None:
        self.batch = PurgeBatch()
        self.whole_site = False

    def add_pages(self, pages: Iterable[Page]) -> None:
        self.batch.add_pages(pages)

    def add_paths(self, page: Page, paths: Iterable[str]) -> None:
        """Site-relative addresses (feeds) on `page`'s site."""
        parts = page.get_url_parts()
        if parts is None:
            return
        self.batch.add_urls(parts[1].rstrip("/") + path for path in paths)

    def add_page_change(self, page: Page) -> None:
        """`page` and every page that shows it."""
        page = page.specific_deferred
        self.add_pages([page])
        if page.depth > 2 and page.numchild:
            self.add_pages(page.get_descendants().live())
        self.add_pages(page.get_ancestors().live().filter(depth__gte=2))
        # Its translations' language switcher and hreflang links name it (or the home page
        # while it is not translated).
        translations = Page.objects.filter(translation_key=page.translation_key).live()
        self.add_pages(translations.exclude(pk=page.pk))
        # Feed addresses are reversed in the page's language (`/es/feeds/…` for a Spanish page),
        # whatever language the editor's admin is in.
        with translation.override(page.locale.language_code):
            shown = list(getattr(page, "listed_on", list)())
        for shown_on in shown:
            if isinstance(shown_on, str):
                self.add_paths(page, [shown_on])
            else:
                self.add_pages([shown_on])
        # The menu links to a page's translations too (by translation key).
        menu_pages = MenuItem.objects.filter(page__translation_key=page.translation_key)
        if page.depth == MENU_DEPTH or menu_pages.exists():
            self.whole_site = True

    def on_commit(self) -> None:
        if self.whole_site:
            _purge_whole_site_on_commit()
        else:
            urls = sorted(self.batch.urls)
            transaction.on_commit(lambda: page_cache.purge_urls(urls))


def purge_whole_site() -> None:
    """Forget every page (the header, menu or footer changed), and the cached chrome."""
    forget_site_chrome()
    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().filter(depth__gte=2).specific(defer=True))
    page_cache.purge_site(batch.urls)


def purge_pages(pages: Iterable[Page]) -> None:
    """Purge `pages` and what shows them, in one batch once the current transaction commits.
    Other apps call this when they change what pages show outside publishing (e.g. a snippet
    they use)."""
    purge = Purge()
    for page in pages:
        purge.add_page_change(page)
    purge.on_commit()


def purge_page(page: Page) -> None:
    purge_pages([page])


def _page_changed(sender, instance: Page, **kwargs) -> None:
    purge_page(instance)


def _slug_changed(sender, instance: Page, instance_before: Page, **kwargs) -> None:
    """The old address (and its descendants' old addresses) no longer shows the page."""
    old_url, new_url = instance_before.get_full_url(), instance.get_full_url()
    if not old_url or not new_url:
        return
    purge = Purge()
    purge.add_pages([instance, *instance.get_descendants().live()])
    purge.batch.urls = {old_url + url.removeprefix(new_url) for url in purge.batch.urls}
    purge.on_commit()


# Moves in progress in this thread: what showed each page before it moved, by page id (the
# signal after the move carries a freshly loaded page object, not the one sent before it).
_moves = threading.local()


def _before_move(sender, instance: Page, **kwargs) -> None:
    """What showed the page where it was: its old address, old ancestors and old feeds."""
    purge = Purge()
    purge.add_page_change(instance)
    if not hasattr(_moves, "pending"):
        _moves.pending = {}
    _moves.pending[instance.pk] = purge


def _after_move(sender, instance: Page, **kwargs) -> None:
    purge = getattr(_moves, "pending", {}).pop(instance.pk, None) or Purge()
    purge.add_page_change(instance)
    purge.on_commit()


def _before_delete(sender, instance: Page, **kwargs) -> None:
    if instance.live:
        purge_page(instance)


def _purge_whole_site_on_commit() -> None:
    """Forget the cached chrome and pages now, so this transaction's own requests (and tests,
    which never commit) read the change, and purge every page again once it commits (a page
    rendered in between may have read the old settings) and at the edge. Saving the settings
    saves each menu and social link too: the purge is queued once per transaction (Django
    keeps the pending callbacks on the connection; nothing public lists them)."""
    forget_site_chrome()
    page_cache.forget_every_page()
    connection = transaction.get_connection()
    if any(callback is purge_whole_site for _, callback, _ in connection.run_on_commit):
        return
    transaction.on_commit(purge_whole_site)


def _settings_changed(sender, created: bool = False, **kwargs) -> None:
    # The settings row is created, with its defaults, the first time a page reads it: nothing
    # a reader sees has changed (the admin's settings screen creates it before showing it).
    if sender is SiteSettings and created:
        return
    _purge_whole_site_on_commit()


def connect() -> None:
    """Called from HomeConfig.ready(). Page signals are sent with the specific page class as
    sender, so they are connected for every sender."""
    page_published.connect(_page_changed, dispatch_uid="page_cache_published")
    page_unpublished.connect(_page_changed, dispatch_uid="page_cache_unpublished")
    page_slug_changed.connect(_slug_changed, dispatch_uid="page_cache_slug")
    pre_page_move.connect(_before_move, dispatch_uid="page_cache_pre_move")
    post_page_move.connect(_after_move, dispatch_uid="page_cache_post_move")
    pre_delete.connect(_before_delete, sender=Page, dispatch_uid="page_cache_delete")
    for model in (SiteSettings, MenuItem, SocialLink):
        for signal in (post_save, post_delete):
            signal.connect(_settings_changed, sender=model, dispatch_uid=f"page_cache_{model}")
