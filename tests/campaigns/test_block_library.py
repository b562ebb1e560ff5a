"""Editors pick blocks by their icon, name and preview: every block in the library shows a
preview built from a valid value, says what it is for, and has an icon of its own."""

from __future__ import annotations

from collections import defaultdict

import pytest
from django.urls import reverse
from wagtail import blocks

from campaigns.blocks import DemandStreamBlock, ToolkitStreamBlock

pytestmark = pytest.mark.django_db

# The blocks an editor picks from: every child of the page bodies and the demand lists.
# ToolkitStreamBlock holds every child of BodyStreamBlock too.
PICKABLE = {
    **ToolkitStreamBlock().child_blocks,
    **DemandStreamBlock().child_blocks,
}

# Their previews show a placeholder where the file or the video goes: the tests upload no
# document, and drawing a video would fetch it from its provider.
PLACEHOLDER_PREVIEWS = {"document", "embed"}


def library_blocks() -> list[blocks.Block]:
    """Every block of ours the pickable ones are built from, nested ones included, one per
    class (Wagtail's own field blocks carry no icon of ours)."""
    found: dict[type, blocks.Block] = {}
    pending = list(PICKABLE.values())
    while pending:
        block = pending.pop()
        if isinstance(block, blocks.ListBlock):
            pending.append(block.child_block)
            continue
        if not type(block).__module__.startswith("campaigns.") or type(block) in found:
            continue
        found[type(block)] = block
        pending.extend(getattr(block, "child_blocks", {}).values())
    return list(found.values())


@pytest.fixture
def editor(client, admin_user):
    client.force_login(admin_user)
    return client


# The previews show what the site has: a photo, an official, an event, a statement, a partner.
@pytest.mark.parametrize("name", sorted(PICKABLE))
def test_block_picker_previews_each_block_with_a_valid_value_and_a_description(
    editor, every_page_type, name
):
    block = PICKABLE[name]
    value = block.get_preview_value()
    assert block.is_previewable, f"{name} shows no preview"
    assert block.get_description(), f"{name} has no description"
    # What the preview shows is what an editor could save: required fields are filled in.
    if name not in PLACEHOLDER_PREVIEWS:
        block.clean(value)
    response = editor.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
    assert response.status_code == 200
    html = response.content.decode()
    assert block.render(value).strip() in html, f"{name}'s preview does not show its value"


def test_no_two_blocks_in_the_library_share_an_icon():
    by_icon: dict[str, list[str]] = defaultdict(list)
    for block in library_blocks():
        by_icon[block.meta.icon].append(type(block).__name__)
    shared = {icon: names for icon, names in by_icon.items() if len(names) > 1}
    assert not shared, f"icons used by more than one block: {shared}"
