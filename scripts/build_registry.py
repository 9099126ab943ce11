"""Regenerate ``src/handover/domain/registry.json``: the built-in parties with inflected aliases.

Each Ukrainian and Russian alias is written once below, in its dictionary form; pymorphy3 supplies
every case and number. In a phrase, words marked with ``*`` inflect and the rest stay as written
("Міжнародний* комітет* Червоного Хреста"). English aliases are written out as they are.

Run: python scripts/build_registry.py
"""

from __future__ import annotations

import json
from pathlib import Path

import pymorphy3

OUT = Path(__file__).resolve().parent.parent / "src" / "handover" / "domain" / "registry.json"
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")

# name, kind, {lang: [aliases]}; an alias ending in "~" is an abbreviation matched case-sensitively.
PARTIES: list[tuple[str, str, dict[str, list[str]]]] = [
    ("Russia", "side", {
        "en": ["Russia", "Russian Federation", "Moscow", "the Kremlin", "Kremlin", "Russian",
               "Russians", "the Russian side", "RF~", "Russian Armed Forces", "Russia's",
               # the border regions whose civilians Ukraine has returned: their people
               "Kursk region", "Belgorod region", "Bryansk region"],
        # Ukrainian reports name Russia as the enemy, the aggressor, the occupiers.
        "uk": ["Росія*", "Російська* Федерація*", "Москва*", "Кремль*", "російський*",
               "росіянин*", "росіянка*", "російська* сторона*", "РФ~", "ЗС РФ~", "ворог*",
               "агресор*",
               "країна-агресор*", "держава-агресор*", "окупант*", "рашист*", "Курська* область*",
               "Бєлгородська* область*", "Брянська* область*", "Курщина*"],
        "ru": ["Россия*", "Российская* Федерация*", "Москва*", "Кремль*", "российский*",
               "россиянин*", "россиянка*", "российская* сторона*", "РФ~", "ВС РФ~",
               "страна-агрессор*",
               "оккупант*", "Курская* область*", "Белгородская* область*",
               "Брянская* область*"],
    }),
    ("Ukraine", "side", {
        "en": ["Ukraine", "Kyiv", "Kiev", "Ukrainian", "Ukrainians", "the Ukrainian side",
               "Ukrainian Armed Forces", "AFU~", "ZSU~", "Ukraine's"],
        "uk": ["Україна*", "Київ*", "український*", "українець*", "українка*",
               "українська* сторона*", "ЗСУ~", "ЗС України"],
        # Russian reports name Ukraine by its capital's regime.
        "ru": ["Украина*", "Киев*", "украинский*", "украинец*", "украинка*", "украинская* сторона*",
               "ВСУ~", "ВС Украины", "киевский* режим*"],
    }),
    ("Belarus", "side", {
        "en": ["Belarus", "Minsk", "Belarusian", "the Belarusian side"],
        "uk": ["Білорусь*", "Мінськ*", "білоруський*", "білоруська* сторона*"],
        "ru": ["Беларусь*", "Белоруссия*", "Минск*", "белорусский*", "белорусская* сторона*"],
    }),
    ("Israel", "side", {
        "en": ["Israel", "Israeli", "Israelis", "the Israeli side", "IDF~", "Israel's"],
        "uk": ["Ізраїль*", "ізраїльський*", "ізраїльтянин*", "ізраїльська* сторона*", "ЦАХАЛ~"],
        "ru": ["Израиль*", "израильский*", "израильтянин*", "израильская* сторона*", "ЦАХАЛ~"],
    }),
    ("Hamas", "side", {
        # the people it holds hostages for: Palestinian prisoners are released to its side
        "en": ["Hamas", "Hamas's", "Qassam Brigades", "al-Qassam Brigades", "Palestinian",
               "Palestinians"],
        "uk": ["ХАМАС~", "Хамас", "палестинський*", "палестинець*"],
        "ru": ["ХАМАС~", "Хамас", "палестинский*", "палестинец*"],
    }),
    ("Palestinian Islamic Jihad", "side", {
        "en": ["Palestinian Islamic Jihad", "Islamic Jihad", "PIJ~"],
        "uk": ["Палестинський* ісламський* джихад*", "Ісламський* джихад*"],
        "ru": ["Палестинский* исламский* джихад*", "Исламский* джихад*"],
    }),
    ("Houthis", "side", {
        "en": ["Houthis", "Houthi", "the Houthis", "Ansar Allah", "Ansarullah", "Sanaa"],
        # pymorphy3 reads the Ukrainian "Сана" as a masculine noun: its cases are written out.
        "uk": ["хусит*", "хуситський*", "Ансар Аллах", "Сана", "Сани", "Сані", "Сану", "Саною"],
        "ru": ["хусит*", "хуситский*", "Ансар Аллах", "Сана*"],
    }),
    ("Yemen", "side", {
        "en": ["Yemen", "Yemeni government", "the Yemeni government", "Aden", "Yemeni"],
        "uk": ["Ємен*", "єменський*", "уряд* Ємену", "Аден*"],
        "ru": ["Йемен*", "йеменский*", "правительство* Йемена", "Аден*"],
    }),
    ("Armenia", "side", {
        "en": ["Armenia", "Yerevan", "Armenian", "Armenians", "the Armenian side"],
        "uk": ["Вірменія*", "Єреван*", "вірменський*", "вірменин*", "вірменська* сторона*"],
        "ru": ["Армения*", "Ереван*", "армянский*", "армянин*", "армянская* сторона*"],
    }),
    ("Azerbaijan", "side", {
        "en": ["Azerbaijan", "Baku", "Azerbaijani", "Azerbaijanis", "Azeri",
               "the Azerbaijani side"],
        "uk": ["Азербайджан*", "Баку", "азербайджанський*", "азербайджанець*",
               "азербайджанська* сторона*"],
        "ru": ["Азербайджан*", "Баку", "азербайджанский*", "азербайджанец*",
               "азербайджанская* сторона*"],
    }),
    ("ICRC", "intermediary", {
        "en": ["ICRC~", "International Committee of the Red Cross", "the Red Cross", "Red Cross"],
        "uk": ["МКЧХ~", "Міжнародний* комітет* Червоного Хреста", "Червоний* Хрест*"],
        "ru": ["МККК~", "Международный* комитет* Красного Креста", "Красный* Крест*"],
    }),
    ("UAE", "intermediary", {
        "en": ["UAE~", "United Arab Emirates", "the Emirates", "Emirati", "Abu Dhabi"],
        "uk": ["ОАЕ~", "Об'єднані* Арабські* Емірати*", "еміратський*", "Абу-Дабі"],
        "ru": ["ОАЭ~", "Объединённые* Арабские* Эмираты*", "Объединенные* Арабские* Эмираты*",
               "эмиратский*", "Абу-Даби"],
    }),
    ("Turkey", "intermediary", {
        "en": ["Turkey", "Türkiye", "Turkiye", "Ankara", "Turkish"],
        "uk": ["Туреччина*", "Анкара*", "турецький*"],
        "ru": ["Турция*", "Анкара*", "турецкий*"],
    }),
    ("Qatar", "intermediary", {
        "en": ["Qatar", "Doha", "Qatari"],
        "uk": ["Катар*", "Доха*", "катарський*"],
        "ru": ["Катар*", "Доха*", "катарский*"],
    }),
    ("Egypt", "intermediary", {
        "en": ["Egypt", "Cairo", "Egyptian"],
        "uk": ["Єгипет*", "Каїр*", "єгипетський*"],
        "ru": ["Египет*", "Каир*", "египетский*"],
    }),
    ("USA", "intermediary", {
        "en": ["USA~", "U.S.~", "US~", "United States", "the United States", "Washington",
               "American"],
        "uk": ["США~", "Сполучені* Штати*", "Вашингтон*", "американський*"],
        "ru": ["США~", "Соединённые* Штаты*", "Соединенные* Штаты*", "Вашингтон*",
               "американский*"],
    }),
    ("Saudi Arabia", "intermediary", {
        "en": ["Saudi Arabia", "Riyadh", "Saudi", "the Saudi-led coalition"],
        "uk": ["Саудівська* Аравія*", "Ер-Ріяд*", "саудівський*"],
        "ru": ["Саудовская* Аравия*", "Эр-Рияд*", "саудовский*"],
    }),
    ("Holy See", "intermediary", {
        "en": ["Holy See", "the Holy See", "Vatican", "the Vatican"],
        "uk": ["Святий* Престол*", "Ватикан*"],
        "ru": ["Святой* Престол*", "Ватикан*"],
    }),
    ("UN", "intermediary", {
        "en": ["UN~", "United Nations", "the United Nations"],
        "uk": ["ООН~", "Організація* Об'єднаних Націй"],
        "ru": ["ООН~", "Организация* Объединённых Наций"],
    }),
    ("Oman", "intermediary", {
        "en": ["Oman", "Muscat", "Omani"],
        "uk": ["Оман*", "Маскат*", "оманський*"],
        "ru": ["Оман*", "Маскат*", "оманский*"],
    }),
]


