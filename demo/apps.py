from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo campaign's content and the command that loads it: the top layer, which may use
    every other app and which none of them uses."""

    name = "demo"
    verbose_name = "Demo content"
