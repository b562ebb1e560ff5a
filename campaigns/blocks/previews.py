"""Preview values that need the database (an image, a target) for the block picker."""


def first_image():
    from wagtail.images import get_image_model

    return get_image_model().objects.order_by("pk").first()


def first_target():
    from campaigns.models import Target

    return Target.objects.order_by("pk").first()


def some_organisations(count: int = 4) -> list:
    from campaigns.models import Organisation

    return list(Organisation.objects.order_by("pk")[:count])
