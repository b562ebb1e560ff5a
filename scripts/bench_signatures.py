"""Benchmark: a burst of petition signers against the real stack (not a test), side by side
with a trivial one-INSERT view in the same run.

Starts the site under gunicorn (2 workers) on a throwaway PostgreSQL (scripts/with_postgres.sh),
through scripts/bench_app.py, which adds the trivial view in front of the site's own URLs;
creates a petition; then drives concurrent signers (threads + http.client, 127.0.0.1 only) for
a fixed time, a share of whom sign again with a differently spelt address. Each signer opens
the form once, as a reader of a cached page would: no cookie, no token, the Origin and
Sec-Fetch-Site headers a browser sends. Then the same number of clients post to the trivial
view for the same time. With `--rounds N` the two bursts alternate N times (new signers each
round), so that both sides of the ratio see the same noise of a shared machine. Prints, for
both, requests per second, p50/p95/p99 latency and errors; the ratio sign/trivial; and
whether the public count equals the stored rows once the bursts have drained.

    .venv/bin/python scripts/bench_signatures.py --seconds 20 --signers 32 --duplicates 0.2

The throwaway database runs with fsync off, so absolute figures flatter a production disk;
compare runs with each other.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import psycopg
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
HOST = "127.0.0.1"
FORM_TYPE = "application/x-www-form-urlencoded"

CREATE_PETITION = """
from campaigns.models import PetitionIndexPage, PetitionPage
from campaigns.models import HomePage
home = HomePage.objects.first()
index = PetitionIndexPage(title="Petitions", slug="bench-petitions")
home.add_child(instance=index)
index.save_revision().publish()
petition = PetitionPage(title="Benchmark petition", slug="bench", ask="Sign fast", goal=100000)
index.add_child(instance=petition)
petition.save_revision().publish()
print(petition.pk, petition.url)
"""

STORED_ROWS = """
from actions.models import Signature
rows = Signature.objects.filter(page_id={page_id})
print(rows.count(), rows.values("email_normalised").distinct().count())
"""


def create_database(url: str) -> None:
    """with_postgres.sh starts an empty server: create the site's database in it."""
    name = urlsplit(url).path.lstrip("/")
    admin_url = urlunsplit(urlsplit(url)._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if not exists.fetchone():
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def manage(env: dict, *args: str) -> str:
    result = subprocess.run(  # noqa: S603 (our own manage.py)
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode:
        sys.exit(f"manage.py {' '.join(args[:1])} failed:\n{result.stderr[-2000:]}")
    return result.stdout


def request(port: int, method: str, path: str, body: str = "", headers: dict | None = None):
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        connection.request(method, path, body=body or None, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.getheaders(), response.read()
    finally:
        connection.close()


class Client(threading.Thread):
    """One browser posting form after form to `path` until the deadline."""

    def __init__(self, number: int, port: int, path: str, args, deadline: float, shared: dict):
        super().__init__(daemon=True)
        self.number, self.port, self.path, self.args = number, port, path, args
        self.deadline, self.shared = deadline, shared
        self.random = random.Random(number)  # noqa: S311 (not security)
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.sent = 0
        self.accepted = 0

    def open_form(self) -> str:
        """Where the form posts. The trivial view has no form."""
        return self.path

    def next_email(self) -> str:
        used = self.shared["emails"]
        if used and self.random.random() < self.args.duplicates:
            local, domain = self.random.choice(used).split("@")
            return self.random.choice(
                [f"{local}@{domain}", f" {local.upper()}@{domain} ", f"{local}+again@{domain}"]
            )
        email = f"signer{self.number}-{self.sent}@example.org"
        with self.shared["lock"]:
            used.append(email)
        return email

    def run(self) -> None:
        try:
            action = self.open_form()
        except Exception as error:
            self.errors.append(f"form: {error!r}")
            return
        headers = {
            "Content-Type": FORM_TYPE,
            # What a browser sends with a form posted from our own page; no cookie.
            "Origin": f"http://{HOST}:{self.port}",
            "Sec-Fetch-Site": "same-origin",
        }
        while time.monotonic() < self.deadline:
            form = {
                "first_name": "Bench",
                "last_name": f"Signer {self.number}",
                "email": self.next_email(),
                "postcode": "90012",
            }
            self.sent += 1
            started = time.perf_counter()
            try:
                status, _, _ = request(self.port, "POST", action, urlencode(form), headers)
            except Exception as error:
                self.errors.append(repr(error))
                continue
            self.latencies.append(time.perf_counter() - started)
            if status == 303:
                self.accepted += 1
            else:
                self.errors.append(f"HTTP {status}")


class Signer(Client):
    """A reader of the petition page: opens it once, then signs repeatedly."""

    def open_form(self) -> str:
        _, headers, body = request(self.port, "GET", self.path)
        if any(name.lower() == "set-cookie" for name, _ in headers):
            raise RuntimeError("the petition page set a cookie, so no cache could keep it")
        return re.search(rb'action="(/actions/pages/\d+/submit/)', body).group(1).decode()


@dataclass
class Burst:
    label: str
    accepted: int
    sent: int
    elapsed: float
    latencies: list[float]
    errors: list[str]

    @property
    def rate(self) -> float:
        return self.accepted / self.elapsed

    def line(self) -> str:
        p50, p95, p99 = (percentile(self.latencies, share) for share in (50, 95, 99))
        return (
            f"{self.label:<14}{self.rate:>8.0f}/s  p50 {p50:>5.0f}  p95 {p95:>5.0f}  "
            f"p99 {p99:>5.0f} ms  errors {len(self.errors)}  ({self.accepted} of {self.sent})"
        )


def burst(label: str, kind: type[Client], port: int, path: str, args, first: int = 0) -> Burst:
    """`args.signers` clients for `args.seconds`, numbered from `first` (their addresses are
    new as long as no earlier burst used those numbers)."""
    shared = {"emails": [], "lock": threading.Lock()}
    deadline = time.monotonic() + args.seconds
    numbers = range(first, first + args.signers)
    clients = [kind(n, port, path, args, deadline, shared) for n in numbers]
    started = time.monotonic()
    for client in clients:
        client.start()
    for client in clients:
        client.join()
    return Burst(
        label=label,
        accepted=sum(client.accepted for client in clients),
        sent=sum(client.sent for client in clients),
        elapsed=time.monotonic() - started,
        latencies=[value for client in clients for value in client.latencies] or [0.0],
        errors=[error for client in clients for error in client.errors],
    )


def combined(bursts: list[Burst]) -> Burst:
    """Alternating rounds of one kind, as one burst."""
    return Burst(
        label=bursts[0].label,
        accepted=sum(one.accepted for one in bursts),
        sent=sum(one.sent for one in bursts),
        elapsed=sum(one.elapsed for one in bursts),
        latencies=[value for one in bursts for value in one.latencies],
        errors=[error for one in bursts for error in one.errors],
    )


def percentile(values: list[float], share: float) -> float:
    if len(values) < 2:
        return values[0] * 1000
    return statistics.quantiles(values, n=100, method="inclusive")[int(share) - 1] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=20, help="length of each burst")
    parser.add_argument("--signers", type=int, default=32, help="concurrent clients (threads)")
    parser.add_argument("--duplicates", type=float, default=0.2, help="share of repeat signers")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--rounds", type=int, default=1, help="alternations of the two bursts")
    args = parser.parse_args()

    if not os.environ.get("DATABASE_URL"):
        # Re-run inside a throwaway PostgreSQL that with_postgres.sh starts and removes.
        script = str(ROOT / "scripts" / "with_postgres.sh")
        os.execvp("bash", ["bash", script, PYTHON, *sys.argv])  # noqa: S606, S607

    create_database(os.environ["DATABASE_URL"])
    static_root = tempfile.mkdtemp(prefix="bench-static-")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "site_core.settings.production",
        "SECRET_KEY": "benchmark-only-not-secret",
        "ALLOW_LOCAL_CACHE": "1",
        "SECURE_SSL_REDIRECT": "0",
        "ALLOWED_HOSTS": HOST,
        "STATIC_ROOT": static_root,
        "ACTIONS_BURST_PER_MINUTE": "1000000000",
        "ACTIONS_SUSTAINED_PER_HOUR": "1000000000",
        "ACTIONS_CEILING_PER_MINUTE": "1000000000",
        "LOG_LEVEL": "WARNING",
    }
    print("Preparing: migrate, collectstatic, create a petition…", flush=True)
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    page_id, path = manage(env, "shell", "-c", CREATE_PETITION).strip().splitlines()[-1].split()
    with psycopg.connect(os.environ["DATABASE_URL"], autocommit=True) as connection:
        connection.execute(
            "CREATE TABLE IF NOT EXISTS bench_trivial "
            "(id bigserial PRIMARY KEY, email text NOT NULL, created_at timestamptz DEFAULT now())"
        )

    port = free_port()
    server = subprocess.Popen(  # noqa: S603 (our own gunicorn)
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "bench_app:application",
         "--pythonpath", str(ROOT / "scripts"), "--bind", f"{HOST}:{port}",
         "--workers", str(args.workers), "--no-control-socket", "--log-level", "warning"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    try:
        for _ in range(100):
            try:
                if request(port, "GET", path)[0] == 200:
                    break
            except OSError:
                time.sleep(0.2)
        else:
            sys.exit("gunicorn did not answer")

        print(
            f"{args.rounds} x bursts of {args.seconds:.0f}s, {args.signers} concurrent clients, "
            f"{args.duplicates:.0%} repeat signers, gunicorn with {args.workers} workers on "
            f"{os.cpu_count()} CPUs (load average {os.getloadavg()[0]:.1f})",
            flush=True,
        )
        # Every worker has loaded both paths' code and templates before the clock starts.
        origin = {"Origin": f"http://{HOST}:{port}", "Content-Type": FORM_TYPE}
        action = Signer(0, port, path, args, 0, {}).open_form()
        warmed = 0
        for n in range(args.workers * 10):
            warm = {"first_name": "W", "last_name": "W", "email": f"w{n}@example.org"}
            warm = urlencode({**warm, "postcode": "90012"})
            warmed += request(port, "POST", action, warm, origin)[0] == 303
            request(port, "POST", "/bench/trivial/", warm, origin)
        signs, trivials = [], []
        for number in range(args.rounds):
            signs.append(burst("Sign", Signer, port, path, args, number * args.signers))
            trivials.append(burst("Trivial INSERT", Client, port, "/bench/trivial/", args))
        sign, trivial = combined(signs), combined(trivials)
        time.sleep(6)  # past ACTIONS_COUNT_CACHE_SECONDS: the public count must be exact now
        count_path = f"/actions/petitions/{page_id}/count.json"
        counts = {
            json.loads(request(port, "GET", count_path)[2])["count"]
            for _ in range(args.workers * 3)
        }
        stored = manage(env, "shell", "-c", STORED_ROWS.format(page_id=page_id))
        rows, distinct = map(int, stored.strip().splitlines()[-1].split())
    finally:
        server.terminate()
        server.wait(timeout=30)

    print(sign.line())
    print(trivial.line())
    print(f"Sign / trivial:     {sign.rate / max(trivial.rate, 1e-9):.2f}")
    new = rows - warmed
    print(f"Stored:             {new} new signatures; {sign.accepted - new} repeats not stored")
    if sign.errors or trivial.errors:
        print(f"First errors:       {(sign.errors + trivial.errors)[:5]!r}")
    duplicates = "none" if distinct == rows else f"{rows - distinct} DUPLICATE ROWS"
    print(f"Duplicate rows:     {duplicates}")
    verdict = "equal" if counts == {rows} else "DIFFERENT"
    print(f"Final count:        {sorted(counts)} vs {rows} stored rows: {verdict}")


if __name__ == "__main__":
    main()
