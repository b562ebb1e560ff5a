"""Staff sign-in through Wagtail's admin login is throttled by django-axes: after the limit of
wrong passwords for one username from one address, that pair is paused (even the right
password is refused) with a plain-words page; another user, or the same one elsewhere, can
still sign in; an administrator can lift the pause."""

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


@pytest.fixture(autouse=True)
def axes_on(settings):
    """Test settings turn django-axes off (the test client's login() cannot pass it the
    request); these tests sign in through the form, as staff do."""
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]
    return settings


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser(
        "editor", "editor@example.org", "right-password-123"
    )


@pytest.fixture
def other_editor(django_user_model):
    return django_user_model.objects.create_superuser(
        "other", "other@example.org", "other-password-123"
    )


def sign_in(client, username: str, password: str, address: str = "198.51.100.7", **headers):
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address, **headers
    )


def wrong_passwords(client, username: str, times: int, **kwargs) -> list[int]:
    return [sign_in(client, username, f"guess-{n}", **kwargs).status_code for n in range(times)]


def test_wrong_passwords_then_paused_even_for_the_right_one(client, editor):
    assert wrong_passwords(client, "editor", 3) == [200, 200, 429]
    locked = sign_in(client, "editor", "right-password-123")
    assert locked.status_code == 429
    html = locked.content.decode()
    assert "Sign-in paused" in html
    assert "even the right password is refused" in html
    assert "15 minutes" in html
    assert "_auth_user_id" not in client.session


def test_the_right_password_works_before_the_limit_and_clears_the_count(client, editor):
    wrong_passwords(client, "editor", 2)
    assert sign_in(client, "editor", "right-password-123").status_code == 302
    assert not AccessAttempt.objects.filter(username="editor").exists()


def test_another_user_is_not_affected(client, editor, other_editor):
    wrong_passwords(client, "editor", 3)
    assert sign_in(client, "other", "other-password-123").status_code == 302


def test_the_same_user_from_another_address_is_not_locked_out(client, editor):
    """Locking the username alone would let a stranger lock every editor out."""
    wrong_passwords(client, "editor", 3)
    assert sign_in(client, "editor", "right-password-123", address="203.0.113.5").status_code == 302


def test_a_forged_forwarded_address_does_not_dodge_the_pause(client, editor):
    statuses = [
        sign_in(client, "editor", "guess", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}").status_code
        for n in range(3)
    ]
    assert statuses == [200, 200, 429]


def test_readers_behind_the_trusted_proxy_are_counted_apart(client, editor):
    via_proxy = {"address": "10.0.0.5"}
    wrong_passwords(client, "editor", 3, HTTP_X_FORWARDED_FOR="198.51.100.1", **via_proxy)
    elsewhere = sign_in(
        client, "editor", "right-password-123", HTTP_X_FORWARDED_FOR="198.51.100.2", **via_proxy
    )
    assert elsewhere.status_code == 302


def test_an_administrator_lifts_the_pause(client, editor):
    wrong_passwords(client, "editor", 3)
    call_command("axes_reset_username", "editor")
    assert sign_in(client, "editor", "right-password-123").status_code == 302
