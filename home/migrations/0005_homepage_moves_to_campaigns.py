"""The home page type now belongs to `campaigns` (see campaigns 0009): `home` forgets it
without touching its table or rows."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_main_menu"),
        ("campaigns", "0009_homepage_moves_from_home"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="HomePage")],
        ),
    ]
