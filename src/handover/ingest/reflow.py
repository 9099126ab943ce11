"""Plain text laid out for paper put back into paragraphs: text pulled out of a PDF or a mail
wrapped at a fixed width breaks its sentences at line ends, hyphenates words across them and
runs page numbers and headers through them.

>>> text = "\\n".join([
...     "The sides exchanged the remains of their dead at a scale never",
...     "seen before; the first stage, on 11 June, brought back 1.2 thou-",
...     "sand bodies, and the talks that had agreed it were not yet over,",
...     "nor was the war that had made the dead.",
...     "A second line that was written short.",
...     "And one more that stands alone."])
>>> paragraphs = reflow(text).split("\\n")
>>> len(paragraphs), "1.2 thousand bodies" in paragraphs[0], paragraphs[2]
(3, True, 'And one more that stands alone.')

Lines are joined only where the text shows it was wrapped: the next line's first word would
not have fitted on the line before it. A text of one paragraph per line is left as it is.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["reflow"]

# "12", "- 12 -", "Page 3", "3/12", "стор. 4": a page's number on a line of its own
_PAGE_NUMBER = re.compile(r"\s*(?:[-–—]\s*)?(?:(?:page|p\.|стор\.?|с\.|стр\.?)\s*)?\d{1,3}"
                          r"(?:\s*(?:/|of|з|из)\s*\d{1,3})?(?:\s*[-–—])?\s*", re.IGNORECASE)
# "Annual report 2022            17": a running title, the page's number far to its right
# (or a column's: "STANDING COMMITTEE ON EXTERNAL AFFAIRS            Col. 311")
_NUMBERED_FOOTER = re.compile(r"\s*(\S.{8,}?)\s{3,}(?:(?:col|page|p|стор|стр|с|стб)\.?\s*)?"
                              r"\d{1,4}(?:\s*(?:/|of|из|з)\s*\d{1,4})?\s*", re.IGNORECASE)
# What opens a line that starts a block of its own: a list item, a numbered paragraph, a row
# (a list's number is small: "103. По данным" goes on with "по формуле 103 на")
_BLOCK_START = re.compile(r"\s*(?:[-•*–—]\s|(?:[1-9]|[1-3]\d)[.)]\s|\(\w{1,3}\)\s|\||>\s*$)")
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_QUOTE_MARK = re.compile(r"^\s*>+ ?")
_TYPED_DASH = re.compile(r"[ \t]+--[ \t]+")
# a footnote's number set after a sentence's full stop ("... гражданских лиц.3 Среди"; "по
# формуле 146 на 146.4 По словам"), in text laid out for paper
_FOOTNOTE_MARK = re.compile(r"(?:(?<=[^\W\d_])|(?<=[^\W\d_][»\"”)])|(?<=\d\d))\.\d{1,2}"
                            r"(?=\s+[A-ZА-ЯІЇЄҐЁ«\"„])")
_MIN_WIDTH = 40
_MAX_WIDTH = 110
# A header repeated on every page is furniture only next to a page number.
_FURNITURE_REACH = 2


def without_note_marks(text: str) -> str:
    """``text`` without footnote numbers set in superscript after a word or its closing
    mark ("троє — в росії⁴.", "the 1,212 figure.²"): they are no part of the word."""
    return _NOTE_MARK.sub("", text) if _SUPERSCRIPT.search(text) else text


_SUPERSCRIPT = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]")
_NOTE_MARK = re.compile(r"(?<![\s\d])[⁰¹²³⁴⁵⁶⁷⁸⁹]+")  # (not a power after a number: "10²")


def reflow(text: str) -> str:
    """``text`` with hard-wrapped lines joined, words hyphenated at line ends mended, page
    numbers (with the running headers beside them) and mail's quote marks removed, and a
    typewriter's double hyphen made a dash; other text is unchanged."""
    text = _TYPED_DASH.sub(" — ", text)
    lines = text.split("\n")
    furniture = _furniture(lines)
    if furniture or _wrap_width(lines) is not None:
        blocks = _page_runs(lines, furniture)
        lines = [_FOOTNOTE_MARK.sub(".", line) for line in _joined_runs(
            blocks, _wrap_width([line for run in blocks for line in run]))]
    return "\n".join(_QUOTE_MARK.sub("", line) if ">" in line[:8] else line for line in lines)


def _furniture(lines: list[str]) -> set[int]:
    """Lines that are page numbers, and the running headers or footers next to them."""
    numbers = {i for i, line in enumerate(lines) if line.strip() and _PAGE_NUMBER.fullmatch(line)
               and _stands_alone(lines, i)} | _numbered_footers(lines)
    if not numbers:
        return set()
    counts = Counter(line.strip() for line in lines if line.strip())
    headers = {i for i, line in enumerate(lines) if counts[line.strip()] > 1
               and len(line.strip()) >= 10
               and any(abs(i - n) <= _FURNITURE_REACH for n in numbers)}
    return numbers | headers


