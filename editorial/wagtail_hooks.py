from wagtail import hooks

from .dashboard import GoingLiveThisWeekPanel, SchedulingHealthPanel


@hooks.register("construct_homepage_panels")
def add_scheduling_panels(request, panels: list) -> None:
    # Wagtail's own "Awaiting your review" panel already lists what awaits approval.
    panels.append(SchedulingHealthPanel())
    panels.append(GoingLiveThisWeekPanel())
