"""Benchmark: a burst of petition signers against the real stack (not a test).

Starts the site under gunicorn on a throwaway PostgreSQL (scripts/with_postgres.sh), creates
a petition, then for a fixed time drives concurrent signers (threads + http.client, 127.0.0.1
only), a share of whom sign again with a differently spelt address. Prints signatures per
second, p50/p95/p99 latency of the sign request, errors, and whether the public count equals
the stored rows once the burst is over.

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
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import psycopg
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
HOST = "127.0.0.1"

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


class Signer(threading.Thread):
    """One browser: fetches the form once (CSRF cookie and token), then signs repeatedly."""

    def __init__(self, number: int, port: int, path: str, args, deadline: float, shared: dict):
        super().__init__(daemon=True)
        self.number, self.port, self.path, self.args = number, port, path, args
        self.deadline, self.shared = deadline, shared
        self.random = random.Random(number)  # noqa: S311 (not security)
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.sent = 0
        self.signed = 0

    def open_form(self) -> tuple[str, str, str]:
        """The form's address, the CSRF cookie and the CSRF token, as a browser gets them."""
        _, headers, body = request(self.port, "GET", self.path)
        cookie = next(v for k, v in headers if k.lower() == "set-cookie" and "csrftoken" in v)
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1)
        action = re.search(rb'action="(/actions/pages/\d+/submit/)', body).group(1)
        return action.decode(), cookie.split(";")[0], token.decode()

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
            action, cookie, token = self.open_form()
        except Exception as error:
            self.errors.append(f"form: {error!r}")
            return
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie}
        while time.monotonic() < self.deadline:
            form = {
                "csrfmiddlewaretoken": token,
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
                self.signed += 1
            else:
                self.errors.append(f"HTTP {status}")


def percentile(values: list[float], share: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(share) - 1] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=20, help="length of the burst")
    parser.add_argument("--signers", type=int, default=32, help="concurrent signers (threads)")
    parser.add_argument("--duplicates", type=float, default=0.2, help="share of repeat signers")
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
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
        "ACTIONS_RATE_LIMIT": "1000000000",
        "LOG_LEVEL": "WARNING",
    }
    print("Preparing: migrate, collectstatic, create a petition…", flush=True)
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    page_id, path = manage(env, "shell", "-c", CREATE_PETITION).strip().splitlines()[-1].split()

    port = free_port()
    server = subprocess.Popen(  # noqa: S603 (our own gunicorn)
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "site_core.wsgi", "--bind", f"{HOST}:{port}",
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
            f"Burst: {args.signers} signers for {args.seconds:.0f}s, {args.duplicates:.0%} "
            f"repeat signers, gunicorn with {args.workers} workers on {os.cpu_count()} CPUs",
            flush=True,
        )
        shared = {"emails": [], "lock": threading.Lock()}
        deadline = time.monotonic() + args.seconds
        signers = [Signer(n, port, path, args, deadline, shared) for n in range(args.signers)]
        started = time.monotonic()
        for signer in signers:
            signer.start()
        for signer in signers:
            signer.join()
        elapsed = time.monotonic() - started

        latencies = [value for signer in signers for value in signer.latencies]
        errors = [error for signer in signers for error in signer.errors]
        sent = sum(signer.sent for signer in signers)
        signed = sum(signer.signed for signer in signers)
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

    rate = signed / elapsed
    print(f"Signatures/s:       {rate:.0f} ({signed} signed of {sent} sent in {elapsed:.1f}s)")
    print(f"Stored:             {rows} new signatures; {signed - rows} repeat signers not stored")
    print(
        f"Latency (ms):       p50 {percentile(latencies, 50):.0f}, "
        f"p95 {percentile(latencies, 95):.0f}, p99 {percentile(latencies, 99):.0f}, "
        f"max {max(latencies) * 1000:.0f}"
    )
    print(f"Errors:             {len(errors)}{' ' + repr(errors[:5]) if errors else ''}")
    duplicates = "none" if distinct == rows else f"{rows - distinct} DUPLICATE ROWS"
    print(f"Duplicate rows:     {duplicates}")
    verdict = "equal" if counts == {rows} else "DIFFERENT"
    print(f"Final count:        {sorted(counts)} vs {rows} stored rows: {verdict}")


if __name__ == "__main__":
    main()
