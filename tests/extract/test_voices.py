"""Who speaks, with sentences of our own: a voice for each clause, names cleared of the
words around them, voices named by their side, and asides that speak for themselves only."""

from __future__ import annotations

from datetime import date

import pytest

from handover.extract import extract_claims
from tests.extract.helpers import claims_of

SAT = date(2025, 6, 14)  # a Saturday


def _speakers(text: str, lang: str = "en") -> list[tuple[int | None, str | None]]:
    claims = extract_claims(text, published=SAT, lang=lang)
    return [(c.count, c.speaker) for c in claims]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # each clause its own voice
        ("Moscow said 120 soldiers went each way on Friday, while Kyiv said 131 Ukrainians "
         "came home.", "en", [(120, "Moscow"), (120, "Moscow"), (131, "Kyiv")]),
        ("The ministry said 95 prisoners came back; Rustem Umerov counted 99 defenders "
         "coming home.", "en", [(95, "ministry"), (99, "Rustem Umerov")]),
        ("Сторони обміняли по 70 полонених, а Київ повідомив про повернення 75 людей.", "uk",
         [(70, None), (70, None), (75, "Київ")]),
        # a voice that opens what follows does not say what came before it
        ("Ще 300 тіл повернуто в Україну, Росія каже, що не отримала жодного.", "uk",
         [(300, None), (0, "Росія")]),
        # voices that share the verb of speech of the one before, each with its own figure
        ("The sides agreed a swap. Outlets differ on the number of prisoners to be freed: "
         "Reuters speaks of 300, the BBC of 320.", "en", [(300, "Reuters"), (320, "BBC")]),
        ("Сторони домовилися про обмін. Кількість полонених, яких звільнять, оцінюють "
         "по-різному: Reuters пише про 300, Бі-Бі-Сі — про 320.", "uk",
         [(300, "Reuters"), (320, "Бі-Бі-Сі")]),
        ("Стороны договорились об обмене. Число пленных, которых освободят, называют разное: "
         "ТАСС пишет примерно о 300, «Коммерсант» — почти о 320.", "ru",
         [(300, "ТАСС"), (320, "Коммерсант")]),
        # a body named in the locative after a phrase of time
        ("МКЧХ завершив операцію. На початку операції в МКЧХ говорили про близько 700 "
         "затриманих.", "uk", [(700, "МКЧХ")]),
        # the body that issued the statement a sentence cites
        ("Under a joint statement issued on Monday by the foreign ministries of Armenia and "
         "Azerbaijan, Azerbaijan will free 12 Armenian soldiers.", "en",
         [(12, "foreign ministries of Armenia and Azerbaijan")]),
        ("The swap was set out in a statement from the Qatari foreign ministry, which said "
         "Hamas would free 20 hostages.", "en", [(20, "Qatari foreign ministry")]),
        ("Сторони домовилися в понеділок: у спільній заяві міністерств закордонних справ "
         "Вірменії та Азербайджану йшлося, що Баку звільнить 12 вірменських військових.", "uk",
         [(12, "міністерства закордонних справ Вірменії та Азербайджану")]),
        # reminding is a verb of speech
        ("Мединский напомнил, что Россия намерена передать Украине ещё 900 тел.", "ru",
         [(900, "Мединский")]),
        ("Умєров нагадав, що Росія має передати ще 900 тіл.", "uk", [(900, "Умєров")]),
        # ... or with a day between it and its verb
        ("Россия передала 1000 тел. В Министерстве обороны России в тот же день заявили, что "
         "Россия готова передать ещё 2 239 тел.", "ru",
         [(1000, None), (2239, "Министерство обороны России")]),
        # "in addition" goes on in the voice of the sentence just before, even the report's
        ("У п'ятницю Росія передала 500 тіл, повідомили в штабі. 12 рейсів доставили 300 "
         "людей. Крім того, Україна передала 40 тіл.", "uk",
         [(500, "штаб"), (300, None), (40, None)]),
        # a name, then a relative clause about it, then the verb of speech
        ("Владимир Мединский, который возглавлял делегацию, заявил, что Россия передала "
         "900 тел.", "ru", [(900, "Владимир Мединский")]),
        ("Рустем Умєров, який очолював делегацію, написав, що вдалося повернути 600 тіл.", "uk",
         [(600, "Рустем Умєров")]),
        # a headline that names its speaker first, not a thing ("Итоги Стамбула: ...")
        ("Мединский: Россия передала Украине ещё 900 тел", "ru", [(900, "Мединский")]),
        ("Итоги переговоров: Россия передала Украине ещё 900 тел", "ru", [(900, None)]),
        ("Підсумки тижня: Росія передала Україні ще 900 тіл", "uk", [(900, None)]),
        # ... but a side in a clause that shares a verb of acting is no voice
        ("Зеленский сообщил, что Россия вернула 80 пленных, Украина — 75.", "ru",
         [(80, "Зеленский"), (75, "Зеленский")]),
    ],
)
def test_a_voice_for_each_clause(text: str, lang: str,
                                 expected: list[tuple[int, str | None]]) -> None:
    assert _speakers(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Lavrov had told reporters that Russia handed over 400 bodies.", "en", "Lavrov"),
        ("Yesterday Medinsky wrote that Moscow had passed 500 bodies to Kyiv.", "en",
         "Medinsky"),
        ("Igor Petrenko, the aide who led Ukraine's team in Geneva, wrote that Kyiv had "
         "received 44 soldiers.", "en", "Igor Petrenko"),
        ("Kyiv got back 80 bodies, according to its Coordination Headquarters.", "en",
         "Coordination Headquarters"),
        ("Мединський також заявив, що Росія передала 300 тіл.", "uk", "Мединський"),
        ("Ранее Мединский заявлял, что Россия передала 400 тел.", "ru", "Мединский"),
        ("По данным израильских властей, Хамас освободил 4 заложников.", "ru",
         "израильские власти"),
        ("За даними катарської сторони, до України повернулися 9 дітей.", "uk",
         "катарська сторона"),
        ("Речниця МЗС Марія Захарова на брифінгу заявила, що 16 військових повернулися "
         "додому.", "uk", "Марія Захарова"),
    ],
)
def test_names_cleared_of_the_words_around_them(text: str, lang: str, speaker: str) -> None:
    assert {s for _, s in _speakers(text, lang)} == {speaker}


