"""Setting the form limits as a data steward would, for the abuse model's tests."""

from actions.abuse import forget_rules
from actions.models import FormLimits


def set_limits(
    burst: int = 60, sustained: int = 300, ceiling: int = 3000, domain: int = 500
) -> FormLimits:
    """The limits for every form. Saved inside the test's transaction, whose commit (and so
    the signal's forgetting) never comes: forget the cached rules here."""
    limits = FormLimits.load()
    limits.burst_per_minute, limits.sustained_per_hour = burst, sustained
    limits.ceiling_per_minute, limits.domain_per_hour = ceiling, domain
    limits.save()
    forget_rules()
    return limits
