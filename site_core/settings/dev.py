"""Local development: `make run`. DEBUG on, emails printed to the console."""

import secrets

from .base import *  # noqa: F403
from .base import VAR_DIR
from .env import env_bool, env_list, env_str

DEBUG = env_bool("DEBUG", True)


def _local_secret_key() -> str:
    """A random key generated once per checkout and kept in the git-ignored var/ folder."""
    path = VAR_DIR / "secret_key"
    if not path.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = env_str("SECRET_KEY") or _local_secret_key()
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")

# `make run` serves plain http, so a partner's page tried out on this machine (another port:
# `python3 -m http.server 8100`) is not an https site the widget may be framed by; pages on
# this machine's own addresses may frame it here. Production lists only what it sets.
PARTNER_FRAME_ORIGINS = env_list("PARTNER_FRAME_ORIGINS", "http://127.0.0.1:*,http://localhost:*")
