"""The words a person reads in the browser, in Vietnamese: one table for the whole interface.

The database, its JSON and its CSV keep their stable ASCII names and codes (``role = lead``);
only the HTML pages show these labels (kb/plugins/ and kb/templates/ read them from here).
``plankb serve --lang en`` shows the ASCII names instead.
"""

from __future__ import annotations

# Coded values, by column: what the extraction writes -> what a person reads.
VALUES: dict[str, dict[str, str]] = {
    "role": {  # assignments: who does what
        "lead": "chủ trì",
        "coordinate": "phối hợp",
        "advise": "tham mưu",
        "monitor": "theo dõi",
        "implement": "thực hiện",
    },
    "relation": {  # citations: how a document cites another
        "basis": "căn cứ",
        "implements": "thực hiện",
        "cites": "trích dẫn",
    },
    "qualifier": {  # deadlines: "chậm nhất ngày 10/10", "trước ngày 01/9" ...
        "by": "chậm nhất",
        "before": "trước",
        "within": "trong",
        "on": "vào",
    },
    "precision": {"day": "ngày", "month": "tháng"},
    "recurrence": {"yearly": "hằng năm"},
    "kind": {  # conflicts
        "date": "ngày khác nhau",
        "issuer_level": "cấp ban hành không khớp số hiệu",
        "issuer": "cơ quan ban hành khác nhau",
        # passages: the kind of a section (kb/sections.py)
        "purpose": "mục đích, yêu cầu",
        "content": "nội dung, nhiệm vụ, giải pháp",
        "organisation": "tổ chức thực hiện",
        "funding": "kinh phí",
        "schedule": "thời gian, tiến độ",
        "subjects": "đối tượng, phạm vi",
        "reporting": "chế độ báo cáo",
        "review": "đánh giá, kết quả",
        "awards": "khen thưởng",
    },
    "level": {  # bodies
        "central": "Trung ương",
        "local": "địa phương",
    },
    "issuer_level": {
        "central": "Trung ương",
        "province": "tỉnh",
        "district": "huyện",
        "commune": "xã",
    },
    "area": {  # model_areas: fields of 'Dân vận khéo' models
        "kinh_te": "kinh tế",
        "van_hoa_xa_hoi": "văn hóa - xã hội",
        "quoc_phong_an_ninh": "quốc phòng - an ninh",
        "xay_dung_he_thong_chinh_tri": "xây dựng hệ thống chính trị",
        "other": "khác",
    },
}

# Tables, as named on the home, database and table pages.
TABLES: dict[str, str] = {
    "documents": "Văn bản",
    "records": "Bản ghi trích xuất",
    "records_json": "Bản ghi trích xuất (JSON)",
    "files": "Tệp",
    "passages": "Đoạn văn",
    "headings": "Tiêu đề mục",
    "cited_documents": "Văn bản được trích dẫn",
    "citations": "Trích dẫn",
    "conflicts": "Trích dẫn mâu thuẫn",
    "bodies": "Cơ quan, đơn vị",
    "assignments": "Phân công nhiệm vụ",
    "deadlines": "Thời hạn",
    "deadline_bodies": "Cơ quan theo thời hạn",
    "recipients": "Nơi nhận",
    "model_areas": "Lĩnh vực mô hình “Dân vận khéo”",
    "similar_passages": "Đoạn văn tương tự",
}

