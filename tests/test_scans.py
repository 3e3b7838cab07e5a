"""Scanned PDFs: the second reading of the number and date blanks, and the signer under the seal."""

from plankb.extractors.readers import ocr_blanks
from plankb.extractors.readers.positioned import Word


def _words(*texts: str, top: float = 100.0) -> list[Word]:
    out, x = [], 50.0
    for t in texts:
        out.append(Word(x, x + 8 * len(t), top, top + 12, t))
        x += 8 * len(t) + 5
    return out


def test_handwritten_digit_shapes_are_digits_and_anything_else_unknown():
    assert ocr_blanks.digits("A23") == "123"  # a "1" with its long flag
    assert ocr_blanks.digits("H532") == "4532"  # an open "4"
    assert ocr_blanks.digits("2g") == "29"
    assert ocr_blanks.digits("15K") is None
    assert ocr_blanks.digits("") is None


def test_the_second_engines_lines_give_number_and_date_slots():
    found = ocr_blanks.read_blanks(["Doc lap - Ty do - Hanh phuc", "S6: 757 /QD-TTg", "Ha Noi, ngay A4 thang 4 nam 2025"])
    assert found["number"] == "757" and found["code"] == "/QD-TTg"
    assert (found["day"], found["month"], found["year"]) == ("14", "4", "2025")
    # A date inside a title is not the document's date; a slot read as a letter is unknown.
    found = ocr_blanks.read_blanks(["Sua doi Quyet dinh s6 20/2020/QD-TTg ngay 22 thang 7 nam 2020", "Lam Dong, ngay M3 thang 11 nam 2025"])
    assert "number" not in found and found["day"] is None and found["month"] == "11"


def test_the_number_goes_between_so_and_the_code_as_tesseract_read_it():
    words = _words("Số:", "/74/UBND-", "KSTTHC")
    new = ocr_blanks._number_words(ocr_blanks._phrase(words), "4532", "/UBND- KSTTHC")
    assert " ".join(w.text for w in new) == "Số: 4532/UBND-KSTTHC"
    new = ocr_blanks._number_words(_words("Số:", "/QĐ-TTg"), None, "/QD-TTg")
    assert " ".join(w.text for w in new) == "Số: .../QĐ-TTg"  # unknown: blank, never Tesseract's guess


def test_the_symbol_stops_before_the_place_and_date_beside_it():
    words = _words("Số:", "/QĐ-TTg") + [Word(400, 420, 100, 112, "Hà"), Word(425, 450, 100, 112, "Nội,")]
    assert [w.text for w in ocr_blanks._phrase(words)] == ["Số:", "/QĐ-TTg"]


def test_the_date_line_gets_the_slots_read_and_keeps_a_year_it_read():
    words = _words("Hà", "Nội,", "ngày", "Á4", "tháng", "%", "năm", "2025")
    where = ocr_blanks._date_words(words)
    assert where == (2, 4, 6)
    new = ocr_blanks._new_date_words(words[2:], {"day": "14", "month": None, "year": None})
    assert [w.text for w in new] == ["ngày", "14", "tháng", "...", "năm", "2025"]
    assert ocr_blanks._date_words(_words("QĐ-TTg", "ngày", "22", "tháng", "7", "năm", "2020")) is None


def test_the_arrival_stamp_leaves_a_scans_first_page_and_the_header_beside_it_stays():
    from plankb.extractors.readers.stamp import drop_arrival_stamp

    lines = ["CỔNG THÔNG TTN ĐIỆN TỬ CHÍNH PHỦ\tvề kinh tế tập thể", "ĐẾN này\t11014", "ĐÈN Ngáy:.222.14.9.1202,.1,...\tThủ trưởng Bộ Nội vụ",
             "tieày..42.14.12028........"]
    assert drop_arrival_stamp(lines) == ["về kinh tế tập thể", "", "Thủ trưởng Bộ Nội vụ", ""]
    kept = ["- Cổng Thông tin điện tử Chính phủ;", "ĐẾN NĂM 2030", "Hà Nội, ngày ... tháng 10 năm 2024", "THỦ TƯỚNG CHÍNH PHỦ"]
    assert drop_arrival_stamp(kept) == kept


def test_a_signer_behind_a_rank_or_missing_the_first_letters_of_the_family_name():
    from plankb.extractors.readers import pdf as pdf_reader

    def name(*texts, mentions=frozenset()):
        found = pdf_reader._name_words(_words(*texts), mentions)
        return " ".join(w.text for w in found) if found else None

    assert name("Bại", "tướng", "Phan", "Văn", "Giang") == "Phan Văn Giang"  # "Đại tướng", misread
    assert name("'hạm", "Minh", "Chính") == "Phạm Minh Chính"
    assert name("Ai", "Thị", "Thu", "Vân", mentions=frozenset({"Mai Thị Thu Vân", "Nguyễn Văn A"})) == "Mai Thị Thu Vân"
    assert name("Ai", "Thị", "Thu", "Vân") is None  # no name written in full: unknown
    both = {"Trần Hồng Hà", "Phạm Hồng Hà"}
    assert name("f", "Hồng", "Hà", mentions=frozenset(both)) is None  # two names end so: unknown


def test_a_scanned_title_without_the_specks_around_it_or_the_heading_it_ran_into():
    from plankb.extractors.fields.header import _LEAD_SPECKS, _TAIL_SPECKS, _before_heading

    assert _LEAD_SPECKS.sub("", "À +. Về vụ cháy nhà dân") == "Về vụ cháy nhà dân"
    assert _TAIL_SPECKS.sub("", "quận Đống Đa, thành phố Hà Nội mm...") == "quận Đống Đa, thành phố Hà Nội"
    assert _TAIL_SPECKS.sub("", "thời kỳ 2021-2030") == "thời kỳ 2021-2030"
    title = "Phiên họp Chính phủ thường kỳ tháng 3 năm 2025 và Hội nghị trực tuyến với địa phương CHÍNH PHỦ cứ Luật Tổ chức"
    assert _before_heading(title) == "Phiên họp Chính phủ thường kỳ tháng 3 năm 2025 và Hội nghị trực tuyến với địa phương"
    for kept in ("Kế hoạch tổ chức Hội thi “DÂN VẬN KHÉO” năm 2025", "Về công tác phòng, chống dịch COVID-19 của UBND HĐND tỉnh",
                 "QUY CHẾ LÀM VIỆC CỦA BAN CHỈ ĐẠO"):
        assert _before_heading(kept) == kept


def test_a_family_name_from_letters_read_without_marks_only_when_one_is_nearest():
    from plankb.extractors.readers.pdf import _surname_of_letters

    assert _surname_of_letters("Fran") == "Trần"
    assert _surname_of_letters("guyen") == "Nguyễn"  # the end of one family name alone
    # Equally near two: the one most people bear, else the one the reading is but for its first letter
    assert _surname_of_letters("Nguve") == "Nguyễn"  # "Nguyễn" or "Ngư"
    assert _surname_of_letters("Pran") == "Trần"  # "Trần" or "Phan": both common, "ran" is Trần's end
    assert _surname_of_letters("Vinh") is None  # equally near several, none of them either way: unknown
    assert _surname_of_letters("an") == "Ân"  # a family name read whole stands
