"""Header blocks as real documents print them: multi-line issuers, wrapped cells, broken lines."""

from __future__ import annotations

from tests.conftest import extract_text

BODY = "\n\nI. MỤC ĐÍCH\n1. Tuyên truyền sâu rộng.\n"


def test_a_standing_board_is_named_with_its_committee(nlp):
    text = (
        "ỦY BAN MTTQ VIỆT NAM\nPHƯỜNG HÒA AN\nBAN THƯỜNG TRỰC\nSố: 05/KH-MTTQ-BTT\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHòa An, ngày 02 tháng 3 năm 2026\n"
        "KẾ HOẠCH\nTổ chức hội nghị cử tri" + BODY
    )
    rec = extract_text(text, nlp)
    assert rec.issuer.name == "Ban Thường trực Ủy ban MTTQ Việt Nam phường Hòa An"
    assert rec.issuer.parent == "Ủy ban MTTQ Việt Nam phường Hòa An"


def test_a_speck_before_the_issuer_is_not_part_of_it(nlp):
    text = "/ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 12/KH-UBND\nTân Phú, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nThử nghiệm" + BODY
    assert extract_text(text, nlp).issuer.name == "Ủy ban nhân dân xã Tân Phú"


def test_a_signer_interleaved_with_the_recipients(nlp):
    # Two columns exported one after the other: the signature sits inside "Nơi nhận", and the
    # signer's family name is a rare one.
    closing = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\nKhà Thị Mây\n"
    rec = extract_text("KẾ HOẠCH\nThử nghiệm" + BODY + "\n" + closing, nlp)
    assert rec.signer.name == "Khà Thị Mây"
    assert all("Mây" not in r.name for r in rec.recipients)
