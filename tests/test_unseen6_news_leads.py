"""News leads of Party and mass-organisation portals (made-up text written in their convention):
a letter announced without a number by what it does ("vừa có văn bản hướng dẫn / đề nghị ..."),
a time adverb between the body and its verb ("... tỉnh mới đây vừa ban hành ..."), and a body
given a task with "mỗi <period>" between its name and its verb."""

from __future__ import annotations

import pytest

from tests.conftest import assigned_bodies, extract_text


def _header(rec):
    return rec.doc_type, rec.symbol, rec.issuer.name if rec.issuer else None, rec.title


@pytest.mark.parametrize(
    "lead, doc_type, issuer",
    [
        ("(HNM) - Ban Tuyên giáo Thành ủy vừa có văn bản hướng dẫn tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng.",
         "HD", "Ban Tuyên giáo Thành ủy"),
        ("Ban Dân vận Huyện ủy vừa có văn bản đề nghị các chi, đảng bộ cơ sở sơ kết phong trào thi đua.",
         "CV", "Ban Dân vận Huyện ủy"),
        ("Ủy ban Mặt trận Tổ quốc tỉnh vừa có văn bản yêu cầu Mặt trận các xã rà soát hộ nghèo.",
         "CV", "Ủy ban Mặt trận Tổ quốc tỉnh"),
    ],
)
def test_a_letter_without_number_is_typed_by_its_purpose(lead, doc_type, issuer, nlp):
    rec = extract_text(f"Tin hoạt động\n{lead}\nNội dung tin.\n", nlp)
    assert (rec.doc_type, rec.symbol, rec.issuer.name if rec.issuer else None) == (doc_type, None, issuer)


def test_a_guidance_keeps_its_subject_a_letter_none(nlp):
    guidance = extract_text("Tin\nBan Tuyên giáo Tỉnh ủy vừa có văn bản hướng dẫn tuyên truyền Ngày Nam Bộ kháng chiến.\n", nlp)
    assert guidance.title == "hướng dẫn tuyên truyền Ngày Nam Bộ kháng chiến"
    letter = extract_text("Tin\nBan Dân vận Tỉnh ủy vừa có văn bản đề nghị các huyện ủy tổng kết công tác năm.\n", nlp)
    assert letter.title is None


@pytest.mark.parametrize(
    "page",
    [
        # "văn bản" followed by no purpose word, with no number: nothing identified.
        "Tin\nBan Dân vận Tỉnh ủy vừa có văn bản gửi các huyện ủy về công tác dân vận.\n",
        # a number-bound verb ("đã có") still needs the number.
        "Tin\nBan Tuyên giáo Huyện ủy đã có văn bản hướng dẫn tuyên truyền kỷ niệm ngày thành lập huyện.\n",
    ],
)
def test_no_purpose_or_no_number_announces_nothing(page, nlp):
    rec = extract_text(page, nlp)
    assert (rec.doc_type, rec.symbol) == (None, None)


@pytest.mark.parametrize("adverb", ["mới đây", "vừa qua", "gần đây"])
def test_time_adverb_after_the_body_is_not_its_name(adverb, nlp):
    rec = extract_text(f"Tin\nHội Nông dân tỉnh {adverb} đã ban hành Kế hoạch tổ chức Hội thi nhà nông đua tài năm 2024.\n", nlp)
    assert _header(rec)[0] == "KH"
    assert rec.issuer is not None and rec.issuer.name == "Hội Nông dân tỉnh"


@pytest.mark.parametrize("period", ["mỗi năm", "mỗi quý", "mỗi tháng"])
def test_moi_period_between_a_body_and_its_verb(period, nlp):
    text = ("TỈNH ĐOÀN\nSố: 05-KH/TĐTN\nKẾ HOẠCH\nTuyên truyền trên không gian mạng\n\nII. NỘI DUNG\n"
            f"1. Tổ chức\nHuyện đoàn {period} tổ chức ít nhất một diễn đàn trực tuyến.\n")
    assert "huyện đoàn" in assigned_bodies(text, nlp)


def test_a_clause_after_a_semicolon_opens_with_its_own_subject(nlp):
    # "A does X; B does Y" in a plan's content: both bodies are given their task.
    text = ("TỈNH ĐOÀN\nSố: 07-KH/TĐTN\nKẾ HOẠCH\nCông tác Đội năm 2024\n\nII. NỘI DUNG\n"
            "1. Bồi dưỡng phụ trách Đội\nHằng năm, Ban Thường vụ Tỉnh đoàn tổ chức Trại huấn luyện; "
            "Hội đồng Đội các huyện tổ chức các lớp bồi dưỡng kỹ năng cho chỉ huy Đội.\n")
    bodies = assigned_bodies(text, nlp)
    assert "hội đồng đội các huyện" in bodies


def test_a_semicolon_list_of_names_without_verbs_gives_no_task(nlp):
    text = ("TỈNH ĐOÀN\nSố: 08-KH/TĐTN\nKẾ HOẠCH\nCông tác Đội năm 2024\n\nII. NỘI DUNG\n"
            "1. Đối tượng\nCán bộ phụ trách Đội của các đơn vị: Huyện đoàn Tân Phú; Huyện đoàn Định Quán; Thành đoàn Long Khánh.\n")
    assert assigned_bodies(text, nlp) == set()


def test_a_semicolon_list_with_a_verb_like_word_in_a_name_gives_no_task(nlp):
    # "cử" is a verb (to send) but "Ủy ban Bầu cử xã" is a name in a list of participants.
    text = ("ỦY BAN MTTQ VIỆT NAM XÃ AN PHÚ\nSố: 09/KH-MTTQ\nKẾ HOẠCH\nTổ chức hội nghị cử tri\n\nII. NỘI DUNG\n"
            "1. Hội nghị\n- Thành phần: Ban Thường trực Ủy ban MTTQ xã; Ủy ban Bầu cử xã; Ban Công tác mặt trận thôn.\n")
    assert not any(b.startswith("ủy ban bầu") for b in assigned_bodies(text, nlp))
