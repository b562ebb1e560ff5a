"""The home page's content type row moves to campaigns (app_label "home" → "campaigns"),
keeping its id, so the page tree, revisions, permissions and the Site root, which all point at
that id, keep finding the same page as a campaigns.HomePage."""

from django.db import migrations


def relabel(apps, app_from: str, app_to: str) -> None:
    ContentType = apps.get_model("contenttypes", "ContentType")
    old = ContentType.objects.filter(app_label=app_from, model="homepage").first()
    if old is None:
        return
    # A migrate stopped between 0009 and this one lets Django create an empty row for the new
    # label after the run; no page points at it, and it would block the relabelling.
    ContentType.objects.filter(app_label=app_to, model="homepage").delete()
    old.app_label = app_to
    old.save(update_fields=["app_label"])
    ContentType.objects.clear_cache()


def forwards(apps, schema_editor) -> None:
    relabel(apps, "home", "campaigns")


def backwards(apps, schema_editor) -> None:
    relabel(apps, "campaigns", "home")


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0010_homepage_table_name"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