Key = tuple[str, str]  # (case, number)


def _lexeme(morph: pymorphy3.MorphAnalyzer, word: str) -> tuple[str | None, dict[Key, set[str]]]:
    """The gender of a noun (None for other parts of speech) and its forms by case and number.

    Adjectives keep only the forms of ``gender`` in the singular, so they agree with their noun.
    """
    candidates = [p for p in morph.parse(word) if p.normal_form == word.lower()]
    # A surname or indeclinable reading ("Українець") would hide the common noun's cases.
    candidates.sort(key=lambda p: ("Surn" in p.tag, "Fixd" in p.tag))
    parse = candidates[0] if candidates else morph.parse(word)[0]
    gender = parse.tag.gender if parse.tag.POS == "NOUN" else None
    forms: dict[Key, set[str]] = {}
    for form in parse.lexeme:
        tag = form.tag
        if tag.case not in CASES or "Supr" in tag:
            continue
        number = "plur" if "plur" in tag else "sing"
        key = (tag.case, number)
        forms.setdefault(key, set()).add(_recase(form.word, word))
        if tag.POS == "ADJF" and number == "sing":
            forms.setdefault((tag.case, f"sing:{tag.gender}"), set()).add(_recase(form.word, word))
    return gender, forms


def _recase(form: str, model: str) -> str:
    return form[0].upper() + form[1:] if model[:1].isupper() else form


