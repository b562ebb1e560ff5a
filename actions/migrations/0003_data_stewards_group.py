"""The "Data stewards" group: the only people (besides superusers) who see and export
supporters' names and contact details. Another app may create the same group by name, so
everything here is get_or_create and the order of the two migrations does not matter."""

from django.db import migrations

GROUP = "Data stewards"
MODEL_PERMISSIONS = {
    "signature": ["view", "delete"],
    "rsvp": ["view", "delete"],
    "endorsement": ["view", "change", "delete"],
    "papersignatures": ["add", "change", "view", "delete"],
}
VERBOSE = {
    "signature": "signature",
    "rsvp": "RSVP",
    "endorsement": "endorsement",
    "papersignatures": "paper signatures",
}


def create_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")

    def permission(app_label, model, codename, name):
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        perm, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        return perm

    group, _ = Group.objects.get_or_create(name=GROUP)
    perms = [
        permission(
            "actions",
            "signature",
            "view_supporter_data",
            "Can see and export supporters' names and contact details",
        ),
        permission("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ]
    for model, actions in MODEL_PERMISSIONS.items():
        for action in actions:
            perms.append(
                permission("actions", model, f"{action}_{model}", f"Can {action} {VERBOSE[model]}")
            )
    group.permissions.add(*perms)


class Migration(migrations.Migration):
    dependencies = [
        ("actions", "0002_signatures_rsvps_paper_signatures"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
