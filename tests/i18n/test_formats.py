"""Dates and numbers are written the way each language writes them, the time zone always
named; the site's named formats (site_core/formats/) exist in every language."""

import datetime as dt
from importlib import import_module

from django.conf import settings
from django.utils import translation
from django.utils.formats import number_format

from common.timezones import LIST_FORMAT, ZONED_FORMAT, format_zoned

MOMENT = dt.datetime(2017, 10, 21, 0, 0, tzinfo=dt.UTC)  # Friday 20 October, 17:00 in LA


def test_spanish_dates_read_like_spanish_with_the_zone_named():
    with translation.override("es"):
        assert format_zoned(MOMENT, "DATE_CLOCK_ZONE_FORMAT") == "20 de octubre de 2017, 17:00 PDT"
        assert format_zoned(MOMENT, ZONED_FORMAT) == "vie 20 oct, 17:00 PDT"
        assert format_zoned(MOMENT, LIST_FORMAT) == "vie 20 oct 2017, 17:00 PDT"
        assert format_zoned(MOMENT, "WEEKDAY_DATE_FORMAT") == "viernes 20 de octubre de 2017"


def test_english_dates_stay_as_they_were():
    with translation.override("en"):
        assert format_zoned(MOMENT, "DATE_CLOCK_ZONE_FORMAT") == "20 October 2017, 5:00 PM PDT"
        assert format_zoned(MOMENT, ZONED_FORMAT) == "Fri 20 Oct, 17:00 PDT"


def test_numbers_group_thousands_with_commas_in_both_languages():
    # US Spanish writes 1,234 (as Mexico does), not Spain's 1.234 or 1 234.
    for language in ("en", "es"):
        with translation.override(language):
            assert number_format(1234567, force_grouping=True) == "1,234,567"
            assert number_format(1234.5, decimal_pos=1) == "1234.5"


def test_every_named_format_exists_in_every_language():
    # Django prints an unknown format name as if it were a format: "DAY_MONTH_FORMAT" would
    # come out as letters of the date.
    names = {}
    for code, _ in settings.LANGUAGES:
        module = import_module(f"{settings.FORMAT_MODULE_PATH[0]}.{code}.formats")
        names[code] = {name for name in dir(module) if name.isupper()}
    assert names["es"] == names["en"]
