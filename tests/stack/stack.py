"""Talking to the running stack as its users and its operator do: readers and signers over
HTTP (each signer from its own loopback address, so per-address limits see a crowd), editors
through the admin, and the operator through manage.py with the stack's environment and the
services' own controls (pg_ctl, the supervisor's hold files)."""

from __future__ import annotations

import http.client
import itertools
import json
import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import psycopg
import requests

ROOT = Path(__file__).resolve().parents[2]


def load_env(path: str) -> dict[str, str]:
    """The `export NAME=value` lines scripts/stack.sh wrote."""
    env = {}
    for line in Path(path).read_text().splitlines():
        if line.startswith("export "):
            name, _, value = line.removeprefix("export ").partition("=")
            env[name] = value
    return env


ENV = load_env(os.environ["STACK_ENV"]) if os.environ.get("STACK_ENV") else {}
EDGE = ENV.get("STACK_EDGE_URL", "http://127.0.0.1:8080")
APP_A = ENV.get("STACK_APP_A_URL", "http://127.0.0.1:8081")
APP_B = ENV.get("STACK_APP_B_URL", "http://127.0.0.1:8082")
STACK_DIR = Path(ENV.get("STACK_DIR", ROOT / "var" / "stack"))


# --- The operator's side -------------------------------------------------------------------


