"""Updates sent to a petition's signers who asked for news (a delivery, a target's answer),
who each was sent, and who asked to stop.

An update is sent once per milestone (a unique constraint), and each signer gets it once (a
unique constraint on update and signature): a second click, a task retried or run on two
servers cannot send anyone the same update twice. Unsubscribing is stored as a keyed hash of
the address (never the address), so it outlives the signatures' anonymisation and is still
honoured when the same person signs another petition."""

import hashlib
import hmac
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .signatures import Signature

SEND_UPDATES = "actions.send_signer_updates"


def address_key(email_normalised: str) -> str:
    """The keyed hash an unsubscribed address is stored as: the same address always gives the
    same key, and nobody without the secret key can tell which address it was."""
    digest = hmac.new(
        settings.SECRET_KEY.encode(), b"unsubscribe:" + email_normalised.encode(), hashlib.sha256
    )
    return digest.hexdigest()


class SignerUpdate(models.Model):
    """One update about a petition, emailed to the signers who asked for news: who sent it,
    when, what it said in each language, and how far the task worker has got."""

    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="signer_updates",
        verbose_name=_("petition"),
    )
    milestone_id = models.PositiveIntegerField(
        _("milestone"), help_text=_("The petition's milestone this update tells signers about.")
    )
    texts = models.JSONField(
        _("subject and message"),
        default=dict,
        help_text=_('Per language: {"en": {"subject": …, "message": …}, "es": {…}}.'),
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("sent by"),
    )
    created_at = models.DateTimeField(_("sent at"), default=timezone.now)
    planned = models.PositiveIntegerField(
        _("people to reach"), default=0, help_text=_("How many people it was sent to reach.")
    )
    sent_count = models.PositiveIntegerField(_("emails sent"), default=0)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("update to signers")
        verbose_name_plural = _("updates to signers")
        permissions = [("send_signer_updates", "Can email updates to a petition's signers")]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "milestone_id"], name="one_signer_update_per_milestone"
            )
        ]

    def __str__(self) -> str:
        return f"Update {self.pk} on page {self.page_id}"

    def text_in(self, language: str) -> dict:
        """{"subject", "message"} in `language`, else in the site's language."""
        return self.texts.get(language) or self.texts.get(settings.LANGUAGE_CODE) or {}


class SentUpdate(models.Model):
    """One signer was sent one update. Claimed before the email goes out, so only one worker
    sends it; given back if the mail server refuses it."""

    update = models.ForeignKey(SignerUpdate, on_delete=models.CASCADE, related_name="deliveries")
    signature = models.ForeignKey(Signature, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["update", "signature"], name="one_email_per_update_per_signer"
            )
        ]

    def __str__(self) -> str:
        return f"Update {self.update_id} sent to signature {self.signature_id}"


class Unsubscribe(models.Model):
    """An address that asked for no more updates to signers, from any petition (stored as
    its keyed hash, see `address_key`)."""

    address_key = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("unsubscribed address")
        verbose_name_plural = _("unsubscribed addresses")

    def __str__(self) -> str:
        return f"Unsubscribed address {self.pk}"
