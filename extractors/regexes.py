"""Regexes built from word lists.

Python's regex engine tries the branches of an alternation one after another at every position;
with a hundred words ("Ban", "Ban Chỉ đạo", "Bộ", ...) that is a hundred comparisons per
position. Built as a trie, the same words share their beginnings: one branch per letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A pattern (no capturing groups) matching any of ``words``; where one word begins another,
    the longer is tried first, as in an alternation sorted longest first."""
    trie: dict = {}
    for word in words:
        if not word:
            raise ValueError("an empty word would match everywhere")
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _branch(trie) if trie else "(?!)"


def spaced(pattern: str) -> str:
    """``pattern`` (from ``alternation`` or ``re.escape``) with each escaped space matching any run
    of white space, a line end included, and a comma any spacing around it: texts wrap and pad
    inside a name ("cơ quan⏎chuyên trách", "tổ chức ,  cán bộ")."""
    return pattern.replace(",\\ ", r"\s*,\s*").replace("\\ ", r"\s+")


def _branch(node: dict) -> str:
    branches = [re.escape(ch) + _branch(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word may end here: the longer ones first (greedy), then nothing more
        return f"(?:{body})?"
    return body
