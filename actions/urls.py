from django.urls import path

from . import views
from .partner_views import partner_counts_view
from .proof_of_work import challenge_view
from .signup_views import UpdatesSignupView, updates_thanks
from .unsubscribe_views import unsubscribe_view

app_name = "actions"

urlpatterns = [
    path("pages/<int:page_id>/submit/", views.submit, name="submit"),
    path("pages/<int:page_id>/submit/<path:route>", views.submit, name="submit_route"),
    path("petitions/<int:page_id>/count.json", views.petition_count, name="petition_count"),
    path("events/<int:page_id>/places.json", views.event_places, name="event_places"),
    path("updates/", UpdatesSignupView.as_view(), name="updates_signup"),
    path("updates/thank-you/", updates_thanks, name="updates_thanks"),
    path("partners/<str:key>/", partner_counts_view, name="partner_counts"),
    path("quick-check/challenge/", challenge_view, name="proof_of_work_challenge"),
    path("petitions/<int:page_id>/states.json", views.petition_states, name="petition_states"),
    path(
        "letters/<int:page_id>/states.json",
        views.action_states,
        {"kind": "letters"},
        name="letter_states",
    ),
    path(
        "calls/<int:page_id>/states.json",
        views.action_states,
        {"kind": "calls"},
        name="call_states",
    ),
    path("unsubscribe/<str:token>/", unsubscribe_view, name="unsubscribe"),
]
