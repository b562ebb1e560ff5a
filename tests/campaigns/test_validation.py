"""What the admin refuses, with words an editor understands, on the field to fix."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StructBlockValidationError
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from campaigns.blocks.actions import CallActionBlock
from campaigns.models import CampaignPage, HomePage, Target, UpdateIndexPage, UpdatePage


@pytest.mark.django_db
def test_a_press_clip_naming_an_outlet_without_its_link_is_refused():
    clip = UpdatePage(title="Banner at homecoming", slug="banner", outlet="Stanford Daily")
    with pytest.raises(ValidationError) as refused:
        clip.clean()
    (message,) = refused.value.message_dict["original_url"]
    assert "Add the link to the article on Stanford Daily's site" in message
    assert "quote block" in message


@pytest.mark.django_db
def test_an_update_without_an_outlet_or_with_its_link_is_accepted():
    UpdatePage(title="Our news", slug="news").clean()
    UpdatePage(
        title="Banner", slug="banner", outlet="Stanford Daily", original_url="https://x.org/a"
    ).clean()


class PressClipAdminTests(WagtailPageTestCase):
    def setUp(self):
        self.login()
        campaign = HomePage.objects.get().add_child(
            instance=CampaignPage(title="Test campaign", slug="test-campaign", intro="<p>Hi</p>")
        )
        self.index = campaign.add_child(instance=UpdateIndexPage(title="News", slug="news"))

    def test_editor_sees_the_missing_link_on_the_field_and_keeps_what_they_typed(self):
        data = nested_form_data(
            {
                "title": "Students drop a banner",
                "slug": "students-drop-a-banner",
                "date": "2017-10-16",
                "summary": "A banner at the game.",
                "tags": "",
                "outlet": "Stanford Daily",
                "original_url": "",
                "excerpt": "",
                "body": streamfield([]),
                "comments": inline_formset([]),
            }
        )
        response = self.client.post(f"/admin/pages/add/campaigns/updatepage/{self.index.pk}/", data)
        assert response.status_code == 200
        form = response.context["form"]
        assert "Add the link to the article" in form.errors["original_url"][0]
        assert form["summary"].value() == "A banner at the game."
        assert not UpdatePage.objects.filter(slug="students-drop-a-banner").exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("target_phone", "phone", "error"),
    [
        ("", "", "has no phone number saved"),
        ("", "call the front desk", "not a phone number"),
    ],
)
def test_a_call_action_without_a_number_to_tap_is_refused(target_phone, phone, error):
    target = Target.objects.create(name="Sheriff Test", title="Sheriff", phone=target_phone)
    block = CallActionBlock()
    value = block.to_python({"target": target.pk, "phone": phone, "script": "Stop transfers."})
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(value)
    assert error in str(refused.value.block_errors["phone"])


@pytest.mark.django_db
def test_a_call_action_taps_its_own_number_or_its_targets():
    block = CallActionBlock()
    target = Target.objects.create(name="Sheriff Test", phone="(555) 555-0199")
    own = block.clean(
        block.to_python({"target": target.pk, "phone": "+1 555 555 0100", "script": "Hi"})
    )
    assert own.tel_url == "tel:+15555550100"
    saved = block.clean(block.to_python({"target": target.pk, "phone": "", "script": "Hi"}))
    assert saved.tel_url == "tel:5555550199"
