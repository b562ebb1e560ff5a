import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "For local use: create an 'admin' superuser with a generated password the first time, "
        "and print how to sign in."
    )

    def handle(self, *args, **options) -> None:
        User = get_user_model()
        login_url = f"{settings.WAGTAILADMIN_BASE_URL}/admin/"
        password_file = settings.VAR_DIR / "admin-password.txt"
        if User.objects.filter(is_superuser=True).exists():
            hint = (
                f"the password in {password_file}"
                if password_file.exists()
                else "your password (reset it with `manage.py changepassword admin`)"
            )
            self.stdout.write(f"Sign in at {login_url} as an existing superuser with {hint}.")
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "admin@localhost", password)
        settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
        password_file.write_text(password + "\n")
        password_file.chmod(0o600)
        self.stdout.write(
            self.style.SUCCESS(
                f"Created a local admin account.\n  Sign in at {login_url}\n"
                f"  username: admin\n  password: {password}\n"
                f"  (also saved in {password_file}, which git ignores)"
            )
        )