def _inflect_phrase(morph: pymorphy3.MorphAnalyzer, phrase: str) -> list[str]:
    words = phrase.split()
    if not any(w.endswith("*") for w in words):
        return [phrase]
    lexemes = [_lexeme(morph, w[:-1]) if w.endswith("*") else None for w in words]
    head_gender = next((lx[0] for lx in lexemes if lx and lx[0]), None)
    out: set[str] = {phrase.replace("*", "")}
    for case in CASES:
        for number in ("sing", "plur"):
            combos = [""]
            for word, lexeme in zip(words, lexemes, strict=True):
                if lexeme is None:
                    options = {word}
                else:
                    forms = lexeme[1]
                    agreed = forms.get((case, f"sing:{head_gender}")) if number == "sing" else None
                    options = agreed or forms.get((case, number), set())
                if not options:
                    combos = []
                    break
                combos = [f"{c} {o}".strip() for c in combos for o in sorted(options)]
            out.update(combos)
    return sorted(out)


def build() -> list[dict[str, object]]:
    """The registry as JSON-ready data."""
    analyzers = {"uk": pymorphy3.MorphAnalyzer(lang="uk"), "ru": pymorphy3.MorphAnalyzer(lang="ru")}
    parties = []
    for name, kind, by_lang in PARTIES:
        aliases = []
        for lang, texts in by_lang.items():
            for text in texts:
                exact = text.endswith("~")
                text = text.rstrip("~")
                forms = [text] if lang == "en" or exact else _inflect_phrase(analyzers[lang], text)
                first = text.replace("*", "")
                for form in [first, *[f for f in forms if f != first]]:
                    aliases.append({"text": form, "lang": lang, "case_sensitive": exact})
        parties.append({"name": name, "kind": kind, "aliases": aliases})
    return parties


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
