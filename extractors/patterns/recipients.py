"""Purposes written after a recipient in "Nơi nhận", folded, and what they mean."""

from __future__ import annotations

PURPOSES = {
    "b/c": "báo cáo",
    "bc": "báo cáo",
    "báo cáo": "báo cáo",
    "t/h": "thực hiện",
    "th": "thực hiện",
    "thực hiện": "thực hiện",
    "t/d": "theo dõi",
    "theo dõi": "theo dõi",
    "p/h": "phối hợp",
    "phối hợp": "phối hợp",
    "c/đ": "chỉ đạo",
    "chỉ đạo": "chỉ đạo",
    "biết": "biết",
    "để biết": "biết",
    "b/t": "biết",
    "t/d, c/đ": "theo dõi, chỉ đạo",
    "t/h, b/c": "thực hiện, báo cáo",
}
