"""The fields (lĩnh vực) of "Dân vận khéo" models and the words that name them. Matched on folded
text after the word "lĩnh vực" (in a sentence, a heading or a table header). Examples are tested.
"""

from __future__ import annotations

AREAS = ("kinh_te", "van_hoa_xa_hoi", "quoc_phong_an_ninh", "xay_dung_he_thong_chinh_tri", "other")

# (keyword, areas it names), longest first when matched. "kinh tế - xã hội" names two fields.
KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("kinh tế - xã hội", ("kinh_te", "van_hoa_xa_hoi")),
    ("kinh tế, xã hội", ("kinh_te", "van_hoa_xa_hoi")),
    ("kinh tế xã hội", ("kinh_te", "van_hoa_xa_hoi")),
    ("kinh tế-xã hội", ("kinh_te", "van_hoa_xa_hoi")),
    ("kt-xh", ("kinh_te", "van_hoa_xa_hoi")),
    ("phát triển kinh tế", ("kinh_te",)),
    ("kinh tế", ("kinh_te",)),
    ("văn hóa - xã hội", ("van_hoa_xa_hoi",)),
    ("văn hóa – xã hội", ("van_hoa_xa_hoi",)),
    ("văn hóa, xã hội", ("van_hoa_xa_hoi",)),
    ("văn hóa xã hội", ("van_hoa_xa_hoi",)),
    ("văn hóa-xã hội", ("van_hoa_xa_hoi",)),
    ("vh - xh", ("van_hoa_xa_hoi",)),
    ("vh-xh", ("van_hoa_xa_hoi",)),
    ("văn hóa", ("van_hoa_xa_hoi",)),
    ("giáo dục", ("van_hoa_xa_hoi",)),
    ("y tế", ("van_hoa_xa_hoi",)),
    ("an sinh xã hội", ("van_hoa_xa_hoi",)),
    ("quốc phòng - an ninh", ("quoc_phong_an_ninh",)),
    ("quốc phòng – an ninh", ("quoc_phong_an_ninh",)),
    ("quốc phòng, an ninh", ("quoc_phong_an_ninh",)),
    ("quốc phòng an ninh", ("quoc_phong_an_ninh",)),
    ("an ninh - quốc phòng", ("quoc_phong_an_ninh",)),
    ("an ninh, quốc phòng", ("quoc_phong_an_ninh",)),
    ("an ninh quốc phòng", ("quoc_phong_an_ninh",)),
    ("qp - an", ("quoc_phong_an_ninh",)),
    ("qp-an", ("quoc_phong_an_ninh",)),
    ("quốc phòng", ("quoc_phong_an_ninh",)),
    ("an ninh", ("quoc_phong_an_ninh",)),
    ("xây dựng hệ thống chính trị", ("xay_dung_he_thong_chinh_tri",)),
    ("hệ thống chính trị", ("xay_dung_he_thong_chinh_tri",)),
    ("xây dựng đảng", ("xay_dung_he_thong_chinh_tri",)),
    ("xây dựng chính quyền", ("xay_dung_he_thong_chinh_tri",)),
    ("xdhtct", ("xay_dung_he_thong_chinh_tri",)),
)

# Examples the tests check: (text, areas found).
EXAMPLES = (
    ("trên các lĩnh vực: Xây dựng hệ thống chính trị, kinh tế xã hội, an ninh quốc phòng...;",
     {"xay_dung_he_thong_chinh_tri", "kinh_te", "van_hoa_xa_hoi", "quoc_phong_an_ninh"}),
    ("2.2. Lĩnh vực văn hóa - xã hội: Xây dựng mô hình “Dân vận khéo” trong tuyên truyền", {"van_hoa_xa_hoi"}),
    ("Lĩnh vực Kinh tế\tLĩnh vực VH - XH\tLĩnh vực QP - AN", {"kinh_te", "van_hoa_xa_hoi", "quoc_phong_an_ninh"}),
    ("xây dựng mô hình, điển hình “Dân vận khéo” trên các lĩnh vực hoạt động của cơ quan, đơn vị.", set()),
    ("nhiều mô hình công tác dân vận khéo trên các lĩnh vực của đời sống xã hội", set()),
)
