import csv
from collections import defaultdict
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import URLValidator, validate_email
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from actions.mixins import EndorsableMixin
from actions.models import Endorsement
from actions.validation import tidy_text, validate_name
from common.geography import parse_scope

# Accepted spellings of each column heading (compared in lower case).
COLUMNS = {
    "organisation_name": [
        "organisation_name",
        "organisation",
        "organization_name",
        "organization",
        "name",
    ],
    "website": ["website", "url", "web"],
    "scope": ["scope", "state", "group", "national_or_state"],
    "contact_name": ["contact_name", "contact"],
    "contact_email": ["contact_email", "email"],
}
NAME_LIMIT = Endorsement._meta.get_field("organisation_name").max_length
BAR_WIDTH = 30


class Command(BaseCommand):
    help = (
        "Import endorsing organisations from a CSV file with a header row: organisation (or "
        "name), website, state (a US state, its two-letter code, or 'national'), contact_name, "
        "contact_email. Organisations already listed are skipped; a summary says what was "
        "added and what was skipped, and why."
    )

    def add_arguments(self, parser):
        parser.add_argument("csv_file", type=Path)
        parser.add_argument(
            "--page",
            help="The sign-on statement's page id or slug (needed when there are several).",
        )
        parser.add_argument(
            "--pending",
            action="store_true",
            help="Put the imported organisations in the review queue instead of listing them.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Check the file and report; add nothing."
        )

    def handle(
        self, *args, csv_file: Path, page: str | None, pending: bool, dry_run: bool, **options
    ):
        statement = self.find_statement(page)
        rows = self.read_rows(csv_file)
        taken = {
            name.casefold(): "already listed"
            for name in Endorsement.objects.filter(page_id=statement.pk).values_list(
                "organisation_name", flat=True
            )
        }
        status = Endorsement.Status.PENDING if pending else Endorsement.Status.APPROVED
        reviewed_at = None if pending else timezone.now()
        new, skipped = [], defaultdict(list)
        for number, (line, row) in enumerate(rows, start=1):
            data, problem = self.check_row(row, taken)
            if problem:
                reason, detail = problem
                skipped[reason].append(f"row {line}{f' ({detail})' if detail else ''}")
            else:
                taken[data["organisation_name"].casefold()] = (
                    f"repeated in the file (first on row {line})"
                )
                new.append(
                    Endorsement(
                        page_id=statement.pk, status=status, reviewed_at=reviewed_at, **data
                    )
                )
            self.show_progress(number, len(rows))

        if not dry_run:
            with transaction.atomic():
                Endorsement.objects.bulk_create(new, ignore_conflicts=True, batch_size=500)
        self.report(statement, new, skipped, status, dry_run)

    def find_statement(self, reference: str | None) -> Page:
        statements = Page.objects.type(EndorsableMixin)
        if reference:
            match = (
                statements.filter(pk=int(reference))
                if reference.isascii() and reference.isdigit()
                else statements.filter(slug=reference)
            )
            if match.count() == 1:
                return match.get()
        elif statements.count() == 1:
            return statements.get()
        choices = ", ".join(f"{page.pk} ({page.slug})" for page in statements)
        raise CommandError(
            f"Say which statement with --page; sign-on statements: {choices or 'none yet'}."
        )

    def read_rows(self, csv_file: Path) -> list[tuple[int, dict]]:
        try:
            with csv_file.open(newline="", encoding="utf-8-sig") as handle:
                reader = csv.DictReader(handle)
                headings = {(name or "").strip().lower(): name for name in reader.fieldnames or []}
                columns = {
                    field: next((headings[a] for a in aliases if a in headings), None)
                    for field, aliases in COLUMNS.items()
                }
                if columns["organisation_name"] is None:
                    raise CommandError(
                        "The first row must name the columns, including 'organisation' (or "
                        f"'name'). Found: {', '.join(headings) or 'nothing'}."
                    )
                return [
                    (
                        reader.line_num,
                        {f: (row.get(c) or "") if c else "" for f, c in columns.items()},
                    )
                    for row in reader
                ]
        except FileNotFoundError as error:
            raise CommandError(f"No such file: {csv_file}") from error
        except UnicodeDecodeError as error:
            raise CommandError(
                f"{csv_file} is not UTF-8 text: save it as 'CSV UTF-8' and try again."
            ) from error

    def check_row(self, row: dict, taken: dict) -> tuple[dict, tuple[str, str] | None]:
        """The row's values, or why it is skipped: (reason, detail)."""
        name = tidy_text(row["organisation_name"])
        if not name:
            return {}, ("no organisation name", "")
        if len(name) > NAME_LIMIT:
            return {}, (f"name longer than {NAME_LIMIT} characters", name[:40] + "…")
        try:
            validate_name(name, "the organisation's name", allow_domains=True)
        except ValidationError:
            return {}, ("name contains a link", name)
        if name.casefold() in taken:
            return {}, (taken[name.casefold()], name)
        scope = parse_scope(row["scope"])
        if scope is None:
            return {}, ("unknown state", row["scope"].strip())
        website = row["website"].strip()
        if website and "://" not in website:
            website = "https://" + website
        try:
            if website:
                URLValidator(schemes=["http", "https"])(website)
        except ValidationError:
            return {}, ("website is not a web address", row["website"].strip())
        email = row["contact_email"].strip()
        try:
            if email:
                validate_email(email)
        except ValidationError:
            return {}, ("contact email is not an email address", "")
        return {
            "organisation_name": name,
            "website": website,
            "scope": scope,
            "contact_name": tidy_text(row["contact_name"])[:150],
            "contact_email": email,
        }, None

    def show_progress(self, done: int, total: int) -> None:
        """A bar that redraws in a terminal; a line every tenth of the way in a log."""
        if self.stdout.isatty():
            filled = BAR_WIDTH * done // total
            bar = "#" * filled + "-" * (BAR_WIDTH - filled)
            self.stdout.write(f"\rChecking rows [{bar}] {done}/{total}", ending="")
            if done == total:
                self.stdout.write("")
        elif done == total or done % max(total // 10, 1) == 0:
            self.stdout.write(f"Checked {done} of {total} rows ({done * 100 // total}%)")

    def report(self, statement: Page, new: list, skipped: dict, status: str, dry_run: bool) -> None:
        verb = "Would add" if dry_run else "Added"
        state = "listed" if status == Endorsement.Status.APPROVED else "waiting for review"
        self.stdout.write(
            self.style.SUCCESS(f'{verb} {len(new)} endorsers to "{statement.title}" ({state}).')
        )
        total_skipped = sum(len(rows) for rows in skipped.values())
        if total_skipped:
            self.stdout.write(self.style.WARNING(f"Skipped {total_skipped}:"))
            for reason, rows in sorted(skipped.items(), key=lambda item: -len(item[1])):
                self.stdout.write(f"  - {len(rows)} {reason}: {', '.join(rows)}")
