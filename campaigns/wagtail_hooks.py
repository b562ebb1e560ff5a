from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from campaigns.models import Organisation, Target


class OrganisationChooserViewSet(SnippetChooserViewSet):
    """The organisation chooser, with a form to add one that is not on the list yet."""

    form_fields = ["name", "website", "scope"]
    create_action_label = _("Add organisation")


class TargetChooserViewSet(SnippetChooserViewSet):
    """The official chooser, with a form to add one that is not on the list yet."""

    form_fields = [
        *("name", "title", "office"),
        *("level", "state", "county", "city", "jurisdiction"),
        *("phone", "email"),
    ]
    create_action_label = _("Add official")


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    chooser_viewset_class = OrganisationChooserViewSet
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "scope", "website"]
    list_filter = ["scope"]
    search_fields = ["name"]


class TargetViewSet(SnippetViewSet):
    model = Target
    chooser_viewset_class = TargetChooserViewSet
    icon = "user"
    menu_label = _("Targets (officials)")
    list_display = ["name", "title", "place_label", "phone", "email", "is_demo"]
    list_filter = ["level", "state", "is_demo"]
    search_fields = ["name", "office", "jurisdiction", "county", "city"]


class CampaignSnippets(SnippetViewSetGroup):
    items = (OrganisationViewSet, TargetViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Campaign lists")
    menu_order = 250


register_snippet(CampaignSnippets)
