"""Personal data is kept only as long as the campaign needs it: a set number of days after a
petition closes or an event ends, names and contact details are erased. The rows stay (blank),
so every count stays the same. Email signups belong to no page: they are deleted once the
consent is ACTIONS_SIGNUP_KEEP_DAYS old (nothing counts them), so nobody is emailed on a
consent given years ago.

Two limits close the gaps the page's end leaves open:

- A petition without a closing date never ends, and its signers were kept forever (rows from
  2017 on a petition still open). Whatever the page, a signature or RSVP older than
  ACTIONS_SUPPORTER_MAX_AGE_DAYS is anonymised (still counted).
- Endorsements have no end either. Their contact (a person's name and email, for staff only)
  is erased ACTIONS_ANONYMISE_AFTER_DAYS after a steward reviewed the endorsement, or once it
  is ACTIONS_SUPPORTER_MAX_AGE_DAYS old if nobody did. An approved endorsement keeps what is
  public (the organisation's name, website, scope and logo); a rejected one was never public
  and is deleted, with a logo no other endorsement uses.

Call reports name nobody, but their note is free text a stranger typed (it may give a name, a
phone number, a story). It goes when a letter's writer would: ACTIONS_ANONYMISE_AFTER_DAYS after
the call page stopped asking how calls went, or once the report is
ACTIONS_SUPPORTER_MAX_AGE_DAYS old; the report (official, outcome, state) still counts.

Event feedback (actions.models.EventFeedback) goes with its RSVP: when the RSVP is
anonymised, the attendee's free text ("what should we do better") is erased; the rating and
the yes/no answers stay, as numbers that name nobody."""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import CharField, Q, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page, get_page_models

from actions.contracts import HoldsSupporterData
from actions.models import (
    RSVP,
    CallReport,
    Endorsement,
    EventFeedback,
    Letter,
    Signature,
    UpdatesSignup,
)

BATCH_SIZE = 2000
# Two years, unless the settings say otherwise: a common limit for consent to marketing email.

# Keep the row and what counts; blank everything that identifies a person. The normalised
# email becomes a unique placeholder, since the unique constraints still apply.
SIGNATURE_ERASURE = {
    "first_name": "",
    "last_name": "",
    "email": "",
    "postcode": "",
    "phone": "",
    "comment": "",
    "client_hash": "",  # the sender's connection: not needed once the count is settled
}
RSVP_ERASURE = {"name": "", "email": "", "phone": "", "access_needs": "", "client_hash": ""}
# A letter keeps who it was written to, when, how it went and the writer's state (the counts);
# the writer's name, address, ZIP code and words go.
LETTER_ERASURE = {
    "first_name": "",
    "last_name": "",
    "email": "",
    "postcode": "",
    "subject": "",
    "body": "",
    "client_hash": "",
}
# A call report keeps the official, the outcome, when and the state; the note goes.
CALL_REPORT_ERASURE = {"note": "", "client_hash": ""}


@dataclass
class RetentionReport:
    signatures: int = 0
    unconfirmed_removed: int = 0
    rsvps: int = 0
    signups_removed: int = 0
    endorsement_contacts: int = 0
    endorsements_removed: int = 0
    letters: int = 0
    call_notes: int = 0
    feedback_notes: int = 0
    lines: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        return (
            f"{self.signatures} signatures and {self.rsvps} RSVPs anonymised, "
            f"{self.unconfirmed_removed} unconfirmed signatures and "
            f"{self.signups_removed} expired email signups removed, "
            f"{self.endorsement_contacts} endorsement contacts erased and "
            f"{self.endorsements_removed} rejected endorsements removed, "
            f"{self.letters} letters anonymised, {self.call_notes} call notes erased, "
            f"{self.feedback_notes} event feedback notes erased"
        )


def signup_keep_days() -> int:
    return settings.ACTIONS_SIGNUP_KEEP_DAYS


def supporter_max_age_days() -> int:
    return settings.ACTIONS_SUPPORTER_MAX_AGE_DAYS


