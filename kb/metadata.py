"""Datasette metadata: titles, descriptions of tables and columns, facets and canned queries.

Built by code so that the canned queries are the SQL of kb/queries.py, never a copy. The Datasette
plugin gives it to every knowledge base Datasette serves (a plain ``datasette plankb.db`` too);
``python -m plankb.kb.metadata [DBNAME [en]] > metadata.json`` writes it as one file.
"""

from __future__ import annotations

import json
import sys

from plankb.kb import labels
from plankb.kb.queries import QUERIES

TABLES = {
    "documents": {
        "description": "One row per ingested document (its record's header); id is the record id, a hash of the normalized text.",
        "label_column": "label",
        "facets": ["doc_type", "issuer_id", "year", "province", "province_now"],
        "sort_desc": "date",
        "columns": {
            "doc_type": "Type code: KH plan, NQ resolution, CT directive, KL conclusion, QĐ decision, CTr programme, HD guidance ...",
            "symbol": "The document's own number and symbol, normalized (114-KH/ĐUK, 03/KH-TA)",
            "issuer": "The issuing body as written; issuer_id links to bodies",
            "place": "Place of issue from the place-and-date line",
            "province": "Province of the document, from its issuer and place (scopes local symbols and bodies)",
            "province_now": "Province today: the one of the 34 since the 2025 merger the document's province is part of "
            "(Quảng Bình -> Quảng Trị); null for Central documents",
            "locality": "District-level place (town, district, city) when it is not a province",
            "date": "Date of issue, YYYY-MM-DD",
            "title": "The summary line (trích yếu)",
            "source_path": "The file as given to ingest",
            "sha256": "SHA-256 of the file's bytes",
            "extractor_version": "plankb version / record schema version that produced the record",
            "text": "The normalized text the record's offsets point into",
        },
    },
    "records": {
        "description": "The full extracted record (schema/record.schema.json) of each document, as JSON: what `plankb export` writes. "
        "Stored compressed against the document's text: the records_json view gives the JSON text (in JSON and CSV downloads too);"
        " in SQL, plankb_record_json(record, text).",
    },
    "records_json": {"description": "Each document's extracted record as JSON text (the records table, decompressed)."},
    "files": {
        "description": "Each ingested file (resolved path) and the document it holds; two copies of one text share a document."
    },
    "passages": {
        "description": "One row per section of a document's outline, with the section's own text (without its subsections); "
        "path '' is the text before the first section, '~' the text after the last one. Full-text indexed.",
        # the index is contentless (kb/fts.py): Datasette finds it for the search box by this
        "fts_table": "passages_fts",
        "fts_pk": "id",
        "columns": {
            "path": "Outline path (II.2.1)",
            "heading_id": "The section's heading (each distinct heading is stored once, in headings)",
            "start": "Where the passage starts in the document's text (its text: the passage_texts view)",
            "kind": "The section's kind from its heading (purpose, content, organisation, funding ...: kb/sections.py)",
            "section_end": "Where the whole section ends in the document's text, its subsections included",
        },
    },
    "headings": {
        "description": "Each distinct section heading once; passages name theirs (heading_id).",
        "label_column": "heading",
    },
    "cited_documents": {
        "description": "One row per distinct cited document. key = symbol|scope|year: scope is TW for Central codes and the "
        "citing document's place for local ones (04-NQ/TU exists in every province); see kb/citekeys.py for the rule.",
        "label_column": "label",
        "facets": ["doc_type", "scope", "year"],
        "sort_desc": "n_documents",
        "columns": {
            "dates": "Every date the citations give it",
            "n_documents": "How many ingested documents cite it",
            "documents_id": "The ingested document it is, when it has been ingested too",
            "term": "Party congress term written with the issuer (khóa XI)",
        },
    },
    "citations": {
        "description": "Every citation of another document by number, as written: relation basis (Căn cứ), implements (Thực hiện), cites.",
        "facets": ["relation", "doc_type"],
        "columns": {"start": "Offset of the citation in the document's normalized text", "scope": "Scope used to resolve it"},
    },
    "conflicts": {
        "description": "Cited documents whose citations disagree (kind date, issuer_level, issuer).",
        "facets": ["kind"],
    },
    "bodies": {
        "description": "One row per body; spelling variants (tone placement, case, abbreviations) merged within one place.",
        "label_column": "name",
        "facets": ["level", "scope"],
        "columns": {
            "key": "Folded name with abbreviations written out, and its place",
            "scope": "Place of the body; Trung ương for Central bodies",
        },
    },
    "assignments": {
        "description": "Tasks given to bodies (role: lead, coordinate, advise, monitor, implement).",
        "facets": ["role"],
    },
    "deadlines": {
        "description": "Deadlines: date as written (YYYY-MM-DD, YYYY-MM or --MM-DD yearly); due is the last day it allows.",
        "facets": ["qualifier", "precision", "recurrence"],
    },
    "deadline_bodies": {"description": "Which bodies must meet each deadline."},
    "recipients": {
        "description": "Nơi nhận: who receives the document and why (báo cáo, thực hiện, lưu).",
        "facets": ["purpose"],
    },
    "model_areas": {"description": "Fields in which the plan asks for 'Dân vận khéo' models.", "facets": ["area"]},
    "similar_passages": {
        "description": "For each passage, the most similar passages of other documents (MinHash estimate of Jaccard similarity)."
    },
    "passage_signatures": {"hidden": True},
    "passage_buckets": {"hidden": True},
    "similar_pending": {"hidden": True},
    "fts_pending": {"hidden": True},
    "resolve_pending": {"hidden": True},
    "kb_meta": {"hidden": True},
}


