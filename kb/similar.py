"""Similar passages across documents, found at ingest time with MinHash and LSH buckets.

A document's transaction only queues its passages (``similar_pending``); the end of the batch
indexes the queue in large transactions, which costs far fewer page writes than one per document.

Each passage's word bigrams (of its plain form) get a 32-value MinHash signature; 16 bands of 2
values become 16 bucket numbers in ``passage_buckets``. Passages sharing a bucket are candidates
(Jaccard 0.3 is found 3 times in 4, 0.5 always); the signature estimates their Jaccard
similarity and the best few, above a floor, go to ``similar_passages`` (one row per pair, from
the newer passage; the ``similar`` query reads both directions).
Cost per passage is a few indexed look-ups, whatever the size of the base.
"""

from __future__ import annotations

import re
import sqlite3
import zlib

import numpy as np

N_HASHES = 32
BANDS = 16
ROWS = N_HASHES // BANDS
MIN_WORDS = 12  # headings and one-line passages say too little to compare
MIN_SCORE = 0.25
TOP_K = 5
CANDIDATES_PER_BUCKET = 8  # a bucket shared by thousands of copies needs only a sample

# Universal hashing (a*x + b) mod p with p = 2**31 - 1: a, b, x < p keep a*x inside 64 bits,
# and a*x wraps around p many times, which makes the minimum a fair draw.
_PRIME = np.uint64((1 << 31) - 1)
_rng = np.random.default_rng(20240601)  # fixed: signatures must not change between runs
_A = _rng.integers(1, (1 << 31) - 1, N_HASHES, dtype=np.uint64)
_B = _rng.integers(0, (1 << 31) - 1, N_HASHES, dtype=np.uint64)
_WORDS = re.compile(r"\w+")


_word_hashes: dict[str, int] = {}  # the vocabulary is small; hashing each word once is cheaper


def _word_hash(word: str) -> int:
    h = _word_hashes.get(word)
    if h is None:
        h = _word_hashes[word] = zlib.crc32(word.encode())
    return h


def signature(plain_text: str | None) -> np.ndarray | None:
    words = _WORDS.findall(plain_text or "")
    if len(words) < MIN_WORDS:
        return None
    h = np.fromiter(map(_word_hash, words), dtype=np.uint64, count=len(words))
    # A word pair is one number: (first * 2**32 + second) mod p; a set of pairs, as Jaccard wants.
    x = np.unique((h[:-1] * np.uint64(1 << 32) + h[1:]) % _PRIME)
    hashed = (_A[:, None] * x[None, :] + _B[:, None]) % _PRIME
    return hashed.min(axis=1).astype(np.uint32)


def buckets(sig: np.ndarray) -> list[int]:
    """One signed 63-bit bucket number per band; the band index is mixed in."""
    out = []
    for band in range(BANDS):
        chunk = sig[band * ROWS : (band + 1) * ROWS].tobytes()
        h = zlib.crc32(chunk, band) << 31 | zlib.adler32(chunk, band + 1) >> 1
        out.append(h - (1 << 62))
    return out


# The stored passages sharing most buckets with a new one, with their document and signature.
_CANDIDATES = (
    "SELECT c.passage_id, p.document_id, s.signature FROM (SELECT passage_id FROM ("
    + " UNION ALL ".join(["SELECT * FROM (SELECT passage_id FROM passage_buckets WHERE bucket = ? LIMIT ?)"] * BANDS)
    + ") GROUP BY passage_id ORDER BY count(*) DESC LIMIT ?) c"
    " JOIN passages p ON p.id = c.passage_id JOIN passage_signatures s ON s.passage_id = c.passage_id"
    " WHERE p.document_id != ?"
)


