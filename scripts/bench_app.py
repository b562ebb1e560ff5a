"""The site as gunicorn serves it, plus one trivial view, for scripts/bench_signatures.py only.

The trivial view is the floor the sign path is measured against: the same gunicorn, the same
Django middleware, the same database, and nothing but one INSERT (no form, no page, no task,
no CSRF check). It lives here, never in the product:

    gunicorn --pythonpath scripts bench_app:application
"""

import os

import django
from django.conf import settings
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_core.settings.production")
django.setup(set_prefix=False)
# Before the first request: this module's URLs, the trivial one in front of the site's own.
settings.ROOT_URLCONF = __name__

from django.core.wsgi import get_wsgi_application  # noqa: E402 (after setup, by design)

from site_core.urls import urlpatterns as site_urlpatterns  # noqa: E402

TRIVIAL_PATH = "bench/trivial/"
# Created by the benchmark before the server starts.
TRIVIAL_TABLE = "bench_trivial"


@csrf_exempt
def trivial(request: HttpRequest) -> HttpResponse:
    """One INSERT of what was posted, then the same 303 the sign path answers."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {TRIVIAL_TABLE} (email) VALUES (%s)",  # noqa: S608 (a constant)
            [request.POST.get("email", "")],
        )
    return HttpResponse(status=303, headers={"Location": "/"})


urlpatterns = [path(TRIVIAL_PATH, trivial), *site_urlpatterns]
application = get_wsgi_application()
