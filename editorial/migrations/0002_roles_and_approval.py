"""The site's editorial roles and the approval workflow every page goes through.

Comms staff write and submit; Campaign leads approve, publish and schedule; Data stewards
handle supporter data. Page permissions sit on the tree root (depth 1) so they cover every
page, and so does the "Campaign approval" workflow, which replaces Wagtail's default
"Moderators approval" on the root (a page has at most one workflow). Wagtail's own
"Moderators" and "Editors" groups are left as they are: an administrator may use them.

Safe to run again (everything is get-or-create) and reversible. Snippet permissions are
granted by editorial.roles after every migrate, because snippet models arrive later.
"""

from django.db import migrations

COMMS_STAFF = "Comms staff"
CAMPAIGN_LEADS = "Campaign leads"
DATA_STEWARDS = "Data stewards"
WORKFLOW = "Campaign approval"
TASK = "Campaign leads approval"
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"

# Page permissions, granted on the root page. Comms staff cannot publish, so everything they
# write (and any go-live date they set) waits for a Campaign lead's approval.
PAGE_PERMISSIONS = {
    COMMS_STAFF: ["add_page", "change_page"],
    CAMPAIGN_LEADS: ["add_page", "change_page", "publish_page", "lock_page"],
}
# Image and document permissions, granted on the root collection.
MEDIA_PERMISSIONS = [
    ("wagtailimages", "image", "add_image"),
    ("wagtailimages", "image", "change_image"),
    ("wagtailimages", "image", "choose_image"),
    ("wagtaildocs", "document", "add_document"),
    ("wagtaildocs", "document", "change_document"),
    ("wagtaildocs", "document", "choose_document"),
]
MEDIA_ROLES = [COMMS_STAFF, CAMPAIGN_LEADS]
# Data stewards only get into the admin here: the actions app's migration attaches the
# supporter-data permissions (view and export signatures, RSVPs, endorsements) to this group.
ADMIN_ROLES = [COMMS_STAFF, CAMPAIGN_LEADS, DATA_STEWARDS]


def _permission(apps, app_label, model, codename):
    """The permission, created if Django's post-migrate step has not made it yet (it runs only
    after every migration, so on a fresh database it has not)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": codename.replace("_", " ").capitalize()},
    )
    return permission


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ADMIN_ROLES}
    access_admin = _permission(apps, "wagtailadmin", "admin", "access_admin")
    for group in groups.values():
        group.permissions.add(access_admin)

    root_page = Page.objects.get(depth=1)
    for name, codenames in PAGE_PERMISSIONS.items():
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=groups[name],
                page=root_page,
                permission=_permission(apps, "wagtailcore", "page", codename),
            )

    root_collection = Collection.objects.get(depth=1)
    for name in MEDIA_ROLES:
        for app_label, model, codename in MEDIA_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name],
                collection=root_collection,
                permission=_permission(apps, app_label, model, codename),
            )

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, _ = GroupApprovalTask.objects.get_or_create(
        name=TASK, defaults={"content_type": task_type, "active": True}
    )
    task.groups.add(groups[CAMPAIGN_LEADS])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    root_page = Page.objects.get(depth=1)
    WorkflowPage.objects.filter(page=root_page, workflow__name=WORKFLOW).delete()
    wagtail_default = Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).first()
    if wagtail_default and not WorkflowPage.objects.filter(page=root_page).exists():
        WorkflowPage.objects.create(page=root_page, workflow=wagtail_default)
    Workflow.objects.filter(name=WORKFLOW).delete()
    Task.objects.filter(name=TASK).delete()
    # Deleting a group also deletes its page and collection permissions and memberships.
    Group.objects.filter(name__in=ADMIN_ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_scheduler_heartbeat"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
