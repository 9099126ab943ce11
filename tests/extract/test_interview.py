"""Interviews, with texts of our own: the answers are the interviewee's words, "I" is the
interviewee, and "our" people are those of the side opposed to the one the answers speak of."""

from __future__ import annotations

from datetime import date

from handover.extract import extract_claims
from tests.extract.helpers import claims_of

SAT = date(2025, 6, 14)  # a Saturday

_EN = """Two weeks at the border

Olena Kovalenko drives one of the buses that bring freed prisoners home. We spoke to her.

Q: How many came back?
A: I counted 95 of our men getting off my bus alone.

Q: And the official figure?
A: Moscow talks about 150 for 150, and then 20 of our wounded for 10 of theirs.
"""

_UK = """Розмова з волонтеркою

Марія Шевчук зустрічає звільнених полонених на кордоні. Ми поговорили з нею після обміну.

П: Скільки людей повернулося?
В: До нас повернулися 95 наших військових. Росія говорить про 150 на 150.
"""


def _claims(text: str, lang: str) -> list[tuple[str | None, str | None, int | None, str | None]]:
    return [(c.giver, c.receiver, c.count, c.speaker)
            for c in extract_claims(text, published=SAT, lang=lang)]


def test_answers_are_the_interviewees_and_our_people_are_her_sides() -> None:
    assert _claims(_EN, "en") == [
        ("Russia", "Ukraine", 95, "Olena Kovalenko"),
        ("Russia", "Ukraine", 150, "Moscow"), ("Ukraine", "Russia", 150, "Moscow"),
        ("Russia", "Ukraine", 20, "Moscow"), ("Ukraine", "Russia", 10, "Moscow")]


def test_the_mark_of_an_answer_is_no_voice() -> None:
    assert _claims(_UK, "uk") == [
        ("Russia", "Ukraine", 95, "Марія Шевчук"),
        ("Russia", "Ukraine", 150, "Росія"), ("Ukraine", "Russia", 150, "Росія")]


def test_a_formula_of_a_voice_in_a_report_is_its_account_of_the_exchange() -> None:
    text = "Минобороны России говорит о 120 на 120, а также об отдельной группе: 12 наших " \
           "раненых на 9 их."
    assert _claims(text, "ru") == [
        ("Russia", "Ukraine", 120, "Минобороны России"),
        ("Ukraine", "Russia", 120, "Минобороны России"),
        ("Ukraine", "Russia", 12, "Минобороны России"),  # "наших": Russia's own wounded
        ("Russia", "Ukraine", 9, "Минобороны России")]


def test_the_people_of_each_half_of_a_formula_go_to_their_own_side() -> None:
    text = "Russia and Ukraine will swap 500 Ukrainian soldiers for 500 Russian ones."
    assert [(g, r, n) for g, r, n, _ in _claims(text, "en")] == [
        ("Russia", "Ukraine", 500), ("Ukraine", "Russia", 500)]


_BRIEFING = """БРИФИНГ ОФИЦИАЛЬНОГО ПРЕДСТАВИТЕЛЯ МИНИСТЕРСТВА

Фрагмент стенограммы.

Вопрос («Канал Север»): Как вы оцениваете последние обмены?

А. Б. Ковалёва: Тридцатого декабря из плена вернулись сто пятьдесят наших военных.

Вопрос (агентство «Меридиан»): Киев утверждает, что вернул домой сто восемьдесят девять человек.

А. Б. Ковалёва: Это вопрос к Киеву, а не к нам.
"""


def test_turns_labelled_in_ordinary_case_are_their_speakers() -> None:
    claims = extract_claims(_BRIEFING, published=date(2025, 1, 23), lang="ru")
    assert [(c.count, c.speaker, str(c.event_date)) for c in claims] == [
        (150, "Ковалёва", "2024-12-30"), (189, "Киев", "None")]


_PLAIN = """AID REVIEW · INTERVIEW

The release is under way. We spoke by phone to Ilse Marten, the agency's spokesperson.

Where do things stand tonight?

Yesterday our planes carried 318 detainees between the two cities.

Who decided who goes?

The parties did, in March.

How long will it take?

Three days, we expect.
"""

_EXPLAINER = """What the talks settled

An explainer from The Harbour Brief.

Who met?

The two delegations.

Was it carried out?

Yes: on 23 May each side freed 390 people.

What about the dead?

Nothing yet.
"""