# Column labels, for every table and every question; (table, column) entries where one name
# means something else in that table.
COLUMNS: dict[str, str] = {
    "id": "mã",
    "label": "nhãn",
    "key": "khóa",
    "doc_type": "loại văn bản",
    "symbol": "số, ký hiệu",
    "issuer": "cơ quan ban hành",
    "issuer_id": "cơ quan ban hành (liên kết)",
    "issuer_code": "ký hiệu cơ quan ban hành",
    "issuer_level": "cấp ban hành",
    "place": "nơi ban hành",
    "province": "tỉnh, thành phố",
    "province_now": "tỉnh, thành phố hiện nay",
    "locality": "huyện, thị xã, thành phố thuộc tỉnh",
    "date": "ngày",
    "year": "năm",
    "title": "trích yếu",
    "signer_name": "người ký",
    "signer_title": "chức vụ người ký",
    "signer_authority": "thẩm quyền ký",
    "source_path": "tệp nguồn",
    "format": "định dạng",
    "sha256": "mã băm SHA-256",
    "extractor_version": "phiên bản trích xuất",
    "n_warnings": "số cảnh báo",
    "warnings": "cảnh báo",
    "text": "nội dung",
    # the stored parts of a quote given back as text (kb/quotes.py), and of a score
    "text_rest": "nội dung (phần lưu, bỏ các cột lặp lại)",
    "body_at": "vị trí cơ quan trong nội dung",
    "task_at": "vị trí nhiệm vụ trong nội dung",
    "issuer_at": "vị trí cơ quan ban hành trong nội dung",
    "subject_at": "vị trí nội dung được dẫn trong câu dẫn",
    "score_gap": "độ tương đồng còn thiếu so với 1 (phần nghìn)",
    "ingested_at": "thời điểm nạp",
    "document_id": "văn bản",
    "record": "bản ghi (JSON)",
    "path": "mục",
    "seq": "thứ tự",
    "heading": "tiêu đề mục",
    "heading_id": "tiêu đề mục",
    "level": "cấp",
    "start": "vị trí đầu",
    "end": "vị trí cuối",
    "plain": "nội dung không dấu",
    "section_end": "vị trí cuối cả mục",
    "scope": "phạm vi",
    "dates": "các ngày được ghi",
    "subject": "nội dung được dẫn",
    "term": "khóa (nhiệm kỳ)",
    "n_citations": "số lần được dẫn",
    "n_documents": "số văn bản dẫn",
    "documents_id": "văn bản trong kho",
    "cited_id": "văn bản được dẫn",
    "relation": "cách dẫn",
    "citing_date": "ngày văn bản dẫn",
    "first_mention": "lần dẫn đầu tiên",
    "kind": "loại mâu thuẫn",
    "detail": "chi tiết",
    "evidence": "các văn bản ghi",
    "body": "cơ quan, đơn vị",
    "body_id": "cơ quan, đơn vị (liên kết)",
    "role": "vai trò",
    "task": "nhiệm vụ",
    "deadline": "thời hạn",
    "document_date": "ngày văn bản",
    "name_key": "tên (rút gọn)",
    "search_key": "khóa tìm kiếm",
    "name": "tên",
    "precision": "độ chính xác",
    "recurrence": "lặp lại",
    "qualifier": "mức hạn",
    "due": "hạn cuối",
    "month_day": "ngày, tháng hằng năm",
    "bodies": "cơ quan thực hiện",
    "deadline_id": "thời hạn",
    "purpose": "mục đích",
    "area": "lĩnh vực",
    "passage_id": "đoạn văn",
    "other_id": "đoạn văn tương tự",
    "other_document_id": "văn bản chứa đoạn tương tự",
    "score": "độ tương đồng",
    # columns of the questions (kb/queries.py)
    "document": "văn bản",
    "cited_as": "ngày ghi khi dẫn",
    "cited_document": "văn bản được dẫn",
    "citing_symbol": "số, ký hiệu văn bản dẫn",
    "cited_symbol": "số, ký hiệu được dẫn",
    "cited_date": "ngày được dẫn",
    "cited_issuer": "cơ quan ban hành được dẫn",
    "ingested": "có trong kho",
    "passage": "đoạn văn",
    "snippet": "trích đoạn",
    "own_path": "mục của văn bản này",
    "depth": "tầng",
    "parent": "thực hiện văn bản",
    "parent_symbol": "số, ký hiệu văn bản được thực hiện",
    "next_due": "ngày đến hạn",
    "section_text": "cả mục (kèm các tiểu mục)",
    "similar_passage": "đoạn tương tự ở văn bản khác",
}
TABLE_COLUMNS: dict[tuple[str, str], str] = {
    ("passages", "level"): "cấp mục",
    ("passages", "text"): "nội dung mục",
    ("bodies", "scope"): "địa bàn",
    ("bodies", "key"): "khóa (tên và địa bàn)",
    ("recipients", "name"): "nơi nhận",
    ("model_areas", "label"): "lĩnh vực như văn bản ghi",
    ("files", "path"): "đường dẫn tệp",
    ("cited_documents", "key"): "khóa (số hiệu|phạm vi|năm)",
    ("cited_documents", "scope"): "phạm vi (TW hoặc địa phương)",
}

# The fields of the question forms (the named parameters of kb/queries.py).
PARAMS: dict[str, str] = {
    "symbol": "Số, ký hiệu",
    "from": "Từ ngày (YYYY-MM-DD)",
    "to": "Đến ngày (YYYY-MM-DD)",
    "body": "Cơ quan, đơn vị",
    "q": "Từ cần tìm",
    "passage": "Mã đoạn văn",
    "document": "Mã hoặc số, ký hiệu văn bản",
    "kind": "Loại mục",
    "doc_type": "Loại văn bản (KH, CT, NQ, QĐ ...)",
    "issuer": "Cơ quan ban hành",
    "level": "Cấp ban hành",
    "year": "Năm",
    "page": "Trang",
}