def test_a_question_is_no_voice() -> None:
    text = "What the deal says: Hamas is to release 30 hostages under the agreement."
    assert _speakers(text) == [(30, None)]


def test_an_aside_speaks_for_itself_only() -> None:
    text = ("У суботу в Україну повернули тіла 600 загиблих, серед яких, за даними російської "
            "сторони, є військові, повідомив Координаційний штаб.")
    assert _speakers(text, "uk") == [(600, "Координаційний штаб")]


def test_the_body_a_common_noun_names_may_be_named_after_it() -> None:
    text = ("10:00\nЗа підсумками трьох етапів в Україну повернули 3600 тіл, підрахували в штабі."
            "\n09:00\nКоординаційний штаб з питань поводження з військовополоненими: сьогодні в "
            "Україну повернули тіла 1200 загиблих.")
    assert _speakers(text, "uk")[0] == (
        3600, "Координаційний штаб з питань поводження з військовополоненими")


def test_a_statement_names_the_body_that_issued_it() -> None:
    text = ("В пятницу состоялся обмен, сообщило Министерство обороны России. Как говорится в "
            "сообщении ведомства, с территории Киева возвращены 70 российских военнослужащих.")
    assert _speakers(text, "ru") == [(70, "Министерство обороны России")]


def test_a_statement_under_a_headline_of_its_own_is_the_issuers() -> None:
    text = ("Повернуто тіла 500 полеглих\n\nКоординаційний штаб\n\nСьогодні в Україну "
            "повернуто тіла 500 загиблих.")
    assert _speakers(text, "uk") == [(500, "Координаційний штаб"), (500, "Координаційний штаб")]


