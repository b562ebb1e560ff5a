"""The admin's time pickers offer every fifth minute, and every picker opens inside the form.

Wagtail's pickers (the jQuery "xdsoft" datetimepicker) list whole hours only, the library's
default step, and float over whatever lies below the field: the Schedule dialog's "Save
schedule" button, the expiry field, the editor's Save/Publish bar. Wagtail has no setting for
either, and builds some of these widgets itself (the Schedule dialog's PublishingPanel makes
its own AdminDateTimeInput), so the options are added to the config every instance renders:
in the widget's template and in StreamField blocks (telepath) alike.

Typing any minute (09:07) was always accepted; the list only offers the common ones. Opening
inside the field's own container lets static/editorial/css/pickers.css put the picker in the
page's flow, so it pushes the fields and buttons below it down instead of covering them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput, AdminTimeInput

# Open beside the input, not at the end of the page or dialog.
IN_THE_FORM: dict[str, Any] = {"insideParent": True}
# Minutes between the times listed.
TIME_STEP: dict[str, Any] = {"step": 5}

PICKER_OPTIONS: dict[type, dict[str, Any]] = {
    AdminDateInput: IN_THE_FORM,
    AdminTimeInput: {**IN_THE_FORM, **TIME_STEP},
    AdminDateTimeInput: {**IN_THE_FORM, **TIME_STEP},
}


def _with_options(get_config: Callable[[Any], dict], options: dict) -> Callable[[Any], dict]:
    def get_config_with_options(widget: Any) -> dict:
        return {**get_config(widget), **options}

    get_config_with_options.editorial_options = options
    return get_config_with_options


def offer_minutes_in_pickers() -> None:
    """Add PICKER_OPTIONS to every admin date, time and date-time picker (once)."""
    for widget, options in PICKER_OPTIONS.items():
        if not hasattr(widget.get_config, "editorial_options"):
            widget.get_config = _with_options(widget.get_config, options)
