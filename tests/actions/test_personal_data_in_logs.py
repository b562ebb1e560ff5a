"""No signer's email, name, full address or emailed link's token in any log line: a burst of
posts of every kind (good, refused, duplicate, failed, forged links) and a steward's search
go through the production log setup at DEBUG, and every line written is scanned."""

import io
import logging
import logging.config
from unittest import mock

import pytest
from django.core import mail
from django.db import OperationalError
from django.utils.module_loading import import_string

from actions.models import Signature
from common.request_log import JsonFormatter, redact

from .abuse_helpers import set_limits
from .helpers import attendee, make_petition, signer

pytestmark = pytest.mark.django_db

SECRETS = {
    "emails": ["zenobia.q@example.org", "ignatius.ploughwright@example.net"],
    "names": ["Zenobia", "Quartermaine", "Ignatius", "Ploughwright"],
    "addresses": ["203.0.113.77", "198.51.100.23"],
}


@pytest.fixture
def log_lines(settings):
    """Everything the site logs, as production writes it: the configured filters on the JSON
    formatter, the request log first in the middleware, every logger at DEBUG."""
    settings.MIDDLEWARE = ["common.request_log.RequestLogMiddleware", *settings.MIDDLEWARE]
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    for name in settings.LOGGING["handlers"]["console"]["filters"]:
        handler.addFilter(import_string(settings.LOGGING["filters"][name]["()"])())
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield stream
    root.removeHandler(handler)
    root.setLevel(level)


def emailed_path(marker: str) -> str:
    """The path of the first emailed link that contains `marker`."""
    line = next(
        line for message in mail.outbox for line in message.body.splitlines() if marker in line
    )
    return line.strip().replace("http://testserver", "")


def test_a_burst_of_every_kind_of_post_logs_nothing_personal(
    client, event, data_steward, log_lines, settings
):
    petition = make_petition(require_confirmation=True)
    set_limits(burst=2, ceiling=4)  # the duplicate is held, the fifth post refused
    zenobia = signer(first_name="Zenobia", last_name="Quartermaine", email="zenobia.q@example.org")
    ignatius = attendee(name="Ignatius Ploughwright", email="ignatius.ploughwright@example.net")
    first, second = SECRETS["addresses"]
    client.post(petition.url, zenobia, REMOTE_ADDR=first)
    client.post(petition.url, zenobia, REMOTE_ADDR=first)  # duplicate
    client.post(petition.url, {**zenobia, "postcode": "9*0!"}, REMOTE_ADDR=first)  # refused
    client.post(petition.url, {**zenobia, "fax_number": "1"}, REMOTE_ADDR=first)  # honeypot
    client.post(petition.url, zenobia, REMOTE_ADDR=first)  # over the ceiling
    with mock.patch(
        "actions.mixins.petitions.sign_petition",
        side_effect=OperationalError("zenobia.q@example.org: server closed the connection"),
    ):
        client.post(petition.url, zenobia, REMOTE_ADDR=second)  # the database went away
    client.post(event.url, ignatius, REMOTE_ADDR=second)
    client.post(event.url, ignatius, REMOTE_ADDR=second)
    link = emailed_path("/confirm/")
    client.get(link, REMOTE_ADDR=first)
    client.post(link, REMOTE_ADDR=first)
    cancel_path = emailed_path("/rsvp/cancel/")
    client.get(cancel_path, REMOTE_ADDR=second)
    client.get(cancel_path + "tampered/", REMOTE_ADDR=second)  # a 404 Django logs
    client.post(event.url + "rsvp/cancel/0123-abcd-forged/", REMOTE_ADDR=second)  # a 400
    client.force_login(data_steward)
    client.get("/admin/actions/signature/", {"q": "zenobia.q@example.org"}, REMOTE_ADDR=first)
    client.get("/admin/actions/signature/?export=csv&q=Quartermaine", REMOTE_ADDR=first)

    written = log_lines.getvalue()
    assert Signature.objects.filter(email="zenobia.q@example.org").exists()
    assert '"event": "request"' in written, "the request log was written"
    assert "Not Found" in written and "Bad Request" in written, "Django's own lines too"
    tokens = [link.rstrip("/").rsplit("/", 1)[1], cancel_path.rstrip("/").rsplit("/", 1)[1]]
    for kind, values in {**SECRETS, "tokens": tokens}.items():
        for value in values:
            assert value.lower() not in written.lower(), f"{kind}: {value} is in the log"


def test_redaction_blanks_addresses_and_link_tokens_but_keeps_the_rest():
    token = "0123456789abcdef0123456789abcdef-65a-0123456789abcdef0123456789abcdef"
    line = (
        f"Not Found: /p/confirm/{token}/"
        ' for "\x01\x1b[31m"@example.org and ana+tag@example.org; /e/rsvp/cancel/x-y-z/'
    )
    assert redact(line) == (
        "Not Found: /p/confirm/[redacted]/ for [email] and [email]; /e/rsvp/cancel/[redacted]/"
    )
    assert redact("Error 111 connecting to 127.0.0.1:6390.") == (
        "Error 111 connecting to 127.0.0.1:6390."
    )


def test_gunicorns_line_for_a_malformed_request_does_not_name_the_peer(settings, capsys):
    """gunicorn logs "Invalid request from ip=…" itself; the site's logging config routes
    its error log through the same filter in every worker."""
    logging.config.dictConfig(settings.LOGGING)
    try:
        logging.getLogger("gunicorn.error").warning(
            "Invalid request from ip=203.0.113.9: Invalid HTTP method: 'GE\\x00T'"
        )
        written = capsys.readouterr().err
    finally:
        logging.config.dictConfig(settings.LOGGING)
    assert "Invalid request from ip=[address]" in written
    assert "203.0.113.9" not in written
    assert redact("from ip=2001:db8::1: bad") == "from ip=[address]: bad"
