"""Cutting report text into highlighted pieces: nesting, overlaps, bad offsets."""

from __future__ import annotations

from handover.web.highlight import Span, pieces, placed

TEXT = "Russia handed over 1,200 bodies. Kyiv said 27 were returned."


def _span(claim_id: int, start: int, end: int) -> Span:
    return Span(claim_id, start, end, f"claim {claim_id}")


def _shape(text: str, spans: list[Span]) -> list[tuple[str, list[tuple[int, bool]]]]:
    return [(p.text, [(m.span.claim_id, m.first) for m in p.marks]) for p in pieces(text, spans)]


def test_text_is_kept_whole_and_in_order() -> None:
    spans = [_span(1, 0, 32), _span(2, 33, len(TEXT))]
    assert "".join(p.text for p in pieces(TEXT, spans)) == TEXT


def test_separate_spans_each_get_one_anchored_mark() -> None:
    assert _shape(TEXT, [_span(2, 33, len(TEXT)), _span(1, 0, 32)]) == [
        (TEXT[:32], [(1, True)]), (" ", []), (TEXT[33:], [(2, True)])]


def test_identical_spans_nest_with_both_anchors() -> None:
    assert _shape(TEXT, [_span(5, 0, 32), _span(4, 0, 32)]) == [
        (TEXT[:32], [(4, True), (5, True)]), (TEXT[32:], [])]


def test_crossing_spans_split_and_anchor_once() -> None:
    shape = _shape("abcdefghij", [_span(1, 0, 6), _span(2, 3, 9)])
    assert shape == [("abc", [(1, True)]), ("def", [(1, False), (2, True)]),
                     ("ghi", [(2, False)]), ("j", [])]


def test_inner_span_nests_inside_outer() -> None:
    shape = _shape("abcdefghij", [_span(1, 0, 10), _span(2, 2, 4)])
    assert shape == [("ab", [(1, True)]), ("cd", [(1, False), (2, True)]),
                     ("efghij", [(1, False)])]


def test_spans_outside_the_text_are_set_apart() -> None:
    spans = [_span(1, 0, 5), _span(2, 5, 500), _span(3, -1, 2), _span(4, 7, 7)]
    inside, outside = placed(spans, len(TEXT))
    assert [s.claim_id for s in inside] == [1]
    assert [s.claim_id for s in outside] == [2, 3, 4]
    assert _shape(TEXT, spans) == [(TEXT[:5], [(1, True)]), (TEXT[5:], [])]


def test_no_spans_is_one_plain_piece() -> None:
    assert _shape(TEXT, []) == [(TEXT, [])]
    assert pieces("", []) == []
