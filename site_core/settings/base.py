"""Settings shared by every environment. Everything that differs between machines comes from
environment variables (documented in `.env.example`); nothing secret lives in this file."""

from pathlib import Path

import dj_database_url

from .env import env_bool, env_int, env_list, env_str
from .security import *  # noqa: F403

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "demo",
    "home",
    "campaigns",
    "actions",
    "search",
    "editorial",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail_modeladmin",
    "modelcluster",
    "taggit",
    "django_filters",
    "csp",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    # The ALTCHA widget's script, served from our own static files (actions/proof_of_work.py).
    "django_altcha",
]

MIDDLEWARE = [
    # First: X-Forwarded-Proto is dropped unless a trusted proxy sent it.
    "common.client_address.TrustedProxyHeadersMiddleware",
    # The language comes from the address alone (`/es/…` Spanish, anything else English), so a
    # page is the same for every reader of that address and stays cacheable (common/language.py).
    "common.language.LanguageFromPathMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before anything reads the request: a form in another charset or an address with a NUL
    # byte gets a plain-words 400 instead of a server error (actions/middleware.py).
    "actions.middleware.UnreadableRequestMiddleware",
    # Before the session, CSRF and auth middleware: a cached page never reaches them, and a
    # page they add a cookie or `Vary: Cookie` to is not stored (common/middleware.py).
    "common.middleware.PageCacheMiddleware",
    # Inside the page cache, so a cached page keeps the policy (and nonce) it was rendered with.
    "common.content_security.SiteCSPMiddleware",
    # Page-view restrictions read once per uncached request (home/view_restrictions.py).
    "home.view_restrictions.RestrictionsPerRequest",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Before the CSRF check, which reads the body: oversized public posts are refused unread.
    "actions.middleware.PublicPostLimitMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "actions.middleware.RedirectsMiddleware",
    "actions.middleware.DatabaseUnavailableMiddleware",
    # Last, as django-axes requires: answers a locked-out staff sign-in with its own page.
    "axes.middleware.AxesMiddleware",
]

# django-axes counts failed staff sign-ins before Django's own check of the password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "site_core.urls"
WSGI_APPLICATION = "site_core.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# PostgreSQL is the real database (tests, CI, production). Without DATABASE_URL a newcomer's
# first `make run` uses an embedded SQLite file under the git-ignored var/ folder.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # `make run` has three processes (web server, task worker, scheduler) writing one file.
    # Write-ahead logging lets readers carry on while one process writes (the mode is stored in
    # the file, so setting it again on each new connection is a no-op); a writer waits up to
    # `timeout` seconds for another's lock instead of failing with "database is locked"; and
    # IMMEDIATE takes the write lock when a transaction starts, because SQLite cannot make a
    # waiting reader into a writer without failing at once (a read-then-write such as
    # update_or_create in a deferred transaction).
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and not env_bool(
    "DATABASE_JIT", False
):
    # PostgreSQL's JIT compiler is for long analytical queries. A page's queries take a
    # millisecond, but the campaign navigation's joins (one per page type with a menu label)
    # are estimated dear enough to be compiled first: 267 ms of JIT for a 1 ms query, measured
    # on `make stack`, which made every uncached campaign page ten times slower than the home
    # page. Off per connection, so managed databases get it too (a PgBouncer in front needs
    # `ignore_startup_parameters = options`; or set DATABASE_JIT=1 and turn it off there).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "home.User"
WAGTAILIMAGES_IMAGE_MODEL = "home.CampaignImage"
# The migration that creates the image model. Apps that point at images depend on it through
# this setting, not on `home` by name; swappable_dependency() would name home's first
# migration, which runs before the image table exists.
IMAGE_MODEL_MIGRATION = ("home", "0002_site_and_media")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The site speaks English (at `/`, as it always did) and Spanish (at `/es/`). Interface strings
# come from the catalogues under locale/ and each app's locale/; pages and snippets are
# translated in the admin with wagtail-localize. One locale per language, no regional variants:
# the same page serves every Spanish reader.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# Each language's named date formats and its thousands separator (site_core/formats/).
FORMAT_MODULE_PATH = ["site_core.formats"]
# The campaign's home time zone: every date an editor or reader sees is shown in it, named.
TIME_ZONE = env_str("TIME_ZONE", "America/Los_Angeles")
USE_I18N = True
USE_TZ = True

