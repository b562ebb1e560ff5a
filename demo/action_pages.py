"""The demo's action pages: the 2016 week of action and the 2020 action toolkit. A mixin of
`DemoLoader`, which provides `pages`, `targets`, `link_to` and `ensure_page`."""

from django.utils.html import escape

from campaigns.models import ActionToolkitPage, CampaignPage, PetitionPushDate, WeekOfActionPage

from . import seed_data as seed


class ActionPagesLoader:
    def load_week_of_action(self, campaign: CampaignPage) -> None:
        spec = seed.WEEK_OF_ACTION
        day_actions = []
        for action in spec["actions"]:
            petition = self.pages.get(action.get("petition", ""))
            if petition:
                PetitionPushDate.objects.get_or_create(
                    page=petition, date=action["day"], defaults={"note": action["title"][:200]}
                )
                continue
            if action.get("event"):
                continue  # events appear in the programme by their own date
            link = self.link_to(action.get("url_hint", "")) or {"page": None, "external_url": ""}
            day_actions.append(
                {
                    "type": "day_action",
                    "value": {
                        "day": action["day"],
                        "action": {
                            "title": action["title"][:120],
                            "text": action["description"],
                            "image": None,
                            "button_label": "Take action",
                            "link": link,
                        },
                    },
                }
            )
        self.ensure_page(
            campaign,
            WeekOfActionPage(
                title=spec["title"],
                slug=spec["slug"],
                start_date=spec["start"],
                end_date=spec["end"],
                intro=spec["intro"],
                summary=spec["intro"][:400],
                day_actions=day_actions,
                show_in_menus=True,
                menu_label="Week of action",
            ),
        )

    def toolkit_body(self, spec: dict) -> list[dict]:
        """The toolkit's blocks from `spec` (seed.TOOLKIT, or it with the Spanish texts)."""
        principles = spec.get("principles_heading", "Three principles")
        body: list[dict] = [{"type": "heading", "value": {"text": principles, "level": "h2"}}]
        for principle in spec["principles"]:
            body.append({"type": "heading", "value": {"text": principle["title"], "level": "h3"}})
            body.append({"type": "paragraph", "value": f"<p>{escape(principle['text'])}</p>"})
        body.append(
            {
                "type": "heading",
                "value": {"text": spec.get("actions_heading", "Take action"), "level": "h2"},
            }
        )
        for action in spec["actions"]:
            body.append(self.toolkit_action(action))
        body.append(
            {
                "type": "paragraph",
                "value": f"<p>{escape(spec['about'])}: "
                + ", ".join(
                    f'<a href="{escape(p["url"])}">{escape(p["name"])}</a>'
                    for p in spec["partners"]
                )
                + ".</p>",
            }
        )
        return body

    def load_toolkit(self, campaign: CampaignPage) -> None:
        spec = seed.TOOLKIT
        body = self.toolkit_body(spec)
        self.ensure_page(
            campaign,
            ActionToolkitPage(
                title=spec["title"],
                slug=spec["slug"],
                intro=spec["intro"],
                summary=spec["intro"],
                body=body,
                show_in_menus=True,
                menu_label="Toolkit",
            ),
        )

    def toolkit_action(self, action: dict) -> dict:
        kind = action["kind"]
        if kind == "sign":
            petition = self.pages.get(action.get("petition", ""))
            value = {
                "title": action["title"][:200],
                "text": action["text"],
                "petition": petition.pk if petition else None,
                "external_url": action.get("external_url", ""),
                "platform": action.get("platform", ""),
            }
        elif kind == "donate":
            value = {
                **{k: action[k] for k in ("fund_name", "url", "text")},
                "button_label": action.get("button_label", "Donate"),
            }
        elif kind == "call":
            value = {
                "target": self.targets[action["target"]].pk,
                "phone": "",
                "script": action["script"],
                "hashtags": " ".join(action["hashtags"]),
            }
            call_page = self.pages.get(action.get("call_page", ""))
            if call_page:
                value.update(call_page=call_page.pk, call_page_label=action["call_page_label"])
        else:
            value = {
                "text": action["text"],
                "hashtags": " ".join(action["hashtags"]),
                "url": action["url"],
            }
        return {"type": kind, "value": value}
