"""Benchmark part of `make bench` (scripts/bench.sh): what one page of each type costs to
render when no cache keeps it. Not a test.

Runs in-process with Django's test Client against the database `make stack` (or the bench's
own stack) fills, with the environment scripts/stack.sh writes (`source var/stack/env`) and
PAGE_CACHE_SECONDS=0, so every request renders (the response says `X-Page-Cache: bypass`).
For each page type with a live page, the first live page in tree order:

- queries cold: the first request, with Redis's small caches (signature counts, …) as they were;
- queries warm: every later request (what a page costs while those caches are fresh);
- ms median / max: wall time of the warm requests, in this process, middleware included.

    source var/stack/env && PAGE_CACHE_SECONDS=0 .venv/bin/python scripts/bench_pages.py

Prints a table, or with `--json` one JSON list (scripts/bench_viral.py uses that).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent


def measure(renders: int) -> list[dict]:
    """One row per page type: its name, path, query counts and render times."""
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Page, get_page_models

    if settings.PAGE_CACHE_SECONDS > 0:
        sys.exit("Set PAGE_CACHE_SECONDS=0: this measures pages as they render.")
    client = Client(HTTP_HOST=urlsplit(os.environ["SITE_URL"]).netloc)
    rows = []
    for model in get_page_models():
        if model is Page:
            continue
        page = model.objects.live().public().order_by("path").first()
        if page is None:
            continue
        path = page.get_url()
        times, queries = [], []
        for _ in range(renders + 1):
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(path)
                times.append(time.perf_counter() - started)
            queries.append(len(captured))
        rows.append(
            {
                "type": model.__name__,
                "path": path,
                "status": response.status_code,
                "page_cache": response.get("X-Page-Cache", ""),
                "queries_cold": queries[0],
                "queries_warm": queries[-1],
                "ms_median": statistics.median(times[1:]) * 1000,
                "ms_max": max(times[1:]) * 1000,
                "kb": len(response.content) / 1024,
            }
        )
    return rows


def table(rows: list[dict]) -> str:
    lines = [
        f"{'page type':<22}{'queries cold':>13}{'warm':>6}{'ms median':>11}{'max':>7}"
        f"{'KB':>6}  path"
    ]
    for row in rows:
        status = "" if row["status"] == 200 else f"  HTTP {row['status']}"
        lines.append(
            f"{row['type']:<22}{row['queries_cold']:>13}{row['queries_warm']:>6}"
            f"{row['ms_median']:>11.1f}{row['ms_max']:>7.1f}{row['kb']:>6.0f}  "
            f"{row['path']}{status}"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--renders", type=int, default=5, help="warm requests per page")
    parser.add_argument("--json", action="store_true", help="print one JSON list")
    args = parser.parse_args()
    rows = measure(args.renders)
    print(json.dumps(rows) if args.json else table(rows))


if __name__ == "__main__":
    main()
