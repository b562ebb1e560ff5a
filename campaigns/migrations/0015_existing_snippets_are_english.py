from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    """Every official and organisation saved so far is in the default language (English) and
    gets a translation key of its own, before the next migration makes both required."""

    dependencies = [
        ("campaigns", "0014_snippets_get_a_language"),
        # The English locale, which this migration gives to every existing row.
        ("home", "0006_spanish_locale"),
    ]

    operations = [
        BootstrapTranslatableModel("campaigns.Target"),
        BootstrapTranslatableModel("campaigns.Organisation"),
    ]
