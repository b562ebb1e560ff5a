from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SupporterExport(models.Model):
    """One download of supporters' data by a member of staff: a spreadsheet of signatures,
    RSVPs, endorsements or email signups, or a petition's delivery packet. Written by
    actions.services.export_log, never edited: the record of who took names out of the site,
    when, and from which page. The user's name is copied so the record outlives their
    account, and the page's title so it outlives the page."""

    class Kind(models.TextChoices):
        SIGNATURES = "signatures", _("Signatures")
        RSVPS = "rsvps", _("RSVPs")
        ENDORSEMENTS = "endorsements", _("Endorsements")
        SIGNUPS = "signups", _("Email signups")
        LETTERS = "letters", _("Letters")
        PACKET = "packet", _("Delivery packet")
        SOURCES = "sources", _("Source counts (no names)")

    class Format(models.TextChoices):
        CSV = "csv", "CSV"
        XLSX = "xlsx", "XLSX"
        PDF = "pdf", "PDF"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("by"),
    )
    username = models.CharField(
        _("username"),
        max_length=150,
        help_text=_("Kept when the account is deleted."),
    )
    exported_at = models.DateTimeField(_("exported at"), default=timezone.now, db_index=True)
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("page"),
        help_text=_("The petition, event or statement; empty when the export covered them all."),
    )
    page_title = models.CharField(
        _("page title"), max_length=255, blank=True, help_text=_("Kept when the page is deleted.")
    )
    kind = models.CharField(_("what"), max_length=20, choices=Kind.choices)
    file_format = models.CharField(_("format"), max_length=5, choices=Format.choices)
    with_names = models.BooleanField(_("with names"), default=False)
    with_emails = models.BooleanField(_("with emails"), default=False)
    rows = models.PositiveIntegerField(
        _("rows"), default=0, help_text=_("How many supporters the file lists.")
    )

    class Meta:
        ordering = ["-exported_at"]
        verbose_name = _("export log entry")
        verbose_name_plural = _("export log entries")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} by {self.username} at {self.exported_at:%Y-%m-%d %H:%M}"
