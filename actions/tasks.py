"""Emails to supporters, sent by the task worker and never inside the reader's request.

Tasks receive a record's random key, never personal data, so the queue holds nothing
personal; a record erased or anonymised before its task runs is skipped.

Each email is written in the language the person used (the record's `language`), and its
links go to the page in that language: records are stored against the counting page
(actions.pages), which may be another language's."""

import logging
from email.utils import formataddr

from django.conf import settings
from django.core.mail import EmailMessage, get_connection, mail_managers
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_tasks import task
from wagtail.models import Page

from common.calendar import event_calendar
from common.links import page_link, site_url

from .models import RSVP, Endorsement, Letter, Moderation, Signature
from .moderation import endorsement_reviewers, pending_review_url
from .tokens import CANCEL_RSVP, CONFIRM_SIGNATURE, EVENT_FEEDBACK, make_token

logger = logging.getLogger(__name__)


def page_in_language(page: Page, language: str) -> Page:
    """The live version of `page` in `language` (specific), else `page` itself."""
    translated = (
        Page.objects.filter(translation_key=page.translation_key, locale__language_code=language)
        .live()
        .first()
    )
    return (translated or page).specific


def send_email(template: str, subject: str, to: str, context: dict, attachments=()) -> None:
    body = render_to_string(f"actions/email/{template}.txt", context)
    message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [to])
    for attachment in attachments:
        message.attach(*attachment)
    message.send()


@task()
def send_signature_email(signature_key: str, base_url: str) -> str:
    """A receipt, or for petitions that ask for it, the link that confirms the signature."""
    signature = (
        Signature.objects.filter(key=signature_key, anonymised_at__isnull=True)
        .select_related("page")
        .first()
    )
    if signature is None or not signature.email:
        return "skipped: the signature no longer exists"
    page = page_in_language(signature.page, signature.language)
    context = {"signature": signature, "page": page, "page_url": page_link(page, base_url)}
    with translation.override(signature.language):
        if signature.confirmed_at is None:
            token = make_token(signature.key, CONFIRM_SIGNATURE)
            context["confirm_url"] = page_link(
                page, base_url, page.reverse_subpage("confirm_signature", kwargs={"token": token})
            )
            subject = _("Confirm your signature: %(title)s") % {"title": page.title}
            send_email("signature_confirm", subject, signature.email, context)
            return "sent confirmation link"
        subject = _("Thank you for signing: %(title)s") % {"title": page.title}
        send_email("signature_thanks", subject, signature.email, context)
    return "sent receipt"


RSVP_SUBJECTS = {
    "going": gettext_lazy("You have a place: %(title)s"),
    "waitlist": gettext_lazy("You are on the waitlist: %(title)s"),
    "promoted": gettext_lazy("A place opened up for you: %(title)s"),
    "reminder": gettext_lazy("Your RSVP: %(title)s"),
}


@task()
def send_rsvp_email(rsvp_key: str, base_url: str, reason: str) -> str:
    """What happened to an RSVP (`reason`: going, waitlist, promoted, or reminder when someone
    RSVPs twice), with the calendar file and the private link to cancel."""
    rsvp = (
        RSVP.objects.filter(key=rsvp_key, anonymised_at__isnull=True).select_related("page").first()
    )
    if rsvp is None or not rsvp.email or rsvp.status == RSVP.Status.CANCELLED:
        return "skipped: the RSVP no longer stands"
    page = page_in_language(rsvp.page, rsvp.language)
    page_url = page_link(page, base_url)
    token = make_token(rsvp.key, CANCEL_RSVP)
    # A repeating event's RSVP is for one date: the email names it and its calendar has it.
    occurrence = rsvp.occurrence_start
    day = page.date_query(occurrence)
    context = {
        "rsvp": rsvp,
        "page": page,
        "reason": reason,
        "page_url": page_url,
        "starts": occurrence.astimezone(page.zone) if occurrence else page.local_start,
        "calendar_url": page_link(page, base_url, page.reverse_subpage("calendar_file")) + day,
        "cancel_url": page_link(
            page, base_url, page.reverse_subpage("cancel_rsvp", kwargs={"token": token})
        ),
    }
    with translation.override(rsvp.language):
        ics = event_calendar(page.calendar_event(page_url, occurrence))
        attachments = [(f"{page.slug}.ics", ics, "text/calendar")]
        subject = RSVP_SUBJECTS.get(reason, RSVP_SUBJECTS["reminder"]) % {"title": page.title}
        send_email("rsvp", subject, rsvp.email, context, attachments)
    return f"sent {reason}"


@task()
def send_event_feedback_email(rsvp_key: str, base_url: str) -> str:
    """After the event (actions.services.feedback): thank the attendee and link to the short
    form asking how it went, with a signed link that only opens their own answer."""
    rsvp = (
        RSVP.objects.filter(key=rsvp_key, anonymised_at__isnull=True).select_related("page").first()
    )
    if rsvp is None or not rsvp.email or rsvp.status == RSVP.Status.CANCELLED:
        return "skipped: the RSVP no longer stands"
    # Imported here: actions.reminders queues its emails through this module.
    from .reminders import event_times_for, when_text

    page = page_in_language(rsvp.page, rsvp.language)
    token = make_token(rsvp.key, EVENT_FEEDBACK)
    context = {
        "rsvp": rsvp,
        "page": page,
        "zone_name": page.get_time_zone_display(),
        "feedback_url": page_link(
            page, base_url, page.reverse_subpage("event_feedback", kwargs={"token": token})
        ),
    }
    with translation.override(rsvp.language):
        # The date this RSVP was for: a repeating event asks after each of its dates.
        context["when"] = when_text(page, *event_times_for(rsvp, page))
        subject = _("How was %(title)s?") % {"title": page.title}
        send_email("event_feedback", subject, rsvp.email, context)
    return "sent"


