"""The admin screen that tells a petition's signers what happened: the petition's milestones,
each with the update sent about it (who sent it, when, to how many, how far the worker has
got) or, for editors who may send (the send_signer_updates permission: Campaign leads and
Data stewards), a button to write one. Writing one shows the email in every language and the
number of people it will reach, and asks once more before anything is sent.

The milestones are the counting page's (a translation shares them); an update is recorded
against that page, so its signers in every language get it."""

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.widgets import Button
from wagtail.log_actions import log
from wagtail.models import Page

from common.links import page_link, site_url
from common.timezones import format_zoned

from .mixins import SignablePetitionMixin
from .models import SignerUpdate
from .models.updates import SEND_UPDATES
from .moderation import SUPPORTER_DATA
from .packet_views import petition_or_404
from .services.update_sending import resume_update, start_update
from .services.updates import Audience, audience
from .tasks import page_in_language
from .update_tasks import update_body

LOG_ACTION = "actions.signer_update"
PREVIEW, SEND, EDIT = "preview", "send", "edit"


def language_name(code: str) -> str:
    """ "Spanish" in an English admin, "español" in a Spanish one."""
    return translation.get_language_info(code)["name_translated"]


def can_send(user) -> bool:
    return user.is_active and user.has_perm(SEND_UPDATES)


def can_see(user, page: Page) -> bool:
    """Who sees what was sent: those who may send, Data stewards, and the petition's editors."""
    if not user.is_active:
        return False
    if can_send(user) or user.has_perm(SUPPORTER_DATA):
        return True
    return page.permissions_for_user(user).can_edit()


def updates_url(page: Page) -> str:
    return reverse("actions_signer_updates", args=[page.pk])


class UpdateForm(forms.Form):
    """The update's subject and message in each of the site's languages. A language some
    recipients read must be filled in: nobody gets an email in a language they did not use."""

    def __init__(self, *args, audience: Audience, **kwargs):
        super().__init__(*args, **kwargs)
        self.audience = audience
        for code, _native in settings.LANGUAGES:
            name = language_name(code)
            needed = code == settings.LANGUAGE_CODE or audience.by_language.get(code, 0) > 0
            self.fields[f"subject_{code}"] = forms.CharField(
                label=_("Subject (%(language)s)") % {"language": name},
                max_length=150,
                required=needed,
                help_text=_("The email's subject line for signers who signed in %(language)s.")
                % {"language": name},
            )
            self.fields[f"message_{code}"] = forms.CharField(
                label=_("Message (%(language)s)") % {"language": name},
                max_length=6000,
                required=needed,
                widget=forms.Textarea(attrs={"rows": 8}),
                help_text=_(
                    "Plain text. The email adds a greeting with the signer's first name, the "
                    "link to the petition and the link to unsubscribe."
                ),
            )

    def texts(self) -> dict:
        texts = {}
        for code, _name in settings.LANGUAGES:
            subject = self.cleaned_data.get(f"subject_{code}", "").strip()
            message = self.cleaned_data.get(f"message_{code}", "").strip()
            if subject and message:
                texts[code] = {"subject": subject, "message": message}
        return texts


@dataclass(frozen=True)
class Preview:
    language: str
    name: str
    subject: str
    body: str
    recipients: int


def previews(petition: Page, texts: dict, reach: Audience) -> list[Preview]:
    """The email as each language's signers will read it, for a made-up signer."""
    base_url = site_url()
    shown = []
    for code, _native in settings.LANGUAGES:
        if code not in texts:
            continue
        name = language_name(code)
        page = page_in_language(petition, code)
        with translation.override(code):
            stop_url = _("(each signer's own link to unsubscribe)")
            body = update_body(
                texts[code],
                first_name=_("Maria"),
                page=page,
                page_url=page_link(page, base_url),
                stop_url=stop_url,
            )
        shown.append(
            Preview(code, name, texts[code]["subject"], body, reach.by_language.get(code, 0))
        )
    return shown


def initial_texts(petition: Page, milestone) -> dict:
    """The milestone's own words in the site's language; other languages start empty unless
    the petition's translation words the milestone differently."""
    initial = {
        f"subject_{settings.LANGUAGE_CODE}": milestone.text,
        f"message_{settings.LANGUAGE_CODE}": milestone.message or milestone.text,
    }
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        translated = page_in_language(petition, code)
        if translated.pk == petition.pk:
            continue
        same = translated.milestones.filter(sort_order=milestone.sort_order).first()
        if same is not None and same.text != milestone.text:
            initial[f"subject_{code}"] = same.text
            initial[f"message_{code}"] = same.message or same.text
    return initial


