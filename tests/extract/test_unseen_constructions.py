"""More constructions met in reports the extractor was not tuned on, each tested with
sentences of our own (test_generalisation.py holds the first ones)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import claims_of, core


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Сьогодні додому повернулися 150 українців. За його словами, це 120 військових, "
         "двадцять прикордонників та десятеро цивільних.", "uk"),
        ("Russia freed 150 Ukrainians on Friday. These were 120 soldiers, 20 marines and "
         "ten civilians, he said.", "en"),
    ],
)
def test_these_are_figures_that_add_up_to_the_figure_before(text: str, lang: str) -> None:
    assert core(claims_of(text, lang)) == [("Russia", "Ukraine", 150, "mixed"),
                                           ("Russia", "Ukraine", 10, "civilian")]


@pytest.mark.parametrize(
    ("text", "lang", "counts"),
    [
        # one kind split by where it came from: details of the figure counted before
        ("В Україну повернули тіла 500 полеглих. За даними штабу, 300 тіл повернули з "
         "Донецького напрямку, 120 з Луганського, ще 80 передали з моргів.", "uk", [500]),
        # stages, and parts each going its own way, are handovers of their own
        ("Сторони обмінялися 500 полоненими. У п'ятницю — 300, у суботу — 200.", "uk",
         [500, 300, 200]),
    ],
)
def test_figures_that_split_one_counted_before(text: str, lang: str, counts: list[int]) -> None:
    assert [c.count for c in claims_of(text, lang)] == counts


def test_a_side_named_after_a_second_act_is_that_acts() -> None:
    text = ("Moscow said Russia had transferred 900 bodies and had received 40 from the "
            "Ukrainian side.")
    assert core(claims_of(text)) == [("Russia", "Ukraine", 900, "bodies"),
                                     ("Ukraine", "Russia", 40, "bodies")]


def test_people_who_are_the_subject_of_both_acts_take_the_side_of_the_second() -> None:
    text = "Three women were handed to the Red Cross and brought back to Israel."
    assert core(claims_of(text)) == [("Hamas", "Israel", 3, "hostage")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side that holds the place of captivity gives; a place gone to receives
        ("Из плена на подконтрольной Киеву территории вернулись 90 российских военных.",
         [("Ukraine", "Russia", 90, "pow")]),
        ("На подконтрольную Киеву территорию вернулись 90 украинских военных.",
         [("Russia", "Ukraine", 90, "pow")]),
        # a gerund's act after the figure has sides of its own
        ("Россия вернула 90 военнослужащих, передав Украине столько же пленных.",
         [("Ukraine", "Russia", 90, "pow"), ("Russia", "Ukraine", 90, "pow")]),
    ],
)
def test_places_held_and_gerunds(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert core(claims_of(text, "ru")) == expected


def test_a_paper_named_on_a_line_of_its_own_is_no_voice() -> None:
    text = ("Lakeside Courier\n\nRussia returned 90 Ukrainian soldiers on Friday.\n\n"
            "Families gathered at the border.")
    (claim,) = claims_of(text)
    assert claim.speaker is None


def test_an_interviewer_in_the_byline_is_not_the_one_interviewed() -> None:
    text = ("On the swaps: an interview\n\nInterview by Anna Example | The Example Review\n\n"
            "Dr Maria Kowalczyk studies captivity. We spoke to her after the exchange.\n\n"
            "Q: What happened in May?\n\nA: Russia released 90 Ukrainian soldiers.\n\n"
            "Q: And then?\n\nA: Talks went on.")
    (claim,) = claims_of(text)
    assert claim.speaker == "Maria Kowalczyk"


def test_a_surname_opened_by_a_particle_is_whole() -> None:
    (claim,) = claims_of("Хуситы освободили 40 человек, сообщил представитель Ахмед аль-Хадри.",
                         "ru")
    assert claim.speaker is not None and claim.speaker.endswith("Ахмед аль-Хадри")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("В Йемене прошёл обмен пленными. Хуситы освободили 18 человек, а правительственная "
         "сторона 70 человек.", "ru"),
        ("У Ємені відбувся обмін полоненими. Хусити звільнили 18 людей, а урядова сторона "
         "70 людей.", "uk"),
    ],
)
def test_the_government_side_named_by_its_adjective(text: str, lang: str) -> None:
    assert core(claims_of(text, lang)) == [("Houthis", "Yemen", 18, "detainee"),
                                           ("Yemen", "Houthis", 70, "detainee")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On 14 April 909 bodies went to Ukraine and the Russian ministry said that 12 bodies "
         "had been received by Russia.", "en"),
        ("14 квітня 909 тіл передали Україні, і міністерство оборони росії повідомило, що "
         "росія отримала 12 тіл.", "uk"),
    ],
)
def test_a_new_voice_after_and_opens_a_clause_of_its_own(text: str, lang: str) -> None:
    assert core(claims_of(text, lang)) == [("Russia", "Ukraine", 909, "bodies"),
                                           ("Ukraine", "Russia", 12, "bodies")]


def test_a_footnote_mark_after_a_full_stop_ends_the_sentence() -> None:
    text = ("Umerov said the sides had agreed on a \"1,000 for 1,000\" basis.1 Moscow said it "
            "had handed over 390 prisoners on 23 May.2 Kyiv confirmed the figure.")
    claims = claims_of(text)
    assert core(claims) == [("Russia", "Ukraine", 1000, "pow"), ("Ukraine", "Russia", 1000, "pow"),
                            ("Russia", "Ukraine", 390, "pow")]
    assert claims[2].speaker == "Moscow"
    assert claims[2].quote.startswith("Moscow said")


def test_children_are_civilians_counted_in_the_plural() -> None:
    assert core(claims_of("Russia returned six children to Ukraine, including two girls.")) == [
        ("Russia", "Ukraine", 6, "civilian")]
    assert core(claims_of("On 5 December six more children returned to their families in "
                          "Ukraine from Russia.")) == [("Russia", "Ukraine", 6, "civilian")]


def test_children_taken_away_are_no_handover() -> None:
    assert claims_of("Ukraine says about twenty thousand children were taken by Russia.") == []


def test_the_day_of_an_agreement_is_no_day_of_a_handover() -> None:
    (claim,) = claims_of("2 октября Украина передала России 20 гражданских лиц; Минобороны "
                         "связало обмен со стамбульскими договорённостями 23 июля.", "ru",
                         published=date(2025, 10, 3))
    assert claim.event_date == date(2025, 10, 2)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Мединский заявил, что Россия к тому времени передала Украине около 7 тыс. тел.", "ru"),
        ("Мединський заявив, що на той час росія передала Україні близько 7 тис. тіл.", "uk"),
        ("Medinsky said that by then Russia had handed 7,000 bodies to Ukraine.", "en"),
    ],
)
def test_by_then_makes_a_running_total(text: str, lang: str) -> None:
    (claim,) = claims_of(text, lang)
    assert (claim.count, claim.kind.value) == (7000, "cumulative")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Росія передала Україні 6057 тіл за п'ять етапів.", "uk"),
        ("Россия передала Украине 6057 тел за 5 дней.", "ru"),
    ],
)
def test_a_number_of_stages_after_for_is_no_formula(text: str, lang: str) -> None:
    assert [(c.count, c.giver, c.receiver) for c in claims_of(text, lang)] == [
        (6057, "Russia", "Ukraine")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Росія та Україна обмінялися полоненими. Перші повідомлення говорили про обмін «від 80 "
         "до 90» осіб з кожного боку.", "uk"),
        ("Russia and Ukraine swapped prisoners. Early reports had spoken of \"between 80 and 90\" "
         "people on each side.", "en"),
    ],
)
def test_a_quoted_range_counts_its_people_each_way(text: str, lang: str) -> None:
    claims = claims_of(text, lang)
    assert sorted((c.count, c.giver, c.receiver, c.qualifier.value) for c in claims) == [
        (80, "Russia", "Ukraine", "at_least"), (80, "Ukraine", "Russia", "at_least")]


def test_a_formula_alone_in_a_dated_list_item_is_an_exchange() -> None:
    text = ("Решение принято в связи с возвращением из плена военнослужащих, жителей округа, в "
            "ходе обменов при посредничестве ОАЭ:\n\n- 5 февраля 2025 г. (150 на 150);\n\n"
            "- 6 мая 2025 г. (205 на 205).")
    claims = claims_of(text, "ru", published=date(2025, 5, 20))
    assert sorted((c.count, c.event_date) for c in claims) == [
        (150, date(2025, 2, 5)), (150, date(2025, 2, 5)),
        (205, date(2025, 5, 6)), (205, date(2025, 5, 6))]


def test_those_picked_out_of_a_formula_in_the_same_sentence_are_a_detail() -> None:
    text = ("29 червня відбувся обмін за формулою 144 на 144; серед звільнених — 95 захисників "
            "«Азовсталі».")
    assert [c.count for c in claims_of(text, "uk")] == [144, 144]


def test_let_them_go_releases_them() -> None:
    assert core(claims_of("Israel let 39 more Palestinian prisoners go that night.")) == [
        ("Israel", "Hamas", 39, "detainee")]


def test_a_price_per_further_group_is_no_handover() -> None:
    assert claims_of("Each further ten hostages released by Hamas would buy one more day of "
                     "quiet.") == []


def test_where_those_handed_over_were_held_is_no_reason_to_drop_them() -> None:
    text = ("Hamas was to free 50 hostages, women and children, and Israel 150 Palestinian "
            "women and minors held in its prisons, over four days.")
    assert [(c.count, c.giver) for c in claims_of(text)] == [(50, "Hamas"), (150, "Israel")]
    assert claims_of("About 8,000 Ukrainians are still held in Russian prisons.") == []


def test_ages_are_no_counts() -> None:
    assert [c.count for c in claims_of("Hamas on Saturday handed four female soldiers, aged 19 "
                                       "and 20, to the Red Cross in Gaza.")] == [4]


def test_an_entry_of_a_timeline_opened_by_its_day_counts_its_figures() -> None:
    text = ("Hamas and Israel carried out the first phase of the truce in stages.\n\n"
            "- 30 January: eight hostages, three Israelis and five Thais; 110 prisoners.\n"
            "- 1 February: three hostages; 183 prisoners.")
    found = {(c.count, c.giver, c.receiver, c.event_date) for c in
             claims_of(text, published=date(2025, 3, 1))}
    assert (8, "Hamas", "Israel", date(2025, 1, 30)) in found
    assert (183, "Israel", "Hamas", date(2025, 2, 1)) in found


def test_items_of_a_list_count_the_people_its_lead_in_names() -> None:
    text = ("19 березня обмін відбувся за формулою 175 на 175, і росія додатково передала вісім "
            "цивільних.\n\nРепатріація тіл загиблих цього року йшла за окремим графіком:\n\n"
            "14 лютого — 757;\n28 березня — 909.")
    listed = [c for c in claims_of(text, "uk", published=date(2025, 12, 30))
              if c.count in (757, 909)]
    assert listed and {c.category.value for c in listed} == {"bodies"}


def test_a_timeline_entry_may_open_with_several_days() -> None:
    text = ("Russia and Ukraine have exchanged prisoners for years.\n"
            "24 Aug, 14 Sep and 18 Oct 2024 - 115, 103 and 95 prisoners each way.")
    counts = {c.count for c in claims_of(text, published=date(2025, 9, 1))}
    assert {103, 95} <= counts


def test_another_thousand_and_the_same_figure_each_time() -> None:
    text = ("The bodies of 1,000 soldiers were returned to Ukraine on 17 July and another "
            "thousand on 19 August; Russia received 19 each time.")
    claims = claims_of(text)
    assert [(c.giver, c.receiver, c.count, str(c.event_date)) for c in claims] == [
        ("Russia", "Ukraine", 1000, "2024-07-17"), ("Russia", "Ukraine", 1000, "2024-08-19"),
        ("Ukraine", "Russia", 19, "2024-07-17"), ("Ukraine", "Russia", 19, "2024-08-19")]


def test_individual_before_a_noun_counts_no_people() -> None:
    text = ("Russia returned 146 prisoners to Ukraine in August. In the third quarter you gave "
            "us £186,400 from 2,917 individual donors and 14 trusts.")
    assert [c.count for c in claims_of(text)] == [146]


def test_reference_marks_end_sentences_and_cited_titles_are_no_claims() -> None:
    text = ("On 23 May Russia and Ukraine each released 390 people.[3] Three days later 307 "
            "were exchanged for 307.[4]\n\nReferences\n\n"
            '- "Kyiv and Moscow agree to swap 1,000 prisoners each". Northline Wire. 16 May '
            "2025.\n\n"
            '- "Third day brings 303 more home". Eastgate Daily. 25 May 2025.\n')
    claims = claims_of(text, published=date(2025, 6, 1))
    assert [c.count for c in claims] == [390, 390, 307, 307]
    assert claims[0].quote == "On 23 May Russia and Ukraine each released 390 people.[3]"


def test_more_of_something_else_and_kilometres_count_no_people() -> None:
    text = ("Россия передала Украине 146 пленных. Единовременные выплаты получили ещё 412 семей. "
            "Передала ещё 12 писем через приёмную.")
    assert [c.count for c in claims_of(text, "ru")] == [146]
    text = "Росія передала Україні 146 полонених. 22 лютого — забіг «5 кілометрів додому»."
    assert [c.count for c in claims_of(text, "uk")] == [146]


def test_an_age_limit_and_people_who_remain_after_a_participle_aside_count_no_handover() -> None:
    text = ("Russia and Ukraine met. On 9 June a first group of soldiers under the age of 25 "
            "had been freed.")
    assert all(c.count != 25 for c in claims_of(text))
    text = ("Россия и Украина провели обмен 21 сентября. Пятеро командиров, освобождённых "
            "тогда, по договорённости остаются на территории Турции до окончания войны.")
    assert all(c.count != 5 for c in claims_of(text, "ru"))


@pytest.mark.parametrize(("text", "lang"), [
    # a return asked for is none made
    ("Moscow's negotiator said that more than 20 Belgorod residents were still being held in "
     "Ukraine and called for their return.", "en"),
    # "remain on": where they are, not a handover
    ("Medinsky said more than 30 residents of the Kursk region remain on Ukrainian "
     "territory.", "en"),
    # the exchange names when it was said, not what became of the people
    ("Российский переговорщик после обмена заявил, что на Украине остаются более 30 жителей "
     "Брянской области.", "ru"),
])
def test_people_a_voice_says_remain_held_are_no_handover(text: str, lang: str) -> None:
    assert claims_of(text, lang) == []


def test_people_a_voice_says_were_returned_after_an_exchange_are_a_handover() -> None:
    text = "Российский переговорщик после обмена заявил, что Украине переданы 30 пленных."
    assert [(c.count, c.receiver) for c in claims_of(text, "ru")] == [(30, "Ukraine")]


@pytest.mark.parametrize(("text", "receiver"), [
    ("The president put the number of Ukrainians who returned at 207.", "Ukraine"),
    ("The mediators put the number of Russians who returned at 195.", "Russia"),
])
def test_whose_people_a_number_put_at_a_figure_counts(text: str, receiver: str) -> None:
    assert [c.receiver for c in claims_of(text)] == [receiver]


@pytest.mark.parametrize("text", [
    "Russia returned 30 prisoners in January; 12 had received a letter from home before.",
    "Russia returned 30 prisoners in January; 12 had received no word from the ministry.",
])
def test_people_who_received_a_thing_are_no_handover(text: str) -> None:
    assert [c.count for c in claims_of(text)] == [30]


def test_people_who_received_people_are_a_handover() -> None:
    text = "Russia returned 30 prisoners in January, and Ukraine received the bodies of 12."
    assert [c.count for c in claims_of(text)] == [30, 12]


def test_people_a_clause_says_died_are_no_handover_beside_its_swap() -> None:
    text = ("A week after the crash of a transport plane near Belgorod on 24 January, in which "
            "Russian officials said 65 Ukrainian prisoners had died, a swap of 195 for 195 was "
            "carried out on 31 January 2024.")
    assert [c.count for c in claims_of(text, published=date(2024, 2, 10))] == [195, 195]


def test_the_dead_who_died_in_captivity_returned_are_a_handover() -> None:
    text = "Under the deal, Hamas is to return the remains of 28 hostages who died in captivity."
    assert [c.count for c in claims_of(text, published=date(2025, 1, 20))] == [28]
