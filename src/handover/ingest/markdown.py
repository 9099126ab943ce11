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
    # link reference definitions (not footnotes: "[^1]: Among the 230 ...")
    (re.compile(r"^[ \t]*\[(?!\^)[^\]]+\]:[ \t]*\S+.*$", re.MULTILINE), ""),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # inline links
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"<(https?://[^>]+)>"), r"\1"),  # autolinks
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),  # inline HTML tags
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE),
     r"\1"),  # ATX headings
    (re.compile(r"^[ \t]{0,3}(=+|-+)[ \t]*$", re.MULTILINE), ""),  # setext underlines
    (re.compile(r"^[ \t]{0,3}([-*_])([ \t]*\1){2,}[ \t]*$", re.MULTILINE), ""),  # rules
    (re.compile(r"^[ \t]{0,3}(>[ \t]?)+", re.MULTILINE), ""),  # block quotes
    (re.compile(r"^([ \t]*)(?:[-*+]|\d+[.)])[ \t]+", re.MULTILINE), r"\1"),  # list markers
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])"), r"\2"),  # emphasis
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),  # strike-through
    (re.compile(r"`([^`]+)`"), r"\1"),  # code spans
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])"), r"\1"),  # backslash escapes
)


# a table: a row, a rule under it ("|---|:--:|"), and the rows after
_RULE_CELL = r"[ \t]*:?-{3,}:?[ \t]*"
_TABLE = re.compile(rf"^[ \t]*(\|?[^\n|]*\|.*)\n[ \t]*\|?{_RULE_CELL}(?:\|{_RULE_CELL})*\|?[ \t]*\n"
                    r"((?:[ \t]*\|?[^\n|]*\|.*(?:\n|$))*)", re.MULTILINE)


def _rows(table: re.Match[str]) -> str:
    """A table as one row per line, each "| cell | cell |" as HTML tables are read; the rule
    goes."""
    lines = [table.group(1), *table.group(2).splitlines()]
    rows = ["| " + " | ".join(cell.strip() for cell in line.strip().strip("|").split("|")) + " |"
            for line in lines if line.strip()]
    return "\n\n".join(rows) + "\n"


@dataclass(frozen=True)
class MarkdownText:
    """The readable text of a Markdown file and what its front matter says."""

    text: str
    meta: dict[str, str]


# A section of references ("## References", "## Примечания") up to the next heading: its
# items cite sources, they report nothing.
_REFERENCES = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(?:references|sources|citations|bibliography|"
                         r"примечания|примітки|джерела|источники|список литературы|література)"
                         r"[ \t#:]*\n(?:(?![ \t]{0,3}#).*(?:\n|\Z))*",
                         re.IGNORECASE | re.MULTILINE)


def markdown_to_text(source: str) -> MarkdownText:
    """Readable text from Markdown, and the fields of its YAML front matter (if any)."""
    meta: dict[str, str] = {}
    match = _FRONT_MATTER.match(source)
    if match:
        meta = {k.lower(): v for k, v in _FIELD.findall(match.group(1))}
        source = source[match.end():]
    text = _TABLE.sub(_rows, _REFERENCES.sub("", source))
    for pattern, replacement in _SUBS:
        text = pattern.sub(replacement, text)
    lines = [line.rstrip() for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return MarkdownText(text=text, meta=meta)
