"""A published change is what the next reader sees: publishing, unpublishing, moving or
deleting a page, or changing what other pages show, purges exactly the pages affected from
the page cache and, through Wagtail's frontend_cache, from the edge cache (here a real HTTP
server standing in for Varnish, recording the PURGE requests it gets)."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from wagtail.models import Site

from campaigns.models import HomePage, PetitionPage, PetitionTarget, Target, UpdateIndexPage
from common import page_cache
from home.models import SiteSettings
from tests.factories import (
    CampaignPageFactory,
    PetitionIndexPageFactory,
    PetitionPageFactory,
    UpdateIndexPageFactory,
    UpdatePageFactory,
)

pytestmark = pytest.mark.django_db


class PurgeRecorder(BaseHTTPRequestHandler):
    """Answers PURGE as Varnish does and remembers which address was purged."""

    purged: list[tuple[str, str]]

    def do_PURGE(self) -> None:
        self.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def edge_cache(page_cache):
    """Purged addresses, as (host, path) pairs, from a local HTTP cache the app purges."""
    purged: list[tuple[str, str]] = []
    handler = type("Recorder", (PurgeRecorder,), {"purged": purged})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    page_cache.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield purged
    server.shutdown()
    server.server_close()


@pytest.fixture
def site(page_cache):
    """A campaign with news, a petition to a named official, and another campaign."""
    home = HomePage.objects.get()
    campaign = CampaignPageFactory(parent=home, slug="purged", title="Purged campaign")
    news = UpdateIndexPageFactory(parent=campaign, slug="news")
    petitions = PetitionIndexPageFactory(parent=campaign, slug="petitions")
    petition = PetitionPageFactory(parent=petitions, slug="free-them")
    target = Target.objects.create(name="Governor Quillon", jurisdiction="California")
    PetitionTarget.objects.create(page=petition, target=target, sort_order=0)
    other = CampaignPageFactory(parent=home, slug="elsewhere", title="Elsewhere")
    petition.save_revision().publish()  # so that the reference index knows the target
    return {
        "campaign": campaign,
        "news": news,
        "petitions": petitions,
        "petition": petition,
        "target": target,
        "other": other,
    }


def warm(client, *urls: str) -> None:
    for url in urls:
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit", url


def cache_state(client, url: str) -> str:
    return client.get(url)["X-Page-Cache"]


def publish_new_update(news: UpdateIndexPage, capture, **fields):
    update = news.add_child(instance=UpdatePageFactory.build(live=False, **fields))
    with capture(execute=True):
        update.save_revision().publish()
    return update


def test_publishing_a_change_is_what_the_next_reader_sees(
    client, site, django_capture_on_commit_callbacks
):
    petition = PetitionPage.objects.get(pk=site["petition"].pk)
    warm(client, petition.url)
    petition.title = "Free them all, now"
    with django_capture_on_commit_callbacks(execute=True):
        petition.save_revision().publish()
    response = client.get(petition.url)
    assert response["X-Page-Cache"] == "miss"
    assert b"Free them all, now" in response.content


def test_publishing_a_petition_purges_its_thank_you_step_too(
    client, site, django_capture_on_commit_callbacks
):
    """The thank-you step is cached under its own address; a signer must not be thanked on a
    copy of the petition as it was before the editor's change."""
    petition = PetitionPage.objects.get(pk=site["petition"].pk)
    thank_you = petition.url + "thank-you/"
    warm(client, thank_you)
    petition.title = "Free them all, now"
    with django_capture_on_commit_callbacks(execute=True):
        petition.save_revision().publish()
    response = client.get(thank_you)
    assert response["X-Page-Cache"] == "miss"
    assert b"Free them all, now" in response.content


def test_a_new_update_purges_the_hub_home_index_and_feeds_and_nothing_else(
    client, site, django_capture_on_commit_callbacks
):
    listing = ["/", site["campaign"].url, site["news"].url]
    feeds = ["/feeds/updates/", "/feeds/updates/purged/"]
    untouched = [site["other"].url, site["petition"].url, "/feeds/updates/elsewhere/"]
    warm(client, *listing, *feeds, *untouched)
    publish_new_update(site["news"], django_capture_on_commit_callbacks, title="Quillon folds")
    for url in listing + feeds:
        response = client.get(url)
        assert response["X-Page-Cache"] == "miss", url
        assert b"Quillon folds" in response.content, url
    for url in untouched:
        assert cache_state(client, url) == "hit", url


