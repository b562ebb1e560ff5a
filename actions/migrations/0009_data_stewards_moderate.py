"""Data stewards keep the block list and edit the form limits (Settings → Form limits)."""

from django.db import migrations

GROUP = "Data stewards"
PERMISSIONS = {
    "blockedemail": ("add", "change", "delete", "view"),
    "formlimits": ("change", "view"),
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    perms = []
    for model, actions in PERMISSIONS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="actions", model=model)
        for action in actions:
            perm, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            perms.append(perm)
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(*perms)


class Migration(migrations.Migration):
    dependencies = [("actions", "0008_count_index_excludes_held")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
