from django.core.management.base import BaseCommand

from demo.loader import load_demo_content
from home.site_address import sync_default_site


class Command(BaseCommand):
    help = (
        "Load the demo campaign, in English and Spanish. Safe to run again: it never "
        "duplicates content. The default "
        "Site gets SITE_URL's address, so the demo's links and feeds point where it is served."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--english-only",
            action="store_true",
            help="Leave out the Spanish translations (any already loaded stay as they are).",
        )

    def handle(self, *args, **options) -> None:
        summary = load_demo_content(stdout=self.stdout, spanish=not options["english_only"])
        site = sync_default_site()
        self.stdout.write(self.style.SUCCESS(f"Demo campaign ready: {summary}"))
        if site is not None:
            self.stdout.write(f"Pages link to {site.root_url}/ (SITE_URL)")