def test_the_edge_cache_is_purged_of_exactly_the_affected_addresses(
    client, site, edge_cache, django_capture_on_commit_callbacks
):
    update = publish_new_update(site["news"], django_capture_on_commit_callbacks, slug="fresh")
    newsrooms = [page.url for page in UpdateIndexPage.objects.live().filter(depth=3)]
    expected = {
        update.url,
        site["news"].url,
        site["campaign"].url,
        "/",
        "/feeds/updates/",
        "/feeds/updates/purged/",
        *newsrooms,
    }
    assert {path for _host, path in edge_cache} == expected
    assert len(edge_cache) == len(expected), "each address purged once"
    hostname = urlsplit(update.full_url).netloc
    assert {host for host, _path in edge_cache} == {hostname}


def test_unpublishing_a_page_purges_it_and_the_lists_that_showed_it(
    client, site, django_capture_on_commit_callbacks
):
    petition = site["petition"]
    warm(client, petition.url, site["petitions"].url, site["campaign"].url)
    with django_capture_on_commit_callbacks(execute=True):
        petition.unpublish()
    assert client.get(petition.url).status_code == 404
    for url in (site["petitions"].url, site["campaign"].url):
        response = client.get(url)
        assert response["X-Page-Cache"] == "miss", url
        assert b"free-them" not in response.content, url


def test_deleting_a_page_purges_it_and_the_lists_that_showed_it(
    client, site, django_capture_on_commit_callbacks
):
    petition = site["petition"]
    url = petition.url
    warm(client, url, site["petitions"].url)
    with django_capture_on_commit_callbacks(execute=True):
        petition.delete()
    assert client.get(url).status_code == 404
    assert cache_state(client, site["petitions"].url) == "miss"


def test_moving_a_page_purges_its_old_and_new_address_and_both_lists(
    client, site, django_capture_on_commit_callbacks
):
    old_url = site["petition"].url
    new_index = PetitionIndexPageFactory(parent=site["other"], slug="petitions")
    warm(client, old_url, site["petitions"].url, new_index.url)
    with django_capture_on_commit_callbacks(execute=True):
        site["petition"].move(new_index, pos="last-child")
    moved = PetitionPage.objects.get(pk=site["petition"].pk)
    # Wagtail's redirects app sends the old address on to the new one.
    assert client.get(old_url).headers["Location"].endswith(moved.url)
    assert cache_state(client, moved.url) == "miss"
    assert cache_state(client, site["petitions"].url) == "miss"
    assert cache_state(client, new_index.url) == "miss"


def test_renaming_an_official_purges_the_pages_that_name_them(
    client, site, django_capture_on_commit_callbacks
):
    petition = site["petition"]
    warm(client, petition.url, site["petitions"].url, site["other"].url)
    target = site["target"]
    target.name = "Governor Quillon-Smythe"
    with django_capture_on_commit_callbacks(execute=True):
        target.save()
    for url in (petition.url, site["petitions"].url):
        response = client.get(url)
        assert response["X-Page-Cache"] == "miss", url
        assert b"Quillon-Smythe" in response.content, url
    assert cache_state(client, site["other"].url) == "hit"


def test_changing_site_settings_purges_every_page(client, site, django_capture_on_commit_callbacks):
    urls = ["/", site["petition"].url, site["other"].url, "/feeds/updates/"]
    warm(client, *urls)
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.tagline = "Quillwort tagline"
    with django_capture_on_commit_callbacks(execute=True):
        settings.save()
    for url in urls[:3]:
        response = client.get(url)
        assert response["X-Page-Cache"] == "miss", url
        assert b"Quillwort tagline" in response.content, url


def test_a_render_that_began_before_a_purge_is_not_stored(client, site):
    """A reader's render that read the old content must not be kept as fresh: the purge
    gives the path a new generation, and the render's copy carries the old one."""
    url = site["petition"].url
    lookup = page_cache.look_up("testserver", url, "")
    response = client.get(url)
    page_cache.purge_urls([f"http://testserver{url}"])
    page_cache.store(lookup, response)
    assert not page_cache.look_up("testserver", url, "").hit()


def test_an_edge_purge_runs_before_the_emails_already_waiting_for_the_worker(settings):
    """On a viral day thousands of confirmation emails wait in the task queue: a published
    correction's purge is the next task the worker takes, not the last."""
    from django_tasks_db.models import DBTaskResult

    from actions.tasks import send_signature_email

    # The worker's real queue (django-tasks resets its backends when TASKS changes).
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    for number in range(3):
        send_signature_email.enqueue(f"signature-{number}", "http://testserver")
    page_cache.purge_edge(["http://testserver/purged/"])

    first = DBTaskResult.objects.ready().first()
    assert first.task_path.endswith("purge_urls_from_cache_task")
    assert first.args_kwargs["args"][0] == ["http://testserver/purged/"]
    assert DBTaskResult.objects.ready().count() == 4