def test_an_outlets_name_under_the_headline_gives_no_voice_to_the_headline() -> None:
    text = ("Four hostages freed as 200 prisoners walk out of Israeli jails\n\nLevant Compass "
            "Agency | Saturday, January 25\n\nIsrael released 200 Palestinian prisoners.")
    assert _speakers(text, "en")[:2] == [(4, None), (200, None)]


def test_a_statement_signed_by_a_body_at_its_foot_is_in_its_voice() -> None:
    text = ("Повернуто тіла ще 1245 загиблих\n\nСьогодні в Україну повернули тіла 1245 "
            "загиблих.\n\nМи вдячні всім, хто долучився.\n\nКоординаційний штаб з питань "
            "поводження з військовополоненими")
    body = "Координаційний штаб з питань поводження з військовополоненими"
    assert _speakers(text, "uk") == [(1245, body), (1245, body)]


def test_a_report_ending_in_a_sentence_or_not_speaking_as_we_has_no_signatory() -> None:
    unsigned = ("Today 307 defenders came home.\n\nThe exchange went on for two days.\n\n"
                "Coordination Headquarters for the Treatment of Prisoners of War")
    closing = ("Today 307 defenders came home.\n\nWe thank the mediators.\n\n"
               "Thousands of soldiers remain in captivity on both sides.")
    assert _speakers(unsigned, "en") == [(307, None)]
    assert _speakers(closing, "en") == [(307, None)]


def test_a_statements_heading_names_its_issuer() -> None:
    text = ("307 defenders are home\n\nStatement of the Coordination Headquarters for the "
            "Treatment of Prisoners of War, 24 May\n\nToday 307 Ukrainian defenders came back "
            "from Russian captivity.")
    body = "Coordination Headquarters for the Treatment of Prisoners of War"
    assert _speakers(text, "en") == [(307, body), (307, body)]


def test_the_voice_of_a_statement_is_no_side_of_the_handover() -> None:
    text = ("Азербайджан освободит 12 армянских военнослужащих, а Армения — трёх азербайджанских, "
            "говорится в совместном заявлении аппарата премьер-министра Армении.")
    claims = extract_claims(text, published=SAT, lang="ru")
    assert [(c.giver, c.receiver) for c in claims] == [("Azerbaijan", "Armenia"),
                                                       ("Armenia", "Azerbaijan")]


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("Russia has freed 84 Ukrainian prisoners, said President Volodymyr Zelensky.", "en",
     "Volodymyr Zelensky"),
    ("Russian delegation head Vladimir Medinsky said 1,000 prisoners would be freed.", "en",
     "Vladimir Medinsky"),
    ("Russia's Defence Ministry said 84 servicemen had come home.", "en",
     "Russia's Defence Ministry"),
    ("З полону звільнили 307 українців, повідомив президент Володимир Зеленський.", "uk",
     "Володимир Зеленський"),
    ("Сторони обміняли по 390 осіб, повідомляло міноборони рф.", "uk", "міноборони рф"),
])
def test_a_voice_is_named_without_its_title(text: str, lang: str, speaker: str) -> None:
    assert _speakers(text, lang)[0][1] == speaker


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("On 30 December, by Moscow's count, Ukraine handed over 150 prisoners.", "en", "Moscow"),
    ("By the Coordination Headquarters' count, 5,757 Ukrainians had come home since 2022.",
     "en", "Coordination Headquarters"),
    ("Россия передала 1212 тел, получив взамен 27 (данные Владимира Мединского).", "ru",
     "Владимир Мединский"),
    ("248 российских военнослужащих вернулись домой (Минобороны России)", "ru",
     "Минобороны России"),
    ("Губернатор Александр Хинштейн сегодня написал, что вчера удалось вернуть домой восьмерых "
     "мирных жителей.", "ru", "Александр Хинштейн"),
    ("Водночас російська сторона заявила, що готова передати 6000 тіл.", "uk",
     "російська сторона"),
    ("Hours later Israel's prison service said 200 prisoners had been freed.", "en",
     "Israel's prison service"),
])
def test_voices_by_their_count_in_brackets_and_without_words_of_time(
        text: str, lang: str, speaker: str) -> None:
    assert {c.speaker for c in claims_of(text, lang)} == {speaker}


