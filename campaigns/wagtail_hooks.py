from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from campaigns.models import Organisation, Target


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = "Organisations"
    list_display = ["name", "scope", "website"]
    list_filter = ["scope"]
    search_fields = ["name"]


class TargetViewSet(SnippetViewSet):
    model = Target
    icon = "user"
    menu_label = "Targets (officials)"
    list_display = ["name", "title", "jurisdiction", "phone"]
    search_fields = ["name", "office", "jurisdiction"]


class CampaignSnippets(SnippetViewSetGroup):
    items = (OrganisationViewSet, TargetViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = "Campaign lists"
    menu_order = 250


register_snippet(CampaignSnippets)
