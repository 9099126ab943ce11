"""HTML pages: the main text through trafilatura, and the page's own metadata.

trafilatura is imported on first use only: it costs a fifth of a second, which ``handover
--help`` and plain-text reports should not pay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from handover.errors import ExtractionError

__all__ = ["HtmlText", "html_to_text"]

_META_URL = ("og:url", "twitter:url")
_META_DATE = ("article:published_time", "og:published_time", "datepublished", "date",
              "pubdate", "publishdate", "dc.date", "dc.date.issued", "publication_date",
              "sailthru.date", "parsely-pub-date")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class HtmlText:
    """The main text of a page, with the title, canonical URL and publication date it states,
    and the name of the site that publishes it."""

    text: str
    title: str | None
    url: str | None
    published: date | None
    site: str | None = None


def html_to_text(source: str, path: str) -> HtmlText:
    """The main text and metadata of an HTML page; ExtractionError when it has no text."""
    import trafilatura
    from lxml import html as lxml_html  # type: ignore[import-untyped]

    try:
        tree = lxml_html.document_fromstring(source)
    except Exception as exc:  # lxml raises several types (ParserError, ValueError) on junk
        raise ExtractionError(f"unreadable HTML ({exc})", path=path) from exc
    meta = _page_metadata(tree)
    # fast: without the second and third opinions (readability, jusText) trafilatura asks
    # for when its own extraction looks thin; five times quicker, and our own fallback to
    # the page's paragraphs below covers the thin pages
    extracted: Any = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=True,
        favor_precision=True, fast=True,
    )
    text = extracted.text if extracted is not None and extracted.text else ""
    text = _unless_thin(tree, text, len(source)) if text.strip() else _paragraphs(tree)
    if not text.strip():
        raise ExtractionError("no readable text in the HTML page", path=path)
    text = _with_captions(tree, _with_subheadings(tree, _with_headline(tree, text)))
    title = meta.get("title") or (extracted.title if extracted is not None else None)
    url = meta.get("url") or (extracted.url if extracted is not None else None)
    published = _iso_date(meta.get("date")) or _iso_date(
        extracted.date if extracted is not None else None
    )
    site = meta.get("site") or _site_name(
        extracted.sitename if extracted is not None else None, meta.get("page_title"))
    return HtmlText(text=_paragraph_breaks(text), title=title, url=url, published=published,
                    site=site)


def _page_metadata(tree: object) -> dict[str, str]:
    """Title, URL and date from <meta>, <link rel=canonical>, <time> and <title>."""
    found: dict[str, str] = {}
    for element in tree.iter("meta", "link", "time", "title"):  # type: ignore[attr-defined]
        tag = element.tag
        key = (element.get("property") or element.get("name") or element.get("itemprop")
               or "").lower()
        content = (element.get("content") or "").strip()
        if tag == "meta" and key in _META_URL and content:
            found.setdefault("url", content)
        elif tag == "meta" and key in _META_DATE and content:
            found.setdefault("date", content)
        elif tag == "meta" and key in ("og:site_name", "application-name") and content:
            found.setdefault("site", content)
        elif tag == "meta" and key == "og:title" and content:
            found.setdefault("title", content)
        elif tag == "link" and (element.get("rel") or "").lower() == "canonical":
            found.setdefault("canonical", (element.get("href") or "").strip())
        elif tag == "time" and element.get("datetime"):
            found.setdefault("time", element.get("datetime").strip())
        elif tag == "title" and (element.text or "").strip():
            found.setdefault("page_title", " ".join(element.text.split()))
    if "url" not in found and found.get("canonical"):
        found["url"] = found["canonical"]
    if "date" not in found and "time" in found:
        found["date"] = found["time"]
    if "title" not in found and "page_title" in found:
        found["title"] = found["page_title"]
    return found


def _site_name(found: str | None, title: str | None) -> str | None:
    """The site's name trafilatura found, unless it is the head of a title whose tail names
    the site ("Постановление от 01.09.2025 № 512 — Администрация ... округа"), else the
    title's tail."""
    tail = _title_site(title)
    if found and tail and title and title.startswith(found) and found != tail:
        return tail
    return found or tail


def _title_site(title: str | None) -> str | None:
    """"Додому повертаються 205 українців — Координаційний штаб": the site's name a page
    title ends with, after a dash, a bar or a spaced colon ("... : Министерство обороны")."""
    parts = re.split(r"\s+[—–|:-]\s+", title or "")
    return parts[-1].strip() or None if len(parts) > 1 else None


def _paragraphs(tree: object) -> str:
    """A last resort for pages trafilatura finds too small: the text of every <p> and heading."""
    parts = []
    for element in tree.iter("h1", "h2", "h3", "p", "li"):  # type: ignore[attr-defined]
        words = _words_of(element)
        if words:
            parts.append(words)
    return "\n\n".join(parts)


