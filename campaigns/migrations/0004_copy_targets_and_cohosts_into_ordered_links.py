"""Copy each petition's targets and each event's co-hosts from the old many-to-many fields into
the ordered link rows that the choosers edit, keeping the order they were added in. Drafts and
scheduled revisions carry the same lists, so they are converted too: publishing a draft later
must not drop its targets."""

from django.db import migrations

LINKS = [
    # (page model, old many-to-many field, new child relation, the link's foreign key)
    ("petitionpage", "targets", "target_links", "target"),
    ("eventpage", "cohosts", "cohost_links", "organisation"),
]
LINK_MODELS = {"target_links": "PetitionTarget", "cohost_links": "EventCohost"}


def copy_links(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    for model_name, old, new, key in LINKS:
        page_model = apps.get_model("campaigns", model_name)
        link_model = apps.get_model("campaigns", LINK_MODELS[new])
        through = getattr(page_model, old).through
        page_column = f"{model_name}_id"
        rows = through.objects.order_by(page_column, "pk").values_list(page_column, f"{key}_id")
        order: dict[int, int] = {}
        links = []
        for page_id, other_id in rows:
            position = order.get(page_id, 0)
            order[page_id] = position + 1
            links.append(link_model(page_id=page_id, sort_order=position, **{f"{key}_id": other_id}))
        link_model.objects.bulk_create(links)

        content_type = ContentType.objects.filter(app_label="campaigns", model=model_name).first()
        if content_type is None:
            continue
        for revision in Revision.objects.filter(content_type=content_type):
            content = revision.content
            if old not in content or new in content:
                continue
            content[new] = [
                {"pk": None, "page": content.get("pk"), "sort_order": position, key: other_id}
                for position, other_id in enumerate(content.pop(old) or [])
            ]
            revision.save(update_fields=["content"])


def copy_back(apps, schema_editor):
    for model_name, old, new, key in LINKS:
        page_model = apps.get_model("campaigns", model_name)
        through = getattr(page_model, old).through
        link_model = apps.get_model("campaigns", LINK_MODELS[new])
        through.objects.bulk_create(
            through(**{f"{model_name}_id": link.page_id, f"{key}_id": getattr(link, f"{key}_id")})
            for link in link_model.objects.order_by("page_id", "sort_order")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0003_ordered_petition_targets_and_event_cohosts"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(copy_links, copy_back)]
