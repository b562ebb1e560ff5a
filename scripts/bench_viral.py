"""Benchmark part of `make bench` (scripts/bench.sh): a petition page gone viral, against the
running stack (not a test). scripts/bench.sh starts the stack, sources its environment and
runs this, then scripts/bench_signatures.py for the sign path.

What it prints, and how to read it. The machine is shared, so absolute figures wander from
run to run; the ratios are what to compare, and every ratio is taken between measurements of
the same round, which run one after the other (static file, page through the app server, page
through Varnish, then again), so that both sides see the same noise.

1. Page vs static file through one app server (127.0.0.1:8081, gunicorn, production
   settings): requests/s for an anonymous GET of a petition page that the page cache
   (common/page_cache.py) holds (`X-Page-Cache: hit`, checked before and after), and for a
   static file WhiteNoise serves (/static/css/site.css), and page/static. A hit costs one
   Redis round trip and no query, so the goal is page/static >= 0.90.
2. The same page through Varnish (127.0.0.1:8080): requests/s and Varnish/static (the app
   server's static file). Varnish answers from memory without reaching Python, so this is
   the ceiling a CDN raises further.
3. Uncached render per page type (scripts/bench_pages.py, in-process with PAGE_CACHE_SECONDS=0):
   the queries and milliseconds one page of each type costs on a miss, i.e. what a purge or a
   new page costs once, before the cache holds it again.

Load generator: Debian's `wrk` (C, event-driven, one thread, 16 connections). A Python client
on this 2-CPU machine would itself saturate a core below the rates measured here and take
that CPU from gunicorn, so the figures would measure the client; one wrk thread drives tens of
thousands of requests a second on a fraction of a core. Each measurement is a separate
`wrk -d<seconds>`; round r of the table shows all three measurements of round r.

    source var/stack/env && .venv/bin/python scripts/bench_viral.py --seconds 5 --rounds 4
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from bench_pages import table  # noqa: E402 (the scripts folder is not a package)

STATIC_PATH = "/static/css/site.css"
GOAL = 0.9


@dataclass
class Run:
    """One `wrk` measurement."""

    rate: float
    requests: int
    errors: int
    p99_ms: float


def wrk(url: str, seconds: float, connections: int) -> Run:
    result = subprocess.run(  # noqa: S603 (Debian's wrk, our own URL)
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds:g}s", "--latency", url],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    )
    out = result.stdout
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sockets = re.search(r"connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    # gunicorn's sync workers close every connection after answering; wrk counts the close as
    # a read error although the response arrived whole, so only the other kinds are errors.
    errors = (int(non_2xx.group(1)) if non_2xx else 0) + (
        sum(int(sockets.group(n)) for n in (1, 3, 4)) if sockets else 0
    )
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", out)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[p99.group(2)]
    return Run(
        rate=float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        requests=requests,
        errors=errors,
        p99_ms=float(p99.group(1)) * scale,
    )


def header(url: str, name: str) -> str:
    """`name` of a GET of `url` (the body is read whole, as a reader's browser would)."""
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (127.0.0.1)
        response.read()
        return response.headers.get(name, "")


def check_cached(page_a: str, page_edge: str) -> list[str]:
    """What is wrong with the premise that the page is a hit in both caches (empty if none)."""
    problems = []
    # Ask twice: the first may meet an entry that simply reached the end of its lifetime.
    header(page_a, "X-Page-Cache")
    header(page_edge, "X-Cache")
    seen = header(page_a, "X-Page-Cache")
    if seen != "hit":
        problems.append(f"{page_a}: X-Page-Cache: {seen or '(none)'} on a repeated GET, not hit")
    seen = header(page_edge, "X-Cache")
    if seen != "hit":
        problems.append(f"{page_edge}: X-Cache: {seen or '(none)'} on a repeated GET, not hit")
    return problems


def render_rows(renders: int) -> list[dict]:
    env = {**os.environ, "PAGE_CACHE_SECONDS": "0", "LOG_LEVEL": "WARNING"}
    script = str(ROOT / "scripts" / "bench_pages.py")
    result = subprocess.run(  # noqa: S603 (our own script)
        [sys.executable, script, "--json", "--renders", str(renders)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        sys.exit(f"bench_pages.py failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def line(label: str, cells: list[str], ratios: tuple | list = ()) -> str:
    """A row of the table: the label, three 14-wide cells and the two ratios."""
    return (
        f"{label:<8}"
        + "".join(f"{cell:>16}" for cell in cells)
        + (f"{ratios[0]:>13}{ratios[1]:>16}" if ratios else "")
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=5, help="length of each measurement")
    parser.add_argument("--rounds", type=int, default=4, help="alternations of the three")
    parser.add_argument("--connections", type=int, default=16, help="wrk's open connections")
    parser.add_argument("--renders", type=int, default=5, help="warm renders per page type")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install -y wrk")
    app, edge = os.environ["STACK_APP_A_URL"], os.environ["STACK_EDGE_URL"]

    print("== Uncached render per page type (PAGE_CACHE_SECONDS=0, in-process)", flush=True)
    rows = render_rows(args.renders)
    print(table(rows), flush=True)
    petition = next(row["path"] for row in rows if row["type"] == "PetitionPage")

    targets = {
        "static @app": app + STATIC_PATH,
        "page @app": app + petition,
        "page @Varnish": edge + petition,
    }
    for url in targets.values():  # fill both caches, and warm every worker
        for _ in range(8):
            header(url, "X-Page-Cache")
    problems = check_cached(targets["page @app"], targets["page @Varnish"])
    print(
        f"\n== Cached petition page {petition} vs {STATIC_PATH}: {args.rounds} rounds of "
        f"{args.seconds:g} s each, wrk -t1 -c{args.connections}",
        flush=True,
    )
    print(line("round", [f"{name:>14}" for name in targets], ["page/static", "Varnish/static"]))
    runs: dict[str, list[Run]] = {name: [] for name in targets}
    page_ratios, edge_ratios = [], []
    for number in range(1, args.rounds + 1):
        for name, url in targets.items():
            runs[name].append(wrk(url, args.seconds, args.connections))
        static, page, varnish = (runs[name][-1].rate for name in targets)
        page_ratios.append(page / static)
        edge_ratios.append(varnish / static)
        rates = [f"{runs[name][-1].rate:>12.0f}/s" for name in targets]
        print(line(str(number), rates, [f"{page_ratios[-1]:.2f}", f"{edge_ratios[-1]:.2f}"]))
    problems += check_cached(targets["page @app"], targets["page @Varnish"])

    medians = [f"{statistics.median(run.rate for run in runs[name]):>12.0f}/s" for name in targets]
    ratios = [f"{statistics.median(page_ratios):.2f}", f"{statistics.median(edge_ratios):.2f}"]
    print(line("median", medians, ratios))
    print(line("p99 max", [f"{max(run.p99_ms for run in runs[n]):>11.1f} ms" for n in targets]))
    print(line("errors", [f"{sum(run.errors for run in runs[n]):>14}" for n in targets]))
    ratio = statistics.median(page_ratios)
    verdict = "meets" if ratio >= GOAL else "MISSES"
    print(f"Page/static through one app server: {ratio:.2f}, {verdict} the goal of {GOAL:.2f}")
    for problem in problems:
        print(f"NOT CACHED: {problem}")


if __name__ == "__main__":
    main()
