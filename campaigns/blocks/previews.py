"""Preview values that come from the database (a photo, an official, an event), for the block
picker.

The blocks are built while `campaigns.models` is imported (its StreamFields create them), so
this module cannot import that module: it would import itself. It does what the blocks do when
they name the models they choose (`SnippetChooserBlock("campaigns.Target")`,
`page_type="campaigns.EventPage"`): it looks the model up by name in Django's app registry, when
the preview is drawn, by which time every model is loaded.
"""

from __future__ import annotations

from django.apps import apps
from django.db.models import Model
from wagtail.images import get_image_model


def _first(model: str, **filters) -> Model | None:
    return apps.get_model(model)._default_manager.filter(**filters).order_by("pk").first()


def first_image() -> Model | None:
    return get_image_model().objects.order_by("pk").first()


def first_target() -> Model | None:
    return _first("campaigns.Target")


def some_organisations(count: int = 4) -> list[Model]:
    return list(apps.get_model("campaigns.Organisation").objects.order_by("pk")[:count])


def latest_event() -> Model | None:
    """The published event that starts last: in a running campaign, one still to come."""
    return apps.get_model("campaigns.EventPage").objects.live().order_by("-starts_at").first()


def first_statement() -> Model | None:
    return _first("campaigns.EndorsementPage", live=True)
