"""The task worker's side of telling signers what happened: the batches of an update, and the
one reminder to confirm a signature. Like actions.tasks, tasks receive keys and ids, never
personal data, and write each email in the signer's language with links to the page in it."""

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task
from wagtail.models import Page

from common.links import page_link

from .models import Moderation, SentUpdate, Signature, SignerUpdate
from .services.updates import batch_size, claim_recipients, next_recipients
from .tasks import page_in_language, send_email
from .tokens import CONFIRM_SIGNATURE, UNSUBSCRIBE_UPDATES, make_token


def unsubscribe_url(signature: Signature, base_url: str) -> str:
    """The signer's own link to stop updates, in their language (/es/… for Spanish)."""
    token = make_token(signature.key, UNSUBSCRIBE_UPDATES)
    with translation.override(signature.language):
        path = reverse("actions:unsubscribe", args=[token])
    return base_url.rstrip("/") + path


def update_body(text: dict, *, first_name: str, page: Page, page_url: str, stop_url: str) -> str:
    """The update's plain-text body, in the active language (also the admin's preview)."""
    context = {
        "first_name": first_name,
        "message": text.get("message", ""),
        "page": page,
        "page_url": page_url,
        "unsubscribe_url": stop_url,
    }
    return render_to_string("actions/email/signer_update.txt", context)


def update_email(update: SignerUpdate, signature: Signature, page: Page, base_url: str):
    """One signer's copy, with the one-click unsubscribe headers of RFC 8058: mail programs
    show an "Unsubscribe" button that POSTs to the link without opening it."""
    stop_url = unsubscribe_url(signature, base_url)
    text = update.text_in(signature.language)
    with translation.override(signature.language):
        body = update_body(
            text,
            first_name=signature.first_name,
            page=page,
            page_url=page_link(page, base_url),
            stop_url=stop_url,
        )
    headers = {
        "List-Unsubscribe": f"<{stop_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    return EmailMessage(
        text.get("subject", page.title),
        body,
        settings.DEFAULT_FROM_EMAIL,
        [signature.email],
        headers=headers,
    )


@task()
def send_update_batch(update_key: str, base_url: str, after_id: int) -> str:
    """Email the next batch of an update's recipients (after signature `after_id`), then
    queue the batch after it; the last one marks the update finished."""
    update = SignerUpdate.objects.filter(key=update_key).select_related("page").first()
    if update is None:
        return "skipped: the update no longer exists"
    wanted, last_id = next_recipients(update, after_id, batch_size())
    if not last_id:
        SignerUpdate.objects.filter(pk=update.pk, finished_at__isnull=True).update(
            finished_at=timezone.now()
        )
        return "finished"
    claimed = claim_recipients(update, wanted)
    sent = _deliver(update, claimed, base_url)
    send_update_batch.enqueue(update_key, base_url, last_id)
    return f"sent {sent}"


def _deliver(update: SignerUpdate, signature_ids: list[int], base_url: str) -> int:
    """Send the claimed recipients their copies over one connection. If the mail server
    refuses one, the claims of those not sent are given back (a resumed update sends them)."""
    if not signature_ids:
        return 0
    signatures = list(Signature.objects.filter(pk__in=signature_ids).order_by("pk"))
    pages: dict[str, Page] = {}
    sent = 0
    connection = get_connection()
    try:
        for signature in signatures:
            if signature.language not in pages:
                pages[signature.language] = page_in_language(update.page, signature.language)
            connection.send_messages(
                [update_email(update, signature, pages[signature.language], base_url)]
            )
            sent += 1
    except Exception:
        unsent = [signature.pk for signature in signatures[sent:]]
        SentUpdate.objects.filter(update=update, signature_id__in=unsent).delete()
        raise
    finally:
        SignerUpdate.objects.filter(pk=update.pk).update(sent_count=F("sent_count") + sent)
    return sent


@task()
def send_confirmation_reminder(signature_key: str, base_url: str) -> str:
    """The one reminder, a day after signing, to confirm a signature (actions.reminders)."""
    signature = (
        Signature.objects.filter(
            key=signature_key,
            anonymised_at__isnull=True,
            confirmed_at__isnull=True,
            moderation=Moderation.COUNTED,
        )
        .select_related("page")
        .first()
    )
    if signature is None or not signature.email:
        return "skipped: confirmed, held or erased since"
    page = page_in_language(signature.page, signature.language)
    if not page.accepts_submissions():
        return "skipped: the petition no longer takes signatures"
    token = make_token(signature.key, CONFIRM_SIGNATURE)
    context = {
        "signature": signature,
        "page": page,
        "confirm_url": page_link(
            page, base_url, page.reverse_subpage("confirm_signature", kwargs={"token": token})
        ),
    }
    with translation.override(signature.language):
        subject = _("Reminder: confirm your signature on %(title)s") % {"title": page.title}
        send_email("signature_reminder", subject, signature.email, context)
    return "sent reminder"
