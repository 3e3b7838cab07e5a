"""A web page saved as its HTML source is read as the text a browser shows (readers/text.py)."""

from plankb.extractors.readers.text import html_to_text, read


def test_title_and_body_text_without_markup():
    page = (
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><title>UBND huyện ban hành Kế hoạch phòng chống lụt bão năm 2024</title>\n"
        "<meta property=\"og:site_name\" content=\"Cổng thông tin điện tử huyện\">\n<script>var a = 1;</script></head>\n"
        "<body><div class=\"menu\">Trang chủ</div><p>Ngày 05/4/2024, UBND huyện đã ban hành Kế hoạch số 57/KH-UBND.</p>"
        "<p>Theo đó, các xã&nbsp;triển khai.</p></body></html>"
    )
    text = html_to_text(page)
    lines = text.splitlines()
    assert lines[0] == "UBND huyện ban hành Kế hoạch phòng chống lụt bão năm 2024"
    assert "Ngày 05/4/2024, UBND huyện đã ban hành Kế hoạch số 57/KH-UBND." in lines
    assert "Theo đó, các xã triển khai." in lines
    assert "og:site_name" not in text and "var a" not in text and "<" not in text


def test_a_source_cut_inside_its_head_keeps_the_title():
    page = "<!DOCTYPE html>\n<html><head>\n<title>Sở Y tế ban hành Kế hoạch tiêm chủng</title>\n<meta name=\"author\" content=\"Sở Y tế\">\n<link rel=\"alte"
    assert html_to_text(page) == "Sở Y tế ban hành Kế hoạch tiêm chủng\n"


def test_plain_text_mentioning_tags_is_not_html(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("KẾ HOẠCH\nHướng dẫn đăng bài: dùng thẻ <title> cho tiêu đề.\n", encoding="utf-8")
    src = read(f)
    assert "<title>" in src.text
    assert not any(code == "html-source" for code, _ in src.warnings)
