"""English dates as the site has always written them: "Friday 20 October 2017, 5:00 PM PDT"."""

# 20 October 2017
LONG_DATE_FORMAT = "j F Y"
# Friday 20 October 2017
WEEKDAY_DATE_FORMAT = "l j F Y"
# Friday 20 October
WEEKDAY_DAY_MONTH_FORMAT = "l j F"
# 20 October
DAY_MONTH_FORMAT = "j F"
# 20 Oct
SHORT_DAY_MONTH_FORMAT = "j M"
# Oct (a date badge's month)
SHORT_MONTH_FORMAT = "M"
# 5:00 PM
CLOCK_FORMAT = "g:i A"
# 20 October 2017, 5:00 PM PDT
DATE_CLOCK_ZONE_FORMAT = "j F Y, g:i A T"
# Fri 20 Oct, 17:00 PDT (the editors' calendar and dashboard, the `zoned` filter's default)
DAY_DATE_CLOCK_ZONE_FORMAT = "D j M, H:i T"
# Fri 20 Oct 2017, 17:00 PDT (admin lists)
DAY_DATE_YEAR_CLOCK_ZONE_FORMAT = "D j M Y, H:i T"

# 1,234
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
