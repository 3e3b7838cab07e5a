"""JSON Schema of the record, generated from the dataclasses in schema.record so the two never
drift apart. ``python -m schema.jsonschema`` rewrites schema/record.schema.json.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import types
from pathlib import Path
from typing import Any, Union, get_args, get_origin, get_type_hints

from plankb.schema import record as R

SCHEMA_PATH = Path(__file__).with_name("record.schema.json")

DESCRIPTIONS = {
    "id": "Stable id of the document's content: a hash of its normalized text.",
    "doc_type": "Type code of the document itself: KH, NQ, CT, KL, QĐ, CTr, HD, QC, TB, BC, CV, ...",
    "symbol": "The document's own number and symbol, normalized (114-KH/ĐUK, 03/KH-TA).",
    "issuer": "The body that issued the document.",
    "place": "Place of issue from the place-and-date line.",
    "date": "Date of issue, YYYY-MM-DD.",
    "title": "The summary line under the type name (trích yếu), on one line.",
    "signer": "Who signed, under which title and authority.",
    "recipients": "Lines of 'Nơi nhận' with their purpose.",
    "references": "Every other document the text cites by number.",
    "deadlines": "Dates by which something must be done: YYYY-MM-DD, YYYY-MM or --MM-DD (yearly).",
    "assignments": "Which body is given which task, in which role.",
    "model_areas": "Fields in which 'Dân vận khéo' models are asked for or suggested.",
    "sections": "The outline: I. / 1. / 1.1. / a).",
    "warnings": "What the extractor doubted or could not read.",
    "spans": "Where each header value was read: offsets into the normalized text.",
    "pages": "Where each page of a paged source (PDF) lies: offsets into the normalized text.",
    "signing": "Digital-signature stamp metadata, when the file carries one.",
}
ENUMS = {
    ("Reference", "relation"): ["basis", "implements", "cites"],
    ("Deadline", "precision"): ["day", "month"],
    ("Deadline", "qualifier"): ["by", "before", "within", "on"],
    ("Assignment", "role"): ["lead", "coordinate", "advise", "monitor", "implement"],
    ("ModelArea", "area"): ["kinh_te", "van_hoa_xa_hoi", "quoc_phong_an_ninh", "xay_dung_he_thong_chinh_tri", "other"],
}


def _type_schema(tp: Any, defs: dict) -> dict:
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        inner = _type_schema(args[0], defs)
        if len(get_args(tp)) > len(args):
            return {"anyOf": [inner, {"type": "null"}]}
        return inner
    if origin is list:
        return {"type": "array", "items": _type_schema(get_args(tp)[0], defs)}
    if origin is dict:
        return {"type": "object", "additionalProperties": _type_schema(get_args(tp)[1], defs)}
    if dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}
            defs[name] = _dataclass_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    if tp is str:
        return {"type": "string"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if tp is bool:
        return {"type": "boolean"}
    return {}


def _dataclass_schema(cls: type, defs: dict) -> dict:
    hints = get_type_hints(cls)
    props, required = {}, []
    for f in dataclasses.fields(cls):
        prop = _type_schema(hints[f.name], defs)
        if (cls.__name__, f.name) in ENUMS:
            prop = {**prop, "enum": ENUMS[(cls.__name__, f.name)]}
        if cls is R.Record and f.name in DESCRIPTIONS:
            prop = {**prop, "description": DESCRIPTIONS[f.name]}
        props[f.name] = prop
        required.append(f.name)
    return {"type": "object", "properties": props, "required": required}


def record_schema() -> dict:
    defs: dict[str, dict] = {}
    body = _dataclass_schema(R.Record, defs)
    body["required"] = R.CONTRACT_FIELDS
    body["additionalProperties"] = True  # plugins add fields of their own
    body["properties"].pop("extra")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://plankb.invalid/schema/record.schema.json",
        "title": "plankb document record",
        "description": "What `plankb extract` prints for each document (schema/CONTRACT.md), version " + R.RECORD_VERSION,
        **body,
        "$defs": defs,
    }


if __name__ == "__main__":
    SCHEMA_PATH.write_text(json.dumps(record_schema(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}", file=sys.stderr)