def test_a_place_glossed_in_brackets_is_no_voice() -> None:
    text = "Обмен 200 пленных прошёл в Белгороде (Россия)."
    assert {c.speaker for c in claims_of(text, "ru")} <= {None}


_MINUTES = """ВИТЯГ ЗІ СТЕНОГРАМИ ЗАСІДАННЯ КОМІТЕТУ

Присутні: члени комітету; запрошені — омбудсман Петро Коваль, представник Координаційного штабу.

ГОЛОВУЮЧИЙ. Колеги, кворум є. Слово надається Петру Івановичу.

КОВАЛЬ П. І. Дякую. Минулої суботи ми повернули додому 303 людей.

ГОЛОВУЮЧИЙ. Дякую. Запитання.

ПРЕДСТАВНИК КООРДИНАЦІЙНОГО ШТАБУ. Загалом від березня 2022 року звільнено 5757 українців.

ГОЛОВУЮЧИЙ. Рішення прийнято: «за» — 12, «проти» — 0, «утрималися» — 1.
"""


def test_minutes_give_each_turn_its_speaker_and_votes_are_no_claims() -> None:
    claims = claims_of(_MINUTES, "uk", published=date(2025, 5, 28))
    assert [(c.count, c.speaker) for c in claims] == [
        (303, "Петро Коваль"), (5757, "представник Координаційного штабу")]


_TABLE = """Over five stages, Ukraine received 6,057 bodies by its own count.

| Stage | Date | Ukraine's count (Coordination Headquarters) | Russia's (Medinsky, unless stated) |

|---|---|---|---|

| 1 | 11 June | 1,212 received | 1,212 handed over; 27 received |

| 2 | 13 June | 1,200 received | 5 received (Interfax, citing a source) |
"""


def test_a_tables_column_header_gives_its_cells_their_voice() -> None:
    claims = claims_of(_TABLE, "en", published=date(2025, 6, 20))
    assert [(c.count, c.giver, c.receiver, c.speaker) for c in claims][1:] == [
        (1212, "Russia", "Ukraine", "Coordination Headquarters"),
        (1212, "Russia", "Ukraine", "Medinsky"),
        (27, "Ukraine", "Russia", "Medinsky"),
        (1200, "Russia", "Ukraine", "Coordination Headquarters"),
        (5, "Ukraine", "Russia", "Interfax, citing a source")]


def test_a_side_named_in_the_genitive_speaks_as_one_side() -> None:
    # "сторони" after "української" is one side's genitive, not sides in the nominative
    text = "За даними української сторони, з полону повернулися 246 військових."
    assert _speakers(text, "uk") == [(246, "українська сторона")]


def test_a_voice_that_cites_a_document_speaks_alone() -> None:
    text = ("Міноборони рф, посилаючись на стамбульські домовленості, заявило про повернення "
            "185 своїх військових.")
    assert _speakers(text, "uk") == [(185, "Міноборони рф")]
    cited = "Interfax, citing a source in the ministry, said 185 soldiers had returned."
    assert _speakers(cited) == [(185, "Interfax, citing a source in the ministry")]


_THREAD = """Majed al-Ansari, the ministry's spokesman, published a thread of three numbered posts.

1/3 The pause took effect at 7 a.m.

2/3 Twenty-four hostages have been released today.

3/3 In return, 39 Palestinian women and children have been released from prisons.

Within minutes 300 accounts had reposted it."""


def test_numbered_posts_of_a_thread_are_their_authors() -> None:
    assert _speakers(_THREAD) == [(24, "Majed al-Ansari"), (39, "Majed al-Ansari")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Мединский 16 июня говорил, что Россия передала Украине 6060 тел.", "ru", "Мединский"),
        ("Сам Мединский сказал, что Россия передала Украине 6060 тел.", "ru", "Мединский"),
        ("Medinsky on 16 June said that Russia had handed over 6,060 bodies.", "en",
         "Medinsky"),
    ],
)
def test_a_day_between_a_voice_and_its_verb_is_no_part_of_it(text: str, lang: str,
                                                              speaker: str) -> None:
    assert _speakers(text, lang) == [(6060, speaker)]


