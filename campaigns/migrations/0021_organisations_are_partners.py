"""Organisations become partners: each gets a code for its links and widget, and a secret key
for its private count link. Existing organisations get a code made from their name (unique,
shared by an organisation's translations) and a key of their own."""

import secrets

from django.db import migrations, models
from django.utils.text import slugify


def give_codes_and_keys(apps, schema_editor):
    Organisation = apps.get_model("campaigns", "Organisation")
    taken = set()
    groups = {}
    # The original (lowest id) of each organisation names the code its translations share.
    for organisation in Organisation.objects.order_by("pk"):
        groups.setdefault(organisation.translation_key, []).append(organisation)
    for members in groups.values():
        base = slugify(members[0].name)[:36].strip("-") or "partner"
        code, number = base, 2
        while code in taken:
            code, number = f"{base}-{number}", number + 1
        taken.add(code)
        key = secrets.token_urlsafe(24)
        Organisation.objects.filter(pk__in=[m.pk for m in members]).update(
            partner_code=code, partner_key=key
        )


class Migration(migrations.Migration):

    dependencies = [
        ('campaigns', '0020_states_listed_by_name'),
    ]

    operations = [
        migrations.AddField(
            model_name='organisation',
            name='partner_code',
            field=models.SlugField(blank=True, help_text='Short code in the links and widget this organisation shares (…?partner=code), so the actions they bring in are counted as theirs. Lower-case letters, digits and hyphens. Left empty, it is made from the name. Changing it stops the links already shared from counting for them.', max_length=40, verbose_name='partner code'),
        ),
        migrations.AddField(
            model_name='organisation',
            name='partner_key',
            field=models.CharField(blank=True, default='', editable=False, max_length=64, verbose_name='private link key'),
        ),
        migrations.RunPython(give_codes_and_keys, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name='organisation',
            constraint=models.UniqueConstraint(condition=models.Q(('partner_code', ''), _negated=True), fields=('partner_code', 'locale'), name='organisation_partner_code_per_locale'),
        ),
        migrations.AddConstraint(
            model_name='organisation',
            constraint=models.UniqueConstraint(condition=models.Q(('partner_key', ''), _negated=True), fields=('partner_key', 'locale'), name='organisation_partner_key_per_locale'),
        ),
    ]