STATIC_URL = env_str("STATIC_URL", "/static/")
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = env_str("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Shared cache: Redis when REDIS_URL is set (required with several app servers, because rate
# limits and cached pages must be shared); a per-process memory cache otherwise.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "campaign"),
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The page cache (common/page_cache.py): anonymous readers' pages are kept in the cache above
# for PAGE_CACHE_SECONDS (0 turns it off) and purged when they change; a CDN may keep them as
# long (`s-maxage`) and serve a stale copy for PAGE_CACHE_STALE_SECONDS while it fetches a new
# one. Browsers, which nothing can purge, keep a page PAGE_BROWSER_CACHE_SECONDS. Without
# JavaScript a petition's count is at most PAGE_CACHE_SECONDS + PAGE_CACHE_STALE_SECONDS old.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 60)
PAGE_CACHE_STALE_SECONDS = env_int("PAGE_CACHE_STALE_SECONDS", 30)
# Each app process also keeps the pages it served lately this long (a few hundred at most), so a
# page being shared costs one Redis round trip a second per process, not one per request. It is
# how long after a purge made elsewhere a process may still serve the old copy (0 turns it off).
PAGE_CACHE_LOCAL_SECONDS = env_int("PAGE_CACHE_LOCAL_SECONDS", 1)
PAGE_BROWSER_CACHE_SECONDS = env_int("PAGE_BROWSER_CACHE_SECONDS", 0)
# Query parameters that change a page (pagination, an index's filters): each value is a cached
# page of its own. A request with any other parameter (tracking ones aside) is not cached.
PAGE_CACHE_QUERY_PARAMETERS = env_list("PAGE_CACHE_QUERY_PARAMETERS", "page,tag,year,campaign")

# The edge cache in front of the app servers, purged through Wagtail's frontend_cache (a task
# on the worker) whenever the page cache is: Varnish (or any cache that takes HTTP PURGE) at
# each FRONTEND_CACHE_HTTP_URLS address, Cloudflare, CloudFront; each only when set.
WAGTAILFRONTENDCACHE = {
    f"http-{number}": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": location,
    }
    for number, location in enumerate(env_list("FRONTEND_CACHE_HTTP_URLS"))
}
if env_str("FRONTEND_CACHE_CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": env_str("FRONTEND_CACHE_CLOUDFLARE_ZONEID"),
        "BEARER_TOKEN": env_str("FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN"),
    }
if env_str("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env_str("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"),
    }

