"""The home page type moves from `home` (the site's foundation) to `campaigns` (every page
type). Only Django's model state moves here: the table and its rows stay as they are, and the
next migrations rename the table and hand the content type over."""

import django.db.models.deletion
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0008_press_clip_link_and_call_number_help"),
        ("home", "0004_main_menu"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.WAGTAILIMAGES_IMAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="HomePage",
                    fields=[
                        (
                            "page_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        (
                            "intro",
                            wagtail.fields.RichTextField(
                                blank=True,
                                help_text="One or two sentences that say who you are and what "
                                "you are fighting for.",
                            ),
                        ),
                        (
                            "hero_image",
                            models.ForeignKey(
                                blank=True,
                                help_text="A wide photo shown behind the introduction. Optional.",
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.WAGTAILIMAGES_IMAGE_MODEL,
                            ),
                        ),
                    ],
                    options={"verbose_name": "home page", "db_table": "home_homepage"},
                    bases=("wagtailcore.page",),
                ),
            ],
        ),
    ]
