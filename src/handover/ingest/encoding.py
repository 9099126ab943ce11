"""Turning a report's bytes into text: byte-order marks, UTF-8, then detected legacy encodings.

Cyrillic reports still arrive in Windows-1251 and KOI8-R. The two share byte ranges, so a
wrong guess decodes without error into nonsense; every candidate is therefore checked for
text that reads like Cyrillic (mostly lower-case letters, vowels where words need them)
before it is accepted.
"""

from __future__ import annotations

import codecs
import re

from handover.errors import InputError

__all__ = ["decode_bytes"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Legacy encodings tried when UTF-8 fails, in the order the web has used them for Cyrillic.
_LEGACY = ("cp1251", "koi8_r", "koi8_u", "iso8859_5", "cp866", "mac_cyrillic", "cp1252")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CYR_VOWELS = set("аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ")
_PLAUSIBLE = 0.85  # real prose scores above 0.95; the wrong code page or noise below 0.8
_COMMON = set("оаеинтрсвлкіОАЕИНТРСВЛКІ")
_WORD = re.compile(r"[\u0400-\u04ff]+(?:['’ʼ-][\u0400-\u04ff]+)*")
_EDGE = ".,;:!?()[]{}«»\"'“”„‘’—–-…"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode_bytes(data: bytes, path: str) -> str:
    """The text of ``data``; raises InputError for binary data or an undetectable encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], encoding, path)
    if b"\x00" in data[:8192]:
        raise InputError("binary file, not text (it contains NUL bytes)", path=path)
    try:
        return _check_text(data.decode("utf-8"), path)
    except UnicodeDecodeError:
        pass
    return _check_text(_detect_legacy(data, path), path)


def _strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return _check_text(data.decode(encoding), path)
    except UnicodeDecodeError as exc:
        raise InputError(f"invalid {encoding} text after its byte-order mark", path=path) from exc


def _check_text(text: str, path: str) -> str:
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise InputError("binary file, not text (too many control characters)", path=path)
    return text


def _detect_legacy(data: bytes, path: str) -> str:
    """Ask charset-normalizer first, then every Cyrillic code page, keeping what reads best."""
    from charset_normalizer import from_bytes

    guess = from_bytes(data[:262144]).best()
    candidates = [guess.encoding] if guess is not None else []
    candidates.extend(enc for enc in _LEGACY if enc not in candidates)
    cyrillic: list[tuple[float, str]] = []
    latin: str | None = None
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        score = cyrillic_plausibility(text)
        if score is not None:
            cyrillic.append((score, text))
        elif guess is not None and encoding == guess.encoding and _mostly_ascii(text):
            latin = text
    best = max(cyrillic, key=lambda item: item[0], default=None)
    if best is not None and best[0] >= _PLAUSIBLE:
        return best[1]
    if latin is not None:  # a Latin-script legacy file, such as Windows-1252
        return latin
    raise InputError("could not detect the text encoding (not UTF-8, Windows-1251 or KOI8-R)",
                     path=path)


def cyrillic_plausibility(text: str) -> float | None:
    """How much decoded text reads like Cyrillic prose, 0..1; None when it has no Cyrillic.

    Prose is mostly lower case, its words are made of letters only and have vowels, and a
    dozen letters (о а е и н т р с в л к і) make up most of it. KOI8-R read as Windows-1251
    (or the reverse) swaps the cases; other code pages put symbols inside words or yield
    rare letters.
    """
    sample = text[:65536]
    letters: list[str] = _CYRILLIC.findall(sample)
    if len(letters) < max(3, sum(ch.isalpha() for ch in sample) // 10):
        return None
    lower: float = sum(ch.islower() for ch in letters) / len(letters)
    common: float = sum(ch in _COMMON for ch in letters) / len(letters)
    tokens = [t.strip(_EDGE) for t in sample.split() if _CYRILLIC.search(t)]
    pure: float = sum(bool(_WORD.fullmatch(t)) for t in tokens) / max(1, len(tokens))
    words: list[str] = re.findall(r"[\u0400-\u04ff]{3,}", sample)
    voweled: float = (sum(1 for w in words if any(ch in _CYR_VOWELS for ch in w)) / len(words)
                      if words else lower)
    return (lower + voweled + pure + min(1.0, common / 0.55)) / 4


def _mostly_ascii(text: str) -> bool:
    """Latin-script prose in a legacy code page: accented letters are the exception."""
    letters = [ch for ch in text[:65536] if ch.isalpha()]
    return bool(letters) and sum(ch.isascii() for ch in letters) / len(letters) >= 0.8
