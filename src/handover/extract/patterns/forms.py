"""Word lists made complete: every inflected form of a lemma, as one compact pattern.

The lexicons name words once, by their dictionary form. Ukrainian and Russian lemmas are
expanded by pymorphy3 into their whole paradigm (every case and number; every person, tense
and mood; in Russian also the participles and gerunds that share a verb's lexeme). English
verbs get their -s, -ed and -ing forms by the spelling rules, irregular pasts from a table, and
nouns their plurals. A list of forms then becomes one regular-expression fragment shaped as a
trie ("перед(?:ав|ала|али)"), so a pattern of hundreds of forms is still quick to match.

>>> trie(["passed", "pass", "passes"])
'pass(?:e(?:d|s))?'
>>> english_verbs(["free"])
['free', 'freed', 'freeing', 'frees']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from handover.extract.morph import analyzer

__all__ = ["SMALL_NUMBER_WORDS", "english_nouns", "english_verbs", "slavic", "trie"]

# Ukrainian and Russian number words from two to ninety, as "по" takes them for "each"
# ("по восемь гражданских", "по двоє"), whole words ("по одному" is "one at a time") and
# not ranges ("по два-три" is a few at a time)
SMALL_NUMBER_WORDS = (
    r"(?:два|две|дві|двое|двоє|три|трое|троє|четыре|чотири|четверо|пять|п['’ʼ]?ять|пятеро|"
    r"п['’ʼ]?ятеро|шесть|шість|шестеро|семь|сім|семеро|восемь|вісім|восьмеро|вісьмеро|"
    r"девять|дев['’ʼ]?ять|десять|\w+надцать|\w+надцять|двадцать|двадцять|тридцать|"
    r"тридцять|сорок|\w+десят)(?![\w-])")

# Irregular verbs of handing over, returning, releasing and carrying: past and participle.
_IRREGULAR = {
    "give": ("gave", "given"), "send": ("sent", "sent"), "bring": ("brought", "brought"),
    "take": ("took", "taken"), "get": ("got", "gotten"), "come": ("came", "come"),
    "fly": ("flew", "flown"), "let": ("let", "let"), "set": ("set", "set"),
    "win": ("won", "won"), "go": ("went", "gone"), "walk": ("walked", "walked"),
    "make": ("made", "made"), "lead": ("led", "led"), "hold": ("held", "held"),
    "swap": ("swapped", "swapped"), "ship": ("shipped", "shipped"),
    "transfer": ("transferred", "transferred"), "ferry": ("ferried", "ferried"),
    "carry": ("carried", "carried"), "bus": ("bused", "bused"),
}
_VOWELS = "aeiou"


def english_verbs(verbs: Iterable[str]) -> list[str]:
    """Every form of each English verb: base, third person, past, participle, gerund."""
    forms: set[str] = set()
    for verb in verbs:
        forms.update((verb, _third(verb), _gerund(verb), *_pasts(verb)))
    return sorted(forms)


def english_nouns(nouns: Iterable[str]) -> list[str]:
    """Each English noun in the singular and the plural ("body", "bodies")."""
    forms: set[str] = set()
    for noun in nouns:
        forms.update((noun, _plural(noun)))
    return sorted(forms)


def _third(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"


def _pasts(verb: str) -> tuple[str, ...]:
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb.endswith("e"):
        return (verb + "d",)
    if verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        return (verb[:-1] + "ied",)
    return (verb + "ed",)


def _gerund(verb: str) -> str:
    if verb in ("swap", "ship", "transfer", "set", "let", "get", "win", "bus"):
        return verb + verb[-1] + "ing"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    return verb + "ing"


def _plural(noun: str) -> str:
    if noun.endswith("child"):
        return noun + "ren"
    if noun.endswith(("man", "woman")):
        return noun[:-3] + "men"
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"


def slavic(lemmas: Iterable[str], lang: str, only: Iterable[str] = (),
           skip: Iterable[str] = ()) -> list[str]:
    """Every form pymorphy3 knows of each Ukrainian or Russian lemma; with ``only``, just
    the forms carrying all those grammemes (``{"PRTS"}``: "переданы", "освобождены"); with
    ``skip``, none of the forms carrying any of those (``{"PRTF"}``: no full participles).

    A participle used as a noun ("заключённый", whose dictionary form is the verb) gives the
    forms of that participle only, not of its verb. Russian forms with ``ё`` are also given
    with ``е``, as most texts write them. A lemma pymorphy3 does not know stands for itself.
    """
    morph = analyzer(lang)
    wanted = frozenset(only)
    unwanted = frozenset(skip)
    forms: set[str] = set()
    for lemma in lemmas:
        lemma = lemma.lower()
        parses = morph.parse(lemma)
        own = [p for p in parses if p.normal_form == lemma]
        if not wanted:
            forms.add(lemma)
        for reading in own or parses[:1]:
            same = _same_participle(reading) if not own else None
            for form in reading.lexeme:
                grammemes = set(form.tag.grammemes)
                if (wanted <= grammemes and not unwanted & grammemes
                        and (same is None or same(form.tag))):
                    forms.add(form.word)
    forms.update([f.replace("ё", "е") for f in forms if "ё" in f])
    return sorted(forms)


def _same_participle(reading: Any) -> Callable[[Any], bool]:
    """Forms of the same part of speech, voice and tense as ``reading`` (a participle)."""
    pos, voice, tense = reading.tag.POS, reading.tag.voice, reading.tag.tense
    return lambda tag: bool(pos == tag.POS and tag.voice == voice and tag.tense == tense)


def trie(words: Iterable[str]) -> str:
    """One regular-expression fragment matching exactly the given words, as a trie.

    The apostrophe of Ukrainian words matches any of the three ways of writing it.
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in set(words):
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _render(root)


def _render(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    ending = "" in node
    branches = [_char(c) + _render(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    if len(branches) == 1:
        body = branches[0]
        single = len(body) == 1 or re.fullmatch(r"\\.|\[[^\]]*\]", body) is not None
        return (body if single else f"(?:{body})") + "?" if ending else body
    return f"(?:{'|'.join(branches)})" + ("?" if ending else "")


def _char(char: str) -> str:
    if char in "'’ʼ":
        return "['’ʼ]"
    return re.escape(char)

