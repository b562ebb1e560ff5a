from django.conf import settings
from django.core.management.base import BaseCommand

from actions.services.retention import anonymise_supporters


class Command(BaseCommand):
    help = (
        "Erase supporters' names and contact details a number of days after a petition closes "
        "or an event ends. Counts stay the same. The scheduler also runs this every hour."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.ACTIONS_ANONYMISE_AFTER_DAYS,
            help="Days after closing or ending (default: ACTIONS_ANONYMISE_AFTER_DAYS, "
            f"{settings.ACTIONS_ANONYMISE_AFTER_DAYS}).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only say what would be anonymised."
        )

    def handle(self, *args, days: int, dry_run: bool, **options):
        if days < 0:
            self.stderr.write("--days cannot be negative.")
            return
        report = anonymise_supporters(days, dry_run=dry_run)
        for line in report.lines:
            self.stdout.write(("Would anonymise: " if dry_run else "") + line)
        prefix = "Dry run, nothing changed: " if dry_run else ""
        self.stdout.write(self.style.SUCCESS(prefix + report.summary + "."))
