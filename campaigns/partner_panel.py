"""The "Partner links" panel of an organisation's edit screen: the code that makes a link
count for this partner, and, for data stewards only, the partner's private count link with a
button for a new one (actions.partner_views, actions.source_views)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from actions.moderation import SUPPORTER_DATA
from common.links import site_url


class PartnerLinksPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Partner links and private count"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "campaigns/admin/partner_links_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            organisation = self.instance
            saved = bool(organisation and organisation.pk and organisation.partner_code)
            steward = bool(self.request and self.request.user.has_perm(SUPPORTER_DATA))
            base = site_url(self.request)
            context.update(
                {
                    "saved": saved,
                    "steward": steward,
                    "code": organisation.partner_code if saved else "",
                    "example_link": f"{base}/?partner={organisation.partner_code}" if saved else "",
                }
            )
            if saved and steward and organisation.partner_key:
                context["private_link"] = base + reverse(
                    "actions:partner_counts", args=[organisation.partner_key]
                )
                context["rotate_url"] = reverse(
                    "actions_rotate_partner_key", args=[organisation.pk]
                )
            return context
