"""The optional "quick check": a self-hosted ALTCHA proof of work that an editor switches on for
an action page under attack. The reader's browser spends a second of computing on a puzzle the
server set; a bot posting thousands of forms has to spend that second on every one. Nothing is
sent to any other service: the widget's script is served from our static files (it ships
with django-altcha) and the challenges come from our own endpoint.

Each solution works once: a spent challenge is remembered in the shared cache (Redis in
production, so every app server refuses a replay) until it would have expired anyway. If the
cache is down the solution is accepted: losing an honest signature would be worse."""

import base64
import binascii
import datetime
import json
import logging

import altcha
from django import forms
from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, JsonResponse
from django.urls import reverse_lazy
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from django_altcha import AltchaField, AltchaWidget

logger = logging.getLogger(__name__)

SPENT_KEY = "actions:proof-of-work:spent:"
REFUSED_MESSAGE = _(
    "The quick check did not go through: it may have run out of time. Tick “I'm not a robot” "
    "again and wait for the tick, then send the form. Your answers are kept."
)
MISSING_MESSAGE = _(
    "Please tick “I'm not a robot” above the button and wait for the tick, then send the "
    "form again. This check needs JavaScript switched on. Your answers are kept."
)


def hmac_key() -> str:
    """The key that signs challenges, derived from SECRET_KEY so there is nothing to set."""
    return salted_hmac("actions.proof_of_work", "altcha").hexdigest()


def new_challenge() -> altcha.Challenge:
    expires = datetime.datetime.now(tz=datetime.UTC) + datetime.timedelta(
        seconds=settings.ACTIONS_PROOF_OF_WORK_EXPIRE_SECONDS
    )
    return altcha.create_challenge(
        altcha.ChallengeOptions(
            hmac_key=hmac_key(),
            max_number=settings.ACTIONS_PROOF_OF_WORK_MAX_NUMBER,
            expires=expires,
        )
    )


def challenge_of(payload: str) -> str | None:
    """The challenge a solution answers, or None when the payload is not one."""
    try:
        data = json.loads(base64.b64decode(payload, validate=True))
    except (binascii.Error, ValueError):
        return None
    challenge = data.get("challenge") if isinstance(data, dict) else None
    return challenge if isinstance(challenge, str) else None


def spend(challenge: str) -> bool:
    """Remember a solved challenge; False when it had been spent already (a replay)."""
    added = cache.add(SPENT_KEY + challenge, 1, settings.ACTIONS_PROOF_OF_WORK_EXPIRE_SECONDS + 60)
    if added is None:
        logger.warning("Cache unavailable: a quick-check solution was accepted unchecked")
        return True
    return added


def verify(payload: str) -> bool:
    """A genuine, unexpired solution that was not used before."""
    challenge = challenge_of(payload)
    if challenge is None:
        return False
    try:
        verified, _error = altcha.verify_solution(payload, hmac_key(), check_expires=True)
    except (KeyError, TypeError, ValueError):
        return False
    return bool(verified) and spend(challenge)


class ProofOfWorkWidget(AltchaWidget):
    """django-altcha's widget, with a message for readers without JavaScript."""

    template_name = "actions/widgets/proof_of_work.html"


class ProofOfWorkField(AltchaField):
    """The quick check's solution. Verified here rather than by django-altcha's field, so
    that the key comes from SECRET_KEY and a replay is refused atomically (cache.add)."""

    widget = ProofOfWorkWidget

    def __init__(self, **kwargs):
        super().__init__(
            label=_("Quick check"),
            required=False,
            challengeurl=reverse_lazy("actions:proof_of_work_challenge"),
            # Solving starts when the reader first focuses the form: done before they finish.
            auto="onfocus",
            # No footer or logo: both link to altcha.org, and the logo link is hidden from
            # screen readers yet reachable by keyboard (an accessibility fault).
            hidefooter=True,
            hidelogo=True,
            **kwargs,
        )

    def validate(self, value):
        if not value:
            raise forms.ValidationError(MISSING_MESSAGE, code="required")
        if not verify(str(value)):
            raise forms.ValidationError(REFUSED_MESSAGE, code="invalid")


@require_safe
def challenge_view(request: HttpRequest) -> JsonResponse:
    """A fresh puzzle for the widget. Never cached anywhere: each reader needs their own."""
    response = JsonResponse(new_challenge().to_dict())
    response["Cache-Control"] = "no-store"
    return response
