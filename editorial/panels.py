"""The page editor's schedule fields say which time zone they are entered in.

Editors type a go-live time as a wall-clock time; Wagtail reads it in the zone active for the
request (the site's zone unless the editor picked another in their account). Nothing on the
form said which one that was (Wagtail issue #4890), so a rally could go live three hours early.
"""

from __future__ import annotations

from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext
from wagtail.admin.panels import PublishingPanel
from wagtail.models import Page, PanelPlaceholder

from common.timezones import zone_label


def schedule_help_text() -> str:
    """Help for a schedule field, naming the zone active now, i.e. the one the form uses."""
    zone = zone_label(timezone.get_current_timezone())
    return gettext("Local time in %(zone)s. Daylight saving changes are taken into account.") % {
        "zone": zone
    }


_lazy_help = lazy(schedule_help_text, str)


class ZonedPublishingPanel(PublishingPanel):
    """Wagtail's publishing schedule (go-live and expiry) whose fields name their time zone.
    Every page type gets it by default (see `use_zoned_publishing_panel`); use it instead of
    PublishingPanel in a page's or snippet's own panels."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        go_live, expiry = self.children
        # Lazy: the zone is that of the request rendering the form, not of start-up.
        go_live.help_text = go_live.help_text or _lazy_help()
        expiry.help_text = expiry.help_text or _lazy_help()


def use_zoned_publishing_panel() -> None:
    """Make ZonedPublishingPanel the default for every page type. Page.settings_panels holds a
    placeholder for PublishingPanel that each page type shares (copies of the list keep the
    same placeholder object), resolved when the editor is first built; pointing that
    placeholder at our panel reaches every page type that does not list its own panels."""
    for panel in Page.settings_panels:
        if isinstance(panel, PanelPlaceholder) and panel.path.endswith(".PublishingPanel"):
            panel.path = f"{ZonedPublishingPanel.__module__}.{ZonedPublishingPanel.__name__}"
            panel.__dict__.pop("panel_class", None)  # drop a cached import of the old class
