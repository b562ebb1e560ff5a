"""Addresses of the feeds (see feeds.py), mounted at /feeds/."""

from django.urls import path
from django.views.decorators.cache import cache_control

from common.page_cache import cache_public_page

from . import feeds

app_name = "feeds"

updates_feed = cache_public_page(
    cache_control(public=True, max_age=feeds.FEED_MAX_AGE)(feeds.UpdatesFeed())
)

urlpatterns = [
    path("updates/", updates_feed, name="updates"),
    path("updates/<slug:campaign_slug>/", updates_feed, name="campaign_updates"),
    path("topics/<slug:tag_slug>/", updates_feed, name="tag_updates"),
    path("events.ics", feeds.events_calendar, name="events"),
    path("events/<slug:campaign_slug>.ics", feeds.campaign_events_calendar, name="campaign_events"),
]
