"""The delivery packet in the admin, for data stewards: a form to tick the comments to quote,
choose whether names and emails go in and the packet's language, then the PDF
(actions.packet) as a download. Every packet is written to the export log first."""

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseForbidden
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _
from wagtail.models import Page

from common.timezones import format_zoned

from .mixins import SignablePetitionMixin
from .moderation import SUPPORTER_DATA
from .packet import (
    MAX_COMMENTS,
    build_packet,
    commented_signatures,
    packet_filename,
)
from .pages import find_counting_page_id
from .services.export_log import Format, Kind, log_export

# How many comments the form lists at once (the ticked ones come on top of these).
SHOWN_COMMENTS = 50
SEARCH = "search"


def packet_url(page: Page) -> str:
    return reverse("actions_delivery_packet", args=[page.pk])


class PacketForm(forms.Form):
    """What goes into the packet. `comments` accepts only this petition's counted comments."""

    q = forms.CharField(
        label=gettext_lazy("Search the comments"),
        required=False,
        max_length=100,
        strip=True,
    )
    comments = forms.ModelMultipleChoiceField(
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=gettext_lazy("Comments to quote"),
    )
    include_names = forms.BooleanField(
        label=gettext_lazy("Include signers' names"),
        required=False,
        help_text=gettext_lazy(
            "Comments are signed with the full name instead of the first name, and an "
            "appendix lists every signer by name and state."
        ),
    )
    include_emails = forms.BooleanField(
        label=gettext_lazy("Include signers' emails"),
        required=False,
        help_text=gettext_lazy("The appendix lists each signer's email address."),
    )
    language = forms.ChoiceField(
        label=gettext_lazy("Language of the packet"),
        choices=settings.LANGUAGES,
        help_text=gettext_lazy(
            "The headings, and the petition's text where it is translated. Comments are "
            "quoted as signers wrote them."
        ),
    )

    def __init__(self, *args, commented, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["comments"].queryset = commented

    def clean_comments(self):
        chosen = self.cleaned_data["comments"]
        if len(chosen) > MAX_COMMENTS:
            raise ValidationError(
                _("Choose at most %(max)d comments: a packet is read by an official's staff.")
                % {"max": MAX_COMMENTS}
            )
        return chosen


def petition_or_404(page_id: int) -> Page:
    page = Page.objects.filter(pk=page_id).specific().first()
    if not isinstance(page, SignablePetitionMixin):
        raise Http404(_("No such petition."))
    # A translation's signatures are stored against its counting page (actions.pages).
    counting_id = find_counting_page_id(page)
    if counting_id != page.pk:
        page = Page.objects.get(pk=counting_id).specific
    return page


def delivery_packet_view(request: HttpRequest, page_id: int) -> HttpResponse:
    """GET: the form. POST: search again (keeping the ticks), or download the PDF."""
    if not (request.user.is_active and request.user.has_perm(SUPPORTER_DATA)):
        return HttpResponseForbidden(_("Only data stewards can make a delivery packet."))
    petition = petition_or_404(page_id)
    commented = commented_signatures(petition.pk)
    if request.method == "POST":
        form = PacketForm(request.POST, commented=commented)
        if form.is_valid() and request.POST.get("action") != SEARCH:
            return download(request, petition, form.cleaned_data)
    else:
        initial_language = get_language() if get_language() in dict(settings.LANGUAGES) else None
        form = PacketForm(
            initial={"language": initial_language or settings.LANGUAGE_CODE}, commented=commented
        )
    return TemplateResponse(
        request,
        "actions/admin/delivery_packet.html",
        {"petition": petition, "form": form, **comment_choices(form, commented)},
    )


@dataclass(frozen=True)
class CommentChoice:
    """One comment as the steward sees it in the form: with the signer's full name."""

    pk: int
    text: str
    signer: str
    signed_at: str

    @classmethod
    def of(cls, signature) -> "CommentChoice":
        signer = signature.full_name
        if signature.state:
            signer = f"{signer}, {signature.state}"
        return cls(signature.pk, signature.comment, signer, format_zoned(signature.created_at))


def comment_choices(form: PacketForm, commented) -> dict:
    """The comments the form lists: the ticked ones first, then the newest (matching the
    search), at most SHOWN_COMMENTS of those."""
    ticked_ids, query = [], ""
    if form.is_bound:
        ticked_ids = [value for value in form.data.getlist("comments") if value.isdigit()]
        query = form.cleaned_data.get("q", "")
    ticked = list(commented.filter(pk__in=ticked_ids)[:MAX_COMMENTS])
    others = commented.exclude(pk__in=[row.pk for row in ticked])
    if query:
        others = others.filter(comment__icontains=query)
    matching = others.count()
    shown = list(others[:SHOWN_COMMENTS])
    if query:
        summary = ngettext(
            "%(n)d more comment matches “%(q)s”.",
            "%(n)d more comments match “%(q)s”.",
            matching,
        ) % {"n": matching, "q": query}
    else:
        total = len(ticked) + matching
        summary = ngettext(
            "%(n)d signer left a comment.", "%(n)d signers left a comment.", total
        ) % {"n": total}
    if matching > len(shown):
        summary += " " + _("Showing the %(shown)d newest: search to find others.") % {
            "shown": len(shown)
        }
    return {
        "ticked": [CommentChoice.of(row) for row in ticked],
        "shown": [CommentChoice.of(row) for row in shown],
        "summary": summary,
        "search_action": SEARCH,
        "max_comments": MAX_COMMENTS,
    }


def download(request: HttpRequest, petition: Page, data: dict) -> HttpResponse:
    chosen = list(data["comments"])
    packet = build_packet(
        petition,
        language=data["language"],
        comment_ids=[row.pk for row in chosen],
        with_names=data["include_names"],
        with_emails=data["include_emails"],
        site_name=getattr(petition.get_site(), "site_name", "") or "",
    )
    # Here, not at the top: WeasyPrint's import costs every process a second and 28 MB.
    from .packet_pdf import render_pdf

    pdf = render_pdf(packet)
    with_names = packet.with_names or packet.with_emails
    log_export(
        request.user,
        petition,
        Kind.PACKET,
        packet.with_names,
        len(packet.signers) if with_names else len(packet.comments),
        with_emails=packet.with_emails,
        file_format=Format.PDF,
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{packet_filename(petition)}"'
    # Names may be inside: no browser or proxy keeps a copy.
    response["Cache-Control"] = "no-store, private"
    response["Pragma"] = "no-cache"
    return response
