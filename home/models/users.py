from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """A staff account. Custom from the first migration so that fields can be added later
    without a painful swap of the user model."""

    class Meta:
        verbose_name = "user"
        verbose_name_plural = "users"