def pages_with_supporter_data():
    """Pages whose type says when its supporters' data is no longer needed."""
    types = [model for model in get_page_models() if issubclass(model, HoldsSupporterData)]
    return Page.objects.type(*types).specific() if types else Page.objects.none()


def _anonymise_in_batches(queryset, erasure: dict, now: datetime) -> int:
    placeholder = Concat(Value("anonymised:"), Cast("key", CharField()))
    total = 0
    while True:
        ids = list(
            queryset.filter(anonymised_at__isnull=True).values_list("pk", flat=True)[:BATCH_SIZE]
        )
        if not ids:
            return total
        with transaction.atomic():
            total += queryset.model.objects.filter(pk__in=ids).update(
                **erasure, email_normalised=placeholder, anonymised_at=now
            )


def anonymise_supporters(days: int, *, now: datetime | None = None, dry_run: bool = False):
    """Anonymise the supporters of every petition closed and event ended more than `days`
    days ago. Unconfirmed signatures (never counted) are deleted outright."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=days)
    report = RetentionReport()
    for page in pages_with_supporter_data():
        ended = page.supporter_data_ends_at()
        if ended is None or ended > cutoff:
            continue
        anonymise_letters(
            report,
            Letter.objects.filter(page_id=page.pk),
            f"{page.title} (page {page.pk}, ended {ended:%Y-%m-%d})",
            now=now,
            dry_run=dry_run,
        )
        erase_call_notes(
            report,
            CallReport.objects.filter(page_id=page.pk),
            f"{page.title} (page {page.pk}, ended {ended:%Y-%m-%d})",
            dry_run=dry_run,
        )
        removed, anonymised, rsvp_count = _erase_supporters(
            report,
            Signature.objects.filter(page_id=page.pk, anonymised_at__isnull=True),
            RSVP.objects.filter(page_id=page.pk, anonymised_at__isnull=True),
            now=now,
            dry_run=dry_run,
        )
        if not (removed or anonymised or rsvp_count):
            continue
        report.lines.append(
            f"{page.title} (page {page.pk}, ended {ended:%Y-%m-%d}): {anonymised} signatures "
            f"and {rsvp_count} RSVPs anonymised, {removed} unconfirmed signatures removed"
        )
    anonymise_by_age(report, now=now, dry_run=dry_run)
    anonymise_letters(
        report,
        Letter.objects.filter(created_at__lt=now - timedelta(days=supporter_max_age_days())),
        f"Older than {supporter_max_age_days()} days, on pages still open",
        now=now,
        dry_run=dry_run,
    )
    erase_call_notes(
        report,
        CallReport.objects.filter(created_at__lt=now - timedelta(days=supporter_max_age_days())),
        f"Older than {supporter_max_age_days()} days, on pages still open",
        dry_run=dry_run,
    )
    erase_endorsement_contacts(report, days, now=now, dry_run=dry_run)
    remove_expired_signups(report, now=now, dry_run=dry_run)
    return report


def _erase_supporters(
    report: RetentionReport, signatures, rsvps, *, now: datetime, dry_run: bool
) -> tuple[int, int, int]:
    """Delete the unconfirmed `signatures` (never counted), anonymise the rest and the
    `rsvps`, and add them to the report's totals; with `dry_run`, only count them. Returns
    (unconfirmed removed, signatures anonymised, RSVPs anonymised)."""
    unconfirmed = signatures.filter(confirmed_at__isnull=True)
    if dry_run:
        removed = unconfirmed.count()
        anonymised, rsvp_count = signatures.count() - removed, rsvps.count()
    else:
        removed = unconfirmed.delete()[0]
        anonymised = _anonymise_in_batches(signatures, SIGNATURE_ERASURE, now)
        # Before the RSVPs: once anonymised, `rsvps` (not yet anonymised) selects none.
        report.feedback_notes += (
            EventFeedback.objects.filter(rsvp__in=rsvps.values("pk"))
            .exclude(improve="")
            .update(improve="")
        )
        rsvp_count = _anonymise_in_batches(rsvps, RSVP_ERASURE, now)
    report.signatures += anonymised
    report.unconfirmed_removed += removed
    report.rsvps += rsvp_count
    return removed, anonymised, rsvp_count


def anonymise_by_age(report: RetentionReport, *, now: datetime, dry_run: bool) -> None:
    """Signatures and RSVPs older than the maximum age, on pages that have not ended (or ended
    too recently for the rule above): anonymised, the unconfirmed signatures deleted."""
    max_days = supporter_max_age_days()
    born_before = now - timedelta(days=max_days)
    removed, anonymised, rsvp_count = _erase_supporters(
        report,
        Signature.objects.filter(anonymised_at__isnull=True, created_at__lt=born_before),
        RSVP.objects.filter(anonymised_at__isnull=True, created_at__lt=born_before),
        now=now,
        dry_run=dry_run,
    )
    if removed or anonymised or rsvp_count:
        report.lines.append(
            f"Older than {max_days} days, on pages still open: {anonymised} signatures and "
            f"{rsvp_count} RSVPs anonymised, {removed} unconfirmed signatures removed"
        )


def erase_endorsement_contacts(
    report: RetentionReport, days: int, *, now: datetime, dry_run: bool
) -> None:
    """Contacts of endorsements reviewed more than `days` ago, or older than the maximum age:
    erased; the rejected ones deleted (see the module's docstring)."""
    expired = Endorsement.objects.filter(
        Q(reviewed_at__lt=now - timedelta(days=days))
        | Q(submitted_at__lt=now - timedelta(days=supporter_max_age_days()))
    )
    rejected = expired.filter(status=Endorsement.Status.REJECTED)
    with_contact = expired.exclude(status=Endorsement.Status.REJECTED).exclude(
        contact_name="", contact_email=""
    )
    if dry_run:
        removed, erased = rejected.count(), with_contact.count()
    else:
        with transaction.atomic():
            removed = _delete_rejected(rejected)
            erased = with_contact.update(contact_name="", contact_email="")
    if removed or erased:
        report.endorsement_contacts += erased
        report.endorsements_removed += removed
        report.lines.append(
            f"Endorsements: {erased} contacts erased (organisations kept), "
            f"{removed} rejected endorsements removed"
        )


def _delete_rejected(rejected) -> int:
    """Delete rejected endorsements and the logos they alone used (uploaded with the form,
    never shown)."""
    logo_ids = set(rejected.exclude(logo=None).values_list("logo_id", flat=True))
    removed = rejected.delete()[0] if rejected.exists() else 0
    still_used = set(
        Endorsement.objects.filter(logo_id__in=logo_ids).values_list("logo_id", flat=True)
    )
    for image in get_image_model().objects.filter(pk__in=logo_ids - still_used):
        image.delete()
    return removed


def remove_expired_signups(report: RetentionReport, *, now: datetime, dry_run: bool) -> None:
    keep_days = signup_keep_days()
    expired = UpdatesSignup.objects.filter(created_at__lt=now - timedelta(days=keep_days))
    removed = expired.count() if dry_run else expired.delete()[0]
    if removed:
        report.signups_removed += removed
        report.lines.append(f"Email signups older than {keep_days} days: {removed} removed")


def anonymise_letters(
    report: RetentionReport, letters, where: str, *, now: datetime, dry_run: bool
) -> None:
    """Erase the writers of `letters` (see LETTER_ERASURE); they still count."""
    letters = letters.filter(anonymised_at__isnull=True)
    erased = letters.count() if dry_run else _anonymise_in_batches(letters, LETTER_ERASURE, now)
    if erased:
        report.letters += erased
        report.lines.append(f"{where}: {erased} letters anonymised")


def erase_call_notes(report: RetentionReport, reports, where: str, *, dry_run: bool) -> None:
    """Erase the notes (and connection codes) of call `reports`; they still count."""
    reports = reports.exclude(note="", client_hash="")
    erased = reports.count() if dry_run else reports.update(**CALL_REPORT_ERASURE)
    if erased:
        report.call_notes += erased
        report.lines.append(f"{where}: {erased} call notes erased")