def _forbidden(text: str) -> HttpResponse:
    # A plain 403 (Wagtail turns PermissionDenied into a redirect to the dashboard).
    return HttpResponseForbidden(text)


def updates_view(request: HttpRequest, page_id: int) -> HttpResponse:
    """The petition's milestones and the updates sent about them."""
    petition = petition_or_404(page_id)
    if petition.pk != page_id:
        return redirect(updates_url(petition))
    if not can_see(request.user, petition):
        return _forbidden(_("Only the petition's editors can see the updates sent to signers."))
    if request.method == "POST" and can_send(request.user):
        resume = request.POST.get("resume", "")
        update = SignerUpdate.objects.filter(pk=resume).first() if resume.isdigit() else None
        if update and update.page_id == petition.pk and resume_update(update, base_url=site_url()):
            messages.success(request, _("The update is being sent again to those not sent it."))
        return redirect(updates_url(petition))
    sent = {
        update.milestone_id: update
        for update in SignerUpdate.objects.filter(page=petition).select_related("sent_by")
    }
    rows = [
        {
            "milestone": milestone,
            "update": sent.get(milestone.pk),
            "sent_at": format_zoned(sent[milestone.pk].created_at) if milestone.pk in sent else "",
        }
        for milestone in petition.milestones.all()
    ]
    return TemplateResponse(
        request,
        "actions/admin/signer_updates.html",
        {
            "petition": petition,
            "rows": rows,
            "can_send": can_send(request.user),
            "audience": audience(petition.pk),
        },
    )


def compose_view(request: HttpRequest, page_id: int, milestone_id: int) -> HttpResponse:
    """GET: the form with the milestone's words. POST preview: the emails and the count, and
    the question "Send to 1,204 people?". POST send: record it and queue the first batch."""
    if not can_send(request.user):
        return _forbidden(_("Only Campaign leads and Data stewards can email signers."))
    petition = petition_or_404(page_id)
    milestone = petition.milestones.filter(pk=milestone_id).first()
    if milestone is None:
        raise Http404(_("This petition has no such milestone (publish the petition first)."))
    existing = SignerUpdate.objects.filter(page=petition, milestone_id=milestone.pk).first()
    if existing:
        messages.warning(request, _("An update about this milestone was sent already."))
        return redirect(updates_url(petition))
    reach = audience(petition.pk)
    action = request.POST.get("action") if request.method == "POST" else None
    if action:
        form = UpdateForm(request.POST, audience=reach)
    else:
        form = UpdateForm(initial=initial_texts(petition, milestone), audience=reach)
    if action in (PREVIEW, SEND) and form.is_valid():
        texts = form.texts()
        if action == SEND and reach.reach:
            return _send(request, petition, milestone, texts)
        return TemplateResponse(
            request,
            "actions/admin/signer_update_preview.html",
            {
                "petition": petition,
                "milestone": milestone,
                "form": form,
                "previews": previews(petition, texts, reach),
                "audience": reach,
                "send_action": SEND,
                "edit_action": EDIT,
            },
        )
    return TemplateResponse(
        request,
        "actions/admin/signer_update_form.html",
        {
            "petition": petition,
            "milestone": milestone,
            "form": form,
            "audience": reach,
            "preview_action": PREVIEW,
            "back_url": updates_url(petition),
        },
    )


def _send(request: HttpRequest, petition: Page, milestone, texts: dict) -> HttpResponse:
    update, created = start_update(
        petition.pk, milestone.pk, texts, user=request.user, base_url=site_url()
    )
    if created:
        log(
            instance=petition,
            action=LOG_ACTION,
            user=request.user,
            data={"milestone": milestone.text, "people": update.planned},
        )
        messages.success(
            request,
            _("The update is on its way to %(n)s people. This page shows how far it has got.")
            % {"n": update.planned},
        )
    else:
        messages.warning(request, _("An update about this milestone was sent already."))
    return redirect(updates_url(petition))


def updates_button(page: Page, user, priority: int) -> Button | None:
    """ "Update signers" on a petition, for those who may see what was sent."""
    if not issubclass(page.specific_class or type(None), SignablePetitionMixin):
        return None
    if not can_see(user, page):
        return None
    return Button(
        gettext_lazy("Update signers"), updates_url(page), icon_name="mail", priority=priority
    )
