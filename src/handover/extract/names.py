"""Party names in text: every alias of the registry, in every inflected form it holds, found
by one scan of the text.

>>> from handover.domain import PartyRegistry
>>> party_matchers(PartyRegistry.builtin()).spans("Kyiv's envoy met the Houthi-held Sanaa team.")
[(0, 6, 'Ukraine'), (21, 38, 'Houthis')]
"""

from __future__ import annotations

import re

from handover.domain.registry import PartyRegistry
from handover.extract.patterns.forms import trie
from handover.extract.patterns.words import lowered

__all__ = ["Matchers", "party_matchers"]

_TOKEN = re.compile(r"\w+(?:[.'’ʼ-]\w+)*\.?")


class Matchers:
    """Every alias of a registry, indexed by its first word for a fast scan of the text.

    One pattern of every first word, shaped as a trie, finds where a name may start; the
    index then tells which alias starts there (the longest wins). Only those few places are
    looked at word by word.
    """

    def __init__(self, registry: PartyRegistry) -> None:
        self.registry = registry
        exact = registry.case_sensitive_aliases()
        self.index: dict[str, list[tuple[tuple[str, ...], bool, str]]] = {}
        for alias in registry.aliases():
            sensitive = alias in exact
            words = tuple(t if sensitive else t.casefold() for t in _TOKEN.findall(alias))
            if len(words) > 1 and words[0] == "the":  # "the Kremlin" is found as "Kremlin"
                words = words[1:]
            if words:
                self.index.setdefault(words[0], []).append((words, sensitive, alias))
        for entries in self.index.values():
            entries.sort(key=lambda e: len(e[0]), reverse=True)
        self.longest = max((len(e[0]) for es in self.index.values() for e in es), default=1)
        # lower case against lower-cased text: several times faster than ignoring case
        first_words = trie(k.lower() for k in self.index)
        self.starts = re.compile(rf"(?:{first_words})(?=[\W_]|$)")

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, canonical name) of every alias in ``text``, longest first, no overlap."""
        out: list[tuple[int, int, str]] = []
        done = 0
        for start in self.starts.finditer(lowered(text)):
            at = start.start()
            if at < done or at > 0 and (text[at - 1].isalnum() or text[at - 1] in _JOINED):
                continue
            tokens = _tokens(text, start.start(), self.longest + 1)
            found = self._at(tokens, 0) if tokens else None
            if found is not None:
                length, name = found
                out.append((tokens[0].start(), _end(tokens[length - 1]), name))
                done = tokens[length - 1].end()
            elif tokens and "-" in tokens[0].group():
                done = tokens[self._held(tokens, 0, out) - 1].end()
        return out

    def _held(self, tokens: list[re.Match[str]], i: int,
              out: list[tuple[int, int, str]]) -> int:
        """"Houthi-held Sanaa", "Kyiv-controlled territory": the side that holds a place,
        one mention with the place when that names the same side. Returns tokens used."""
        head, _, tail = tokens[i].group().rpartition("-")
        name = self.registry.resolve(head) if tail.casefold() in _HOLDING else None
        if name is None:
            return 1
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        same = following is not None and any(self.registry.resolve(key) == name
                                             for key in _keys(following.group()))
        end = _end(following) if same and following is not None else tokens[i].start() + len(head)
        out.append((tokens[i].start(), end, name))
        return 2 if same else 1

    def _at(self, tokens: list[re.Match[str]], i: int) -> tuple[int, str] | None:
        word = tokens[i].group()
        for key in _keys(word):
            for words, sensitive, alias in self.index.get(key, ()):
                if self._matches(tokens, i, words, sensitive):
                    name = self.registry.resolve(alias)
                    if name is not None:
                        return len(words), name
        return None

    @staticmethod
    def _matches(tokens: list[re.Match[str]], i: int, words: tuple[str, ...],
                 sensitive: bool) -> bool:
        if i + len(words) > len(tokens):
            return False
        for offset, expected in enumerate(words):
            got = tokens[i + offset].group()
            last = offset == len(words) - 1
            candidates = _keys(got) if last else (got if sensitive else got.casefold(),)
            if expected not in [c if sensitive else c.casefold() for c in candidates]:
                return False
        return True


def _tokens(text: str, start: int, count: int) -> list[re.Match[str]]:
    """Up to ``count`` words of ``text`` from ``start`` (the first must start there)."""
    first = _TOKEN.match(text, start)
    if first is None:
        return []
    out = [first]
    while len(out) < count:
        following = _TOKEN.search(text, out[-1].end())
        if following is None:
            break
        out.append(following)
    return out


_JOINED = frozenset("_'’ʼ.-")  # a name never starts right after these
_HOLDING = frozenset(("held", "controlled", "led", "occupied", "backed", "run", "aligned"))


def _keys(word: str) -> tuple[str, ...]:
    """The word as written (folded) and without a possessive or a final full stop."""
    folded = word.casefold()
    out = [word, folded]
    for ending in ("'s", "’s", "ʼs", "'", "’"):
        if folded.endswith(ending):
            out += [word[: -len(ending)], folded[: -len(ending)]]
    if word.endswith(".") and not word.endswith(".."):
        out += [word[:-1], folded[:-1]]
    return tuple(dict.fromkeys(out))


def _end(token: re.Match[str]) -> int:
    """Where a matched name ends: before a sentence's full stop, after an abbreviation's."""
    word = token.group()
    if word.endswith(".") and word.count(".") == 1:
        return token.end() - 1
    return token.end()


_CACHE: dict[int, tuple[PartyRegistry, int, Matchers]] = {}


def party_matchers(registry: PartyRegistry) -> Matchers:
    """The alias index of the registry as it is now, built once while it does not change."""
    size = sum(len(p.aliases) + 1 for p in registry)
    cached = _CACHE.get(id(registry))
    if cached is not None and cached[0] is registry and cached[1] == size:
        return cached[2]
    matchers = Matchers(registry)
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[id(registry)] = (registry, size, matchers)
    return matchers