# The same tables for a Vietnamese reader: a title (kb/labels.py), a description, and the
# columns that need more than their label.
TABLES_VI = {
    "documents": {
        "description": "Mỗi dòng là một văn bản đã nạp (phần đầu của bản ghi); mã là mã băm của nội dung đã chuẩn hóa.",
        "columns": {
            "doc_type": "KH kế hoạch, NQ nghị quyết, CT chỉ thị, KL kết luận, QĐ quyết định, CTr chương trình, HD hướng dẫn ...",
            "symbol": "Số, ký hiệu của chính văn bản, đã chuẩn hóa (114-KH/ĐUK, 03/KH-TA)",
            "issuer": "Cơ quan ban hành như văn bản ghi",
            "province": "Tỉnh, thành phố của văn bản, theo cơ quan ban hành và nơi ban hành",
            "province_now": "Tỉnh, thành phố hiện nay (34 tỉnh, thành phố sau sắp xếp năm 2025) mà tỉnh của văn bản "
            "thuộc về (Quảng Bình → Quảng Trị); để trống với văn bản Trung ương",
            "date": "Ngày ban hành, YYYY-MM-DD",
            "title": "Trích yếu nội dung",
            "text": "Nội dung đã chuẩn hóa",
        },
    },
    "records": {
        "description": "Bản ghi trích xuất đầy đủ của mỗi văn bản (JSON), như `plankb export` ghi ra. "
        "Lưu dạng nén theo văn bản gốc của văn bản: bảng records_json cho văn bản JSON (cả khi tải JSON, CSV);"
        " trong SQL, plankb_record_json(record, text)."
    },
    "records_json": {"description": "Bản ghi trích xuất của mỗi văn bản dưới dạng văn bản JSON (bảng records, giải nén)."},
    "files": {"description": "Mỗi tệp đã nạp và văn bản nó chứa; hai bản sao của một nội dung là một văn bản."},
    "passages": {
        "description": "Mỗi dòng là một mục trong bố cục văn bản, với nội dung riêng của mục (không gồm các mục con); "
        "mục '' là phần trước mục đầu tiên, '~' là phần sau mục cuối. Ô tìm kiếm tìm được cả có dấu và không dấu.",
        "columns": {
            "path": "Vị trí mục (II.2.1)",
            "heading_id": "Tiêu đề của mục (mỗi tiêu đề khác nhau lưu một lần, trong bảng tiêu đề mục)",
            "start": "Vị trí bắt đầu trong nội dung văn bản (nội dung mục: bảng passage_texts)",
        },
    },
    "headings": {"description": "Mỗi tiêu đề mục khác nhau một lần; các đoạn văn ghi tiêu đề của mình theo mã."},
    "cited_documents": {
        "description": "Mỗi dòng là một văn bản được trích dẫn. Khóa = số hiệu|phạm vi|năm: phạm vi là TW với văn bản "
        "Trung ương, là địa phương của văn bản dẫn với văn bản địa phương (04-NQ/TU có ở mọi tỉnh).",
        "columns": {
            "dates": "Mọi ngày mà các trích dẫn ghi cho văn bản này",
            "n_documents": "Số văn bản trong kho trích dẫn nó",
            "documents_id": "Chính văn bản này, khi nó cũng đã được nạp",
            "term": "Khóa Đại hội ghi cùng cơ quan ban hành (khóa XI)",
        },
    },
    "citations": {
        "description": "Mọi lần một văn bản dẫn văn bản khác theo số, ký hiệu: căn cứ, thực hiện, trích dẫn.",
        "columns": {"start": "Vị trí của trích dẫn trong nội dung văn bản", "scope": "Phạm vi dùng để quy về văn bản được dẫn"},
    },
    "conflicts": {"description": "Văn bản được dẫn mà các trích dẫn không khớp: ngày, cấp ban hành, cơ quan ban hành."},
    "bodies": {
        "description": "Mỗi dòng là một cơ quan, đơn vị; các cách viết khác nhau (dấu, hoa thường, viết tắt) trong "
        "cùng một địa bàn là một.",
        "columns": {"scope": "Địa bàn của cơ quan; Trung ương với cơ quan Trung ương"},
    },
    "assignments": {"description": "Nhiệm vụ giao cho các cơ quan (chủ trì, phối hợp, tham mưu, theo dõi, thực hiện)."},
    "deadlines": {
        "description": "Thời hạn: ngày như văn bản ghi (YYYY-MM-DD, YYYY-MM hoặc --MM-DD hằng năm); hạn cuối là ngày "
        "cuối cùng được phép.",
    },
    "deadline_bodies": {"description": "Cơ quan phải bảo đảm mỗi thời hạn."},
    "recipients": {"description": "Nơi nhận văn bản và để làm gì (báo cáo, thực hiện, lưu)."},
    "model_areas": {"description": "Các lĩnh vực mà kế hoạch đề ra mô hình “Dân vận khéo”."},
    "similar_passages": {"description": "Với mỗi đoạn văn, các đoạn giống nhất của văn bản khác (ước lượng MinHash)."},
}


