"""The table of common word pairs: made by its rule (make_common_pairs), and its examples hold."""

from __future__ import annotations

from plankb.extractors.patterns import common_pairs, make_common_pairs
from plankb.extractors.patterns.make_common_pairs import make_tables, marks_off
from plankb.extractors.readers.ocr_consensus import apply_consensus


def _corpus(*groups: tuple[str, int]) -> list[str]:
    """Documents: each group is (text, how many documents write it), padded to tell them apart."""
    return [f"{text}\n\nvăn bản {k}" for text, n in groups for k in range(n)]


def test_a_pair_three_documents_write_is_in_the_table_and_two_are_not_enough():
    often, _, _ = make_tables(_corpus(("Tổ chức hội nghị.", 3), ("Kiện toàn bộ máy.", 2)))
    assert "tổ chức" in often and "hội nghị" in often
    assert "kiện toàn" not in often and "bộ máy" not in often


def test_a_pair_whose_letters_other_documents_mark_otherwise_is_left_out():
    # "tô chức" in one document of six: a fifth of six is more than one, the pair stays
    often, _, _ = make_tables(_corpus(("tổ chức", 6), ("tô chức", 1)))
    assert "tổ chức" in often
    often, _, _ = make_tables(_corpus(("tổ chức", 6), ("tô chức", 2)))  # two of six: more than a fifth
    assert "tổ chức" not in often and "tô chức" not in often


def test_function_words_pairs_without_marks_and_pairs_across_signs_are_not_counted():
    often, _, _ = make_tables(_corpus(("đại diện cho ban tin học, quản lý. Bảo đảm\n\nChất lượng", 4)))
    assert "đại diện" in often and "quản lý" in often
    assert "diện cho" not in often  # a function word
    assert "ban tin" not in often  # no mark: nothing to correct
    assert "học quản" not in often and "lý bảo" not in often  # a comma, a full stop between
    assert "đảm chất" not in often  # a blank line between, then a capital: another paragraph


def test_one_tone_placement():
    often, _, _ = make_tables(_corpus(("cộng hoà", 2), ("cộng hòa", 1)))
    assert "cộng hòa" in often and "cộng hoà" not in often


def test_a_pair_another_phrase_shares_the_letters_of_is_ambiguous():
    # "vì sự" in one document of six, but three times against "vị sự"'s twelve: at least a tenth
    texts = _corpus(("đơn vị sự nghiệp; đơn vị sự nghiệp", 6), ("Ban vì sự tiến bộ, Ban vì sự tiến bộ, Ban vì sự tiến bộ", 1))
    often, ambiguous, _ = make_tables(texts)
    assert "vị sự" in often and ambiguous == ["vị sự"]
    often, ambiguous, _ = make_tables(texts[:-1] + ["Ban vì sự tiến bộ"])  # once: not a phrase to reckon with
    assert "vị sự" in often and ambiguous == []


def test_the_tables_examples_hold():
    assert common_pairs.AMBIGUOUS_PAIRS.issubset(common_pairs._WRITTEN_OFTEN)
    assert common_pairs.AMBIGUOUS_PAIRS.isdisjoint(common_pairs.COMMON_PAIRS)
    for wrong, right in common_pairs.EXAMPLES:
        assert right in common_pairs.COMMON_PAIRS and marks_off(wrong) == marks_off(right) and wrong != right
        text = f"Về {wrong} và {wrong.upper()}"
        assert apply_consensus(text, [(0, len(text))]) == f"Về {right} và {right.upper()}"
    for pair in common_pairs._WRITTEN_OFTEN:
        first, second = pair.split()
        assert not make_common_pairs.FUNCTION_WORDS.intersection((first, second)), pair
        assert (marks_off(first), marks_off(second)) != (first, second), pair


def test_the_table_is_what_its_rule_makes_of_the_shared_texts(shared, capsys):
    assert make_common_pairs.main(["--shared", str(shared), "--check"]) == 0, capsys.readouterr().out