def _unless_thin(tree: object, text: str, size: int) -> str:
    """trafilatura's text, or the page's own content blocks when it kept less than half
    of their words: a live blog's entries, each in its own <section>, read as one article
    and the rest dropped (``size``: the page's length in characters)."""
    if len(text) * _THIN * 2 >= size:
        return text  # (the cheapest test first: the text is most of the page itself)
    kept = len(text.split())
    root: Any = next(iter(tree.iter("main")), tree)  # type: ignore[attr-defined]
    if kept * _THIN >= len(root.text_content().split()):
        return text  # (the cheap test first: the blocks hold no more words than the whole)
    blocks = _content_blocks(root)
    return "\n\n".join(blocks) if kept * _THIN < sum(len(b.split()) for b in blocks) else text


_THIN = 2  # trafilatura's text is thin below one word in this many of the content blocks'


def _content_blocks(root: Any) -> list[str]:
    """The words of each paragraph, heading and list item of the page's main part (its
    <main>, else the page), outside navigation, asides, footers, forms and the blocks
    their class or id names as sharing, related links, comments and the like."""
    blocks = []
    for element in root.iter("h2", "h3", "h4", "p", "li", "blockquote"):
        if element.tag == "p" and element.getparent().tag == "li":
            continue  # (read with its item)
        if not any(_OUTSIDE_CONTENT.search(f"{a.tag} {a.get('class', '')} {a.get('id', '')}")
                   for a in element.iterancestors()) and (words := _words_of(element)):
            blocks.append(words)
    return blocks


_OUTSIDE_CONTENT = re.compile(r"^(?:aside|nav|header|form)\b|related|share|"
                              r"comment|cookie|promo|subscribe|newsletter|social|sidebar|"
                              r"menu|breadcrumb|footer|advert", re.IGNORECASE)


def _with_headline(tree: object, text: str) -> str:
    """The text with the page's headline (its first <h1>) first: trafilatura drops it with
    some layouts, and a headline states claims like any sentence."""
    for element in tree.iter("h1"):  # type: ignore[attr-defined]
        headline = _words_of(element)
        if headline and headline not in " ".join(text.split()):
            return f"{headline}\n\n{text}"
        break
    return text


def _with_subheadings(tree: object, text: str) -> str:
    """The text with the short headings trafilatura left out put back over the paragraph
    that follows each in the page ("<h2>24 серпня</h2>" over a digest's entry): a day or a
    topic heading dates or frames what it heads; so are a chat's lines that say whose post
    it forwards ("<div class="fwd">Переслано от: Министерство обороны ...</div>")."""
    lines = _single_spaced(text)
    for element in tree.iter("h2", "h3", "h4", "div", "span"):  # type: ignore[attr-defined]
        if element.tag in ("div", "span") and not _FORWARD_LINE.match(
                (element.text or "").strip()):
            continue  # (the cheap test first: a page has many blocks, few forwarded posts)
        heading = _words_of(element)
        following = element.getnext()
        if (not heading or len(heading.split()) > _SUBHEADING_WORDS or following is None
                or heading in lines):
            continue
        at = _line_opened_by(lines, _words_of(following))
        if at is not None:
            lines[at:at] = [heading, ""]
    return "\n".join(lines)


# a chat's line naming whose post it passes on
_FORWARD_LINE = re.compile(r"(?:forwarded from|переслано\s+(?:от|из|від|з))\b", re.IGNORECASE)
_SUBHEADING_WORDS = 10
_OPENING_CHARS = 60
_BLOCKS = frozenset(("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "dd"))


def _with_captions(tree: object, text: str) -> str:
    """The text with the captions of figures trafilatura left out put back where they stand
    in the page, after the last paragraph before each that the text has: a gallery's
    captions tell its story ("5/11 On Friday, 390 people came back to each side"). A
    photo counter ("5/11") opening a caption is left out."""
    if tree.find(".//figcaption") is None:  # type: ignore[attr-defined]
        return text
    lines = _single_spaced(text)
    at = 0  # where the next caption goes: after the last line of the page read so far
    for element in tree.iter():  # type: ignore[attr-defined]
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag not in _BLOCKS and tag != "figcaption":
            continue
        words = _words_of(element)
        if tag == "figcaption":
            words = _PHOTO_COUNTER.sub("", words)
        found = _line_opened_by(lines, words)
        if found is not None:
            at = max(at, found + 1)
        elif tag == "figcaption" and words:
            lines[at:at] = ["", words]
            at += 2
    return "\n".join(lines)


_PHOTO_COUNTER = re.compile(r"^\d{1,3}\s*/\s*\d{1,3}\s+")


def _words_of(element: object) -> str:
    """The text of an element, its spaces made single."""
    return " ".join(element.text_content().split())  # type: ignore[attr-defined]


def _single_spaced(text: str) -> list[str]:
    """The lines of ``text``, the spaces in each made single (as _paragraph_breaks leaves
    them)."""
    return [" ".join(line.split()) for line in text.split("\n")]


def _line_opened_by(lines: list[str], words: str) -> int | None:
    """The first of ``lines`` that opens as ``words`` do: where the page's block stands."""
    opening = words[:_OPENING_CHARS]
    return next((i for i, line in enumerate(lines) if opening and line.startswith(opening)),
                None)


def _paragraph_breaks(text: str) -> str:
    return "\n\n".join(line for line in _single_spaced(text) if line)


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    match = _ISO_DATE.search(value)
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
