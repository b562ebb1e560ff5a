"""The search backend: Wagtail's database backend (the `modelsearch` package) on PostgreSQL,
with every object indexed in its own language's text search configuration and every query
parsed in the reader's. Spanish pages are stemmed as Spanish ("detenciones" and "detención" are
one word), English ones as English.

Why one backend that picks the configuration per object, not one backend per language: the
database backend keeps one row per object (`IndexEntry`, unique on content type and object id)
in one table, whichever backend writes it, and Wagtail asks *every* configured backend to index
every object on each save (publish, unpublish, a translation's sync), in `update_index` and in
the demo loader's bulk pass. Two backends would both write each page's row with their own
configuration, the last one winning, and a backend told to skip the other language's pages
would still have to delete their rows on unpublish and move them when a tree is copied. One
backend writes each row once, stemmed for the object's locale, wherever the write comes from;
`add_items` groups a bulk add by language, so a mixed batch is still one INSERT per language.

Queries are parsed with the configuration of the active language, which on the public site is
the reader's (taken from the address, common/language.py). The search page narrows results to
the reader's locale (search/views.py), so a query and the rows it matches were stemmed alike.
In the admin the editor's language parses the query; a word spelled the same in both languages
still finds pages of either. Objects without a locale (images, documents) are indexed in the
site's default language. After changing SEARCH_CONFIGS, run `manage.py update_index`.

On any other database (SQLite under `make run`) this is modelsearch's own database backend,
unchanged (SQLite full text does not stem, so there is no configuration to choose)."""

import copy
from collections import defaultdict
from collections.abc import Iterable

from django.conf import settings
from django.db import connection
from django.utils import translation
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.models import Locale


def object_languages(objs: list) -> list[str]:
    """Each object's language code ('' for objects that have no locale), in one query."""
    locale_ids = {getattr(obj, "locale_id", None) for obj in objs} - {None}
    codes = dict(Locale.all_objects.filter(pk__in=locale_ids).values_list("pk", "language_code"))
    return [codes.get(getattr(obj, "locale_id", None), "") for obj in objs]


class LocalisedIndex(PostgresIndex):
    def add_items(self, model, objs: Iterable) -> None:
        objs = list(objs)
        by_config = defaultdict(list)
        for obj, language in zip(objs, object_languages(objs), strict=True):
            by_config[self.backend.config_for_language(language)].append(obj)
        for config, group in by_config.items():
            # modelsearch's indexer reads the configuration from the backend it is given.
            PostgresIndex(self.backend.writing(config)).add_items(model, group)


class LocalisedSearchQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend) -> str:
        return backend.config_for_language(translation.get_language() or "")


class LocalisedPostgresSearchBackend(PostgresSearchBackend):
    """Settings: SEARCH_CONFIGS maps language codes to PostgreSQL text search configurations,
    e.g. {"en": "english", "es": "spanish"}; a language not listed uses the default language's
    (LANGUAGE_CODE), else 'simple'."""

    query_compiler_class = LocalisedSearchQueryCompiler
    index_class = LocalisedIndex

    def __init__(self, params: dict):
        super().__init__(params)
        self.configs = dict(params.get("SEARCH_CONFIGS", {}))
        self.default_config = self.configs.get(settings.LANGUAGE_CODE, "simple")
        self.config = self.default_config

    def config_for_language(self, language_code: str) -> str:
        code = language_code.lower()
        return self.configs.get(code) or self.configs.get(code.split("-")[0], self.default_config)

    def writing(self, config: str) -> "LocalisedPostgresSearchBackend":
        """This backend, indexing with `config`."""
        backend = copy.copy(self)
        backend.config = config
        return backend


def SearchBackend(params: dict):
    """What modelsearch builds a backend from (it looks this name up in a backend module)."""
    if connection.vendor == "postgresql":
        return LocalisedPostgresSearchBackend(params)
    return DatabaseSearchBackend(params)
