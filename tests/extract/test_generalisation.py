"""Constructions met in reports the extractor was not tuned on, each tested with sentences of
our own: questions, going home, ..."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import SAT, claims_of, core


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Will Russia hand over 500 more bodies next week?", "en"),
        ("Чи поверне Росія ще 200 полонених?", "uk"),
        ("Состоится ли обмен «всех на всех»?", "ru"),
    ],
)
def test_a_question_asserts_no_handover(text: str, lang: str) -> None:
    assert claims_of(text, lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forty Ukrainian sailors went home on Friday.", [("Russia", "Ukraine", 40, "pow")]),
        ("So far 75 Russian soldiers have gone home.", [("Ukraine", "Russia", 75, "pow")]),
    ],
)
def test_going_home_is_coming_back(text: str,
                                   expected: list[tuple[str, str, int, str]]) -> None:
    assert core(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a figure that counts acts or groups counts no people
        ("Штаб насчитал 9 обменов и 800 вернувшихся украинцев за год.", "ru",
         [("Russia", "Ukraine", 800, "detainee")]),
        ("Two batches of Ukrainian soldiers were freed on Friday.", "en", []),
        # a year that heads a headline counts nothing; nor does a figure before "in"
        ("1999 in prisoner swaps: a look back\nRussia returned 40 soldiers to Ukraine.", "en",
         [("Russia", "Ukraine", 40, "pow")]),
        # a casualty in the main clause: the exchange in its relative clause is not theirs
        ("Погибли 30 украинских военнопленных, которых везли на обмен.", "ru", []),
    ],
)
def test_figures_that_count_no_handover(text: str, lang: str,
                                        expected: list[tuple[str, str, int, str]]) -> None:
    assert core(claims_of(text, lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        # a modal before the verb makes it a plan, whatever the verb's form
        ("The sides agreed the dead would be returned 500 for 500.", "en", "agreed"),
        ("Russia says 700 bodies would be handed over to Ukraine.", "en", "announced"),
        # a count as of a day is a running total
        ("По данным МИД, к концу 2024 года были освобождены 1 500 человек.", "ru", "cumulative"),
        ("Станом на кінець року з полону повернули 3 000 українців.", "uk", "cumulative"),
        ("That brings the total to 900 Ukrainian soldiers freed.", "en", "cumulative"),
        # "all in all this time": the sum of one handover
        ("Всего в этот раз на свободу вышли 180 пленных.", "ru", "completed"),
        # a total word opening the sentence frames the clause after an aside
        ("Всего с начала года, по подсчётам редакции, Украина получила около 3 300 тел.", "ru",
         "cumulative"),
        ("After the fifth and final stage, Kyiv counted 6,057 bodies brought home.", "en",
         "cumulative"),
        ("Over the year as a whole, nearly 1,600 Ukrainian soldiers were brought home.", "en",
         "cumulative"),
        # a plan under a truce is one of its terms
        ("Under the first phase of the truce, 33 hostages are to be returned.", "en", "agreed"),
        # a plan for a total, whichever word comes first
        ("Мединський заявив, що Росія готова передати загалом понад 6 000 тіл.", "uk",
         "announced"),
        # going free with a plan's verb between ("на свободу должны выйти")
        ("Израиль и ХАМАС договорились о перемирии. В этой партии на свободу должны выйти "
         "620 палестинцев.", "ru", "agreed"),
        # a forthcoming handover is a plan
        ("The Kremlin spoke of a forthcoming transfer of 50 bodies to Ukraine.", "en",
         "announced"),
    ],
)
def test_kinds_from_modals_and_time_words(text: str, lang: str, kind: str) -> None:
    assert {c.kind.value for c in claims_of(text, lang)} == {kind}


def test_a_sum_of_both_ways_in_all_has_no_sides() -> None:
    text = ("Из плена вернулись 60 российских военнослужащих. Взамен Украине передали 60 "
            "военнопленных. Всего в этот раз на свободу вышли 120 пленных.")
    assert core(claims_of(text, "ru"))[-1] == (None, None, 120, "pow")


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # a phrase of time before the voice is not part of its name
        ("А станом на кінець 2024 року Координаційний штаб рахував 900 повернених "
         "військових.", "uk", "Координаційний штаб"),
        ("On 2 May the ministry reported 40 Ukrainian soldiers returned.", "en", "ministry"),
    ],
)
def test_voices_after_a_phrase_of_time(text: str, lang: str, speaker: str) -> None:
    assert [c.speaker for c in claims_of(text, lang)] == [speaker]


def test_a_known_voice_starts_a_word() -> None:
    text = "Справочный материал.\nРоссия передала Украине 30 военнопленных."
    assert [c.speaker for c in claims_of(text, "ru")] == [None]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "оборонці" are servicemen
        ("Тоді з неволі повернулися 115 оборонців.", "uk", [("Russia", "Ukraine", 115, "pow")]),
        # a figure sharing the verb of one that went each way goes each way too
        ("On Friday 50 Russian and Ukrainian soldiers went each way between Russia and "
         "Ukraine, and on Saturday another 40.", "en",
         [("Russia", "Ukraine", 50, "pow"), ("Ukraine", "Russia", 50, "pow"),
          ("Russia", "Ukraine", 40, "pow"), ("Ukraine", "Russia", 40, "pow")]),
        # people still held are no handover
        ("More than 8,000 Ukrainian servicemen are in Russian captivity.", "en", []),
        # "в условиях" are circumstances, no terms of an agreement
        ("Двое солдат были задержаны в апреле: в условиях плохой видимости они пересекли "
         "границу.", "ru", []),
        # men and women that add up to a figure counted before split it
        ("Стороны обменялись военнопленными по формуле «60 на 60». По его словам, домой "
         "вернулись 58 мужчин и две женщины.", "ru",
         [("Russia", "Ukraine", 60, "pow"), ("Ukraine", "Russia", 60, "pow")]),
    ],
)
def test_who_and_how_many(text: str, lang: str,
                          expected: list[tuple[str, str, int, str]]) -> None:
    assert core(claims_of(text, lang)) == expected


def test_a_date_labelling_a_list_item_dates_it() -> None:
    text = ("2022 in review\n29 June. The largest swap yet: 144 Ukrainian servicemen return.\n"
            "6 December. 60 prisoners go each way.")
    assert [str(c.event_date) for c in claims_of(text, published=date(2023, 1, 2))] == [
        "2022-06-29", "2022-12-06", "2022-12-06"]


def test_a_dateline_labels_nothing() -> None:
    text = "Bodies returned\n16 June 2025\nRussia handed over 6,060 bodies to Ukraine."
    assert [c.event_date for c in claims_of(text)] == [None]


def test_a_correction_opening_the_sentence_withdraws_the_figure() -> None:
    text = ("Учора в Україну повернули тіла 500 загиблих військових.\nВиправлення: у "
            "попередній версії матеріалу помилково зазначалося, що 14 лютого в Україну "
            "повернули 400 тіл, насправді їх 500.")
    assert [c.count for c in claims_of(text, "uk")] == [500, 500]


def test_a_side_and_a_dash_stand_for_the_verb_before() -> None:
    text = ("Це не перша репатріація цього року. 31 травня Україна отримала тіла 212 загиблих, "
            "а Росія — 45, у серпні повернули ще 250 полеглих.")
    assert core(claims_of(text, "uk"))[:2] == [("Russia", "Ukraine", 212, "bodies"),
                                               ("Ukraine", "Russia", 45, "bodies")]


def test_a_transcript_turn_is_its_speakers() -> None:
    text = ("TRANSCRIPT\nInternational Committee of the Red Cross\nSpeaker: Anna Berg, "
            "spokesperson\nMODERATOR: Welcome.\nANNA BERG: Thank you. On Saturday our planes "
            "flew 40 detainees from Saudi Arabia to Houthi-held Sanaa.")
    assert [c.speaker for c in claims_of(text)] == ["Anna Berg"]


def test_a_voice_named_by_surname_takes_its_fullest_name() -> None:
    text = ("Vladimir Medinsky said Russia had handed over 900 bodies to Ukraine. "
            "Later Medinsky said Russia had received 20 bodies of its soldiers.")
    assert [c.speaker for c in claims_of(text)] == ["Vladimir Medinsky"] * 2


def test_time_words_end_no_voice() -> None:
    text = "Предыдущий обмен прошёл 31 января, хотя Зеленский тогда говорил о 207 украинцах."
    assert "Зеленский" in {c.speaker for c in claims_of(text, "ru")}


def test_the_same_number_is_the_figure_just_before() -> None:
    text = ("The UAE said its mediation had secured the release of 206 prisoners of war, 103 "
            "from each side.\nThe Russian Defence Ministry said 103 soldiers had come back "
            "from territory under Kyiv's control, and that the same number of Ukrainian "
            "prisoners of war had been handed over in exchange.")
    assert [(c.giver, c.count) for c in claims_of(text)] == [
        (None, 206), ("Ukraine", 103), ("Russia", 103), ("Ukraine", 103), ("Russia", 103)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # carried people: "доправили", "travelled"; in both directions between two sides' places
        ("У п'ятницю рейси доправили 318 людей між Аденом і Саною в обох напрямках.", "uk",
         [(None, None, 318, "detainee")]),
        ("On Friday our planes shuttled between Aden and Sanaa, and 318 detainees travelled "
         "in the two directions.", "en", [(None, None, 318, "detainee")]),
        # a step towards an exchange is not one, unless the text says it was agreed
        ("Хусити назвали угоду першим кроком до обміну «всіх на всіх».", "uk", []),
        ("Хуситы назвали это первым шагом к обмену «всех на всех», о котором договаривались "
         "в Стокгольме.", "ru", [("Houthis", "Yemen", None, "detainee"),
                                ("Yemen", "Houthis", None, "detainee")]),
    ],
)
def test_carried_both_ways_and_steps(text: str, lang: str,
                                     expected: list[tuple[str, str, int, str]]) -> None:
    assert core(claims_of(text, lang)) == expected


def test_a_detail_of_a_part_leaves_the_part_a_claim() -> None:
    text = ("Додому повертаються 76 наших людей: 60 військових, зокрема десять офіцерів, і 16 "
            "цивільних.")
    assert core(claims_of(text, "uk")) == [("Russia", "Ukraine", 76, "mixed"),
                                          ("Russia", "Ukraine", 60, "pow"),
                                          ("Russia", "Ukraine", 16, "civilian")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a plan has the day it is to happen on, unless it runs over several days
        ("15 квітня з Абги до Сани мають вилетіти 120 звільнених хуситів.", "uk",
         ["2025-04-15"]),
        ("The ICRC began a three-day operation on Friday to transfer nearly 900 detainees "
         "between Aden and Sanaa.", "en", ["None"]),
        # "the round of 19 December": the day of the round, not of the saying
        ("In the round of 10 June, Medinsky said, Russia handed over 1,000 bodies to Ukraine.",
         "en", ["2025-06-10"]),
    ],
)
def test_event_days(text: str, lang: str, expected: list[str]) -> None:
    published = date(2025, 4, 14) if lang == "uk" else SAT  # (a plan is not in the past)
    assert [str(c.event_date) for c in claims_of(text, lang, published)] == expected


def test_parts_that_go_each_to_a_side() -> None:
    text = ("При посредничестве Катара к родителям вернулись семеро детей: четверо — на Украину "
            "и трое — в Россию.")
    assert core(claims_of(text, "ru")) == [(None, None, 7, "civilian"),
                                          ("Russia", "Ukraine", 4, "civilian"),
                                          ("Ukraine", "Russia", 3, "civilian")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause with a verb of its own that is no act says something else of the people
        ("Обмен готовился по формуле 110 на 110, однако две украинки в последний момент "
         "решили остаться в России.", [110, 110]),
        # (a trailing attribution is no verb of the clause)
        ("Азербайджан освободит 32 армянских военнослужащих, а Армения — двух азербайджанских, "
         "говорится в совместном заявлении.", [32, 2]),
    ],
)
def test_a_verb_of_the_clauses_own(text: str, expected: list[int]) -> None:
    assert [c.count for c in claims_of(text, "ru")] == expected


def test_with_a_side_to_act_names_who_acts() -> None:
    text = ("The parties set the numbers in Bern on 20 March: 887 detainees in all, with the "
            "Houthis to release 181, among them foreigners, and the government side 706.")
    claims = claims_of(text, published=date(2023, 4, 17))
    assert [(c.giver, c.receiver, c.count, c.kind.value, c.event_date) for c in claims[1:]] == [
        ("Houthis", "Yemen", 181, "agreed", None), ("Yemen", "Houthis", 706, "agreed", None)]


def test_a_one_sided_undertaking_and_the_size_put_on_an_exchange() -> None:
    text = ("The dead would be returned 6,000 for 6,000, he said. Vladimir Medinsky said Russia "
            "had undertaken to hand over 6,000 bodies of Ukrainian soldiers unilaterally. He put "
            "the size of the new prisoner exchange at no fewer than a thousand from each side.")
    claims = claims_of(text)
    assert [(c.count, c.category.value, c.speaker) for c in claims[2:]] == [
        (6000, "bodies", "Vladimir Medinsky"), (1000, "pow", "Vladimir Medinsky"),
        (1000, "pow", "Vladimir Medinsky")]


def test_a_formula_answering_a_question_about_an_agreement_is_a_term() -> None:
    text = "Talks in Istanbul\nWhat was agreed the first time?\nA swap of 500 prisoners for 500."
    assert {c.kind.value for c in claims_of(text)} == {"agreed"}


def test_the_last_noun_of_a_compound_decides() -> None:
    assert core(claims_of("Взамен Украине передали 108 женщин-военнослужащих.", "ru")) == [
        ("Russia", "Ukraine", 108, "pow")]


def test_an_issuer_line_names_its_voice_before_the_title() -> None:
    text = ("Татьяна Москалькова | Уполномоченный по правам человека\n17 октября 2022\n"
            "Сегодня домой вернулись 110 российских военнослужащих.")
    assert [c.speaker for c in claims_of(text, "ru")] == ["Татьяна Москалькова"]


def test_hostages_and_prisoners_joined_go_opposite_ways() -> None:
    text = ("Hamas and Israel agreed a truce. Before Saturday, 18 hostages and more than 550 "
            "prisoners had been released.")
    assert core(claims_of(text)) == [("Hamas", "Israel", 18, "hostage"),
                                    ("Israel", "Hamas", 550, "detainee")]


def test_an_act_after_after_dates_the_clause_and_is_not_its_act() -> None:
    text = ("Ще місяць тому, після обміну 19 березня, омбудсман Дмитро Лубінець говорив про понад "
            "4 300 звільнених.")
    (claim,) = claims_of(text, "uk", date(2025, 4, 20))
    assert (claim.giver, claim.receiver, claim.event_date) == ("Russia", "Ukraine", None)


def test_a_headline_over_a_figure_both_ways_goes_both_ways() -> None:
    text = ("Gulf mediation brings 206 captives home as Kursk prisoners are swapped\n\n"
            "ABU DHABI / KYIV, 20 May 2024 - The UAE said on Friday that its mediation had "
            "secured the release of 206 prisoners of war, 103 from each side, in an exchange "
            "between Russia and Ukraine after fighting in the Kursk region.")
    assert core(claims_of(text))[:2] == [(None, None, 206, "pow"), (None, None, 206, "pow")]


def test_a_turn_labelled_by_initial_and_surname_takes_the_fullest_name() -> None:
    text = ("Стенограмма подхода к прессе главы делегации Владимира Мединского\n"
            "ВОПРОС: Что решили?\n"
            "В. МЕДИНСКИЙ: На следующей неделе мы передадим украинской стороне 6000 тел.")
    assert [c.speaker for c in claims_of(text, "ru")] == ["Владимир Мединский"]


def test_this_points_back_to_the_act_before() -> None:
    text = ("По той же формуле обменяем молодых солдат. Всего, по нашим оценкам, это не менее "
            "тысячи пленных с каждой стороны.")
    assert [(c.count, c.qualifier.value, c.kind.value) for c in claims_of(text, "ru")] == [
        (1000, "at_least", "agreed"), (1000, "at_least", "agreed")]


def test_a_list_of_stages_per_side_goes_each_way() -> None:
    text = ("Russia and Ukraine agreed to free 900 prisoners each. The swap took place in three "
            "stages of 400, 300 and 200 per side. That makes 900 in each direction.")
    claims = claims_of(text)[2:]
    assert sorted((c.giver, c.receiver, c.count, c.kind.value) for c in claims) == sorted([
        ("Russia", "Ukraine", 400, "completed"), ("Ukraine", "Russia", 400, "completed"),
        ("Russia", "Ukraine", 300, "completed"), ("Ukraine", "Russia", 300, "completed"),
        ("Russia", "Ukraine", 200, "completed"), ("Ukraine", "Russia", 200, "completed"),
        ("Russia", "Ukraine", 900, "cumulative"), ("Ukraine", "Russia", 900, "cumulative")])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Росія повернула 120 українських військових. Серед звільнених 25 захисників "
         "Херсона, 12 прикордонників і семеро моряків.", "uk"),
        ("Россия вернула 120 украинских военных. Среди освобождённых 25 защитников Херсона.",
         "ru"),
        ("Russia returned 120 Ukrainian soldiers. Among those freed were 25 marines.", "en"),
        # people of no status picked out of soldiers counted are no civilians handed over
        ("Росія повернула 120 українських військових. Серед 120 звільнених двоє земляків.",
         "uk"),
    ],
)
def test_people_picked_out_of_those_freed_are_details(text: str, lang: str) -> None:
    assert [c.count for c in claims_of(text, lang)] == [120]


def test_a_figure_split_into_kinds_elsewhere_is_of_several_kinds() -> None:
    text = ("Russia frees 250 Ukrainians\n"
            "Kyiv said 200 servicemen and 50 civilians had come back from Russian captivity.")
    claims = claims_of(text)
    assert [(c.count, c.category.value) for c in claims] == [
        (250, "mixed"), (200, "pow"), (50, "civilian")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "the same numbers", plural, repeats every figure of a kind before
        ("Moscow said 200 soldiers and 30 civilians had come back and that the same numbers "
         "had been released to Kyiv.", "en",
         [("Ukraine", "Russia", 200, "pow"), ("Ukraine", "Russia", 30, "civilian"),
          ("Russia", "Ukraine", 200, "pow"), ("Russia", "Ukraine", 30, "civilian")]),
        # one kind named after a whole split into kinds takes the whole
        ("Додому повернулися 60 українців: 55 військових і п'ятеро цивільних. Росії передали "
         "стільки ж військових.", "uk",
         [("Russia", "Ukraine", 60, "mixed"), ("Russia", "Ukraine", 55, "pow"),
          ("Russia", "Ukraine", 5, "civilian"), ("Ukraine", "Russia", 60, "pow")]),
        # lads are people; an apposed noun of a status gives them that status
        ("Домой вернулись 40 наших ребят, военнослужащих, находившихся в плену.", "ru",
         [("Ukraine", "Russia", 40, "pow")]),
        ("Додому повернулися 40 наших хлопців.", "uk", [("Russia", "Ukraine", 40, "detainee")]),
    ],
)
def test_the_same_numbers_and_people_named_by_apposition(
        text: str, lang: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert core(claims_of(text, lang)) == expected


def test_stamps_bylines_and_records_are_no_part_of_a_claim() -> None:
    text = ("Russia and Ukraine swap 150 each\n"
            "By Ann Example, Example Wire\n"
            "LONDON/KYIV, June 13 (EW) - Russia and Ukraine each handed over 150 prisoners on "
            "Friday in the largest exchange of captives since the spring.\n"
            '17:15 - Zelensky: "150 of our people are home."')
    claims = claims_of(text)
    assert [(c.kind.value, c.speaker) for c in claims[2:4]] == [("completed", None)] * 2
    assert claims[2].quote.startswith("Russia and Ukraine each")
    assert claims[2].event_date is not None and claims[2].event_date.isoformat() == "2025-06-13"
    assert (claims[-1].giver, claims[-1].receiver, claims[-1].speaker) == (
        "Russia", "Ukraine", "Zelensky")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Перемир'я триватиме далі, якщо Росія передаватиме ще по 20 полонених щодня.", "uk"),
        ("Перемирие продлится, если Россия освободит ещё 20 пленных.", "ru"),
        ("Russia freed 40 soldiers on Friday. The youngest soldier released was 19.", "en"),
    ],
)
def test_conditions_and_ages_are_no_handover(text: str, lang: str) -> None:
    assert [c.count for c in claims_of(text, lang)] == ([40] if lang == "en" else [])


def test_a_pronoun_with_a_plan_between_is_the_voice() -> None:
    (claim,) = claims_of("Russia's defence ministry said it stood ready to hand over another "
                         "900 bodies.")
    assert (claim.giver, claim.receiver, claim.kind.value) == ("Russia", "Ukraine", "announced")


def test_people_sent_on_to_a_broker_are_no_handover() -> None:
    text = ("Israel freed 150 prisoners in return; about 40 were sent to Egypt. "
            "Russia returned 90 soldiers, and the bodies were sent to Kyiv.")
    assert [c.count for c in claims_of(text)] == [150, 90]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("It was a long day. The Houthis agreed to free 90 people and the government 300.", "en",
         [("Houthis", "Yemen", 90, "detainee"), ("Yemen", "Houthis", 300, "detainee")]),
        ("Вчера прошёл обмен. Россия освободила 100 пленных и украинская сторона 90.", "ru",
         [("Russia", "Ukraine", 100, "pow"), ("Ukraine", "Russia", 90, "pow")]),
    ],
)
def test_and_a_side_before_a_figure_shares_the_verb(
        text: str, lang: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert core(claims_of(text, lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # a day that opens the clause is when it was said, no part of the voice
        ("В среду Владимир Мединский сообщил, что Украине переданы 900 тел.", "ru",
         "Владимир Мединский"),
        ("Учора Дмитро Лубінець повідомив, що Росія повернула 40 полонених.", "uk",
         "Дмитро Лубінець"),
        # who was told stands between the verb and the voice
        ("Россия передала Украине тела 900 погибших, сообщил журналистам Владимир Мединский.",
         "ru", "Владимир Мединский"),
        ("Росія повернула 40 полонених, повідомив журналістам Дмитро Лубінець.", "uk",
         "Дмитро Лубінець"),
    ],
)
def test_a_day_or_an_addressee_beside_the_voice(text: str, lang: str, speaker: str) -> None:
    (claim,) = claims_of(text, lang)
    assert claim.speaker == speaker and claim.event_date is None


def test_a_round_up_of_several_wars_reads_each_sentence_in_its_own_war() -> None:
    text = ("Israel and Hamas: four female soldiers were freed in exchange for 200 Palestinian "
            "prisoners. Russia and Ukraine: the first swap of the year, 25 for 25, according "
            "to Russia's defence ministry.")
    assert core(claims_of(text, "en", published=date(2025, 1, 31))) == [
        ("Hamas", "Israel", 4, "hostage"), ("Israel", "Hamas", 200, "detainee"),
        ("Russia", "Ukraine", 25, "pow"), ("Ukraine", "Russia", 25, "pow")]


def test_figures_on_the_line_of_a_cry_of_home() -> None:
    text = "ВДОМА! 95 захисників і 12 цивільних\n\nСьогодні відбувся обмін полоненими."
    assert [(c.count, c.category.value, c.kind.value) for c in claims_of(text, "uk")] == [
        (95, "pow", "completed"), (12, "civilian", "completed")]


def test_the_wounded_handed_over_besides_the_others_are_a_claim() -> None:
    text = ("В пятницу из плена были возвращены 120 военнослужащих, а также 12 раненых "
            "военнопленных.")
    assert [c.count for c in claims_of(text, "ru")] == [120, 12]
    text = "У п'ятницю з полону повернули 120 військових, а також 12 поранених полонених."
    assert [c.count for c in claims_of(text, "uk")] == [120, 12]


def test_sides_that_handed_over_to_one_another_a_group_without_a_figure() -> None:
    text = "Росія та Україна провели обмін. Сторони передали одна одній тяжкохворих полонених."
    assert sorted((c.giver, c.count) for c in claims_of(text, "uk")) == [
        ("Russia", None), ("Ukraine", None)]


def test_the_same_number_after_a_whole_split_into_kinds_is_the_whole() -> None:
    text = ("Вчера домой вернулись двести пятьдесят человек: двести военнослужащих и пятьдесят "
            "мирных жителей. В тот же день столько же передано украинской стороне.")
    found = claims_of(text, "ru")
    assert [(c.giver, c.count) for c in found][-1] == ("Russia", 250)
