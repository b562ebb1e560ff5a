"""Admin views of the editorial app: the campaign calendar and the editor guide. Registered
under /admin/ by wagtail_hooks.py, so only people who may use the admin reach them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import markdown
from django.conf import settings
from django.http import FileResponse, Http404
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from campaigns.models import CampaignPage
from common.timezones import zone_label

from . import calendar
from . import calendar_grid as grid

GUIDE = Path(settings.BASE_DIR) / "docs" / "editor-guide.md"
GUIDE_IMAGES = GUIDE.parent / "img" / "guide"


def calendar_url(view: str = grid.WEEK, date: dt.date | None = None, campaign=None) -> str:
    """The calendar's address for a view, a day in it and, optionally, a campaign's pages."""
    params = {"view": view}
    if date is not None:
        params["date"] = date.isoformat()
    if campaign is not None:
        params["campaign"] = campaign.pk
    return f"{reverse('editorial_calendar')}?{urlencode(params)}"


class AdminPageView(WagtailAdminTemplateMixin, TemplateView):
    """A page of the admin of our own, with its title in the breadcrumbs linking to
    `url_name`."""

    url_name: str

    def get_breadcrumbs_items(self):
        url = reverse(self.url_name)
        return [*super().get_breadcrumbs_items(), {"url": url, "label": self.page_title}]


class CalendarView(AdminPageView):
    """?view=week|month|list&date=YYYY-MM-DD&campaign=<page id>; anything missing or invalid
    falls back to this week, today and every campaign."""

    template_name = "editorial/calendar/index.html"
    page_title = _("Campaign calendar")
    header_icon = "calendar-alt"
    url_name = "editorial_calendar"

    def get_page_subtitle(self):
        return self.calendar.title

    def get(self, request, *args, **kwargs):
        view = request.GET.get("view")
        view = view if view in grid.VIEWS else grid.WEEK
        try:
            anchor = dt.date.fromisoformat(request.GET.get("date", ""))
        except ValueError:
            anchor = calendar.today()
        self.campaigns = list(CampaignPage.objects.order_by("title"))
        wanted = request.GET.get("campaign", "")
        campaign = next((c for c in self.campaigns if str(c.pk) == wanted), None)
        self.calendar = calendar.build_calendar(view, anchor, campaign, request.user)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cal = self.calendar
        today = calendar.today()
        context.update(
            calendar=cal,
            campaigns=self.campaigns,
            zone=zone_label(at=dt.datetime.combine(cal.first_day, dt.time(12), dt.UTC)),
            previous_url=calendar_url(cal.view, grid.step(cal.view, cal.anchor, -1), cal.campaign),
            next_url=calendar_url(cal.view, grid.step(cal.view, cal.anchor, 1), cal.campaign),
            today_url=calendar_url(cal.view, today, cal.campaign),
            shows_today=cal.first_day <= today <= cal.last_day,
            view_links=[
                (view, label, calendar_url(view, cal.anchor, cal.campaign))
                for view, label in (
                    (grid.WEEK, _("Week")),
                    (grid.MONTH, _("Month")),
                    (grid.LIST, _("List")),
                )
            ],
            previous_label=_("Previous week") if cal.view == grid.WEEK else _("Previous month"),
            next_label=_("Next week") if cal.view == grid.WEEK else _("Next month"),
        )
        return context


class EditorGuideView(AdminPageView):
    """docs/editor-guide.md as a page of the admin. The guide's images are relative links
    (img/guide/…), which resolve to EditorGuideImageView both here and when the file is read
    in the repository."""

    template_name = "editorial/guide.html"
    page_title = _("Editor guide")
    header_icon = "help"
    url_name = "editorial_guide"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The guide is a file of this repository, written by us: its HTML is trusted.
        html = markdown.markdown(GUIDE.read_text(), extensions=["tables", "toc"])
        context["guide"] = mark_safe(html)  # noqa: S308
        return context


def guide_image(request, name: str) -> FileResponse:
    path = GUIDE_IMAGES / name
    if path.parent != GUIDE_IMAGES or path.suffix != ".png" or not path.is_file():
        raise Http404("No such image in the editor guide.")
    return FileResponse(path.open("rb"), content_type="image/png")
