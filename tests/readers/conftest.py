from pathlib import Path

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
def page_cache(settings, tmp_path):
    """The page cache on, as in production (test settings turn it off). Until the action
    forms stop rendering a CSRF token (branch i10-forms), every page's footer signup form
    sets a `csrftoken` cookie and no page could be cached: this stands in for that change
    with a copy of the forms' shared top that leaves the token out."""
    settings.PAGE_CACHE_SECONDS = 60
    settings.PAGE_CACHE_STALE_SECONDS = 30
    settings.PAGE_BROWSER_CACHE_SECONDS = 0
    form_top = Path(settings.BASE_DIR) / "templates/actions/includes/form_top.html"
    without_token = tmp_path / "templates/actions/includes/form_top.html"
    without_token.parent.mkdir(parents=True)
    without_token.write_text(form_top.read_text().replace("{% csrf_token %}", ""))
    engine = settings.TEMPLATES[0]
    settings.TEMPLATES = [{**engine, "DIRS": [tmp_path / "templates", *engine["DIRS"]]}]
    return settings
