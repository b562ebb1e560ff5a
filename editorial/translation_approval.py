"""Sending a translation through the approval workflow and the scheduler.

wagtail-localize's translation screen saves each translated phrase as it is typed, but the page
itself only changes when someone presses its "Publish": there is no draft and no "Submit for
approval", so comms staff (who may not publish) could translate and never get it live, and
nothing could be scheduled. This adds a small panel to that screen: it writes the translated
phrases into a draft of the Spanish page (the same draft "Publish" would have made live), with a
go-live time if one is given, and starts the page's approval workflow. A campaign lead then
approves it from the dashboard like any page, and a scheduled one goes live on time through
the scheduler (editorial/scheduler.py).

wagtail-localize's "Sync translated pages" has a "Publish immediately" box that would publish
every Spanish page it updates, approval or not: here it publishes only for staff who may
publish them all, and for others it syncs and leaves the pages to be submitted."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.models import Page
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import Translation
from wagtail_localize.segments.ingest import ingest_segments
from wagtail_localize.views.update_translations import UpdateTranslationsView

from common.timezones import format_zoned, zone_label


class SubmitTranslationForm(forms.Form):
    go_live_at = forms.DateTimeField(
        label=_("Go live at (optional)"),
        required=False,
        widget=AdminDateTimeInput(),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["go_live_at"].help_text = _(
            "Leave empty to publish as soon as it is approved. Times are in %(zone)s."
        ) % {"zone": zone_label()}

    def clean_go_live_at(self):
        value = self.cleaned_data["go_live_at"]
        if value and value <= timezone.now():
            raise forms.ValidationError(gettext("Choose a time in the future."))
        return value


def save_translation_as_draft(translation: Translation, page: Page, user, go_live_at=None):
    """A new draft revision of `page` holding the source's current content with the phrases
    translated so far (the source's words where none is yet), as wagtail-localize's Publish
    builds it, but leaving the live page as readers see it. (wagtail-localize's own draft save,
    `save_target(publish=False)`, writes the words into the live page at once.)"""
    source = translation.source
    original = source.as_instance()
    draft = page.get_latest_revision_as_object()
    copy_synchronised_fields(original, draft)
    # What TranslationSource.create_or_update_translation reads; it has no public name.
    segments = source._get_segments_for_translation(translation.target_locale, fallback=True)
    ingest_segments(original, draft, source.locale, translation.target_locale, segments)
    if go_live_at:
        draft.go_live_at = go_live_at
    return draft.save_revision(user=user)


def page_translation(translation_id: int) -> tuple[Translation, Page]:
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise PermissionDenied
    return translation, page.specific


@require_POST
def submit_translation(request, translation_id: int):
    translation, page = page_translation(translation_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = redirect("wagtailadmin_pages:edit", page.pk)
    form = SubmitTranslationForm(request.POST)
    if not form.is_valid():
        for error in form.errors.get("go_live_at", []):
            messages.error(request, error)
        return edit_url
    workflow = page.get_workflow()
    if workflow is None:
        messages.error(request, gettext("This page has no approval workflow."))
        return edit_url
    if page.workflow_in_progress:
        messages.error(request, gettext("This translation is already waiting for approval."))
        return edit_url
    go_live_at = form.cleaned_data["go_live_at"]
    save_translation_as_draft(translation, page, request.user, go_live_at)
    workflow.start(Page.objects.get(pk=page.pk).specific, request.user)
    if go_live_at:
        message = gettext("Submitted for approval, to go live %(when)s.") % {
            "when": format_zoned(go_live_at)
        }
    else:
        message = gettext("Submitted for approval. It goes live once a campaign lead approves it.")
    messages.success(request, message)
    return edit_url


class SyncTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages", publishing at once only for staff who may
    publish every page it updates (registered at its address, see wagtail_hooks.py)."""

    def may_publish(self) -> bool:
        for translation in self.object.translations.filter(enabled=True):
            target = translation.get_target_instance()
            if (
                isinstance(target, Page)
                and not target.permissions_for_user(self.request.user).can_publish()
            ):
                return False
        return True

    def form_valid(self, form):
        if form.cleaned_data.get("publish_translations") and not self.may_publish():
            form.cleaned_data["publish_translations"] = False
            messages.warning(
                self.request,
                _(
                    "Synced, not published: you may not publish these pages. Open each "
                    "translation and submit it for approval."
                ),
            )
        return super().form_valid(form)
