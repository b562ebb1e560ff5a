"""The link in every update to signers that stops them: no sign-in, no cookie.

GET shows a button and changes nothing, because mail scanners and link previews open links;
POST unsubscribes at once. A mail program's one-click "Unsubscribe" (RFC 8058) POSTs
`List-Unsubscribe=One-Click` to the same address from the mail provider's servers, with no
Origin, or with the provider's own: so this view is exempt from Django's CSRF check and from
actions.origin's cross-site refusal, deliberately. The token in the address is the only
credential (actions.tokens: the signature's random key, signed), a forged post without it
does nothing, and with it a post can only do what the link's owner asked for: stop the
updates to that one address. Pages here are personal: never cached (private, no-store)."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .models import Signature
from .services.updates import is_unsubscribed, unsubscribe
from .tokens import UNSUBSCRIBE_UPDATES, read_token

TEMPLATE = "actions/unsubscribe.html"


def masked(email: str) -> str:
    """m•••@example.org: enough for someone with two addresses to know which one this is."""
    local, _, domain = email.partition("@")
    return f"{local[:1]}•••@{domain}"


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe_view(request: HttpRequest, token: str) -> HttpResponse:
    key = read_token(token, UNSUBSCRIBE_UPDATES)
    signature = Signature.objects.filter(key=key).first() if key else None
    if signature is None:
        return render(request, TEMPLATE, {"step": "invalid"}, status=400)
    if signature.anonymised_at or not signature.email:
        # Erased since the email was sent: this signature sends nothing any more.
        return render(request, TEMPLATE, {"step": "erased"})
    if request.method == "POST":
        unsubscribe(signature)
        return render(request, TEMPLATE, {"step": "done", "address": masked(signature.email)})
    step = "done" if is_unsubscribed(signature) else "confirm"
    return render(request, TEMPLATE, {"step": step, "address": masked(signature.email)})
