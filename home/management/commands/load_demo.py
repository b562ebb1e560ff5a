from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Load the demo campaign. Safe to run again: it never duplicates content."

    def handle(self, *args, **options) -> None:
        from campaigns.demo.loader import load_demo_content

        summary = load_demo_content(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS(f"Demo campaign ready: {summary}"))
