"""The demo in Spanish: translations of the English demo pages and officials, made the way
wagtail-localize leaves them (a copy in the Spanish locale sharing the English page's
`translation_key`, with the translated fields written over the English), from the texts in
`demo.spanish`. A mixin of `DemoLoader`, which provides `pages`, `targets`, `created`, `say` and
`toolkit_body`. A translation that exists is left as it is: an editor may have changed it."""

from django.utils.html import escape
from wagtail.models import Locale, Page, Site

from campaigns.models import HomePage
from home.models import SiteSettings

from . import seed_data as seed
from . import spanish as es


def html_paragraphs(paragraphs: list[str]) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def stream_in_spanish(english, spanish_blocks: list[dict]) -> list[dict] | None:
    """The English stream `english` with each block's value from `spanish_blocks` (built like
    the English blocks, from the Spanish texts): the same blocks, in the same order, with the
    same ids, so the Spanish body stays a translation of the English one block by block. None
    when an editor has changed the English blocks since: the copy then keeps them in English,
    for a translator."""
    raw = list(english.raw_data)
    if [block["type"] for block in raw] != [block["type"] for block in spanish_blocks]:
        return None
    return [
        {"type": block["type"], "value": translated["value"], "id": block["id"]}
        for block, translated in zip(raw, spanish_blocks, strict=True)
    ]


class SpanishLoader:
    def load_spanish(self, home: HomePage) -> None:
        self.spanish = Locale.objects.get(language_code="es")
        self.translate_targets()
        self.translate(home, title=es.HOME["title"], intro=f"<p>{escape(es.HOME['intro'])}</p>")
        campaign = self.pages[seed.CAMPAIGN["slug"]]
        texts = es.PAGES[campaign.slug]
        self.translate(
            campaign,
            streams={"body": self.paragraphs(texts["body"])},
            title=texts["title"],
            slug=texts["slug"],
            intro=f"<p>{escape(texts['intro'])}</p>",
            summary=texts["intro"],
        )
        for slug in ("petitions", "events"):
            texts = es.PAGES[slug]
            self.translate(self.pages[slug], **{k: texts[k] for k in ("title", "slug", "intro")})
        self.translate_petitions()
        self.translate_events()
        self.translate_official_actions()
        self.translate_toolkit()
        self.translate_statement()
        self.translate_chrome()

    def paragraphs(self, paragraphs: list[str]) -> list[dict]:
        return [{"type": "paragraph", "value": f"<p>{escape(text)}</p>"} for text in paragraphs]

    def translate(self, page: Page, *, streams: dict | None = None, **fields) -> Page:
        """`page`'s Spanish translation, published: made by copying `page` into the Spanish
        locale (its parents too, were they not translated yet) and setting `fields`, and each
        StreamField in `streams` block by block. An existing translation is left alone."""
        page = page.specific
        existing = page.get_translation_or_none(self.spanish)
        if existing is not None:
            return existing.specific
        translated = page.copy_for_translation(self.spanish, copy_parents=True).specific
        slug = fields.pop("slug", None)
        if slug:
            # Straight into the row: the copy was never live, so there is no old address to
            # redirect from (publishing a changed slug would make Wagtail add a redirect).
            translated.slug = slug
            translated.set_url_path(translated.get_parent())
            Page.objects.filter(pk=translated.pk).update(slug=slug, url_path=translated.url_path)
        for name, value in fields.items():
            setattr(translated, name, value)
        for name, blocks in (streams or {}).items():
            stream = stream_in_spanish(getattr(page, name), blocks)
            if stream is None:
                self.say(f"{page.title}: its {name} changed since the demo, left in English")
            else:
                setattr(translated, name, stream)
        translated.save_revision().publish()
        translated.refresh_from_db()
        self.created["Spanish page"] += 1
        return translated

    def translate_targets(self) -> None:
        """The officials' titles, offices and places as Spanish pages show them; phone and
        email stay the English record's."""
        for key, texts in es.TARGETS.items():
            target = self.targets[key]
            if target.get_translation_or_none(self.spanish) is not None:
                continue
            translated = target.copy_for_translation(self.spanish)
            for name, value in texts.items():
                setattr(translated, name, value)
            translated.save()
            self.created["Spanish official"] += 1

    def translate_petitions(self) -> None:
        """The open petitions. Goal, closing date, officials and count are the English
        page's: a signature on either page counts toward one total."""
        for spec in seed.PETITIONS:
            texts = es.PAGES.get(spec["slug"])
            if texts is None:
                continue  # closed petitions stay in English
            self.translate(
                self.pages[spec["slug"]],
                streams={"body": self.paragraphs(texts["body"])},
                title=texts["title"],
                slug=texts["slug"],
                ask=texts["ask"],
                summary=texts["ask"],
                share_text=f"Acabo de firmar: {texts['title']}",
            )

    def translate_events(self) -> None:
        """The Adelanto festival and the coming events: the same day, time, place, capacity
        and RSVP list as the English page."""
        for spec in [*seed.EVENTS, *seed.UPCOMING_EVENTS]:
            texts = es.PAGES.get(spec["slug"])
            if texts is None:
                continue
            body = texts["body"]
            fields = {
                k: texts[k]
                for k in ("title", "slug", "admission", "age_policy", "accessibility", "languages")
                if k in texts
            }
            fields.update({k: texts[k] for k in ("venue_name", "address") if k in texts})
            if "performers" in texts:
                fields["performers"] = "\n".join(texts["performers"])
            self.translate(
                self.pages[spec["slug"]],
                streams={"body": self.paragraphs(body)},
                summary=texts.get("summary", body[0][:400]),
                **fields,
            )

    def translate_toolkit(self) -> None:
        spec = seed.TOOLKIT
        texts = es.PAGES[spec["slug"]]
        in_spanish = {
            **spec,
            **{k: texts[k] for k in ("principles_heading", "actions_heading", "about")},
            "principles": texts["principles"],
            "actions": [
                {**action, **translated}
                for action, translated in zip(spec["actions"], texts["actions"], strict=True)
            ],
        }
        self.translate(
            self.pages[spec["slug"]],
            streams={"body": self.toolkit_body(in_spanish)},
            title=texts["title"],
            slug=texts["slug"],
            intro=texts["intro"],
            summary=texts["intro"],
            menu_label=texts["menu_label"],
        )

    def translate_statement(self) -> None:
        """The sign-on statement. Its endorsers are the English page's: one list."""
        texts = es.PAGES[seed.ENDORSEMENT["slug"]]
        self.translate(
            self.pages[seed.ENDORSEMENT["slug"]],
            title=texts["title"],
            slug=texts["slug"],
            statement=html_paragraphs(texts["statement"]),
            join_text=f"<p>{escape(texts['join_text'])}</p>",
            summary=texts["statement"][0][:400],
            menu_label=texts["menu_label"],
        )

    def translate_chrome(self) -> None:
        """The tagline, footer and menu on Spanish pages, where an editor left them empty."""
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        changed = False
        for item in settings.menu_items.filter(label_es="", label__in=es.MENU):
            item.label_es = es.MENU[item.label]
            item.save(update_fields=["label_es"])
            changed = True
        for field, text in es.SITE_SETTINGS.items():
            if not getattr(settings, f"{field}_es"):
                setattr(settings, f"{field}_es", text)
                changed = True
        if changed:
            settings.save()  # which forgets the cached header, menu and footer
