from django.urls import path

from . import views

app_name = "actions"

urlpatterns = [
    path("petitions/<int:page_id>/count.json", views.petition_count, name="petition_count"),
]
