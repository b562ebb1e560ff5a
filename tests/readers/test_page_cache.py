"""Anonymous readers get public pages from the page cache after their first render, with
headers that let a CDN keep them; editors, posts and per-visitor pages never come from it."""

import re
from pathlib import Path

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.models import HomePage, UpdatePage
from common.page_cache import TRACKING_PARAMETERS, TRACKING_PREFIXES, purge_urls
from tests.factories import CampaignPageFactory, UpdateIndexPageFactory, UpdatePageFactory
from tests.helpers import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def update(page_cache) -> UpdatePage:
    campaign = CampaignPageFactory(parent=HomePage.objects.get(), slug="cached")
    news = UpdateIndexPageFactory(parent=campaign, slug="news")
    return UpdatePageFactory(parent=news, title="Vigil report", slug="vigil")


def test_second_anonymous_get_is_a_hit_with_the_same_page(client, update):
    for url in ["/", update.get_parent().get_parent().url, update.get_parent().url, update.url]:
        first, second = client.get(url), client.get(url)
        assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit"), url
        assert second.status_code == 200
        assert second.content == first.content


def test_a_hit_costs_no_database_query(client, update):
    client.get(update.url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(update.url)
    assert response["X-Page-Cache"] == "hit"
    assert len(queries) == 0


def test_head_is_answered_from_the_cache(client, update):
    client.get(update.url)
    assert client.head(update.url)["X-Page-Cache"] == "hit"


def test_links_with_tracking_parameters_are_the_same_cached_page(client, update):
    plain = client.get(update.url)
    for query in [
        "utm_source=newsletter&utm_medium=email&utm_campaign=vigil",
        "fbclid=IwAR0abc",
        "gclid=xyz&mc_cid=1&mc_eid=2",
        "UTM_Source=shouting",
    ]:
        response = client.get(f"{update.url}?{query}")
        assert response["X-Page-Cache"] == "hit", query
        assert response.content == plain.content


def test_tracking_parameters_do_not_reach_the_page(client, update):
    """A first visit through a tracked link stores the same page as a plain one: its
    pagination and canonical links carry no campaign email's parameters."""
    index = update.get_parent()
    response = client.get(f"{index.url}?utm_source=newsletter&page=1")
    assert response["X-Page-Cache"] == "miss"
    assert b"utm_source" not in response.content
    assert client.get(f"{index.url}?page=1")["X-Page-Cache"] == "hit"


def test_filters_and_pages_of_a_listing_are_cached_apart(client, update):
    index = update.get_parent()
    assert client.get(index.url)["X-Page-Cache"] == "miss"
    assert client.get(f"{index.url}?year=2020")["X-Page-Cache"] == "miss"
    assert client.get(f"{index.url}?year=2020")["X-Page-Cache"] == "hit"
    assert client.get(f"{index.url}?page=1&year=2020")["X-Page-Cache"] == "miss"
    assert client.get(f"{index.url}?year=2020&page=1")["X-Page-Cache"] == "hit"


def test_unknown_query_parameters_are_not_cached(client, update):
    """`?x=<random>` on every request cannot fill the shared cache with copies of a page."""
    for _ in range(2):
        response = client.get(f"{update.url}?x=12345")
        assert response["X-Page-Cache"] == "bypass"
        assert "private" in response["Cache-Control"]


def test_a_cached_page_lets_a_cdn_keep_it_and_sets_no_cookie(client, update):
    for expected in ("miss", "hit"):
        response = client.get(update.url)
        assert response["X-Page-Cache"] == expected
        cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
        assert cache_control == {
            "public",
            "max-age=0",
            "s-maxage=60",
            "stale-while-revalidate=30",
        }
        assert not response.cookies
        assert "cookie" not in response.get("Vary", "").lower()
    assert int(response["Age"]) >= 0


def test_signed_in_editor_gets_the_live_page_not_the_cached_one(client, admin_user, update):
    client.get(update.url)
    UpdatePage.objects.filter(pk=update.pk).update(title="Changed behind the cache's back")
    assert b"Changed behind" not in client.get(update.url).content
    client.force_login(admin_user)
    response = client.get(update.url)
    assert response["X-Page-Cache"] == "bypass"
    assert b"Changed behind" in response.content
    assert "private" in response["Cache-Control"]


def test_signed_in_editor_sees_the_user_bar_and_readers_do_not(client, admin_user, update):
    assert b"wagtail-userbar" not in client.get(update.url).content
    client.force_login(admin_user)
    assert b"wagtail-userbar" in client.get(update.url).content


def test_posts_and_the_admin_are_never_cached(client, admin_user, update):
    assert client.post(update.url)["X-Page-Cache"] == "bypass"
    client.force_login(admin_user)
    admin = client.get("/admin/")
    assert admin["X-Page-Cache"] == "bypass"
    assert "private" in admin["Cache-Control"] or "no-cache" in admin["Cache-Control"]


def test_missing_pages_are_not_cached(client, update):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert response["X-Page-Cache"] == "bypass"


def test_anonymous_reader_gets_no_cookie_and_no_vary_cookie(client, update):
    response = client.get(update.url)
    assert not response.cookies
    assert "cookie" not in response.get("Vary", "").lower()


def test_page_whose_response_sets_a_cookie_is_not_stored(client, update, settings, tmp_path):
    """Safety: a response that sets a cookie is per visitor and must never be shared. Here a
    form that carries Django's CSRF token (as the action forms did before they checked the
    post's origin instead) sets one: the page is served, uncached and private, every time."""
    form_top = Path(settings.BASE_DIR) / "actions/templates/actions/includes/form_top.html"
    with_token = tmp_path / "templates/actions/includes/form_top.html"
    with_token.parent.mkdir(parents=True)
    with_token.write_text("{% csrf_token %}" + form_top.read_text())
    engine = settings.TEMPLATES[0]
    settings.TEMPLATES = [{**engine, "DIRS": [tmp_path / "templates", *engine["DIRS"]]}]
    for _ in range(2):
        response = client.get(update.url)
        assert "csrftoken" in response.cookies
        assert response["X-Page-Cache"] == "bypass"
        assert "private" in response["Cache-Control"]


def test_with_the_page_cache_off_every_request_renders(client, update, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(update.url)
    assert client.get(update.url)["X-Page-Cache"] == "bypass"


def test_the_page_chrome_costs_no_query_once_cached(client, update, settings):
    """Site settings, social links and the main menu are the same on every page: once read,
    rendering another page does not ask the database for them again."""
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(update.url)
    assert response.status_code == 200
    chrome_tables = ("home_sitesettings", "home_sociallink", "home_menuitem")
    asked = [query["sql"] for query in queries if any(t in query["sql"] for t in chrome_tables)]
    assert asked == []


# Measured renders, without the page cache (a cached page costs none, see above). A change
# that adds a query must raise its budget here, on purpose. Two of each are the languages':
# Wagtail finding the active locale, and the page's translations for the switcher and hreflang.
RENDER_BUDGETS = {"home": 12, "hub": 18, "update": 19}


def test_uncached_renders_stay_within_their_query_budgets(client, update, settings):
    settings.PAGE_CACHE_SECONDS = 0
    urls = {"home": "/", "hub": update.get_parent().get_parent().url, "update": update.url}
    client.get("/")  # the chrome, read once per site and kept
    used = {name: count_queries(client, url) for name, url in urls.items()}
    assert all(used[name] <= budget for name, budget in RENDER_BUDGETS.items()), used


def test_the_edge_cache_drops_the_same_tracking_parameters_as_the_app():
    """Varnish strips tracking parameters before it looks a page up; if its list fell behind
    the app's, a campaign email's link would be a miss at the edge."""
    vcl = (Path(__file__).resolve().parents[2] / "deploy/varnish/default.vcl").read_text()
    [pattern] = set(re.findall(r"\[\?&\]\(([^)]+)\)=", vcl))
    in_vcl = set(pattern.split("|"))
    assert in_vcl == {*TRACKING_PARAMETERS, *(f"{p}[A-Za-z0-9_]+" for p in TRACKING_PREFIXES)}


def test_a_process_serves_a_page_it_just_served_without_asking_the_shared_cache(
    client, update, settings
):
    """While a page is being shared, each app process keeps the hits it served for a second:
    the shared cache is asked once a second, not on every request. A purge made in this
    process drops the copy at once."""
    settings.PAGE_CACHE_LOCAL_SECONDS = 1
    client.get(update.url)
    assert client.get(update.url)["X-Page-Cache"] == "hit"
    cache.clear()  # the shared copy gone (evicted, or purged by another server a moment ago)
    assert client.get(update.url)["X-Page-Cache"] == "hit"
    purge_urls([update.full_url])
    assert client.get(update.url)["X-Page-Cache"] == "miss"


def test_without_the_process_copy_every_hit_reads_the_shared_cache(client, update, settings):
    settings.PAGE_CACHE_LOCAL_SECONDS = 0
    client.get(update.url)
    assert client.get(update.url)["X-Page-Cache"] == "hit"
    cache.clear()
    assert client.get(update.url)["X-Page-Cache"] == "miss"
