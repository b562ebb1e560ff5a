"""Rich text written outside the editor (an import, the shell) is cleaned as it is shown: no
script runs on a reader's page, while Wagtail's page links and the editor's formatting stay."""

import json

import pytest

from campaigns.models import CampaignPage, HomePage
from tests.factories import CampaignPageFactory
from tests.helpers import publish

pytestmark = pytest.mark.django_db

HOSTILE = (
    "<p>Free them <b>all</b>"
    "<script>alert('intro')</script>"
    '<img src="x" onerror="alert(1)">'
    '<a href="javascript:alert(2)">click</a>'
    '<a href="JaVaScRiPt:alert(3)">again</a>'
    '<svg onload="alert(4)"><circle r="1"/></svg>'
    '<iframe src="https://evil.example/"></iframe>'
    '<a href="#" onclick="alert(5)" style="position:fixed">styled</a>'
    "<style>body{display:none}</style></p>"
)
NEVER_SHOWN = ["<script", "onerror", "javascript:", "onload", "<svg", "<iframe", "onclick",
               "alert(", "display:none", "evil.example"]  # fmt: skip


def campaign_written_from_the_shell(link_to: CampaignPage | None = None) -> CampaignPage:
    paragraph = HOSTILE
    if link_to:
        paragraph += f'<p>See <a linktype="page" id="{link_to.pk}">the other campaign</a>.</p>'
    page = publish(
        HomePage.objects.get(),
        CampaignPageFactory.build(
            intro=HOSTILE,
            body=json.dumps([{"type": "paragraph", "value": paragraph}]),
        ),
    )
    # As an import or the shell leaves it: straight to the database, no editor involved.
    CampaignPage.objects.filter(pk=page.pk).update(intro=HOSTILE)
    return CampaignPage.objects.get(pk=page.pk)


def test_hostile_html_in_rich_text_fields_and_paragraphs_is_never_rendered(client):
    other = publish(HomePage.objects.get(), CampaignPageFactory.build(slug="other"))
    page = campaign_written_from_the_shell(link_to=other)
    assert "<script>" in page.intro, "stored as written"

    html = client.get(page.url).content.decode()

    main = html.split('<main id="main"', 1)[1].split("</main>", 1)[0]
    for fragment in NEVER_SHOWN:
        assert fragment not in main.lower(), fragment
    assert "Free them <b>all</b>" in main, "formatting the editor allows stays"
    assert f'<a href="{other.url}">the other campaign</a>' in main, "page links still expand"
    assert main.count("Free them") == 2, "both the intro and the paragraph are shown"


def test_a_clean_paragraph_renders_exactly_as_written(client):
    clean = '<p>Read <a href="https://example.org/report">the report</a>, <i>now</i>.</p>'
    page = publish(
        HomePage.objects.get(),
        CampaignPageFactory.build(body=json.dumps([{"type": "paragraph", "value": clean}])),
    )
    assert clean in client.get(page.url).content.decode()
