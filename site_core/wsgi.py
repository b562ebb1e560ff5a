"""WSGI entry point: `gunicorn site_core.wsgi` in production."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_core.settings.production")

application = get_wsgi_application()