_DASHED = """Омбудсмен: «Каждая цифра — семья»

Уполномоченная Анна Петрова рассказала нашему изданию об обмене.

— Анна Сергеевна, расскажите о субботнем обмене.

— В субботу домой вернулись двести сорок шесть наших военнослужащих.

— Почему цифры расходятся?

— Никакого расхождения нет.

— Что будет дальше?

— Работа продолжается.
"""


def test_questions_as_paragraphs_after_an_interview_introduction_are_turns() -> None:
    claims = extract_claims(_PLAIN, published=date(2023, 4, 15), lang="en")
    assert [(c.count, c.speaker) for c in claims] == [(318, "Ilse Marten")]
    explained = extract_claims(_EXPLAINER, published=date(2025, 6, 5), lang="en")
    assert {c.speaker for c in explained} == {None}


def test_dashed_turns_whose_question_is_a_request_are_an_interview() -> None:
    claims = extract_claims(_DASHED, published=date(2025, 4, 21), lang="ru")
    assert [(c.count, c.speaker) for c in claims] == [(246, "Анна Петрова")]


_DIGEST = """Жовтень: 205 українців удома, тисяча тіл повернуто

2 жовтня. Шістдесят дев'ятий обмін: додому повернулися 185 військових.

23 жовтня. Репатріація: Україні повернули тіла 1000 загиблих.

Підсумок: більше обмінів цього місяця не було.

Нагадаємо: у квітні МКЧХ допоміг звільнити понад 970 затриманих."""


def test_labels_that_name_no_one_make_no_transcript() -> None:
    # a month, an act, a summing-up and "let us recall" open the digest's lines: no voices
    claims = extract_claims(_DIGEST, published=date(2025, 10, 31), lang="uk")
    assert {c.speaker for c in claims} == {None}
    assert [c.count for c in claims] == [205, 1000, 185, 1000, 970]


_INTRODUCED = """"Lists are the hard part"

A former member of Ukraine's exchange working group talks about the August swap.

Olha Verbytska spent two years preparing exchanges.

Q: Why was the swap of 14 August so small?

A: Because of who was in it. We brought back 84 people that day, most of them civilians.

Q: And the next one?

A: Soon, I hope."""


def test_the_side_the_introduction_names_is_the_interviewees() -> None:
    claims = extract_claims(_INTRODUCED, published=date(2025, 8, 28), lang="en")
    assert [(c.count, c.giver, c.receiver, c.speaker) for c in claims] == [
        (84, "Russia", "Ukraine", "Olha Verbytska")]


def test_a_parliaments_record_names_the_office_holder_in_brackets_as_the_voice() -> None:
    text = ("1. Ms Joanna Reddick (Northfield): What has the Minister made of the releases?\n\n"
            "The Minister of State for External Affairs (Mr Daniel Oyelaran): I thank the Member."
            " On Saturday four soldiers were freed, and in return 200 prisoners left jail.\n\n"
            "Ms Reddick: I am grateful. How many are to be freed?\n\n"
            "Mr Oyelaran: Reuters has reported that nearly 2,000 prisoners are to be freed.\n")
    speakers = {c.count: c.speaker for c in claims_of(text)}
    assert speakers == {4: "Daniel Oyelaran", 200: "Daniel Oyelaran", 2000: "Daniel Oyelaran"}


def test_a_role_label_the_participants_tie_to_a_body_is_that_role_of_that_body() -> None:
    text = ("Participants: Dmytro Lubinets, Parliament Commissioner for Human Rights; a "
            "spokesperson for the Coordination Headquarters for the Treatment of Prisoners of "
            "War.\n\nMODERATOR: Good afternoon.\n\nLUBINETS: Thank you for coming.\n\n"
            "SPOKESPERSON: On 14 August we brought back 84 people.\n\nMODERATOR: Thank you.\n")
    claims = claims_of(text, published=date(2025, 10, 3))
    assert [(c.count, c.giver, c.receiver, c.speaker) for c in claims] == [
        (84, "Russia", "Ukraine", "spokesperson for the Coordination Headquarters for the "
         "Treatment of Prisoners of War")]


def test_answers_labelled_with_the_name_in_brackets_are_hers_and_a_span_opens_them() -> None:
    text = ("Питання (Іван Мельник): Скільки тіл повернули?\n\n"
            "Відповідь (Ганна Кравець): З 3 по 7 липня Україна отримала 2150 тіл.\n\n"
            "Питання (Іван Мельник): А що далі?\n\n"
            "Відповідь (Ганна Кравець): Далі буде впізнання.")
    found = claims_of(text, "uk")
    assert [(c.count, c.kind.value, c.speaker) for c in found] == [
        (2150, "cumulative", "Ганна Кравець")]
