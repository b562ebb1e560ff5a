"""Snippet permissions for the editorial roles.

The groups, their page and media permissions and the approval workflow come from migration
0002. Snippet models are added by other apps after it, so their permissions are granted here,
after every `migrate`, the way Wagtail itself creates snippet publish permissions. It only
ever adds: an administrator can still give a group more, but a permission removed by hand
comes back on the next migrate (change SNIPPET_PERMISSIONS instead).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.apps import apps as global_apps
from django.db import DEFAULT_DB_ALIAS
from django.db.models import Model
from wagtail.snippets.models import get_snippet_models

COMMS_STAFF = "Comms staff"
CAMPAIGN_LEADS = "Campaign leads"

# "publish" exists only for snippets with draft states; others just lack it.
SNIPPET_PERMISSIONS = {
    COMMS_STAFF: ("add", "change"),
    CAMPAIGN_LEADS: ("add", "change", "publish"),
}


def grant_snippet_permissions(
    models: Iterable[type[Model]] | None = None, apps=global_apps, using: str = DEFAULT_DB_ALIAS
) -> None:
    """Give each editorial group its SNIPPET_PERMISSIONS on every snippet model (or `models`).
    Does nothing before the groups exist."""
    try:
        Group = apps.get_model("auth", "Group")
        Permission = apps.get_model("auth", "Permission")
    except LookupError:  # auth is not migrated (yet, or any more)
        return
    models = list(get_snippet_models() if models is None else models)
    for group in Group.objects.using(using).filter(name__in=SNIPPET_PERMISSIONS):
        wanted = {
            (model._meta.app_label, f"{action}_{model._meta.model_name}")
            for model in models
            for action in SNIPPET_PERMISSIONS[group.name]
        }
        candidates = (
            Permission.objects.using(using)
            .filter(codename__in={codename for _, codename in wanted})
            .select_related("content_type")
        )
        group.permissions.add(
            *[p for p in candidates if (p.content_type.app_label, p.codename) in wanted]
        )


def grant_snippet_permissions_after_migrate(
    sender, apps=global_apps, using=DEFAULT_DB_ALIAS, **kwargs
) -> None:
    # Sent once per app; the permissions of later apps' snippets exist only by their turn,
    # so this runs every time (it is a few queries, and adding is idempotent).
    grant_snippet_permissions(apps=apps, using=using)
