"""What editors do on one app server is what readers get from the other and from the edge."""

import io
import re

import requests
from PIL import Image

from .stack import (
    APP_A,
    APP_B,
    EDGE,
    admin_session,
    forms_on,
    manage_shell,
    wait_until,
)


def retitle_and_publish(page_id: int, title: str) -> None:
    """An editor's change, published in a process of its own against the stack's database
    and cache (as the admin on server A would: its purges go through the same worker)."""
    manage_shell(
        "import json\n"
        "from wagtail.models import Page\n"
        f"page = Page.objects.get(pk={page_id}).specific\n"
        f"page.title = {title!r}\n"
        "page.save_revision().publish()\n"
        "print(json.dumps(True))\n"
    )


def test_a_change_published_through_app_server_a_is_fresh_through_varnish_within_5_seconds():
    page = manage_shell(
        "import json, uuid\n"
        "from wagtail.models import Site\n"
        "from tests.factories import UpdatePageFactory\n"
        "home = Site.objects.get(is_default_site=True).root_page\n"
        "page = UpdatePageFactory(parent=home, title='Before the vote', "
        "slug='stack-' + uuid.uuid4().hex[:10])\n"
        "page.save_revision().publish()\n"
        "print(json.dumps({'id': page.id, 'path': page.url}))\n"
    )
    url = EDGE + page["path"]
    # Readers have it (and the edge has had the chance to keep it) before the change.
    for _ in range(3):
        assert "Before the vote" in requests.get(url, timeout=30).text

    retitle_and_publish(page["id"], "After the vote")

    assert wait_until(
        lambda: "After the vote" in requests.get(url, timeout=30).text, timeout=5, interval=0.25
    ), "the published change did not reach readers through Varnish within 5 s"


def test_a_listing_filtered_by_topic_is_fresh_through_varnish_within_5_seconds():
    """The edge forgets a page with every query variant of it, as the app's cache does: a
    topic's listing (`?tag=`) shows the renamed update, not only the plain index."""
    page = manage_shell(
        "import json, uuid\n"
        "from campaigns.models import UpdateIndexPage\n"
        "from tests.factories import UpdatePageFactory\n"
        "index = UpdateIndexPage.objects.live().first()\n"
        "tag = 'stack-topic-' + uuid.uuid4().hex[:8]\n"
        "page = UpdatePageFactory.build(title='Rally before the vote', "
        "slug='stack-' + uuid.uuid4().hex[:10])\n"
        "index.add_child(instance=page)\n"
        "page.tags.add(tag)\n"
        "page.save_revision().publish()\n"
        "print(json.dumps({'id': page.id, 'listing': index.url + '?tag=' + tag}))\n"
    )
    url = EDGE + page["listing"]
    for _ in range(3):
        assert "Rally before the vote" in requests.get(url, timeout=30).text

    retitle_and_publish(page["id"], "Rally after the vote")

    assert wait_until(
        lambda: "Rally after the vote" in requests.get(url, timeout=30).text,
        timeout=5,
        interval=0.25,
    ), "the topic's listing still showed the old title through Varnish after 5 s"


def test_an_admin_session_started_on_app_server_a_works_on_app_server_b():
    session = admin_session(APP_A)

    dashboard = session.get(f"{APP_B}/admin/", timeout=30, allow_redirects=False)

    assert dashboard.status_code == 200
    assert "Sign out" in dashboard.text or "Log out" in dashboard.text


def png(colour: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (320, 200), colour).save(buffer, "PNG")
    return buffer.getvalue()


def test_an_image_uploaded_through_app_server_a_is_served_through_app_server_b():
    session = admin_session(APP_A)
    form = next(
        f
        for f in forms_on(session.get(f"{APP_A}/admin/images/add/", timeout=30).text)
        if "csrfmiddlewaretoken" in f["fields"] and "title" in f["fields"]
    )
    fields = {
        **form["fields"],
        "title": "Stack upload: march banner",
        "description": "A red banner for the march",
        "credit": "Stack test",
    }
    uploaded = session.post(
        f"{APP_A}/admin/images/add/",
        data=fields,
        files={"file": ("march-banner.png", png("#b3123a"), "image/png")},
        headers={"Referer": f"{APP_A}/admin/images/add/"},
        timeout=60,
        allow_redirects=False,
    )
    assert uploaded.status_code == 302, uploaded.text[:2000]
    image_id = manage_shell(
        "import json\n"
        "from wagtail.images import get_image_model\n"
        "print(json.dumps(get_image_model().objects.filter("
        "title='Stack upload: march banner').latest('id').id))\n"
    )

    edit_page = session.get(f"{APP_B}/admin/images/{image_id}/", timeout=60)
    assert edit_page.status_code == 200
    media_urls = re.findall(r'src="(http://127\.0\.0\.1:\d+/[^"]+)"', edit_page.text)
    assert media_urls, "app server B shows no image from object storage"
    image = requests.get(media_urls[0], timeout=30)
    assert image.status_code == 200
    assert image.headers["Content-Type"].startswith("image/")
