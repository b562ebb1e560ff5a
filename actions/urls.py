from django.urls import path

from . import views

app_name = "actions"

urlpatterns = [
    path("pages/<int:page_id>/submit/", views.submit, name="submit"),
    path("petitions/<int:page_id>/count.json", views.petition_count, name="petition_count"),
]
