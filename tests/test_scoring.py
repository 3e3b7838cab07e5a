"""The scoring follows the annotation rules: each rule here is a case that would score otherwise."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from plankb.cli import main
from plankb.corpus import report, scoring
from plankb.corpus.sets import Set, kind_of


def _record(**fields) -> dict:
    base = {"doc_type": None, "symbol": None, "issuer": None, "place": None, "date": None, "title": None, "signer": None,
            "references": [], "deadlines": [], "assignments": [], "model_areas": []}
    base.update(fields)
    return base


def _ref(symbol: str, date: str | None = None, start: int = 0) -> dict:
    return {"symbol": symbol, "date": date, "start": start, "end": start + len(symbol)}


def test_a_key_left_out_is_not_scored():
    gold = {"doc": "x.txt", "doc_type": "KH", "references": []}  # a news summary: no signer, no symbol
    score = scoring.score_document(gold, _record(doc_type="KH", signer={"name": "Nguyễn Văn A"}, symbol="1/KH-UBND"))
    assert set(score.counts) == {"doc_type", "references", "references.date"}
    assert score.header_right


def test_a_null_gold_value_is_scored_against_a_value():
    gold = {"doc": "x.txt", "symbol": None, "date": None}
    score = scoring.score_document(gold, _record(symbol="12/KH-UBND"))
    assert score.counts["symbol"].right == 0 and score.counts["symbol"].fp == 1
    assert score.counts["date"].right == 1  # null where the gold says null is right
    assert not score.header_right


def test_symbol_alt_is_accepted_for_the_document_and_for_references():
    gold = {"doc": "x.txt", "symbol": "374-KH/TWĐTN-CNĐT", "symbol_alt": ["374 KH/TWĐTNCNĐT"],
            "references": [{"symbol": "22-NQ/TU", "symbol_alt": ["22/NQ-TU"], "date": "2023-01-05"}]}
    score = scoring.score_document(gold, _record(symbol="374 KH/TWĐTNCNĐT", references=[_ref("22/NQ-TU", "2023-01-05")]))
    assert score.counts["symbol"].right == 1
    assert score.counts["references"].tp == 1 and score.counts["references"].fp == 0
    assert score.counts["references.date"].right == 1


def test_a_reference_date_is_judged_apart_from_its_symbol():
    gold = {"doc": "x.txt", "references": [{"symbol": "04-NQ/TU", "date": "2022-07-13"}]}
    score = scoring.score_document(gold, _record(references=[_ref("04-NQ/TU", "2022-07-31")]))
    assert score.counts["references"].tp == 1
    assert score.counts["references.date"].right == 0 and score.counts["references.date"].docs == 1


def test_optional_deadlines_are_neither_rewarded_nor_punished():
    gold = {"doc": "x.txt", "deadlines": [{"date": "2023-03-03"}], "deadlines_optional": [{"date": "2023-10"}]}
    deadlines = [{"date": "2023-03-03"}, {"date": "2023-10"}]
    c = scoring.score_document(gold, _record(deadlines=deadlines)).counts["deadlines"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)
    c = scoring.score_document(gold, _record(deadlines=[{"date": "2023-03-03"}, {"date": "2023-11"}])).counts["deadlines"]
    assert c.fp == 1


def test_references_count_only_on_the_annotated_pages():
    gold = {"doc": "x.pdf", "references": [{"symbol": "20/2020/QĐ-TTg", "date": None}], "references_pages": 2}
    pages = [{"start": 0, "end": 100}, {"start": 102, "end": 200}, {"start": 202, "end": 300}]
    refs = [_ref("20/2020/QĐ-TTg", None, 10), _ref("15/2025/NĐ-CP", None, 150), _ref("99/2024/TT-BTC", None, 250)]
    c = scoring.score_document(gold, _record(references=refs, pages=pages)).counts["references"]
    assert (c.tp, c.fp) == (1, 1)  # the page-3 reference is not scored; the page-2 one is an addition
    c = scoring.score_document(gold, _record(references=refs)).counts["references"]  # no pages: every reference
    assert c.fp == 2


def test_names_and_titles_are_compared_as_a_reader_would():
    gold = {"doc": "x.txt", "issuer": ["Ủy ban nhân dân tỉnh Kiên Giang", "UBND tỉnh Kiên Giang"], "signer": "Nguyễn Văn Hoà",
            "title": "Về việc tổ chức Hội thi “Ánh sáng soi đường” giai đoạn 2022 – 2027"}
    record = _record(issuer={"name": "UBND TỈNH KIÊN GIANG"}, signer={"name": "Nguyễn Văn Hòa"},
                     title="tổ chức Hội thi Ánh sáng soi đường giai đoạn 2022 2027")
    score = scoring.score_document(gold, record)
    assert score.header_right
    wrong = scoring.score_document(gold, _record(title="tổ chức Hội thi Ánh sáng soi đường"))
    assert wrong.counts["title"].right == 0


def test_assignments_accept_any_listed_spelling_once():
    gold = {"doc": "x.txt", "assignments": [["Sở Nội vụ"], ["Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo"]]}
    record = _record(assignments=[{"body": "các Sở Nội vụ"}, {"body": "Ban Tuyên giáo"}, {"body": "Báo Nhân Dân"}])
    c = scoring.score_document(gold, record).counts["assignments"]
    assert (c.tp, c.fp, c.fn) == (2, 1, 0)


def test_kinds_from_gold_suffix_and_text(tmp_path: Path):
    portal = tmp_path / "p.txt"
    portal.write_text("Số hiệu: 12/KH-UBND\nLoại văn bản: Kế hoạch\nNgười ký: Nguyễn Văn A\n", encoding="utf-8")
    plain = tmp_path / "w.txt"
    plain.write_text("KẾ HOẠCH\nThực hiện ...\n", encoding="utf-8")
    assert kind_of({}, portal, "partial") == "portal"
    assert kind_of({}, plain, "news_summary") == "announcement"
    assert kind_of({}, plain, None) == "whole"
    assert kind_of({"kind": "image_only"}, tmp_path / "a.pdf", None) == "image_only"
    assert kind_of({}, tmp_path / "a.docx", None) == "word"


def _one_set(tmp_path: Path, gold: dict, text: str) -> Set:
    (tmp_path / "gold").mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "gold" / "a.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "docs" / "a.txt").write_text(text, encoding="utf-8")
    return Set("mine", tmp_path / "gold", [tmp_path / "docs"], (".txt",))


PLAN = """ỦY BAN NHÂN DÂN
TỈNH KIÊN GIANG
Số: 12/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kiên Giang, ngày 05 tháng 4 năm 2023

