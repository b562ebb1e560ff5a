import pytest
from playwright.sync_api import Page, expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_reader_opens_home_and_editor_signs_in(live_server, page: Page, django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-password")

    page.goto(live_server.url + "/")
    expect(page.locator("main#main")).to_be_visible()
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to main content")).to_be_focused()

    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("a-long-password")
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(live_server.url + "/admin/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
