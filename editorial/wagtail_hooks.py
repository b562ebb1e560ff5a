from django.contrib import messages
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from campaigns.models import WeekOfActionPage
from common.timezones import ZONED_FORMAT, format_zoned

from . import translation_approval, views
from .dashboard import GoingLiveThisWeekPanel, SchedulingHealthPanel
from .schedule import unscheduled_go_live
from .translation_report import SpanishTranslationsReport


@hooks.register("construct_homepage_panels")
def add_scheduling_panels(request, panels: list) -> None:
    # Wagtail's own "Awaiting your review" panel already lists what awaits approval.
    panels.append(SchedulingHealthPanel())
    panels.append(GoingLiveThisWeekPanel())


@hooks.register("register_admin_urls")
def register_editorial_urls():
    return [
        path("calendar/", views.CalendarView.as_view(), name="editorial_calendar"),
        path("editor-guide/", views.EditorGuideView.as_view(), name="editorial_guide"),
        path("editor-guide/img/guide/<str:name>", views.guide_image, name="editorial_guide_image"),
        path(
            "translations/<int:translation_id>/submit/",
            translation_approval.submit_translation,
            name="editorial_submit_translation",
        ),
        # Before wagtail-localize's own view at this address (editorial is listed first in
        # INSTALLED_APPS, so its admin URLs come first): see translation_approval.py.
        path(
            "localize/update/<int:translation_source_id>/",
            translation_approval.SyncTranslationsView.as_view(),
            name="editorial_sync_translations",
        ),
        path(
            "reports/spanish-translations/",
            SpanishTranslationsReport.as_view(),
            name="editorial_spanish_translations",
        ),
        path(
            "reports/spanish-translations/results/",
            SpanishTranslationsReport.as_view(results_only=True),
            name="editorial_spanish_translations_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_spanish_translations_report():
    return MenuItem(
        _("Spanish translations"),
        reverse("editorial_spanish_translations"),
        name="spanish-translations",
        icon_name="globe",
        order=650,  # before Wagtail's own reports (locked pages: 700)
    )


@hooks.register("register_admin_menu_item")
def register_calendar_menu_item():
    return MenuItem(
        _("Campaign calendar"),
        reverse("editorial_calendar"),
        name="campaign-calendar",
        icon_name="calendar-alt",
        order=150,  # just after Pages
    )


@hooks.register("register_help_menu_item")
def register_editor_guide_menu_item():
    return MenuItem(
        _("Campaign editor guide"),
        reverse("editorial_guide"),
        name="campaign-editor-guide",
        icon_name="help",
        order=900,  # before Wagtail's own guide, which knows nothing of this site
    )


# Wagtail's own help entries point at its generic guide and release notes (with a "new"
# badge); staff follow the campaign guide above instead, so one guide entry remains.
WAGTAIL_HELP_ITEMS = ("editor-guide", "whats-new-in-wagtail-")


@hooks.register("construct_help_menu")
def keep_one_editor_guide(request, menu_items: list) -> None:
    menu_items[:] = [item for item in menu_items if not item.name.startswith(WAGTAIL_HELP_ITEMS)]


def _open_week_in_calendar(page):
    """A "Show in calendar" item for a week of action: the calendar on its first week,
    showing only its campaign."""
    model = page.specific_class  # None when the page type's code was removed
    if model is None or not issubclass(model, WeekOfActionPage):
        return
    week = page.specific_deferred
    yield PageMenuItem(
        _("Show in campaign calendar"),
        url=views.calendar_url(date=week.start_date, campaign=week.get_parent()),
        icon_name="calendar-alt",
        priority=25,
        page=page,
    )


@hooks.register("register_page_header_buttons")
def week_of_action_header_buttons(page, user, view_name, next_url=None):
    yield from _open_week_in_calendar(page)


@hooks.register("register_page_listing_more_buttons")
def week_of_action_listing_buttons(page, user, next_url=None):
    yield from _open_week_in_calendar(page)


@hooks.register("before_edit_page")
@hooks.register("before_edit_snippet")
def warn_when_the_go_live_date_is_not_scheduled(request, obj) -> None:
    """Saving a draft with a go-live date does not schedule it (Wagtail issue #7319): say so
    on the editor itself, every time it is opened, until someone schedules it."""
    if request.method != "GET":
        return
    when = unscheduled_go_live(obj)
    if when is not None:
        messages.warning(
            request,
            gettext(
                "Not scheduled: this draft has a go-live date (%(when)s), but it will not go "
                "live by itself. To publish it then, open the menu beside “Save draft” and "
                "choose “Schedule to publish”."
            )
            % {"when": format_zoned(when, ZONED_FORMAT)},
        )


@hooks.register("insert_global_admin_css")
def picker_css() -> str:
    # Date and time pickers open in the form's flow, never over its buttons (see pickers.py);
    # also the translation screen's "Submit for approval" panel (translation_approval.py).
    return format_html('<link rel="stylesheet" href="{}">', static("editorial/css/pickers.css"))