# Sessions live in the database (shared by every app server), read through the cache.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# No script reads these cookies (the admin takes its CSRF token from the page), and none is
# sent on a cross-site post; production also makes them HTTPS-only.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Background work (emails and other deferred jobs) goes through a database-backed queue that a
# `manage.py db_worker` process drains; tests run tasks inline.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# The scheduler (`manage.py run_scheduler`, see editorial/scheduler.py) ticks every
# SCHEDULER_INTERVAL_SECONDS: it publishes and expires scheduled pages and snippets, then runs
# SCHEDULER_JOBS in order. An entry is the dotted path of a callable taking no arguments and
# returning an optional one-line summary, or a (path, seconds) pair for a job that needs to
# run less often. Apps add their periodic work here (counts, anonymisation).
SCHEDULER_INTERVAL_SECONDS = env_int("SCHEDULER_INTERVAL_SECONDS", 30)
# Between ticks it looks for the next scheduled go-live or expiry this often (one cheap query
# per model), and sleeps until exactly then: a post scheduled for 09:00 is live at 09:00.
SCHEDULER_POLL_SECONDS = env_int("SCHEDULER_POLL_SECONDS", 5)
SCHEDULER_JOBS = ["editorial.jobs.publish_scheduled_content"]
SCHEDULER_JOBS.append(("actions.jobs.anonymise_expired_supporters", 60 * 60))
# Letters that waited for an office's daily limit go out once their day comes.
SCHEDULER_JOBS.append(("actions.jobs.send_due_letters", 5 * 60))
# The dashboard warns when the scheduler has not finished a run for this long, and lists
# scheduled items whose time passed this long ago without them going live or offline.
SCHEDULER_STALE_MINUTES = env_int("SCHEDULER_STALE_MINUTES", 5)
SCHEDULER_OVERDUE_MINUTES = env_int("SCHEDULER_OVERDUE_MINUTES", 2)
# /health/ reports the task queue unhealthy when more tasks than this wait for the worker.
HEALTH_MAX_QUEUED_TASKS = env_int("HEALTH_MAX_QUEUED_TASKS", 1000)

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Campaign <campaign@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# A petition signature is a few hundred bytes; refuse anything far larger before parsing it.
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DATA_UPLOAD_MAX_MEMORY_SIZE", 10 * 1024 * 1024)
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    # No email address or emailed link's token in any line (common/request_log.py).
    "filters": {"personal_data": {"()": "common.request_log.RedactPersonalData"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["personal_data"],
        }
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # gunicorn's error log writes a malformed request's peer address: through the
        # filter too (Django configures logging in each worker, after gunicorn has).
        "gunicorn.error": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

WAGTAIL_SITE_NAME = env_str("SITE_NAME", "Enlace Campaign Hub")
WAGTAILADMIN_BASE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# Each page indexed and searched in its own language's PostgreSQL text search configuration
# (search/backend.py); on SQLite, Wagtail's database backend as it comes.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.backend",
        "SEARCH_CONFIGS": {"en": "english", "es": "spanish"},
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents always go through Wagtail's serve view, also with object storage: it enforces
# their privacy settings and adds the safe-download headers (common/media.py); a redirect to
# the bucket would do neither. Only PDFs open in the browser; everything else is saved.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
# Wagtail's own list, named so that SVG stays out: an SVG is a document that can run script,
# and the site serves uploads from its own origin.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# How long browsers and the edge keep an upload the app serves itself (common/media.py).
MEDIA_CACHE_SECONDS = env_int("MEDIA_CACHE_SECONDS", 24 * 60 * 60)
# No avatars from gravatar: the site never calls third parties on a reader's or editor's behalf.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No "What's new in Wagtail" banner on the dashboard: staff read the campaign's editor guide.
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Staff may use the admin in English or Spanish (Account → Preferences).
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# "Translate this page" makes a Spanish draft, never a live page with the English words: the
# translation is published like any page, through the approval workflow (editorial).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Taking action (the actions app): petitions, RSVPs, endorsements --------------------------
# Form posts from one internet connection to one form that count at once, per minute and per
# hour; more are stored but held for a data steward (actions/abuse.py). Beyond the ceiling per
# minute the form asks the sender to wait (429). These are the starting values: data stewards
# change them, and set per-form ones, under Settings → Form limits. Generous, because a rally
# on one Wi-Fi network or a mobile carrier's NAT puts many honest signers on one address.
ACTIONS_FORM_LIMITS = {
    "burst_per_minute": env_int("ACTIONS_BURST_PER_MINUTE", 60),
    "sustained_per_hour": env_int("ACTIONS_SUSTAINED_PER_HOUR", 300),
    "ceiling_per_minute": env_int("ACTIONS_CEILING_PER_MINUTE", 3000),
    # Posts to one form in an hour whose addresses share one email domain, from any number of
    # connections, before more are held: a bot spread over many addresses with one throwaway
    # domain. The big free providers are never limited this way (actions/email_typos.py).
    "domain_per_hour": env_int("ACTIONS_DOMAIN_PER_HOUR", 500),
}
# Each app process keeps the form limits and block list it read this many seconds: how long a
# steward's change may take to reach the other servers (0 reads the shared cache every post).
ACTIONS_LIMITS_LOCAL_SECONDS = env_int("ACTIONS_LIMITS_LOCAL_SECONDS", 5)
# Largest form post from the public, in bytes (an endorsement with a 2 MB logo fits).
ACTIONS_MAX_POST_BYTES = env_int("ACTIONS_MAX_POST_BYTES", 3 * 1024 * 1024)
ACTIONS_POST_LIMIT_EXEMPT_PATHS = ["/admin/"]
# The public petition count may lag the database by this many seconds during a burst.
ACTIONS_COUNT_CACHE_SECONDS = env_int("ACTIONS_COUNT_CACHE_SECONDS", 5)
# Supporters' names and contact details are erased this many days after a petition closes
# or an event ends (`manage.py anonymise_supporters`, also run hourly by the scheduler).
ACTIONS_ANONYMISE_AFTER_DAYS = env_int("ACTIONS_ANONYMISE_AFTER_DAYS", 90)
# However long a page stays open (a petition without a closing date never closes), a signer's
# or attendee's name and contact details are erased this many days after they acted, and an
# endorsement's contact person this long after it was sent if nobody reviewed it; a reviewed
# endorsement's contact goes ACTIONS_ANONYMISE_AFTER_DAYS after the review. Two years by default.
ACTIONS_SUPPORTER_MAX_AGE_DAYS = env_int("ACTIONS_SUPPORTER_MAX_AGE_DAYS", 730)
# Email signups ("Get campaign updates") are deleted this many days after the person signed up:
# consent that old should be asked for again.
ACTIONS_SIGNUP_KEEP_DAYS = env_int("ACTIONS_SIGNUP_KEEP_DAYS", 730)
# The phone keyboard for the ZIP/postcode field: "numeric" suits US ZIP codes; use "text"
# when many signers have postcodes with letters (UK, Canada).
ACTIONS_POSTCODE_INPUTMODE = env_str("ACTIONS_POSTCODE_INPUTMODE", "numeric")
# A form sent sooner than this many seconds after the reader started typing is held for a
# data steward to review (never refused). One second: scripts fill a form in a few
# milliseconds, while a person who lets the browser autofill still taps a field, picks the
# suggestion and reaches the button, which takes longer. 0 switches the check off.
ACTIONS_MIN_FILL_SECONDS = env_int("ACTIONS_MIN_FILL_SECONDS", 1)
# The optional "quick check" (proof of work) an editor switches on for a page under attack:
# how long a puzzle stays valid, and its size (the largest number the browser may have to
# try). 250,000 took 1.4-2.1 s from focus to solved in headless Chromium on a busy 2-core
# machine, and 0.04 s in native code: it makes a flood run a browser or code of its own for
# every post, it does not stop a determined bot (the held queue does that).
ACTIONS_PROOF_OF_WORK_EXPIRE_SECONDS = env_int("ACTIONS_PROOF_OF_WORK_EXPIRE_SECONDS", 1200)
ACTIONS_PROOF_OF_WORK_MAX_NUMBER = env_int("ACTIONS_PROOF_OF_WORK_MAX_NUMBER", 250_000)
# Expired or blocked form security checks get a plain-words page instead of Django's.
CSRF_FAILURE_VIEW = "actions.views.csrf_failure"
# Counts by state (the petition page's map, states.json): a state with fewer supporters than
# this is never shown with its number, so nobody in a small place can be picked out.
ACTIONS_PLACE_MIN_COUNT = env_int("ACTIONS_PLACE_MIN_COUNT", 10)
# The signature history for staff shows a day hour by hour when it had more signatures than
# this (the last 48 hours are always shown by the hour).
ACTIONS_HISTORY_BURST_PER_DAY = env_int("ACTIONS_HISTORY_BURST_PER_DAY", 500)
# Source codes a link may carry (?source=email) and the channel each one means ("" leaves the
# channel to where the reader came from). A record keeps one of these or a partner's code
# (Campaign lists → Organisations); anything else is stored as "other" (actions/sources.py).
ACTIONS_SOURCES = {
    "email": "email",
    "newsletter": "email",
    "facebook": "social",
    "twitter": "social",
    "x": "social",
    "instagram": "social",
    "whatsapp": "social",
    "bluesky": "social",
    "mastodon": "social",
    "threads": "social",
    "tiktok": "social",
    "youtube": "social",
    "reddit": "social",
    "linkedin": "social",
    "telegram": "social",
    "signal": "social",
    "sms": "other",
    "partner": "partner",
    "widget": "partner",
    "website": "direct",
    "qr": "other",
    "flyer": "other",
    "event": "other",
    "ads": "other",
    "search": "search",
    "other": "",
}