KẾ HOẠCH
Tổ chức Hội thi tìm hiểu pháp luật năm 2023

Căn cứ Nghị quyết số 04-NQ/TU ngày 13/7/2022 của Ban Chấp hành Đảng bộ tỉnh;
"""


def test_report_table_and_comparison(tmp_path: Path):
    gold = {"doc": "a.txt", "doc_type": "KH", "symbol": "12/KH-UBND", "date": "2023-04-05", "place": "Kiên Giang",
            "references": [{"symbol": "04-NQ/TU", "date": "2022-07-13"}, {"symbol": "99-KH/TU", "date": None}]}
    results = report.run([_one_set(tmp_path, gold, PLAN)])
    assert results[0]["counts"]["symbol"]["right"] == 1
    table = report.table(results)
    assert "| mine | whole text | 1 | 1.00 | 1.00 |" in table
    # A later run that loses the symbol and finds the second reference shows both.
    after = json.loads(json.dumps(results))
    after[0]["counts"]["symbol"].update(right=0, fp=1)
    after[0]["added"]["symbol"] = ["12/KH"]
    after[0]["missed"]["references"] = []
    gains, losses = report.compare(results, after)
    assert any("symbol" in line and "'12/KH'" in line for line in losses)
    assert any("found ['99-KH/TU']" in line for line in gains)


def test_report_command_saves_and_compares(tmp_path: Path):
    shared = tmp_path / "shared"
    (shared / "real-texts-gold").mkdir(parents=True)
    (shared / "real-texts").mkdir()
    gold = {"doc": "t1.txt", "doc_type": "KH", "symbol": "12/KH-UBND", "references": []}
    (shared / "real-texts-gold" / "t1.json").write_text(json.dumps(gold), encoding="utf-8")
    (shared / "real-texts" / "t1.txt").write_text(PLAN, encoding="utf-8")
    saved = tmp_path / "before.json"
    runner = CliRunner()
    result = runner.invoke(main, ["report", str(shared), "--jobs", "1", "--save", str(saved), "--ocr-cache", str(tmp_path / "c")])
    assert result.exit_code == 0, result.output
    assert "| real-texts | whole text | 1 |" in result.output
    result = runner.invoke(main, ["report", str(shared), "--jobs", "1", "--compare", str(saved), "--ocr-cache", str(tmp_path / "c")])
    assert "0 gained, 0 lost" in result.output
    result = runner.invoke(main, ["report", str(tmp_path / "nothing")])
    assert result.exit_code != 0 and "no annotated set" in result.output


def test_symbols_are_compared_as_written_not_repaired():
    gold = {"doc": "x.txt", "symbol": "7470-CV/TWĐTN-BTG"}
    assert scoring.score_document(gold, _record(symbol="Số: 7470–CV/TWĐTN-BTG")).counts["symbol"].right == 1
    assert scoring.score_document(gold, _record(symbol="7470-CV/TWĐTNBTG")).counts["symbol"].right == 0


def test_report_scores_given_records(tmp_path: Path):
    shared = tmp_path / "shared"
    (shared / "real-texts-gold").mkdir(parents=True)
    (shared / "real-texts").mkdir()
    gold = {"doc": "t1.txt", "doc_type": "KH", "symbol": "12/KH-UBND"}
    (shared / "real-texts-gold" / "t1.json").write_text(json.dumps(gold), encoding="utf-8")
    (shared / "real-texts" / "t1.txt").write_text(PLAN, encoding="utf-8")
    records = tmp_path / "other-build.jsonl"
    records.write_text(json.dumps({"source": {"path": "somewhere/t1.txt"}, "doc_type": "KH", "symbol": "12/KH"}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["report", str(shared), "--records", str(records), "--ocr-cache", str(tmp_path / "c")])
    assert result.exit_code == 0, result.output
    assert "| real-texts | whole text | 1 | 1.00 | 0.00 |" in result.output  # the given record's symbol, not a fresh extraction's
