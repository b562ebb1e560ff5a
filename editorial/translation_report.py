"""Reports → Spanish translations: the published English pages that have no Spanish version, or
whose Spanish version is out of date because the English was published again after the
translation was last brought in line with it, each with the link that fixes it.

"Brought in line" is wagtail-localize's last sync of the English page (its TranslationSource,
made by "Translate this page" and refreshed by "Sync translated pages"); for a Spanish page
made without wagtail-localize (the demo, a copy an editor translated by hand), the last time
that Spanish page was saved."""

from __future__ import annotations

from django.db.models import F, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from common.timezones import format_zoned

TARGET_LANGUAGE = "es"


def pages_needing_translation(language: str = TARGET_LANGUAGE) -> QuerySet[Page]:
    """Live English pages without a live or draft translation into `language` (an alias,
    which shows the English words, does not count), or whose English was published after
    the translation was last synced; in tree order, in one query."""
    english = Locale.get_default()
    translations = Page.objects.filter(
        translation_key=OuterRef("translation_key"),
        locale__language_code=language,
        alias_of__isnull=True,
    )
    sources = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"), locale=english
    )
    return (
        Page.objects.filter(locale=english, depth__gte=2, live=True)
        .annotate(
            translation_id=Subquery(translations.values("pk")[:1]),
            source_id=Subquery(sources.values("pk")[:1]),
            translated_at=Coalesce(
                Subquery(sources.values("last_updated_at")[:1]),
                Subquery(translations.values("latest_revision_created_at")[:1]),
            ),
        )
        .filter(Q(translation_id__isnull=True) | Q(last_published_at__gt=F("translated_at")))
        .order_by("path")
    )


def _status(page: Page) -> str:
    if page.translation_id is None:
        return _("No Spanish version")
    return _("Out of date: the English changed")


def _fix(page: Page) -> str:
    """The link that does what the row asks for."""
    if page.translation_id is None:
        url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        return format_html(
            '<a class="button button-small" href="{}?select_locale={}">{}</a>',
            url,
            TARGET_LANGUAGE,
            _("Translate"),
        )
    if page.source_id is not None:
        url = reverse("wagtail_localize:update_translations", args=[page.source_id])
        label = _("Sync the Spanish version")
    else:
        url = reverse("wagtailadmin_pages:edit", args=[page.translation_id])
        label = _("Edit the Spanish version")
    return format_html('<a class="button button-small" href="{}">{}</a>', url, label)


class SpanishTranslationsReport(ReportView):
    page_title = _("Spanish translations")
    header_icon = "globe"
    index_url_name = "editorial_spanish_translations"
    index_results_url_name = "editorial_spanish_translations_results"
    no_results_message = _("Every published page has an up-to-date Spanish version.")
    columns = [
        TitleColumn(
            "title",
            label=_("Page"),
            get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ),
        Column("status", label=_("Spanish version"), accessor=_status),
        Column(
            "last_published_at",
            label=_("English last published"),
            accessor=lambda page: format_zoned(page.last_published_at),
        ),
        Column(
            "translated_at",
            label=_("Spanish last synced"),
            accessor=lambda page: format_zoned(page.translated_at) or "—",
        ),
        Column("fix", label=_("What to do"), accessor=_fix),
    ]

    def get_queryset(self) -> QuerySet[Page]:
        return pages_needing_translation()
