from django.db import migrations


def add_locales(apps, schema_editor):
    """English (the locale every existing page and snippet is in) and Spanish. Wagtail named
    the first locale after LANGUAGE_CODE when it was `en-us`; it is now `en`."""
    Locale = apps.get_model("wagtailcore", "Locale")
    if not Locale.objects.filter(language_code="en").exists():
        if not Locale.objects.filter(language_code="en-us").update(language_code="en"):
            Locale.objects.create(language_code="en")
    Locale.objects.get_or_create(language_code="es")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_homepage_moves_to_campaigns"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(add_locales, migrations.RunPython.noop)]
