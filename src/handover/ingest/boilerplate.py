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

_I = re.IGNORECASE
# A comment form or comment section: nothing after it belongs to the report.
_TAIL = re.compile(
    r"^\W*(leave a (reply|comment)|post a comment|add a comment|\d*\s*comments?\s*:?$"
    r"|your email address will not be published|join the discussion|comments are closed"
    r"|залиш(іть|ити) (відповідь|коментар)|додати коментар|коментарі\s*:?$"
    r"|ваша (електронна )?адреса .*не буде опублікована"
    r"|оставить (ответ|комментарий)|добавить комментарий|комментарии\s*:?$"
    r"|ваш (адрес )?e-?mail не будет опубликован)",
    _I,
)
# Lines that are furniture wherever they stand.
_LINE = re.compile(
    r"(wordpress theme|powered by wordpress|theme by |all rights reserved|^\W*©|copyright ©"
    r"|required fields are marked|save my name, email|notify me of (new|follow-up)"
    r"|we use cookies|uses cookies|cookie (policy|settings|notice)|accept (all )?cookies"
    r"|subscribe to (our|the) [\w ]{0,20}newsletter"
    r"|sign up (for|to) (our|the) [\w ]{0,20}newsletter"
    r"|get our [\w ]{0,20}newsletter|unsubscribe at any time|comments are closed"
    r"|share this (story|article|post|page)|follow us (on|for)|\btags\s*:"
    r"|^\W*(share|tweet|share this|share on \w+|print|email|facebook|twitter|telegram"
    r"|whatsapp|linkedin|viber|copy link)\W*$"
    r"|^\W*(tags|теги|мітки)\s*:|^\W*(read (also|more)|see also|related)\s*:"
    r"|^\W*(читайте (також|также|ще|еще)|дивіться також|смотрите также)\b"
    r"|всі права захищені|все права защищены|використовуємо (файли )?cookie"
    r"|используем (файлы )?cookie|файли cookie|файлы cookie"
    r"|підпис(уйтесь|уйтеся|атися) на (наш|нас)|підпишіться на|подпис(ывайтесь|аться) на (наш|нас)"
    r"|подпишитесь на|^\W*(поділитися|поделиться)\W*$|skip to (main )?content"
    r"|^\W*(home|menu|search|main menu|головна|главная|пошук|поиск)\W*$)",
    _I,
)
# A heading that opens a list of links to other stories.
_RELATED = re.compile(
    r"^\W*(related( (articles|posts|stories|news|content))?|more (stories|news|from \w+)"
    r"|you (may|might) also like|recommended( for you)?|popular( (posts|news))?|latest news"
    r"|читайте (також|также)|схожі (новини|матеріали|публікації)|новини (по|за) темі"
    r"|похожие (новости|материалы|публикации)|новости по теме|по теме|популярне|популярное"
    r"|останні новини|последние новости)\W*$",
    _I,
)
_SENTENCE_END = re.compile(r"[.!?…][\"'”»’)]*$")


def strip_boilerplate(text: str) -> str:
    """``text`` without boilerplate lines, related-link lists and anything after a comment form."""
    lines = text.split("\n")
    kept: list[str] = []
    in_list = False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            kept.append("")
            continue
        if _TAIL.search(stripped) and index >= len(lines) // 3:
            break
        if _RELATED.search(stripped):
            in_list = True
            continue
        if in_list and not _is_prose(stripped):
            continue
        in_list = False
        if not _LINE.search(stripped):
            kept.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def _is_prose(line: str) -> bool:
    """A sentence of the report rather than the title of a linked story."""
    words = len(line.split())
    return words >= 25 or (words >= 8 and bool(_SENTENCE_END.search(line)))