def _numbered_footers(lines: list[str]) -> set[int]:
    """"Annual report 2022            17": a running title with the page's number set far to
    its right, the same title on more than one page."""
    titled = [(i, found.group(1)) for i, line in enumerate(lines)
              if line[-1:].isdigit() and "   " in line
              and (found := _NUMBERED_FOOTER.fullmatch(line)) is not None]
    counts = Counter(title for _, title in titled)
    return {i for i, title in titled if counts[title] > 1}


def _stands_alone(lines: list[str], index: int) -> bool:
    """Whether a page number is set apart: indented far, or with no text on either side."""
    line = lines[index]
    if len(line) - len(line.lstrip()) >= 20:
        return True
    before = lines[index - 1].strip() if index > 0 else ""
    after = lines[index + 1].strip() if index + 1 < len(lines) else ""
    return not before and not after


def _page_runs(lines: list[str], furniture: set[int]) -> list[list[str]]:
    """The lines between page furniture, one list per page, blank lines at their ends cut."""
    pages: list[list[str]] = [[]]
    for index, line in enumerate(lines):
        if index in furniture:
            if pages[-1]:
                pages.append([])
            continue
        pages[-1].append(line)
    return [run for run in map(_trim_blank, pages) if run]


def _trim_blank(lines: list[str]) -> list[str]:
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def _runs_on(last: str, first: str) -> bool:
    """Whether the line after a page break goes on with the sentence before it: it opens in
    lower case, or the line before is a line of prose left unfinished ("... on Thursday 30"
    over "January, in exchange for 110 prisoners"), not a heading."""
    following = first.lstrip()
    prose = len(last.rstrip()) >= _MIN_WIDTH
    return bool(following) and (following[0].islower() or prose) and not _SENTENCE_END.search(
        last.rstrip()) and not _BLOCK_START.match(first)


def _wrap_width(lines: list[str]) -> int | None:
    """The width text was wrapped at, or None when too few lines show it was."""
    # (a paragraph written on one line was never wrapped: only lines with a neighbour count,
    # so a letter's long paragraphs do not hide the wire copy wrapped inside it)
    lengths = sorted((len(line.rstrip()) for index, line in enumerate(lines) if line.strip()
                      and _has_neighbour(lines, index)), reverse=True)
    if len(lengths) < 4:
        return None
    width = lengths[len(lengths) // 10]
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:
        return None
    wrapped = sum(_was_wrapped(a, b, width) for a, b in zip(lines, lines[1:], strict=False))
    return width if wrapped >= 3 else None


def _has_neighbour(lines: list[str], index: int) -> bool:
    """Whether a line stands next to another line of text (not alone in its paragraph)."""
    return any(0 <= i < len(lines) and lines[i].strip() for i in (index - 1, index + 1))


def _was_wrapped(line: str, following: str, width: int) -> bool:
    """Whether ``following`` goes on ``line``'s paragraph: its first word did not fit."""
    if not line.strip() or not following.strip() or _BLOCK_START.match(following):
        return False
    quoted = _QUOTE_MARK.match(line) is not None
    if quoted != (_QUOTE_MARK.match(following) is not None):
        return False
    rest = _QUOTE_MARK.sub("", following, count=1)
    if quoted:  # (a quote keeps the wrapping of the mail it came from, marks added after)
        return bool(rest.strip()) and bool(_QUOTE_MARK.sub("", line).strip()) and not (
            _BLOCK_START.match(rest))
    if len(line.rstrip()) + 1 + len(rest.split()[0]) > width:
        return True
    # (wrapped by hand, not to the last character: a line near the width, left unfinished,
    # and the next going on in lower case or with a figure)
    opening = rest.lstrip()[:1]
    # (a figure goes on a line only after a short word that cannot end one: "по формуле 103
    # на" over "103. По данным", not a list's "... с каждой стороны" over "14 августа — ...")
    going_on = opening.islower() or opening.isdigit() and bool(_OPEN_END.search(line))
    return (len(line.rstrip()) >= width - _NEAR_WIDTH and going_on
            and not _SENTENCE_END.search(line.rstrip()))


_NEAR_WIDTH = 12
_OPEN_END = re.compile(r"(?<![\w'’-])[^\W\d_]{1,3}\s*$")


def _joined_runs(runs: list[list[str]], width: int | None) -> list[str]:
    """The lines of every page, wrapped lines joined; a sentence that runs across a page
    break joined too, other breaks kept as a blank line."""
    out: list[str] = []
    previous = ""
    for number, run in enumerate(runs):
        for index, line in enumerate(run):
            across = number > 0 and index == 0
            if across and out and _runs_on(out[-1], line) or (
                    not across and index and width is not None
                    and _was_wrapped(previous, line, width)):
                out[-1] = _joined(out[-1], line)
            else:
                if across:
                    out.append("")
                out.append(line)
            previous = line
    return out


def _joined(line: str, following: str) -> str:
    """Two lines as one: a word hyphenated across them mended, a quote mark not repeated."""
    rest = following.lstrip()
    if _QUOTE_MARK.match(line) is not None:
        rest = _QUOTE_MARK.sub("", following, count=1)
    head = line.rstrip()
    if re.search(r"[^\W\d_]-$", head) and rest[:1].islower():
        return head[:-1] + rest
    return f"{head} {rest}"
