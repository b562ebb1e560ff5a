"""Organisations joining a sign-on statement: submitted, reviewed, listed."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Collection

from actions.abuse import Screening
from actions.contracts import EndorsementPageContract
from actions.models import Endorsement
from actions.tasks import notify_endorsement_reviewers, send_endorsement_email

LOGO_COLLECTION = "Endorser logos"


def logo_collection() -> Collection:
    """Logos sent in by endorsers are kept apart from the campaign's own images."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=LOGO_COLLECTION).first()
    return existing or root.add_child(name=LOGO_COLLECTION)


def save_logo(upload, organisation_name: str):
    image = get_image_model()(
        title=f"Logo: {organisation_name}"[:255], file=upload, collection=logo_collection()
    )
    image._set_image_file_metadata()
    image.save()
    return image


def submit_endorsement(
    page: EndorsementPageContract,
    data: dict,
    *,
    logo=None,
    base_url: str,
    screening: Screening,
    language: str = settings.LANGUAGE_CODE,
) -> Endorsement | None:
    """Store a pending endorsement. An organisation already listed or waiting (by name, any
    case) is left as it is, and the person is told the same as a first-time submitter. A held
    or rejected one (`screening`) is stored without emails: neither the contact nor the
    reviewers hear of it unless a data steward releases it. The statement's translations share
    one list of endorsers (its counting page, actions.pages)."""
    endorsement = Endorsement(
        page_id=page.counting_page_id,
        organisation_name=data["organisation_name"],
        website=data.get("website", ""),
        scope=data["scope"],
        contact_name=data.get("contact_name", ""),
        contact_email=data.get("contact_email", "").strip(),
        status=Endorsement.Status.PENDING,
        language=language,
        **screening.record_fields(),
    )
    already = Endorsement.objects.filter(
        page_id=endorsement.page_id, organisation_name__iexact=endorsement.organisation_name
    )
    if already.exists():
        return None
    try:  # the constraint still settles two submissions racing each other
        with transaction.atomic():
            endorsement.save()
            if logo:
                endorsement.logo = save_logo(logo, endorsement.organisation_name)
                endorsement.save(update_fields=["logo"])
            if screening.counted:
                announce_endorsement(endorsement, base_url=base_url)
    except IntegrityError:
        return None
    return endorsement


def announce_endorsement(endorsement: Endorsement, *, base_url: str) -> None:
    """Tell the contact their entry arrived and the reviewers that one waits."""
    endorsement.last_emailed_at = timezone.now()
    endorsement.save(update_fields=["last_emailed_at"])
    send_endorsement_email.enqueue(endorsement.pk, base_url)
    notify_endorsement_reviewers.enqueue(endorsement.pk)


def review_endorsement(endorsement: Endorsement, *, approve: bool, base_url: str) -> None:
    endorsement.status = Endorsement.Status.APPROVED if approve else Endorsement.Status.REJECTED
    endorsement.reviewed_at = timezone.now()
    with transaction.atomic():
        endorsement.save(update_fields=["status", "reviewed_at"])
        if approve:
            send_endorsement_email.enqueue(endorsement.pk, base_url)
