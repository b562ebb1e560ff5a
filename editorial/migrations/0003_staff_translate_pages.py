"""Comms staff and Campaign leads may use wagtail-localize ("Translate this page", the
translation editor, "Sync translated pages"): its permission went only to Wagtail's own Editors
and Moderators groups. Publishing what they translate still follows the page permissions and
the approval workflow (editorial/translation_workflow.py)."""

from django.db import migrations

TRANSLATORS = ["Comms staff", "Campaign leads"]


def _permission(apps):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label="wagtail_localize", codename="submit_translation"
    ).first()


def grant(apps, schema_editor):
    permission = _permission(apps)
    if permission is None:
        return
    for group in apps.get_model("auth", "Group").objects.filter(name__in=TRANSLATORS):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    permission = _permission(apps)
    if permission is None:
        return
    for group in apps.get_model("auth", "Group").objects.filter(name__in=TRANSLATORS):
        group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0002_roles_and_approval"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