@task()
def send_endorsement_email(endorsement_id: int, base_url: str) -> str:
    """Tell the contact their entry was received (pending) or is now listed (approved)."""
    endorsement = Endorsement.objects.filter(pk=endorsement_id).select_related("page").first()
    if endorsement is None or not endorsement.contact_email:
        return "skipped: no contact"
    if endorsement.status == Endorsement.Status.REJECTED:
        return "skipped: rejected"
    page = page_in_language(endorsement.page, endorsement.language)
    context = {"endorsement": endorsement, "page": page, "page_url": page_link(page, base_url)}
    approved = endorsement.status == Endorsement.Status.APPROVED
    with translation.override(endorsement.language):
        if approved:
            subject = _("You are listed: %(title)s") % {"title": page.title}
        else:
            subject = _("We received your endorsement: %(title)s") % {"title": page.title}
        send_email("endorsement", subject, endorsement.contact_email, context)
    return "sent"


@task()
def notify_endorsement_reviewers(endorsement_id: int) -> str:
    """Tell those who review endorsements that one arrived: each reviewer with an email
    address, or else settings.MANAGERS. The email names the organisation and the statement,
    never the contact's details (those stay in the admin)."""
    endorsement = (
        Endorsement.objects.filter(
            pk=endorsement_id, status=Endorsement.Status.PENDING, moderation=Moderation.COUNTED
        )
        .select_related("page")
        .first()
    )
    if endorsement is None:
        return "skipped: no longer waiting for review"
    pending = Endorsement.objects.filter(
        status=Endorsement.Status.PENDING, moderation=Moderation.COUNTED
    ).count()
    # For staff, in the site's default language (the admin's own language may differ).
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Endorsement waiting for review: %(title)s") % {"title": endorsement.page.title}
        body = render_to_string(
            "actions/email/endorsement_review.txt",
            {
                "endorsement": endorsement,
                "page": endorsement.page,
                "pending": pending,
                "review_url": site_url() + pending_review_url(),
            },
        )
    reviewers = list(endorsement_reviewers().values_list("email", flat=True))
    if reviewers:
        # One message each: reviewers do not see one another's addresses.
        messages = [
            EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [address])
            for address in reviewers
        ]
        get_connection().send_messages(messages)
        return f"told {len(reviewers)} reviewers"
    if settings.MANAGERS:
        mail_managers(subject, body)
        return "told the managers"
    logger.warning(
        "Endorsement %s is waiting for review, but nobody was told: no user who may review "
        "endorsements has an email address and settings.MANAGERS is empty",
        endorsement.pk,
    )
    return "skipped: nobody to tell"


def in_language(record, language: str):
    """A translatable snippet (an official) in `language` when it has a translation there."""
    translated = (
        type(record)
        .objects.filter(translation_key=record.translation_key, locale__language_code=language)
        .first()
    )
    return translated or record


def office_letter(letter: Letter, to: str) -> EmailMessage:
    """The letter as the office receives it: from the campaign's address, the writer's
    subject and words exactly as they wrote them, signed with their name and ZIP code,
    and their address to reply to. Plain text, never HTML."""
    body = f"{letter.body}\n\n{letter.full_name}\n{letter.postcode}\n"
    reply_to = [formataddr((letter.full_name, letter.email))] if letter.email else []
    return EmailMessage(letter.subject, body, settings.DEFAULT_FROM_EMAIL, [to], reply_to=reply_to)


@task()
def send_letter(letter_key: str, base_url: str) -> str:
    """Deliver a letter on its day: emailed to the official's office (or, for an office
    without an email address, left for the volunteers who hand letters in), then a copy to
    its writer in their language. Held, rejected, erased or already sent letters are left."""
    letter = (
        Letter.objects.filter(key=letter_key, anonymised_at__isnull=True)
        .select_related("page", "target")
        .first()
    )
    if letter is None:
        return "skipped: the letter no longer exists"
    if letter.moderation != Moderation.COUNTED:
        return "skipped: held or rejected"
    if letter.sent_at:
        return "skipped: already delivered"
    target = letter.target
    if letter.delivery == Letter.Delivery.EMAIL and not (target and target.email):
        # The office's address was removed since: the letter joins the hand-delivery batch.
        Letter.objects.filter(pk=letter.pk).update(delivery=Letter.Delivery.HAND)
        letter.delivery = Letter.Delivery.HAND
    if letter.delivery == Letter.Delivery.EMAIL:
        # Claimed before sending, so a second run of this task cannot send it twice; given
        # back if the mail server refuses it, for the scheduler to queue again.
        if not Letter.objects.filter(pk=letter.pk, sent_at__isnull=True).update(
            sent_at=timezone.now()
        ):
            return "skipped: already delivered"
        try:
            office_letter(letter, target.email).send()
        except Exception:
            Letter.objects.filter(pk=letter.pk).update(sent_at=None)
            raise
    if letter.email:
        page = page_in_language(letter.page, letter.language)
        with translation.override(letter.language):
            official = in_language(target, letter.language) if target else letter.target_name
            context = {
                "letter": letter,
                "official": official,
                "page": page,
                "page_url": page_link(page, base_url),
                "by_hand": letter.delivery == Letter.Delivery.HAND,
            }
            subject = _("Your letter to %(official)s") % {"official": official}
            send_email("letter_copy", subject, letter.email, context)
    return "left for hand delivery" if letter.delivery == Letter.Delivery.HAND else "sent"
