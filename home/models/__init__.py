from .images import CampaignImage, CampaignRendition
from .pages import HomePage
from .site_settings import MenuItem, SiteSettings, SocialLink
from .users import User

__all__ = [
    "CampaignImage",
    "CampaignRendition",
    "HomePage",
    "MenuItem",
    "SiteSettings",
    "SocialLink",
    "User",
]
