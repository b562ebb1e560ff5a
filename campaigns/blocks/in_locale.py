"""Blocks that choose officials or organisations show them in the language of the page they
are on: a Spanish page shows an official's Spanish title once someone has translated it."""

from wagtail import blocks

from campaigns.localized import in_locale


class ChosenInPageLocaleMixin:
    """For a StructBlock with snippet choosers: its template gets the chosen records in the
    page's locale where they are translated (campaigns.localized). List the choosers' child
    names in `chosen_in_page_locale`; a child holding a list of records works too."""

    chosen_in_page_locale: tuple[str, ...] = ()

    def get_context(self, value: blocks.StructValue, parent_context=None) -> dict:
        context = super().get_context(value, parent_context=parent_context)
        page = (parent_context or {}).get("page")
        locale_id = getattr(page, "locale_id", None)
        if locale_id is None:
            return context
        shown = type(value)(value.block, value.items())
        for name in self.chosen_in_page_locale:
            chosen = value.get(name)
            if isinstance(chosen, blocks.list_block.ListValue | list):
                shown[name] = in_locale(chosen, locale_id)
            elif chosen is not None:
                shown[name] = in_locale([chosen], locale_id)[0]
        context["self"] = context["value"] = shown
        return context
