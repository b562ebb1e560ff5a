"""The moved home page's table takes campaigns' name (home_homepage → campaigns_homepage);
rows, primary keys and foreign keys are kept."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0009_homepage_moves_from_home"),
        ("home", "0005_homepage_moves_to_campaigns"),
    ]

    operations = [migrations.AlterModelTable(name="homepage", table=None)]
