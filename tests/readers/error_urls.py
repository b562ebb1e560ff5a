"""A URLconf with a view that fails, to see the 500 page as readers would."""

from django.urls import path


def broken(request):
    raise RuntimeError("Simulated failure")


urlpatterns = [path("broken/", broken)]
