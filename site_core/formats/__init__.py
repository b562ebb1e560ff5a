"""The site's date and number formats per language (settings.FORMAT_MODULE_PATH).

Besides Django's own names (DATE_FORMAT, THOUSAND_SEPARATOR…), each language names the formats
the site's templates and `common.timezones.format_zoned` ask for, so a template says *what* it
shows ("a date with the time and its zone") and each language says how it is written:
`{{ value|date:"LONG_DATE_FORMAT" }}`, `{{ value|zoned:"DATE_CLOCK_ZONE_FORMAT" }}`. Every name
must exist in every language: Django prints an unknown name as if it were a format."""
