import pytest
from django.core.cache import cache
from wagtail.models import Site

from campaigns.models import CampaignPage
from home.models import SiteSettings, SocialLink


@pytest.fixture(autouse=True)
def fresh_cache():
    """Page addresses and site settings are cached: every test starts without them."""
    cache.clear()
    yield
    cache.clear()


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