def manage_shell(code: str) -> object:
    """Run Python in `manage.py shell` against the stack; the code prints one JSON value."""
    result = subprocess.run(  # noqa: S603 (our own interpreter and code)
        [str(ROOT / ".venv/bin/python"), "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env={**os.environ, **ENV},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def create_petition(title: str) -> dict:
    """A published petition of our own under the home page: {"id", "path"}."""
    return manage_shell(
        "import json, uuid\n"
        "from wagtail.models import Site\n"
        "from tests.factories import PetitionPageFactory\n"
        "home = Site.objects.get(is_default_site=True).root_page\n"
        f"page = PetitionPageFactory(parent=home, title={title!r}, "
        "slug='stack-' + uuid.uuid4().hex[:10])\n"
        "page.save_revision().publish()\n"
        "print(json.dumps({'id': page.id, 'path': page.url}))\n"
    )


def stored_emails(page_id: int) -> set[str]:
    """The signatures PostgreSQL holds for a petition (read as an operator's psql would)."""
    with psycopg.connect(ENV["DATABASE_URL"]) as connection:
        rows = connection.execute(
            "SELECT email FROM actions_signature WHERE page_id = %s", [page_id]
        ).fetchall()
    return {email for (email,) in rows}


def wait_until(condition, timeout: float, interval: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return condition()


def answers(url: str) -> bool:
    try:
        return requests.get(url, timeout=2).status_code == 200
    except requests.RequestException:  # refused, or a server still starting
        return False


def hold(service: str) -> None:
    """Keep a supervised service down once it stops (scripts/stack.sh restarts it otherwise)."""
    (STACK_DIR / f"{service}.hold").touch()


def release(service: str) -> None:
    (STACK_DIR / f"{service}.hold").unlink(missing_ok=True)


def kill_service(service: str, sig: signal.Signals = signal.SIGKILL) -> None:
    """Signal the service's whole process group (gunicorn's master and workers together)."""
    pid = int((STACK_DIR / f"{service}.pid").read_text())
    os.killpg(pid, sig)


def pg_ctl(action: str) -> None:
    """Stop or start the stack's PostgreSQL, as its operator would."""
    run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    command = [f"{ENV['STACK_PGBIN']}/pg_ctl", "-D", str(STACK_DIR / "pg"), "-w"]
    if action == "stop":
        command += ["-m", "fast", "stop"]
    else:
        options = (
            f"-c listen_addresses=127.0.0.1 -p {ENV['STACK_PG_PORT']} "
            f"-k {STACK_DIR / 'pgsock'} -c max_connections=200"
        )
        command += ["-l", str(STACK_DIR / "logs/postgresql.log"), "-o", options, "start"]
    subprocess.run(run_as + command, cwd=STACK_DIR, check=True, capture_output=True)  # noqa: S603


# --- The reader's side ---------------------------------------------------------------------


class FormParser(HTMLParser):
    """The inputs of every form on a page, by action: what a browser would send."""

    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append({"action": attrs.get("action") or "", "fields": {}})
        elif tag in {"input", "select"} and self.forms and attrs.get("name"):
            fields = self.forms[-1]["fields"]
            if attrs.get("type") in {"checkbox", "radio", "file", "submit"}:
                return
            fields.setdefault(attrs["name"], attrs.get("value") or "")
        elif tag == "option" and self.forms and "selected" in attrs:
            # The selected option of the last select (good enough for the admin's forms).
            fields = self.forms[-1]["fields"]
            last_select = next(reversed(fields), None)
            if last_select is not None:
                fields[last_select] = attrs.get("value") or ""


def forms_on(html: str) -> list[dict]:
    parser = FormParser()
    parser.feed(html)
    return parser.forms


def address(test_number: int, index: int) -> str:
    """A loopback address of its own for signer `index` of a test: 127.<test>.<hi>.<lo>."""
    return f"127.{test_number}.{index // 250}.{index % 250 + 1}"


@dataclass
class SignForm:
    """What a browser keeps from the petition page: where the form posts, its hidden fields
    (a CSRF token while the form still has one) and the cookie that goes with them."""

    action: str
    hidden: dict[str, str]
    cookie: str

    @classmethod
    def fetch(cls, base: str, path: str) -> SignForm:
        response = requests.get(base + path, timeout=30)
        assert response.status_code == 200, response.status_code
        form = next(f for f in forms_on(response.text) if "/submit/" in f["action"])
        hidden = {
            name: value for name, value in form["fields"].items() if name == "csrfmiddlewaretoken"
        }
        token = response.cookies.get("csrftoken")
        return cls(form["action"].split("#")[0], hidden, f"csrftoken={token}" if token else "")


@dataclass
class Outcome:
    email: str
    status: int | None  # None: the connection failed
    thanked: bool
    retry_after: str | None = None


def post_signature(base: str, form: SignForm, email: str, source: str) -> Outcome:
    """One signer's post, as a browser sends it after reading the page at SITE_URL."""
    parts = urlsplit(base)
    body = urlencode(
        {
            **form.hidden,
            "first_name": "Stack",
            "last_name": "Signer",
            "email": email,
            "postcode": "90001",
        }
    )
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Origin": EDGE,
        "Sec-Fetch-Site": "same-origin",
        "Sec-Fetch-Mode": "navigate",
    }
    if form.cookie:
        headers["Cookie"] = form.cookie
    connection = http.client.HTTPConnection(
        parts.hostname, parts.port, timeout=60, source_address=(source, 0)
    )
    try:
        connection.request("POST", form.action, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
    except (ConnectionError, http.client.HTTPException, TimeoutError):
        return Outcome(email, None, False)
    finally:
        connection.close()
    location = response.getheader("Location") or ""
    return Outcome(
        email,
        response.status,
        response.status == 303 and "thank-you" in location,
        response.getheader("Retry-After"),
    )


# Spread over this many mail domains, a crowd stays within the per-domain limit.
DOMAINS = 50


@dataclass
class Crowd:
    """Many signers at once, each from its own loopback address and with its own email."""

    test_number: int
    outcomes: list[Outcome] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def _sign_one(self, base: str, form: SignForm, index: int) -> Outcome:
        # A crowd writes from many mail domains: one domain for thousands of signers is what
        # the abuse model holds (ACTIONS_DOMAIN_PER_HOUR), and tests/actions tests that.
        email = f"signer{self.test_number}-{index}@mail{index % DOMAINS}.example.org"
        outcome = post_signature(base, form, email, address(self.test_number, index))
        with self.lock:
            self.outcomes.append(outcome)
        return outcome

    def sign(self, jobs: Iterable[tuple[str, SignForm, int]], concurrency: int = 16) -> list:
        """jobs: (base URL, form, signer index). The outcomes, in the order they finished."""
        with ThreadPoolExecutor(concurrency) as pool:
            list(pool.map(lambda job: self._sign_one(*job), jobs))
        return self.outcomes

    def sign_while(
        self, forms: dict[str, SignForm], busy: Callable[[], bool], concurrency: int = 8
    ) -> list[Outcome]:
        """New signers, taking turns between `forms`' servers, for as long as busy(). After a
        refusal the next signer on that thread comes half a second later (a person reads the
        page), so an outage is met by a few hundred people, not by a loop of thousands."""
        numbers = itertools.count()  # next() on a count is atomic: each signer is new
        bases = list(forms)

        def keep_signing() -> None:
            while busy():
                index = next(numbers)
                base = bases[index % len(bases)]
                if not self._sign_one(base, forms[base], index).thanked:
                    time.sleep(0.5)

        threads = [threading.Thread(target=keep_signing) for _ in range(concurrency)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return self.outcomes


def admin_session(base: str) -> requests.Session:
    """An editor signed in to the admin through `base`."""
    password = (STACK_DIR / "admin-password.txt").read_text().strip()
    session = requests.Session()
    page = session.get(f"{base}/admin/login/", timeout=30)
    token = forms_on(page.text)[-1]["fields"]["csrfmiddlewaretoken"]
    response = session.post(
        f"{base}/admin/login/",
        data={"username": "admin", "password": password, "csrfmiddlewaretoken": token},
        headers={"Referer": f"{base}/admin/login/"},
        timeout=30,
        allow_redirects=False,
    )
    assert response.status_code == 302, response.status_code
    return session


def count_json(base: str, page_id: int) -> int:
    return requests.get(f"{base}/actions/petitions/{page_id}/count.json", timeout=10).json()[
        "count"
    ]
