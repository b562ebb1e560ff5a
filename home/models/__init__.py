from .images import CampaignImage, CampaignRendition
from .site_settings import MenuItem, SiteSettings, SocialLink
from .users import User

__all__ = [
    "CampaignImage",
    "CampaignRendition",
    "MenuItem",
    "SiteSettings",
    "SocialLink",
    "User",
]
