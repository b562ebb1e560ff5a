import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_local_admin_gets_a_generated_password_once(settings, tmp_path, capsys):
    settings.VAR_DIR = tmp_path
    call_command("ensure_local_admin")
    first = capsys.readouterr().out
    password = (tmp_path / "admin-password.txt").read_text().strip()
    assert len(password) >= 12
    assert password in first
    user = get_user_model().objects.get(username="admin")
    assert user.check_password(password)

    call_command("ensure_local_admin")
    second = capsys.readouterr().out
    assert password not in second
    assert get_user_model().objects.filter(is_superuser=True).count() == 1


def test_two_installs_get_different_passwords(settings, tmp_path, capsys):
    settings.VAR_DIR = tmp_path
    call_command("ensure_local_admin")
    first = (tmp_path / "admin-password.txt").read_text()
    get_user_model().objects.all().delete()
    call_command("ensure_local_admin")
    assert (tmp_path / "admin-password.txt").read_text() != first
