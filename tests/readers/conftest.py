import pytest
from wagtail.models import Site

from campaigns.models import CampaignPage
from home.models import SiteSettings, SocialLink


@pytest.fixture
def campaign(db) -> CampaignPage:
    """The demo campaign, preloaded into the test database."""
    return CampaignPage.objects.get(slug="end-mass-incarceration-deportations-detention")


@pytest.fixture
def footer_settings(db) -> SiteSettings:
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.donate_url = "https://donate.example.org/enlace"
    settings.donate_label = "Give now"
    settings.save()
    SocialLink.objects.create(
        settings=settings, network="instagram", url="https://ig.example/enlace"
    )
    SocialLink.objects.create(
        settings=settings, network="bluesky", url="https://bsky.example/enlace"
    )
    return settings


@pytest.fixture
def page_cache(settings):
    """The page cache on, as in production (test settings turn it off)."""
    settings.PAGE_CACHE_SECONDS = 60
    settings.PAGE_CACHE_STALE_SECONDS = 30
    settings.PAGE_BROWSER_CACHE_SECONDS = 0
    return settings
