"""Attendance on RSVPs (who arrived, who checked them in, walk-ins, when the feedback email
went), the attendees' feedback, and the narrower "check in attendees" permission, given to
Data stewards (a group of door volunteers can be given it alone: names, no contact details)."""

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


GROUP = "Data stewards"


def grant_check_in(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="actions", model="rsvp")
    perm, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="check_in_attendees",
        defaults={"name": "Can mark who arrived at an event and add walk-ins (names only)"},
    )
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(perm)


class Migration(migrations.Migration):
    dependencies = [
        ("actions", "0018_states_listed_by_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="rsvp",
            options={
                "ordering": ["-created_at"],
                "permissions": [
                    (
                        "check_in_attendees",
                        "Can mark who arrived at an event and add walk-ins (names only)",
                    )
                ],
                "verbose_name": "RSVP",
                "verbose_name_plural": "RSVPs",
            },
        ),
        migrations.AddField(
            model_name="rsvp",
            name="attended_at",
            field=models.DateTimeField(
                blank=True,
                editable=False,
                help_text="When a steward marked them as arrived on the check-in screen.",
                null=True,
                verbose_name="arrived at",
            ),
        ),
        migrations.AddField(
            model_name="rsvp",
            name="attended_by",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="checked in by",
            ),
        ),
        migrations.AddField(
            model_name="rsvp",
            name="feedback_sent_at",
            field=models.DateTimeField(
                blank=True,
                editable=False,
                help_text="When the email asking how the event went was sent (once per RSVP).",
                null=True,
            ),
        ),
        migrations.AddField(
            model_name="rsvp",
            name="walk_in",
            field=models.BooleanField(
                default=False,
                editable=False,
                help_text="Added at the door by a steward, without an RSVP beforehand.",
                verbose_name="walk-in",
            ),
        ),
        migrations.CreateModel(
            name="EventFeedback",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "rating",
                    models.PositiveSmallIntegerField(
                        choices=[
                            (1, "Poor"),
                            (2, "Fair"),
                            (3, "Good"),
                            (4, "Very good"),
                            (5, "Excellent"),
                        ],
                        validators=[
                            django.core.validators.MinValueValidator(1),
                            django.core.validators.MaxValueValidator(5),
                        ],
                        verbose_name="how was it",
                    ),
                ),
                (
                    "improve",
                    models.TextField(
                        blank=True, max_length=1000, verbose_name="what we should do better"
                    ),
                ),
                (
                    "come_again",
                    models.BooleanField(blank=True, null=True, verbose_name="would come again"),
                ),
                (
                    "help_organise",
                    models.BooleanField(blank=True, null=True, verbose_name="would help organise"),
                ),
                (
                    "created_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="answered at"
                    ),
                ),
                (
                    "updated_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="last changed at"
                    ),
                ),
                (
                    "rsvp",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="feedback",
                        to="actions.rsvp",
                        verbose_name="RSVP",
                    ),
                ),
            ],
            options={
                "verbose_name": "event feedback",
                "verbose_name_plural": "event feedback",
                "ordering": ["-created_at"],
            },
        ),
        migrations.RunPython(grant_check_in, migrations.RunPython.noop),
    ]
