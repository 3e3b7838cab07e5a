"""The second engine's lines of a signature block: a line the block's left edge cuts (the end of a
recipient's line running in from the left column) is found but not read."""

import numpy as np

from plankb.extractors.readers import ocr_lines


def box(x0, y0, x1, y1):
    return [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]


def test_a_line_starting_at_the_left_edge_is_cut():
    assert ocr_lines.cut_at_left(box(0, 10, 120, 30))
    assert ocr_lines.cut_at_left(box(1.5, 10, 120, 30))
    assert not ocr_lines.cut_at_left(box(140, 10, 400, 30))  # "KT. CHỦ TỊCH", centred in the block


class FakeEngine:
    """RapidOCR's steps on made-up boxes: records what the recognizer is given."""

    max_side_len, min_side_len, min_height, width_height_ratio, text_score, use_cls = 2000, 30, 30, 8, 0.5, True

    def __init__(self, boxes, texts):
        self.boxes, self.texts, self.read = boxes, texts, []

    def load_img(self, image):
        return image

    def auto_text_det(self, image):
        return [np.array(b, dtype=np.float32) for b in self.boxes], 0.0

    def get_crop_img_list(self, image, boxes):
        return [self.texts[[list(map(list, b)) for b in self.boxes].index(b.tolist())] for b in boxes]

    def text_cls(self, crops):
        return crops, [], 0.0

    def text_rec(self, crops, word_box):
        self.read.extend(crops)
        return [(text, 0.9 if text != "speck" else 0.2) for text in crops], 0.0

    def __call__(self, image):
        raise AssertionError("the steps are run one by one")


def test_cut_lines_are_not_read(monkeypatch):
    boxes = [box(140, 10, 400, 30), box(0, 40, 90, 60), box(150, 200, 380, 222), box(0, 230, 60, 250), box(200, 260, 220, 270)]
    texts = ["KT. GIÁM ĐỐC", "thuộc Sở;", "Trần Văn An", "Lưu: VT", "speck"]
    engine = FakeEngine(boxes, texts)
    monkeypatch.setattr(ocr_lines, "_engine", lambda: engine)
    found = ocr_lines._found(np.zeros((300, 500, 3), dtype=np.uint8))
    assert [t for _p, t, _c in found] == ["KT. GIÁM ĐỐC", "Trần Văn An"]  # the speck under the score is left out as RapidOCR does
    assert engine.read == ["KT. GIÁM ĐỐC", "Trần Văn An", "speck"]  # the cut lines never reach the recognizer
    assert found[1][0] == box(150, 200, 380, 222)


def test_an_image_rapidocr_would_rescale_goes_through_its_call(monkeypatch):
    calls = []

    class Whole(FakeEngine):
        def __call__(self, image):
            calls.append(image.shape)
            return [(box(0, 0, 50, 20), "cut", 0.9), (box(100, 0, 300, 20), "Lê Thị Hoa", 0.9)], None

    monkeypatch.setattr(ocr_lines, "_engine", lambda: Whole([], []))
    found = ocr_lines._found(np.zeros((20, 400, 3), dtype=np.uint8))  # lower than min_height: RapidOCR pads it
    assert calls and [t for _p, t, _c in found] == ["Lê Thị Hoa"]
