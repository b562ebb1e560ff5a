"""The export log in the admin (Supporters → Export log): who downloaded supporters' data,
when, what and from which page. Data stewards and superusers read it; nobody adds, edits or
deletes a row here, stewards included: it is the record of their own exports."""

from django.contrib import admin
from django.utils.translation import gettext, gettext_lazy
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin

from .admin_views import zoned_column
from .models import SupporterExport
from .moderation import SUPPORTER_DATA


class ExportLogPermissionHelper(PermissionHelper):
    def user_can_list(self, user) -> bool:
        return user.is_active and user.has_perm(SUPPORTER_DATA)

    def user_can_inspect_obj(self, user, obj) -> bool:
        return self.user_can_list(user)

    def user_can_create(self, user) -> bool:
        return False

    def user_can_edit_obj(self, user, obj) -> bool:
        return False

    def user_can_delete_obj(self, user, obj) -> bool:
        return False


class SupporterExportAdmin(ModelAdmin):
    model = SupporterExport
    menu_label = gettext_lazy("Export log")
    menu_icon = "history"
    permission_helper_class = ExportLogPermissionHelper
    inspect_view_enabled = True
    add_to_settings_menu = False
    exclude_from_explorer = True
    list_per_page = 50
    list_display = [
        zoned_column("exported_at", gettext_lazy("exported at")),
        "username",
        "what",
        "page_label",
        "personal_data",
        "rows",
    ]
    list_filter = ["kind", "with_names", "exported_at"]
    search_fields = ["username", "page_title"]
    inspect_view_fields = [
        "exported_at",
        "username",
        "kind",
        "file_format",
        "page_title",
        "with_names",
        "with_emails",
        "rows",
    ]

    @admin.display(description=gettext_lazy("what"), ordering="kind")
    def what(self, obj) -> str:
        return f"{obj.get_kind_display()} ({obj.get_file_format_display()})"

    @admin.display(description=gettext_lazy("names or emails"))
    def personal_data(self, obj) -> str:
        if obj.with_names and obj.with_emails:
            return gettext("Names and emails")
        if obj.with_names:
            return gettext("Names")
        if obj.with_emails:
            return gettext("Emails")
        return gettext("Neither")

    @admin.display(description=gettext_lazy("page"), ordering="page_title")
    def page_label(self, obj) -> str:
        return obj.page_title or gettext("All pages")
