"""Whether ``3.`` is an ordinal ("am 3. Oktober") or a number that ends a sentence ("Nummer 1. Dann").

Only some languages write ordinals as a number and a full stop: German, the Nordic languages
(Danish, Norwegian, Icelandic, Faroese, Finnish), West and South Slavic (Czech, Slovak, Polish,
Slovenian, Croatian, Serbian, Bosnian), the Baltic and Finno-Ugric languages (Latvian,
Lithuanian, Estonian, Hungarian) and Turkish.  Even there, an ordinal stands before a word that
it qualifies: a month name, or a lowercase word (which never starts a sentence, so the sentence
rules already keep it), or — in German, where nouns are capitalised — a noun after a word that
introduces an ordinal (``der 2. Weltkrieg``, ``im 3. Stock``) as long as that word is not one
that starts a sentence (``am 3. Das passt``).
"""

from __future__ import annotations

ORDINAL_LANGUAGES = frozenset(
    {"de", "da", "no", "nb", "nn", "is", "fo", "fi", "cs", "sk", "pl", "sl", "hr", "sr", "bs",
     "lv", "lt", "et", "hu", "tr"}
)

_GERMAN_MONTHS = (
    "januar jänner februar feber märz april mai juni juli august september oktober november dezember"
)
_TURKISH_MONTHS = "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık"
# Month names that are capitalised (so the lowercase rule does not already cover them).
MONTHS: dict[str, frozenset[str]] = {
    "de": frozenset(_GERMAN_MONTHS.split()),
    "tr": frozenset(_TURKISH_MONTHS.split()),
}
_ANY_MONTH = frozenset().union(*MONTHS.values())

# German words after which a number with a full stop is an ordinal: articles, possessives and
# prepositions fused with an article.
_INTRODUCERS_DE = """am im vom zum zur beim ins ans der die das den dem des ab bis seit jeder jede jedes
    mein meine meinem meinen meiner sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer
    unser unsere unserem unseren unserer"""
_GERMAN_INTRODUCERS = frozenset(_INTRODUCERS_DE.split())
# Capitalised German words that start sentences rather than follow an ordinal.
_STARTERS_DE = """der die das den dem des ein eine einen einem einer ich du er sie es wir ihr man und aber
    oder denn doch dann danach also so nun jetzt heute morgen gestern hier da dort wenn als weil
    dass ob wie was wer wo warum wann bitte ja nein auch noch schon nicht mit in im auf für von
    zu bei nach vor über unter aus durch gegen ohne um dies diese dieser dieses jeder jede jedes
    mein meine dein deine sein seine unser unsere euer eure kein keine alle viele danke"""
_GERMAN_STARTERS = frozenset(_STARTERS_DE.split())
_PUNCTUATION = "\"'“”„‘’‚«»‹›()[]{}¿¡,.;:!?…"


def primary_language(code: str | None) -> str | None:
    """``pt-BR`` → ``pt``; None stays None."""
    if not code:
        return None
    return code.replace("_", "-").split("-")[0].lower()


def has_ordinals(code: str | None) -> bool:
    return primary_language(code) in ORDINAL_LANGUAGES


def can_follow_ordinal(language: str | None, previous: str, following: str) -> bool:
    """True when a number with a full stop between ``previous`` and ``following`` (whole words,
    punctuation included) is an ordinal in ``language`` (None: not known)."""
    lang = primary_language(language)
    word = following.strip(_PUNCTUATION).lower()
    if not word:
        return False
    if lang is None:
        return word in _ANY_MONTH
    if lang not in ORDINAL_LANGUAGES:
        return False
    if word in MONTHS.get(lang, ()) or following[:1].islower():
        return True
    if lang == "de":
        return previous.strip(_PUNCTUATION).lower() in _GERMAN_INTRODUCERS and word not in _GERMAN_STARTERS
    return False
