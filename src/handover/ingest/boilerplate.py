"""Removing what a site wraps around a report: comment forms, credits, share and related links.

Plain-text and Markdown copies of web pages keep the site's furniture (the seed report ends with
a WordPress comment form and a theme credit); HTML extraction can leave some too. Whole lines
are judged, never parts of sentences, so the words of the report stay intact.

>>> strip_boilerplate("Russia returned 27 bodies.\\n\\nLeave a Reply\\n\\nName *")
'Russia returned 27 bodies.'
"""

from __future__ import annotations

import re

__all__ = ["strip_boilerplate"]

# Lines are compared in lower case and case-sensitively (several times faster than
# ignoring case); patterns that must open a line are tried there only.
# A comment form or comment section: nothing after it belongs to the report.
_TAIL = re.compile(
    r"\W*(leave a (reply|comment)|post a comment|add a comment|\d*\s*comments?\s*:?$"
    r"|your email address will not be published|join the discussion|comments are closed"
    r"|залиш(іть|ити) (відповідь|коментар)|додати коментар|коментарі\s*:?$"
    r"|ваша (електронна )?адреса .*не буде опублікована"
    r"|оставить (ответ|комментарий)|добавить комментарий|комментарии\s*:?$"
    r"|ваш (адрес )?e-?mail не будет опубликован)"
)
# Lines that are furniture wherever they stand: a phrase anywhere in them ...
_LINE = re.compile(
    r"wordpress theme|powered by wordpress|theme by |all rights reserved|copyright ©"
    r"|required fields are marked|save my name, email|notify me of (new|follow-up)"
    r"|we use cookies|uses cookies|cookie (policy|settings|notice)|accept (all )?cookies"
    r"|subscribe to (our|the) [\w ]{0,20}newsletter"
    r"|sign up (for|to) (our|the) [\w ]{0,20}newsletter"
    r"|get our [\w ]{0,20}newsletter|unsubscribe at any time|comments are closed"
    r"|share this (story|article|post|page)|follow us (on|for)|\btags\s*:"
    r"|всі права захищені|все права защищены|використовуємо (файли )?cookie"
    r"|используем (файлы )?cookie|файли cookie|файлы cookie"
    r"|підпис(уйтесь|уйтеся|атися) на (наш|нас)|підпишіться на|подпис(ывайтесь|аться) на (наш|нас)"
    r"|подпишитесь на|skip to (main )?content"
    # links set in a row after a separator: "Listen (12 min) · Related: ..."
    r"|[·|•]\s*(related|read also|see also|читайте (також|также)|дивіться також|по темі"
    r"|по теме)\s*:|listen to the full (conversation|interview|briefing|programme|program)"
)
# ... or the whole of them, or how they open.
_LINE_OPENING = re.compile(
    r"\W*(©"
    r"|(share|tweet|share this|share on \w+|print|email|facebook|twitter|telegram"
    r"|whatsapp|linkedin|viber|copy link)\W*$"
    r"|(tags|теги|мітки)\s*:|(read (also|more|next)|see also|related|also read|more on this)\s*:"
    r"|(читайте (також|также|ще|еще)|дивіться також|смотрите также)\b"
    r"|((ещё|еще|больше|ссылки|материалы|статьи|новости) по теме"
    r"|(більше|посилання|матеріали|статті|новини) (на|за|по) тем(у|ою|і))\s*:"
    r"|related (links|stories|articles|coverage|reading)\s*:"
    r"|(поділитися|поделиться)\W*$"
    r"|(home|menu|search|main menu|головна|главная|пошук|поиск)\W*$)"
)
# A heading that opens a list of links to other stories.
_RELATED = re.compile(
    r"\W*(related( (articles|posts|stories|news|content|coverage|reading))?"
    r"|more (stories|news|coverage|from [\w'’ ]{1,40})|read (also|more|next)"
    r"|you (may|might) also like|recommended( for you)?|popular( (posts|news))?|latest news"
    r"|читайте (також|также)|схожі (новини|матеріали|публікації)|новини (по|за) темі"
    r"|похожие (новости|материалы|публикации)|новости по теме|по теме|популярне|популярное"
    r"|останні новини|последние новости|(ещё|еще|больше) по теме|більше (на|за) темою)\W*$"
)
_SENTENCE_END = re.compile(r"[.!?…][\"'”»’)]*$")
# A heading over a reference list ("## References", "Примечания"): its numbered items cite
# sources, they report nothing.
_REFERENCES = re.compile(r"[#=\s*]*(references|sources|citations|bibliography|примечания|"
                         r"примітки|джерела|источники|список литературы|література)[\s=*:]*$")
_CITED = re.compile(r"(\d{1,3}[.)]|\[\d{1,3}\]|\^|↑|[-*•])\s")


def strip_boilerplate(text: str) -> str:
    """``text`` without boilerplate lines, related-link lists and anything after a comment form."""
    lines = text.split("\n")
    kept: list[str] = []
    in_list = in_notes = False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            kept.append("")
            continue
        low = stripped.lower()
        if _TAIL.match(low) and index >= len(lines) // 3:
            break
        if _REFERENCES.fullmatch(low):
            in_notes = True
            continue
        if in_notes and _CITED.match(stripped):
            continue
        in_notes = False
        if _RELATED.match(low):
            in_list = True
            continue
        if in_list and not _is_prose(stripped):
            continue
        in_list = False
        if not (_LINE_OPENING.match(low) or _LINE.search(low)):
            kept.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def _is_prose(line: str) -> bool:
    """A sentence of the report rather than the title of a linked story."""
    words = len(line.split())
    return words >= 25 or (words >= 8 and bool(_SENTENCE_END.search(line)))
