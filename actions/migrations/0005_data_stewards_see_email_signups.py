"""Data stewards see, export and delete email signups, like the other supporter data."""

from django.db import migrations

GROUP = "Data stewards"


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="actions", model="updatessignup")
    perms = [
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_updatessignup",
            defaults={"name": f"Can {action} email signup"},
        )[0]
        for action in ("view", "delete")
    ]
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(*perms)


class Migration(migrations.Migration):
    dependencies = [("actions", "0004_updates_signups")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
