r"""Markdown to readable text: the markup goes, the words stay.

>>> markdown_to_text("# Title\n\n**Russia** returned [27 bodies](https://x.example).").text
'Title\n\nRussia returned 27 bodies.'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["MarkdownText", "markdown_to_text"]

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n(?:---|\.\.\.)\s*(?:\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"^(\w+)\s*:\s*[\"']?(.*?)[\"']?\s*$", re.MULTILINE)
_SUBS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"<!--.*?-->", re.DOTALL), ""),
    (re.compile(r"^[ \t]*```.*$|^[ \t]*~~~.*$", re.MULTILINE), ""),  # fence lines, content kept
    (re.compile(r"^[ \t]*\[[^\]]+\]:[ \t]*\S+.*$", re.MULTILINE), ""),  # link reference definitions
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # inline links
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"<(https?://[^>]+)>"), r"\1"),  # autolinks
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),  # inline HTML tags
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE),
     r"\1"),  # ATX headings  # ATX headings
    (re.compile(r"^[ \t]{0,3}(=+|-+)[ \t]*$", re.MULTILINE), ""),  # setext underlines
    (re.compile(r"^[ \t]{0,3}([-*_])([ \t]*\1){2,}[ \t]*$", re.MULTILINE), ""),  # rules
    (re.compile(r"^[ \t]{0,3}(>[ \t]?)+", re.MULTILINE), ""),  # block quotes
    (re.compile(r"^([ \t]*)(?:[-*+]|\d+[.)])[ \t]+", re.MULTILINE), r"\1"),  # list markers
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])"), r"\2"),  # emphasis
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),  # strike-through
    (re.compile(r"`([^`]+)`"), r"\1"),  # code spans
    (re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$",
                re.MULTILINE), ""),  # table rules
    (re.compile(r"[ \t]*\|[ \t]*"), " "),  # table cells
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])"), r"\1"),  # backslash escapes
)


@dataclass(frozen=True)
class MarkdownText:
    """The readable text of a Markdown file and what its front matter says."""

    text: str
    meta: dict[str, str]


def markdown_to_text(source: str) -> MarkdownText:
    """Readable text from Markdown, and the fields of its YAML front matter (if any)."""
    meta: dict[str, str] = {}
    match = _FRONT_MATTER.match(source)
    if match:
        meta = {k.lower(): v for k, v in _FIELD.findall(match.group(1))}
        source = source[match.end():]
    text = source
    for pattern, replacement in _SUBS:
        text = pattern.sub(replacement, text)
    lines = [line.rstrip() for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return MarkdownText(text=text, meta=meta)
