"""Utilities every layer shares and that know nothing of pages or submissions: zoned dates,
calendar files, absolute links, share links and US geography. It imports only Django and the
standard library, so `actions`, `campaigns`, `editorial` and `home` can all build on it."""