def test_a_voice_by_the_count_of_a_body() -> None:
    text = ("Ukraine took back 6,057 bodies in five stages, by the count of its own "
            "Coordination Headquarters.")
    assert _speakers(text) == [(6057, "Coordination Headquarters")]


_REPRODUCED = """Міністерство закордонних справ Туреччини оприлюднило заяву після переговорів.

Заява від 2 червня

Сторони домовилися обміняти всіх важкопоранених полонених.

Крім того, погоджено повернення тіл загиблих: шість тисяч на шість тисяч.

Що додали учасники

Російська делегація заявила про готовність передати 6000 тіл."""


def test_a_statement_the_report_reproduces_is_its_issuers() -> None:
    assert _speakers(_REPRODUCED, "uk") == [
        (6000, "Міністерство закордонних справ Туреччини"),
        (6000, "Міністерство закордонних справ Туреччини"),
        (6000, "Російська делегація")]


def test_the_day_before_a_citing_outlet_is_no_part_of_it() -> None:
    (claim,) = claims_of("On 13 June Interfax, citing an unnamed source, reported that Ukraine "
                         "had handed 20 bodies to Russia.")
    assert claim.speaker == "Interfax, citing an unnamed source"


def test_as_before_a_voice_is_no_part_of_it() -> None:
    (claim,) = claims_of("Israel released 33 prisoners on Monday night, as the Israel Prison "
                         "Service confirmed early this morning.")
    assert claim.speaker == "Israel Prison Service"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("John Kirby, speaking for the White House, said Hamas had freed 20 more hostages to "
         "Israel.", "John Kirby"),
        ("At her briefing, Maria Zakharova, the foreign ministry's spokeswoman, thanked Cardinal "
         "Zuppi and said that 16 Russian servicemen had come home from Ukraine.",
         "Maria Zakharova"),
        ("The exchange of 30 December, mediated by the UAE, was reported by Russia's defence "
         "ministry as 150 for 150.", "Russia's defence ministry"),
    ],
)
def test_the_voice_past_a_phrase_of_its_own(text: str, speaker: str) -> None:
    assert {claim.speaker for claim in claims_of(text)} == {speaker}


def test_the_united_states_is_no_verb_of_speech() -> None:
    (claim,) = claims_of("The Emirates also helped arrange a swap of two prisoners between the "
                         "United States and Russia in December 2022.")
    assert claim.speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Рустем Умеров, к тому времени секретарь СНБО, заявил, что Россия передала Украине "
         "390 пленных.", "Рустем Умеров"),
        ("С учётом этого МККК насчитывает более 970 освобождённых хуситами.", "МККК"),
    ],
)
def test_a_voice_without_its_description_or_opening_phrase(text: str, speaker: str) -> None:
    assert {claim.speaker for claim in claims_of(text, "ru")} == {speaker}


def test_a_release_opened_by_a_body_announcing_is_in_its_voice_throughout() -> None:
    text = ("Qatar's mediation reunites four children with their families\n\n"
            "The Ministry of Foreign Affairs of the State of Qatar announces that its mediation "
            "has today reunited four children with their families in Ukraine.\n\n"
            "On 5 December six more children returned to their families in Ukraine from "
            "Russia.")
    claims = claims_of(text)
    assert [c.count for c in claims] == [4, 4, 6]
    assert {c.speaker for c in claims} == {"Ministry of Foreign Affairs of the State of Qatar"}


def test_a_headline_announcing_makes_no_release() -> None:
    text = ("UAE announces tenth mediation between Moscow and Kyiv\n\n"
            "The UAE said on Monday that its mediation had led to an exchange of 150 prisoners "
            "for 150.\n\nThe Emirates also helped arrange a swap of two prisoners between the "
            "United States and Russia in 2022.")
    assert claims_of(text)[-1].speaker is None


