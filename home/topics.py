"""How a topic tag reads to people. Tags typed as slugs ("private-prisons", "sb-1289"), as the
captured site's were, would otherwise show as raw slugs in chips, headings and feed titles."""

from taggit.models import Tag

# Kept lower case inside a topic name ("Week of Action"), as in a headline.
SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to"})
VOWELS = frozenset("aeiouy")


def _word(word: str, first: bool) -> str:
    if not first and word in SMALL_WORDS:
        return word
    # A word without vowels is an abbreviation: "dhs" -> "DHS", "sb" -> "SB".
    if word.isalpha() and not VOWELS & set(word):
        return word.upper()
    return word.capitalize()


def topic_name(tag: Tag) -> str:
    """The tag's name as editors typed it, or, for a name typed as a slug, that slug in words:
    "dignity-not-detention" -> "Dignity Not Detention", "sb-1289" -> "SB 1289"."""
    if tag.name != tag.slug:
        return tag.name
    words = tag.name.split("-")
    return " ".join(_word(word, index == 0) for index, word in enumerate(words) if word)
