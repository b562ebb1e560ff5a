"""Rich text made safe as it is shown, whatever wrote it.

Wagtail cleans rich text on its way in from the editor (only the features a field allows), but
text written any other way (an import, the shell, a data migration, a fixture) is stored as
given and rendered as it is stored: a raw `<script>`, `onerror=` or `javascript:` link ran on
readers' pages. So every rich text is cleaned again on its way out, after Wagtail has expanded
its page links, document links and images into HTML (the expansion itself is Wagtail's,
untouched; this keeps what it produces).

Cleaned with nh3 (the Python binding of ammonia, a well-kept Rust sanitiser built on an
HTML5 parser, not regexes): an allowlist of tags and attributes, URL schemes limited to
http(s), mailto and tel, comments dropped, and `<script>`/`<style>` dropped with their content.
Wagtail's own whitelister was the alternative; it works on the stored form, before expansion,
so it would have to run inside Wagtail's rewriting, and it is not an HTML5 parser.

No rich text field enables embeds, so iframes are not allowed: a raw iframe is dropped. A
field that enables embeds would need `iframe` here, restricted to the embed providers."""

import nh3

TAGS = {
    "a",
    "b",
    "blockquote",
    "br",
    "code",
    "em",
    "h2",
    "h3",
    "h4",
    "hr",
    "i",
    "img",
    "li",
    "ol",
    "p",
    "strong",
    "sub",
    "sup",
    "ul",
}
ATTRIBUTES = {
    "a": {"href", "title"},
    # Wagtail's image format output: <img alt class height src width>.
    "img": {"alt", "class", "height", "src", "width", "srcset", "sizes", "loading", "decoding"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}

_cleaner = nh3.Cleaner(
    tags=TAGS,
    clean_content_tags={"script", "style"},
    attributes=ATTRIBUTES,
    url_schemes=URL_SCHEMES,
    # Wagtail writes no rel on its links, and none of ours opens a new window.
    link_rel=None,
)


def clean_rich_text(html: str) -> str:
    """`html` with everything outside the allowlist above removed; text is kept."""
    return _cleaner.clean(html)