def test_adjectives_take_the_gender_of_their_noun_in_the_nominative() -> None:
    (claim,) = claims_of("По данным украинского Координационного штаба, Россия передала "
                         "Украине 84 военнопленных.", "ru")
    assert claim.speaker == "украинский Координационный штаб"


def test_a_chronologys_entry_names_its_source_in_brackets_at_its_end() -> None:
    claims = claims_of("14 April 2022 - Ukraine brings back 30 people from Russia, 22 servicemen "
                       "and eight civilians (Iryna Vereshchuk).")
    assert {c.speaker for c in claims} == {"Iryna Vereshchuk"}
    (claim,) = claims_of("Russia returned 30 prisoners to Ukraine (aged 20 to 60).")
    assert claim.speaker is None


def test_last_friday_is_no_part_of_the_voice() -> None:
    claims = claims_of("Last Friday Vladimir Medinsky announced that Russia had handed over "
                       "another 1,000 bodies of Ukrainian soldiers and received 26 in return.")
    assert {c.speaker for c in claims} == {"Vladimir Medinsky"}


def test_the_voice_before_a_colon_stops_at_its_verb_in_english_too() -> None:
    claims = claims_of("Russia's defence ministry has issued its statement: 146 Russian "
                       "servicemen have returned from territory controlled by Kyiv.")
    assert {c.speaker for c in claims} == {"Russia's defence ministry"}


def test_a_written_answer_under_a_letterhead_is_the_bodys() -> None:
    text = ("Депутат оприлюднив свій запит і відповідь на нього.\n\n"
            "ДЕПУТАТСЬКИЙ ЗАПИТ\n\nШановні колеги!\n\nУ ЗМІ писали, що росія повернула 189 "
            "українців.\n\n* * *\n\n"
            "КООРДИНАЦІЙНИЙ ШТАБ З ПИТАНЬ ПОВОДЖЕННЯ З ВІЙСЬКОВОПОЛОНЕНИМИ\nКиїв, 07.02.2025\n\n"
            "Шановний Віталію Петровичу!\n\n"
            "Обмін 30.12.2024: з російського полону повернулися 189 осіб.")
    claims = claims_of(text, "uk", published=date(2025, 2, 10))
    # (what "the media wrote" is the media's, as "російські ЗМІ" are a voice)
    assert [c.speaker for c in claims] == [
        "ЗМІ", "КООРДИНАЦІЙНИЙ ШТАБ З ПИТАНЬ ПОВОДЖЕННЯ З ВІЙСЬКОВОПОЛОНЕНИМИ"]


def test_a_day_between_the_verb_and_by() -> None:
    claims = claims_of("Easter 2023 (announced on 16 April 2023 by Andriy Yermak): Russia "
                       "returned 130 defenders to Ukraine over several days.")
    assert {c.speaker for c in claims} == {"Andriy Yermak"}


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Після них у середу ввечері Володимир Мединський заявив: «Ми передали Україні 1000 "
         "тіл».", "uk", "Володимир Мединський"),
        ("Мединський також повідомив, що росія вже передала Україні 7000 тіл.", "uk",
         "Мединський"),
        ("После переговоров Мединский заявил, что Россия передала Украине 1000 тел.", "ru",
         "Мединский"),
    ],
)
def test_a_voice_without_the_words_that_lead_to_it(text: str, lang: str, speaker: str) -> None:
    assert {claim.speaker for claim in claims_of(text, lang)} == {speaker}


@pytest.mark.parametrize(("text", "speaker"), [
    ('Umerov said: "Russia returned 146 of our soldiers."', "Umerov"),
    ('Rustem Umerov told reporters: "Russia returned 146 of our soldiers."', "Rustem Umerov"),
    ("President Volodymyr Zelensky said 390 Ukrainians came home that day: 270 soldiers and "
     "120 civilians.", "Volodymyr Zelensky"),
])
def test_a_voice_before_its_verb_of_speech_and_a_colon_is_the_name_alone(text: str,
                                                                          speaker: str) -> None:
    assert {c.speaker for c in claims_of(text)} == {speaker}
