"""The export log: every file of supporters' data that leaves the site is recorded (who, when,
which page, what, with names or not, how many rows), so a coalition can answer "who has our
signers' names?". Every export calls `log_export` before it sends the file; stewards read the
log in the admin (Supporters → Export log), and nobody edits or deletes it there."""

from django.db.models import Model
from wagtail.models import Page

from actions.models import SupporterExport

Kind = SupporterExport.Kind
Format = SupporterExport.Format


def log_export(
    user,
    page: Page | None,
    kind: str,
    with_names: bool,
    rows: int,
    *,
    with_emails: bool | None = None,
    file_format: str = Format.CSV,
) -> SupporterExport:
    """Record one export by `user` of `rows` supporters of `page` (None: every page of the
    kind). `kind` is a SupporterExport.Kind ("signatures", "letters", "packet", …).
    `with_emails` defaults to `with_names`: a spreadsheet carries both or neither."""
    return SupporterExport.objects.create(
        user=user if isinstance(user, Model) and user.pk else None,
        username=getattr(user, "get_username", lambda: "")()[:150],
        page=page,
        page_title=page.title[:255] if page is not None else "",
        kind=kind,
        file_format=file_format,
        with_names=with_names,
        with_emails=with_names if with_emails is None else with_emails,
        rows=rows,
    )
