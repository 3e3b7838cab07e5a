"""Datasette metadata: titles, descriptions of tables and columns, facets and canned queries.

Built by code so that the canned queries are the SQL of kb/queries.py, never a copy.
``python -m kb.metadata [DBNAME] > metadata.json`` writes it for a plain ``datasette`` run.
"""

from __future__ import annotations

import json
import sys

from kb.queries import QUERIES

TABLES = {
    "documents": {
        "description": "One row per ingested document (its record's header); id is the record id, a hash of the normalized text.",
        "label_column": "label",
        "facets": ["doc_type", "issuer_id", "year", "province"],
        "sort_desc": "date",
        "columns": {
            "doc_type": "Type code: KH plan, NQ resolution, CT directive, KL conclusion, QĐ decision, CTr programme, HD guidance ...",
            "symbol": "The document's own number and symbol, normalized (114-KH/ĐUK, 03/KH-TA)",
            "issuer": "The issuing body as written; issuer_id links to bodies",
            "place": "Place of issue from the place-and-date line",
            "province": "Province of the document, from its issuer and place (scopes local symbols and bodies)",
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
        "description": "The full extracted record (CONTRACT.md) of each document, as JSON: what `plankb export` writes.",
    },
    "files": {
        "description": "Each ingested file (resolved path) and the document it holds; two copies of one text share a document."
    },
    "passages": {
        "description": "One row per section of a document's outline, with the section's own text (without its subsections); "
        "path '' is the text before the first section, '~' the text after the last one. Full-text indexed.",
        "label_column": "heading",
        "columns": {
            "path": "Outline path (II.2.1)",
            "plain": "The text folded for search: lowercase, one tone placement, no accents, đ as d",
        },
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


def build_metadata(database: str = "plankb") -> dict:
    queries = {
        name: {"title": q.title, "description": q.description, "sql": q.sql.strip(), "params": q.params}
        for name, q in QUERIES.items()
    }
    return {
        "title": "plankb: Vietnamese plans and directives",
        "description": "Structured records extracted from Vietnamese plans, directives and resolutions (Kế hoạch, "
        "Chỉ thị, Nghị quyết ...): who issued them, what they cite, who must do what and by when. "
        "Try the queries: cites, cited_by, deadlines, body_tasks, conflicts, search, similar.",
        "source": "Documents ingested with plankb (records as in CONTRACT.md)",
        "license": "Extraction: MIT (plankb). Documents: public records of their issuing bodies",
        "databases": {database: {"tables": TABLES, "queries": queries}},
    }


if __name__ == "__main__":
    print(json.dumps(build_metadata(sys.argv[1] if len(sys.argv) > 1 else "plankb"), ensure_ascii=False, indent=2))