# What an empty field of a list means (the question's SQL gives the same default).
PARAM_DEFAULTS = {"kind": "organisation"}


def choice_label(param: str, value: str) -> str:
    """The word a list shows for a value of a field ("organisation" -> "Tổ chức thực hiện")."""
    return dict(choices(param) or []).get(value, value)


def choices(param: str) -> list[tuple[str, str]] | None:
    """The values a question's field offers as a list ("" first: any), or None for a text field."""
    from plankb.kb.sections import KINDS

    if param == "kind":
        return [(k, label) for k, (label, _forms) in KINDS.items()]
    if param == "level":
        return [("", "mọi cấp"), *VALUES["issuer_level"].items()]
    return None


# Columns holding a date as the extraction writes it (ISO 8601, "--MM-DD" for a yearly one).
DATE_COLUMNS = {"date", "deadline", "cited_date"}


def date_label(value: str) -> str | None:
    """A partial or yearly date as people write it: "--11-30" -> "30/11 hằng năm", "2023-04" ->
    "tháng 4/2023"; None for a full date (shown as stored) or anything else."""
    parts = value.split("-")
    if value.startswith("--") and len(parts) == 4 and parts[2].isdigit() and parts[3].isdigit():
        return f"{int(parts[3]):02d}/{int(parts[2]):02d} hằng năm"
    if len(parts) == 2 and all(p.isdigit() for p in parts) and len(parts[0]) == 4:
        return f"tháng {int(parts[1])}/{parts[0]}"
    return None


def value_label(column: str, value: object) -> str | None:
    """The Vietnamese word for a coded value, or None when the column has no codes or the value
    is not one; a list written "basis,implements" (the `cites` question) is read part by part."""
    if column in DATE_COLUMNS and isinstance(value, str):
        return date_label(value)
    codes = VALUES.get(column)
    if not codes or not isinstance(value, str) or not value:
        return None
    if value in codes:
        return codes[value]
    parts = value.split(",")
    if len(parts) > 1 and all(p in codes for p in parts):
        return ", ".join(codes[p] for p in parts)
    return None


def column_label(column: str, table: str | None = None) -> str:
    """The label of a column (of ``table``, or of a question's result); the name itself when unknown."""
    return TABLE_COLUMNS.get((table or "", column)) or COLUMNS.get(column) or column


def table_label(table: str) -> str:
    return TABLES.get(table, table)


def param_label(name: str) -> str:
    return PARAMS.get(name, name)


# Datasette's filter operations (the table page's filter form and its sentence "rows where ...").
LOOKUPS: dict[str, str] = {
    "exact": "=",
    "not": "≠",
    "contains": "có chứa",
    "endswith": "kết thúc bằng",
    "startswith": "bắt đầu bằng",
    "gt": ">",
    "gte": "≥",
    "lt": "<",
    "lte": "≤",
    "like": "khớp mẫu (like)",
    "notlike": "không khớp mẫu (not like)",
    "glob": "khớp mẫu (glob)",
    "in": "thuộc danh sách",
    "notin": "không thuộc danh sách",
    "arraycontains": "danh sách có",
    "arraynotcontains": "danh sách không có",
    "date": "vào ngày",
    "isnull": "không có giá trị",
    "notnull": "có giá trị",
    "isblank": "để trống",
    "notblank": "không để trống",
}


def lookup_label(key: str, display: str = "") -> str:
    return LOOKUPS.get(key, display or key)


def filters_sentence(selections, search: str | None, sort: str | None, sort_desc: str | None, table: str | None) -> str:
    """What the table page shows, in words: "khớp với “dân vận”, có vai trò = “chủ trì”, sắp xếp theo ngày (giảm dần)".

    ``selections``: (column, lookup, value) as Datasette's Filters.selections() gives them."""
    bits = []
    for column, lookup, value in selections:
        label = column_label(column, table)
        if lookup in ("isnull", "notnull", "isblank", "notblank"):
            bits.append(f"{label} {lookup_label(lookup)}")
        else:
            shown = value_label(column, value) or value
            bits.append(f"{label} {lookup_label(lookup)} “{shown}”")
    parts = [f"khớp với “{search}”"] if search else []
    if bits:
        parts.append("có " + ", ".join(bits))
    text = ", ".join(parts)
    if sort or sort_desc:
        order = f"sắp xếp theo {column_label(sort or sort_desc, table)}{' (giảm dần)' if sort_desc else ''}"
        text = f"{text}, {order}" if text else order
    return text
