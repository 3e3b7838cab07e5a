"""A rare family name read under a seal is checked against another reading of the signature block
only when it may be what the seal left of a common one."""

from plankb.extractors.readers import ocr_lines, pdf
from plankb.extractors.readers.positioned import Word


def test_remnants_of_a_common_family_name_are_checked():
    assert pdf.could_be_a_common_surname("Yên")  # the end of "Nguyễn"
    assert pdf.could_be_a_common_surname("Ân")  # the end of "Trần"
    assert pdf.could_be_a_common_surname("Thành")  # two letters off "Trần", in a name of five
    assert pdf.could_be_a_common_surname("Trương")  # two letters off "Dương"


def test_other_family_names_are_taken_as_read():
    for surname in ("Mai", "Đoàn", "Châu", "Thạch", "Kiều", "Quách"):
        assert not pdf.could_be_a_common_surname(surname)
    assert not pdf.could_be_a_common_surname("Nguyễn")  # a common one: nothing to check


def words(text):
    return [Word(300 + 40 * k, 335 + 40 * k, 700, 712, t) for k, t in enumerate(text.split())]


def test_a_name_taken_as_read_costs_no_second_reading(monkeypatch):
    monkeypatch.setattr(ocr_lines, "unavailable", lambda: None)

    def never(*args, **kwargs):
        raise AssertionError("the block is not read again")

    monkeypatch.setattr(pdf, "_second_engine_lines", never)
    monkeypatch.setattr(pdf.ocr, "region_words", never)
    name = words("Đoàn Văn Bình")
    assert pdf._rare_surname_checked("x.pdf", None, (270, 600, 580, 800), name) == name


def test_a_remnant_is_mended_from_the_second_engine(monkeypatch):
    monkeypatch.setattr(ocr_lines, "unavailable", lambda: None)
    monkeypatch.setattr(pdf, "_second_engine_lines", lambda *a: [((300, 700, 420, 712), "Nguyen Van Binh", 0.9)])
    checked = pdf._rare_surname_checked("x.pdf", type("P", (), {"index": 0})(), (270, 600, 580, 800), words("Yên Văn Bình"))
    assert [w.text for w in checked] == ["Nguyễn", "Văn", "Bình"]
