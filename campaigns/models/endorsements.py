from itertools import groupby

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from actions.mixins import EndorsableMixin
from actions.models import Endorsement, Moderation
from common.geography import scope_label, scope_sort_key

from .base import ListingMixin, MenuLabelMixin, kept_in_sync, translated


class EndorsementPage(MenuLabelMixin, EndorsableMixin, ListingMixin, Page):
    """A sign-on statement and the organisations that endorse it, grouped National first and
    then by US state, alphabetical inside each group."""

    default_menu_label = _("Statement")

    statement = RichTextField(
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("The statement organisations put their name to."),
    )
    join_text = RichTextField(
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("The invitation above the join form, e.g. 'Add your organisation below'."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("statement"),
        FieldPanel("join_text"),
        *EndorsableMixin.endorsing_panels,
        *ListingMixin.listing_panels,
    ]
    search_fields = [*Page.search_fields, index.SearchField("statement")]
    override_translatable_fields = [
        *translated("statement", "join_text"),
        *MenuLabelMixin.menu_translatable_fields,
        *ListingMixin.listing_translatable_fields,
        *kept_in_sync("ask_for_proof_of_work"),
    ]

    parent_page_types = ["campaigns.CampaignPage", "campaigns.HomePage"]
    subpage_types = []

    page_description = _(
        "A sign-on statement that organisations endorse, with the list of who has signed."
    )

    class Meta:
        verbose_name = _("sign-on statement")

    def approved_endorsements(self):
        # A held or rejected entry (actions.abuse) is never listed, even if approved. The
        # statement's translations share one list (actions.pages: its counting page).
        return Endorsement.objects.filter(
            page_id=self.counting_page_id,
            status=Endorsement.Status.APPROVED,
            moderation=Moderation.COUNTED,
        ).only("organisation_name", "website", "scope")

    def endorser_groups(self) -> list[dict]:
        """[{'name': 'National', 'anchor': 'national', 'endorsers': [...]}, …] in one query."""
        rows = sorted(
            self.approved_endorsements(),
            key=lambda e: (scope_sort_key(e.scope), e.organisation_name.casefold()),
        )
        groups = []
        for scope, members in groupby(rows, key=lambda e: e.scope):
            # The heading in the reader's language, the anchor the same in every language.
            anchor = scope.lower().replace(" ", "-")
            name = scope_label(scope)
            groups.append({"name": name, "anchor": anchor, "endorsers": list(members)})
        return groups

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        groups = self.endorser_groups()
        context.update(
            endorser_groups=groups,
            endorser_count=sum(len(group["endorsers"]) for group in groups),
        )
        return context
