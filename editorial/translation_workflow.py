"""Spanish pages translated in wagtail-localize's editor go through the approval workflow.

That editor only offers "Publish", to staff who may publish; comms staff could translate but
never submit what they translated. "Submit the Spanish version for approval" (a button in the
page header, see wagtail_hooks.py) turns the current translations into a draft revision, without
touching what readers see, and starts the page's workflow on it, as "Submit for moderation" does
in Wagtail's own editor. And wagtail-localize's "Sync translated pages" publishes at once only
for staff who may publish every translation it updates; for others it syncs, and the Spanish
pages wait for approval like any change."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import Translation
from wagtail_localize.segments.ingest import ingest_segments
from wagtail_localize.views.update_translations import UpdateTranslationsView


def synced_translation(page: Page) -> Translation | None:
    """The wagtail-localize translation that `page` is the target of, if it is edited there."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def can_submit_translation(page: Page, user) -> bool:
    permissions = page.permissions_for_user(user)
    return (
        permissions.can_submit_for_moderation()
        and page.get_workflow() is not None
        and not page.workflow_in_progress
    )


def save_translation_as_draft(translation: Translation, page: Page, user):
    """A new draft revision of `page` holding the source's current content with the strings
    translated so far (the source's words where none is yet), as wagtail-localize's publish
    builds it, but leaving the live page as it is."""
    source = translation.source
    original = source.as_instance()
    draft = page.get_latest_revision_as_object()
    copy_synchronised_fields(original, draft)
    # What wagtail-localize's own save uses (TranslationSource.create_or_update_translation);
    # it has no public name.
    segments = source._get_segments_for_translation(translation.target_locale, fallback=True)
    ingest_segments(original, draft, source.locale, translation.target_locale, segments)
    return draft.save_revision(user=user)


def submit_translation_for_approval(request, page_id: int) -> HttpResponse:
    page = get_object_or_404(Page, pk=page_id).specific
    translation = synced_translation(page)
    if translation is None:
        raise Http404("This page is not translated in the translation editor.")
    if not can_submit_translation(page, request.user):
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if request.method != "POST":
        return TemplateResponse(
            request,
            "editorial/submit_translation.html",
            {"page": page, "edit_url": edit_url, "workflow": page.get_workflow()},
        )
    save_translation_as_draft(translation, page, request.user)
    page.refresh_from_db()
    page.get_workflow().start(page, request.user)
    messages.success(
        request,
        gettext("“%(title)s” was submitted for approval.")
        % {"title": page.get_admin_display_title()},
    )
    return redirect(edit_url)


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