def _tables(lang: str) -> dict:
    if lang == "en":
        return TABLES
    tables = {}
    for name, meta in TABLES.items():
        vi = TABLES_VI.get(name, {})
        tables[name] = {
            **meta,
            **({"title": labels.table_label(name)} if name in labels.TABLES else {}),
            **{k: v for k, v in vi.items()},
        }
    return tables


# Datasette settings a knowledge base is served with: documents.text and passages are long, and
# the questions over a large base need more than Datasette's default 1 s.
SETTINGS = {
    "truncate_cells_html": 300,
    "default_page_size": 50,
    "sql_time_limit_ms": 3000,
}

LANGUAGES = ("vi", "en")


def is_plankb_base(path) -> bool:
    """Whether the SQLite file at ``path`` is a plankb knowledge base (kb/schema.py writes kb_meta's
    schema_version last, beside documents and records): only those get plankb's questions and pages."""
    import sqlite3
    from pathlib import Path

    try:
        uri = f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1"
        with sqlite3.connect(uri, uri=True) as conn:
            tables = {name for (name,) in conn.execute("select name from sqlite_master where type = 'table'")}
            if not {"kb_meta", "documents", "records", "passages"} <= tables:
                return False
            return conn.execute("select 1 from kb_meta where key = 'schema_version'").fetchone() is not None
    except (sqlite3.Error, OSError, ValueError):
        return False


def canned_queries(lang: str = "vi") -> dict:
    """The questions of kb/queries.py as Datasette canned queries, titled in ``lang``."""
    vi = lang != "en"
    return {
        name: {
            "title": q.title_vi if vi else q.title,
            "description": q.description_vi if vi else q.description,
            "sql": q.sql.strip(),
            "params": q.params,
            "hide_sql": True,  # a question page opens with its form and its answer
        }
        for name, q in QUERIES.items()
    }


def instance_metadata(lang: str = "vi") -> dict:
    """Title, description, source and license of the whole site (its home page)."""
    vi = lang != "en"
    names = ", ".join(QUERIES)
    return {
        "title": "plankb: kế hoạch, chỉ thị, nghị quyết" if vi else "plankb: Vietnamese plans and directives",
        "description": (
            "Thông tin trích từ các kế hoạch, chỉ thị, nghị quyết (văn bản tiếng Việt): cơ quan nào ban hành, "
            "dẫn văn bản nào, ai phải làm gì và đến khi nào. Hãy bắt đầu từ các câu hỏi."
            if vi
            else "Structured records extracted from Vietnamese plans, directives and resolutions (Kế hoạch, "
            "Chỉ thị, Nghị quyết ...): who issued them, what they cite, who must do what and by when. "
            f"Try the queries: {names}."
        ),
        "source": "Văn bản nạp bằng plankb" if vi else "Documents ingested with plankb (records as in schema/record.schema.json)",
        "license": (
            "Trích xuất: MIT (plankb). Văn bản: văn bản công khai của cơ quan ban hành"
            if vi
            else "Extraction: MIT (plankb). Documents: public records of their issuing bodies"
        ),
    }


def database_metadata(lang: str = "vi") -> dict:
    """One knowledge base's metadata, without its queries: tables with titles, descriptions, facets."""
    site = instance_metadata(lang)
    return {"source": site["source"], "license": site["license"], "tables": _tables(lang)}


def build_metadata(database: str = "plankb", lang: str = "vi") -> dict:
    """Datasette metadata as one file; ``lang`` "vi" (titles and descriptions a Vietnamese reader
    reads) or "en". The plugin (kb/plugins/plankb_datasette.py) gives the same through its hooks."""
    if lang not in LANGUAGES:
        raise ValueError(f"lang {lang!r}: one of {', '.join(LANGUAGES)}")
    return {
        **instance_metadata(lang),
        "databases": {database: {**database_metadata(lang), "queries": canned_queries(lang)}},
        "plugins": {"plankb": {"lang": lang}},
    }


if __name__ == "__main__":
    args = sys.argv[1:]
    print(json.dumps(build_metadata(*(args[:2] or ["plankb"])), ensure_ascii=False, indent=2))
