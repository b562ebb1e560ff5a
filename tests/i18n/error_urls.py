"""A URLconf with a view that fails under /es/, to see the Spanish 500 page as readers would
(the language comes from the address: common/language.py)."""

from django.urls import path


def broken(request):
    raise RuntimeError("Simulated failure")


urlpatterns = [path("es/broken/", broken)]
