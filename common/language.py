"""The reader's language, read from the address only.

English pages live at `/…` (the addresses the site always had), Spanish ones at `/es/…`. Django's
`LocaleMiddleware` would also look at the language cookie and `Accept-Language` and then add
`Vary: Accept-Language`, so one address could answer in two languages and every edge cache would
keep a copy per browser setting. Here the address decides, and nothing else: an English reader
who wants Spanish follows the language switcher, which links to the Spanish address.

`/en/…` is not an address of its own: it redirects (301) to the same path without the prefix, so
that a link written by hand with the prefix still lands on the English page."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.utils import translation


def language_from_path(path_info: str) -> str:
    return translation.get_language_from_path(path_info) or settings.LANGUAGE_CODE


class LanguageFromPathMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response
        self.default_prefix = f"/{settings.LANGUAGE_CODE}/"

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path_info
        if path.startswith(self.default_prefix) or path == self.default_prefix.rstrip("/"):
            # lstrip: `/en//example.org` must not become the protocol-relative `//example.org`.
            rest = path[len(self.default_prefix) :].lstrip("/")
            target = request.path[: len(request.path) - len(path)] + "/" + rest
            if request.META.get("QUERY_STRING"):
                target += "?" + request.META["QUERY_STRING"]
            return HttpResponsePermanentRedirect(target)
        language = language_from_path(path)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        translation.deactivate()
        return response
