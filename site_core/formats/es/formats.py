"""Spanish dates as US Spanish-language media write them: "viernes 20 de octubre de 2017,
17:00 PDT" (24-hour clock, lower-case weekdays and months, the zone always named).

Numbers: 1,234.5, as in Mexico, Central America and the US (Django's "es" writes 1 234,5, the
way of Spain and the RAE). The site's Spanish readers live in the US: a count on the Spanish
page reads like the same count on the English page, on their pay slip and their phone bill."""

# 20 de octubre de 2017
LONG_DATE_FORMAT = r"j \d\e F \d\e Y"
# viernes 20 de octubre de 2017
WEEKDAY_DATE_FORMAT = r"l j \d\e F \d\e Y"
# viernes 20 de octubre
WEEKDAY_DAY_MONTH_FORMAT = r"l j \d\e F"
# 20 de octubre
DAY_MONTH_FORMAT = r"j \d\e F"
# 20 oct
SHORT_DAY_MONTH_FORMAT = "j b"
# oct
SHORT_MONTH_FORMAT = "b"
# 17:00
CLOCK_FORMAT = "H:i"
# 20 de octubre de 2017, 17:00 PDT
DATE_CLOCK_ZONE_FORMAT = r"j \d\e F \d\e Y, H:i T"
# vie 20 oct, 17:00 PDT
DAY_DATE_CLOCK_ZONE_FORMAT = "D j b, H:i T"
# vie 20 oct 2017, 17:00 PDT
DAY_DATE_YEAR_CLOCK_ZONE_FORMAT = "D j b Y, H:i T"

DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
