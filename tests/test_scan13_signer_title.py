"""A title line in capitals read with a hook or a tone lost ("CHU TỊCH") is no signer's name."""

from plankb.extractors.fields.signature import _title_without_tones
from tests.conftest import extract_text

BODY = ("ỦY BAN NHÂN DÂN\nTỈNH AN PHÚ\nSố: 45/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "An Phú, ngày 02 tháng 3 năm 2021\n\nQUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính\n\n"
        "Điều 1. Công bố kèm theo Quyết định này.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n")


def test_title_without_tones():
    assert _title_without_tones("CHU TỊCH")
    assert _title_without_tones("PHO GIAM ĐOC")
    assert not _title_without_tones("Vũ Trường")  # a name, in small letters as Decree 30 prints it
    assert not _title_without_tones("TRẦN VĂN BÌNH")


def test_name_below_the_misread_title(nlp):
    assert extract_text(BODY + "CHU TỊCH\n\nTrần Văn Bình\n", nlp).signer.name == "Trần Văn Bình"


def test_misread_title_alone_is_unknown(nlp):
    assert extract_text(BODY + "CHU TỊCH\n", nlp).signer.name is None


def test_a_name_that_reads_like_a_title_stays(nlp):
    assert extract_text(BODY + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nVũ Trường\n", nlp).signer.name == "Vũ Trường"