class _Chunk:
    """Passages indexed in one transaction: their buckets are kept in memory until the end, so
    they are written in one sorted pass, and the chunk's passages still find each other."""

    def __init__(self) -> None:
        self.buckets: dict[int, list[int]] = {}
        self.signatures: dict[int, tuple[str, np.ndarray]] = {}
        self.similar: list[tuple[int, int, str, float]] = []

    def candidates(self, keys: list[int], document_id: str) -> list[tuple[int, str, np.ndarray]]:
        seen: dict[int, int] = {}
        for key in keys:
            for other in self.buckets.get(key, ())[:CANDIDATES_PER_BUCKET]:
                seen[other] = seen.get(other, 0) + 1
        best = sorted(seen, key=lambda o: -seen[o])[: TOP_K * 3]
        return [(o, self.signatures[o][0], self.signatures[o][1]) for o in best if self.signatures[o][0] != document_id]

    def add(self, conn: sqlite3.Connection, passage_id: int, document_id: str, plain_text: str | None) -> None:
        sig = signature(plain_text)
        if sig is None:
            return
        keys = buckets(sig)
        params = [x for key in keys for x in (key, CANDIDATES_PER_BUCKET)]
        found = [
            (other, doc, np.frombuffer(blob, dtype=np.uint32))
            for other, doc, blob in conn.execute(_CANDIDATES, (*params, TOP_K * 3, document_id))
        ]
        found += self.candidates(keys, document_id)
        if found:
            scores = (np.stack([f[2] for f in found]) == sig).mean(axis=1).tolist()
            ranked = sorted(zip(scores, found, strict=True), key=lambda x: -x[0])[:TOP_K]
            self.similar += [(passage_id, f[0], f[1], round(score, 3)) for score, f in ranked if score >= MIN_SCORE]
        self.signatures[passage_id] = (document_id, sig)
        for key in keys:
            self.buckets.setdefault(key, []).append(passage_id)

    def write(self, conn: sqlite3.Connection) -> None:
        conn.executemany(
            "INSERT INTO passage_signatures (passage_id, signature) VALUES (?, ?)",
            [(pid, sig.tobytes()) for pid, (_doc, sig) in self.signatures.items()],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO passage_buckets (bucket, passage_id) VALUES (?, ?)",
            sorted((key, pid) for key, pids in self.buckets.items() for pid in pids),
        )
        conn.executemany(
            "INSERT OR REPLACE INTO similar_passages (passage_id, other_id, other_document_id, score) VALUES (?, ?, ?, ?)",
            self.similar,
        )


def index_pending(conn: sqlite3.Connection, chunk: int = 5000) -> int:
    """Index the passages written since the last run (``similar_pending``), ``chunk`` passages per
    transaction; returns how many were indexed. Derived data: a crash only leaves work pending.

    Each passage is linked to its most similar passages in other documents, one row per pair
    (the ``similar`` query reads both directions)."""
    done = 0
    while True:
        with conn:
            batch = conn.execute(
                "SELECT p.id, p.document_id, p.plain FROM similar_pending s JOIN passages p ON p.id = s.passage_id"
                " ORDER BY p.id LIMIT ?",
                (chunk,),
            ).fetchall()
            if not batch:
                return done
            work = _Chunk()
            for passage_id, document_id, plain_text in batch:
                work.add(conn, passage_id, document_id, plain_text)
            work.write(conn)
            conn.execute("DELETE FROM similar_pending WHERE passage_id <= ?", (batch[-1][0],))
        done += len(batch)


def forget_document(conn: sqlite3.Connection, document_id: str) -> None:
    """Remove a document's passages from the similarity tables (both directions)."""
    ids = "SELECT id FROM passages WHERE document_id = ?"
    conn.execute(f"DELETE FROM similar_pending WHERE passage_id IN ({ids})", (document_id,))
    conn.execute(f"DELETE FROM similar_passages WHERE passage_id IN ({ids})", (document_id,))
    conn.execute("DELETE FROM similar_passages WHERE other_document_id = ?", (document_id,))
    conn.execute(f"DELETE FROM passage_buckets WHERE passage_id IN ({ids})", (document_id,))
    conn.execute(f"DELETE FROM passage_signatures WHERE passage_id IN ({ids})", (document_id,))
