from django.core.management.base import BaseCommand

from demo.loader import load_demo_content
from home.site_address import sync_default_site


class Command(BaseCommand):
    help = (
        "Load the demo campaign. Safe to run again: it never duplicates content. The default "
        "Site gets SITE_URL's address, so the demo's links and feeds point where it is served."
    )

    def handle(self, *args, **options) -> None:
        summary = load_demo_content(stdout=self.stdout)
        site = sync_default_site()
        self.stdout.write(self.style.SUCCESS(f"Demo campaign ready: {summary}"))
        if site is not None:
            self.stdout.write(f"Pages link to {site.root_url}/ (SITE_URL)")
