"""The page cache forgets the pages that show a target or an organisation when it changes:
a petition's "To:" line, a demand list, an event's co-hosts, an endorsement list. Wagtail's
reference index knows which pages use a snippet, in their fields and in their StreamFields."""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import Page, ReferenceIndex

from actions.sources import forget_partners
from home.page_purge import purge_pages

from .models import Organisation, Target


def pages_using(instance) -> list[Page]:
    """The live pages that point at `instance`."""
    page_type = ContentType.objects.get_for_model(Page)
    ids = (
        ReferenceIndex.get_references_to(instance)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    return list(Page.objects.live().filter(pk__in=[int(pk) for pk in ids]))


def _snippet_changed(sender, instance, **kwargs) -> None:
    purge_pages(pages_using(instance))


def _organisation_changed(sender, instance, **kwargs) -> None:
    # The form posts read partners' codes and websites from a cached map (actions.sources).
    forget_partners()


def connect() -> None:
    """Called from CampaignsConfig.ready(). Before a delete, while the references exist."""
    for model in (Organisation, Target):
        post_save.connect(_snippet_changed, sender=model, dispatch_uid=f"purge_{model}_save")
        pre_delete.connect(_snippet_changed, sender=model, dispatch_uid=f"purge_{model}_del")
    post_save.connect(_organisation_changed, sender=Organisation, dispatch_uid="partners_save")
    post_delete.connect(_organisation_changed, sender=Organisation, dispatch_uid="partners_del")
