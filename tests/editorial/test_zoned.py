"""Dates are shown in the site's zone, with the zone named, whatever zone is active."""

from datetime import UTC, datetime

from django.template import Context, Template
from django.utils import timezone

from common.timezones import ZONED_FORMAT, format_zoned, zone_label

SUMMER = datetime(2026, 10, 21, 1, 0, tzinfo=UTC)
WINTER = datetime(2026, 11, 3, 2, 0, tzinfo=UTC)


def _render(source: str, **context) -> str:
    return Template("{% load zoned %}" + source).render(Context(context))


def test_zoned_filter_shows_site_zone_abbreviation_for_the_date():
    assert _render("{{ when|zoned }}", when=SUMMER) == "Tue 20 Oct, 18:00 PDT"
    assert _render("{{ when|zoned }}", when=WINTER) == "Mon 2 Nov, 18:00 PST"


def test_zoned_filter_ignores_the_active_zone():
    with timezone.override("Europe/London"):
        assert _render("{{ when|zoned }}", when=SUMMER) == "Tue 20 Oct, 18:00 PDT"


def test_zoned_filter_takes_a_format_and_renders_nothing_for_no_date():
    assert (
        _render('{{ when|zoned:"j F Y, g:i A T" }}', when=SUMMER) == "20 October 2026, 6:00 PM PDT"
    )
    assert _render("{{ when|zoned }}", when=None) == ""


def test_naive_datetimes_are_taken_to_be_in_site_zone():
    assert format_zoned(datetime(2026, 10, 20, 18, 0), ZONED_FORMAT) == "Tue 20 Oct, 18:00 PDT"


def test_zone_label_names_zone_abbreviation_and_offset():
    assert zone_label(at=SUMMER) == "America/Los_Angeles (PDT, UTC−07:00)"
    assert zone_label(at=WINTER) == "America/Los_Angeles (PST, UTC−08:00)"


def test_the_hour_that_happens_twice_is_told_apart_by_its_abbreviation():
    # The clocks go back from 02:00 PDT to 01:00 PST on 2 November 2025.
    first = datetime(2025, 11, 2, 8, 30, tzinfo=UTC)
    second = datetime(2025, 11, 2, 9, 30, tzinfo=UTC)
    assert format_zoned(first, ZONED_FORMAT) == "Sun 2 Nov, 01:30 PDT"
    assert format_zoned(second, ZONED_FORMAT) == "Sun 2 Nov, 01:30 PST"
    assert format_zoned(second, r"H:i \T T") == "01:30 T PST"
