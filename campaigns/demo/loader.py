"""Builds the demo campaign as real pages. Filled in by the campaign-content work."""

from typing import TextIO


def load_demo_content(stdout: TextIO | None = None) -> str:
    return "nothing to load yet"
