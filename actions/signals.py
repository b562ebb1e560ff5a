"""Keep cached counts and waitlists in step with changes made by staff."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published

from common.links import site_url

from .abuse import forget_rules
from .mixins import RSVPMixin, SignablePetitionMixin
from .models import BlockedEmail, FormLimitOverride, FormLimits, PaperSignatures, Signature
from .reminders import schedule_published
from .services.counts import forget_count, forget_goals
from .services.rsvps import follow_moved_dates, promote_waitlist
from .services.translations import translation_added, translation_removed


@receiver(post_save, sender=PaperSignatures)
@receiver(post_delete, sender=PaperSignatures)
@receiver(post_delete, sender=Signature)
def recount_petition(sender, instance, **kwargs) -> None:
    forget_count(instance.page_id)


@receiver(page_published)
def page_changed(sender, instance, **kwargs) -> None:
    if isinstance(instance, SignablePetitionMixin):
        forget_goals(instance.pk)
    if isinstance(instance, RSVPMixin):
        follow_moved_dates(instance)
    if isinstance(instance, RSVPMixin) and instance.accepts_submissions():
        # A raised capacity seats people from the waitlist straight away.
        promote_waitlist(instance, base_url=site_url())
    if isinstance(instance, RSVPMixin):
        # After the promotions: those promoted were just sent the new details.
        schedule_published(instance, base_url=site_url())


@receiver(post_save)
def page_created(sender, instance, created, raw=False, **kwargs) -> None:
    if created and not raw and isinstance(instance, Page):
        translation_added(instance)


@receiver(post_delete, sender=Page)
def page_deleted(sender, instance, **kwargs) -> None:
    # Deleting a page of any type deletes its Page row too, which sends this once.
    translation_removed(instance)


@receiver(post_save, sender=FormLimits)
@receiver(post_save, sender=FormLimitOverride)
@receiver(post_delete, sender=FormLimitOverride)
@receiver(post_save, sender=BlockedEmail)
@receiver(post_delete, sender=BlockedEmail)
def limits_changed(sender, instance, **kwargs) -> None:
    # Once committed: forgetting earlier would let a post cache the old rules again.
    transaction.on_commit(forget_rules)
