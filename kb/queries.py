"""The questions the knowledge base answers, as SQL, in one place.

Datasette publishes them as canned queries (kb/metadata.py) and the command line runs them
(kb/cli.py), so a web page and a terminal give the same answer. Parameters are named; an empty
optional parameter means "any". The plankb_* functions are registered by kb/sqlfuncs.py.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Query:
    title: str
    description: str
    sql: str
    title_vi: str = ""
    description_vi: str = ""
    # An example of each parameter for the page's "Ví dụ" link: SQL giving a value that exists in
    # the base (first row, first column), or a literal when it does not start with "select".
    example: dict[str, str] = field(default_factory=dict)

    @property
    def params(self) -> list[str]:
        return list(dict.fromkeys(re.findall(r"(?<!:):(\w+)", self.sql)))


# how_written's filters, the same in each of its three ways of picking sections (by date, undated, by words)
SECTION_FILTERS = """      and (:year = '' or d.year = cast(:year as integer))
      and (:level = '' or d.issuer_level = :level)
      and (:issuer = '' or d.issuer_id in (
        select id from bodies where search_key like '%' || plankb_body(:issuer) || '%'))
      -- a section inside one of its own kind ("1. Mục đích" in "I. Mục đích, yêu cầu") is read there
      and not exists (
        select 1 from passages o indexed by idx_passages_kind_document_id
        where o.kind = p.kind and o.document_id = p.document_id and o.start < p.start and o.section_end >= p.section_end)
"""

# A yearly deadline's next date from the first day (span.f), in SQL: in the first day's year when
# its month_day is on or after the first day's, else in the next year. When that is no date (29
# February of a common year; a first day that is no date, year null) kb/calendar.py next_date says;
# only then: a Python call for each deadline cost more than the rest of the question.
_THIS_YEARS = "date(printf('%d-%s', (select year from yearly) + (dl.month_day < (select low from yearly)), dl.month_day), '+0 days')"
NEXT_DATE = f"""case when strftime('%m-%d', {_THIS_YEARS}) = dl.month_day then {_THIS_YEARS}
        else plankb_next_date(dl.month_day, (select f from span)) end"""

# The `tree` question. A document sits at its tier: its longest chain of citations from the symbol
# (counted up to TREE_TIERS), under the document one tier up it cites. Counted per (document, tier)
# pair, never per path: a web of plans citing each other costs its documents times its tiers. The
# order (each document after its parent, brothers by date) comes from its ancestors, joined up to
# TREE_UP levels: a recursive walk down the tree would scan the placed documents once per document.
TREE_TIERS = 8
TREE_ROWS = 500  # documents an answer holds at most, as `cites`
TREE_UP = 2 * TREE_TIERS  # a parent chain is at most this long (see `placed`)
_ANCESTORS = "\n  ".join(f"left join parents b{i} on b{i}.document = b{i - 1}.parent" for i in range(1, TREE_UP - 1))
TREE_SQL = f"""
with recursive direct(document, relation) as (
  -- depth 1: the documents citing the symbol itself (first mention: one row per document); when
  -- more than 500 do, the 500 earliest dated and the 500 first undated (the index's order: no sort)
  select * from (select c.document_id, c.relation from citations c
    where c.symbol = plankb_symbol(:symbol) and c.first_mention = 1 and c.citing_date is not null
    order by c.citing_date, c.document_id limit 500)
  union all
  select * from (select c.document_id, c.relation from citations c
    where c.symbol = plankb_symbol(:symbol) and c.first_mention = 1 and c.citing_date is null
    order by c.citing_date, c.document_id limit 500)
), reach(document, depth) as (
  -- each tier a document is reached at, through cited_documents.documents_id; each pair once
  -- (cross join: SQLite's statistics count the unlinked cited documents as one big group)
  select document, 1 from direct
  union
  select c.document_id, r.depth + 1
  from reach r
  cross join cited_documents cd on cd.documents_id = r.document
  cross join citations c on c.cited_id = cd.key
  where r.depth < {TREE_TIERS}
  limit 20000
), levels(document, deep, near) as (
  -- a document's longest chain from the symbol (its tier) and its shortest
  select document, max(depth), min(depth) from reach group by document
), links(document, deep, near, parent, relation, first_mention, parent_deep, parent_near) as (
  -- what each document cites among those reached; the symbol itself is parent '', tier 0
  select l.document, l.deep, l.near, '', d.relation, 1, 0, 0
  from levels l join direct d on d.document = l.document
  union all
  -- (only below tier 1: a document reached at tier 1 alone cites none of the others. Every mention,
  -- the first one's relation preferred below: a filter on citations here would make SQLite read
  -- the whole table for a Bloom filter)
  select l.document, l.deep, l.near, p.document, c.relation, c.first_mention, p.deep, p.near
  from levels l
  cross join citations c on c.document_id = l.document
  cross join cited_documents cd on cd.key = c.cited_id
  cross join levels p on p.document = cd.documents_id
  where l.deep > 1
), placed(document, parent, relation) as (
  -- under the document one tier up (the earliest of several, then the first mention); in a circle
  -- of citations, whose tiers run to the cap, under one reached sooner: never a circle, and a parent
  -- chain at most 2 x TREE_TIERS long
  select x.document, x.parent, x.relation
  from (
    select l.*, row_number() over (partition by l.document order by l.parent_deep < l.deep desc,
      case when l.parent_deep < l.deep then l.parent_deep end desc, l.parent_near,
      coalesce(pd.date, '9999'), l.parent, l.first_mention desc) as n
    from links l left join documents pd on l.parent != '' and pd.id = l.parent
    where l.parent_deep < l.deep or l.parent_near < l.near) x
  where x.n = 1
), parents(document, parent, symbol, key) as (
  -- the documents others are placed under (often few, or none), with their place among brothers
  select a.document, a.parent, d.symbol, coalesce(d.date, '9999') || ' ' || a.document
  from placed a join documents d on d.id = a.document
  where a.document in (select parent from placed)
), paths(document, symbol, depth, path) as (
  -- each of those after its ancestors: their places joined, up to TREE_UP levels (a recursive walk
  -- would scan the placed documents once per document)
  select b0.document, b0.symbol, {" + ".join(["1"] + [f"(b{i}.document is not null)" for i in range(1, TREE_UP - 1)])},
    {" || ".join([f"coalesce(b{i}.key || '/', '')" for i in reversed(range(1, TREE_UP - 1))] + ["b0.key"])}
  from parents b0
  {_ANCESTORS}
)
select 1 + coalesce(pa.depth, 0) as depth,
  d.id as document, d.symbol, d.date, d.issuer, d.issuer_level, d.title, a0.relation,
  nullif(a0.parent, '') as parent, pa.symbol as parent_symbol
from placed a0
join documents d on d.id = a0.document
left join paths pa on pa.document = a0.parent
-- each document after its parent, brothers by date (undated last)
order by coalesce(pa.path || '/', '') || coalesce(d.date, '9999') || ' ' || d.id
limit {TREE_ROWS}
"""

QUERIES: dict[str, Query] = {
    "cites": Query(
        "Documents citing a symbol",
        "The ingested documents that cite the document with this number and symbol (e.g. 25-NQ/TW), newest "
        "first (the first 500), with their date, issuer and title and how they cite it (basis, implements, "
        "cites). cited_as: the date written in the citation; cited_document: the cited document it was resolved to.",
        """
with top as (
  -- The 500 newest citing documents straight from the index; the rest for those only.
  select c.document_id, c.symbol, c.citing_date
  from citations c
  where c.symbol = plankb_symbol(:symbol) and c.first_mention = 1
  order by c.citing_date desc, c.document_id desc
  limit 500
), how as (
  -- Every citation of the symbol in those documents, read once: relations, dates, cited documents.
  select x.document_id, group_concat(distinct x.relation) as relation, group_concat(distinct x.date) as cited_as,
    group_concat(distinct x.cited_id) as cited_document
  from top cross join citations x indexed by idx_citations_document_id
  where x.document_id = top.document_id and x.symbol = top.symbol
  group by x.document_id
)
select d.id as document, d.symbol, d.date, d.issuer, d.title, how.relation, how.cited_as, how.cited_document,
  d.source_path
from top
join documents d on d.id = top.document_id
join how on how.document_id = top.document_id
order by top.citing_date desc, top.document_id desc
""",
        "Văn bản nào trích dẫn một số, ký hiệu?",
        "Các văn bản trong kho trích dẫn văn bản có số, ký hiệu này (ví dụ 25-NQ/TW), mới nhất trước (500 văn bản "
        "đầu), với ngày, cơ quan ban hành, trích yếu và cách dẫn (căn cứ, thực hiện, trích dẫn); ngày ghi khi dẫn "
        "và văn bản được dẫn mà trích dẫn được quy về.",
        {"symbol": "select symbol from cited_documents order by n_documents desc, n_citations desc limit 1"},
    ),
    "cited_by": Query(
        "What a document cites",
        "The documents cited by the ingested document(s) with this number and symbol, with the date and "
        "issuer as written and the relation; ingested: the cited document when it is in the base too.",
        """
select d.id as document, d.symbol as citing_symbol, c.symbol as cited_symbol, c.doc_type,
  c.date as cited_date, c.issuer as cited_issuer, c.subject, c.relation,
  c.cited_id as cited_document, cd.documents_id as ingested
from documents d
join citations c on c.document_id = d.id
left join cited_documents cd on cd.key = c.cited_id
where d.symbol = plankb_symbol(:symbol)
order by d.id, c.start
limit 1000
""",
        "Một văn bản trích dẫn những gì?",
        "Các văn bản được trích dẫn bởi văn bản có số, ký hiệu này, với ngày và cơ quan ban hành như đã ghi và "
        "cách dẫn; “có trong kho”: văn bản được dẫn khi nó cũng đã được nạp.",
        {"symbol": "select d.symbol from documents d where d.symbol is not null"
         " and exists (select 1 from citations c where c.document_id = d.id) order by d.date desc limit 1"},
    ),
    "due": Query(
        "What is due",
        "Deadlines due from `from` to `to` (YYYY-MM-DD): from today when from is empty, 30 days on when to is "
        "empty; of a body when one is given (any part of its name, as for the tasks of a body). The first 1,000 by "
        "date, one row per body that must meet it, grouped by body. A month deadline is due on its last day; a yearly one (e.g. every "
        "10/10) on its next date in the range (next_due).",
        """
with span as (
  -- empty from: today; empty to: 30 days after from
  select coalesce(nullif(:from, ''), date('now')) as f,
    coalesce(nullif(:to, ''), date(coalesce(nullif(:from, ''), date('now')), '+30 days')) as t
), yearly as (
  -- the ranges of month_day a yearly deadline's next date falls in, worked out once: the days
  -- from the first day's to the year's end (or the last day's) and, when the range runs into
  -- another year, those from 1 January (below the first day's, or up to the last day's, written
  -- as below it with '~' after it, past any digit). A range below '' is empty.
  select substr(f, 6) as low, case when date(f) = f then cast(substr(f, 1, 4) as integer) end as year,
    case when julianday(t) - julianday(f) >= 365 or substr(f, 6) > substr(t, 6) then '12-31' else substr(t, 6) end as high,
    case when julianday(t) - julianday(f) >= 365 then substr(f, 6)
      when substr(f, 6) > substr(t, 6) then substr(t, 6) || '~' else '' end as below
  from span
), theirs as (
  -- body: any part of the name of a body that must meet the deadline (as body_tasks finds it)
  select db.deadline_id as id from deadline_bodies db indexed by idx_deadline_bodies_body_id
  where :body != '' and db.body_id in (select id from bodies where search_key like '%' || plankb_body(:body) || '%')
), hits as (
  -- Each arm read in its index's order and cut at 1,000: the first 1,000 by date are among them.
  -- (The bounds are subqueries, each worked out once: a join with span would have SQLite read
  -- the whole range and sort it, and work the bounds out again for each deadline.)
  select * from (
    select dl.id, dl.due as next_due from deadlines dl indexed by idx_deadlines_due
    where dl.due between (select f from span) and (select t from span) and (:body = '' or dl.id in (select id from theirs))
    order by dl.due limit 1000)
  union all
  select id, next_due from (
    select * from (
      select dl.id, /* next date */ as next_due
      from deadlines dl indexed by idx_deadlines_month_day
      where dl.month_day between (select low from yearly) and (select high from yearly)
        and (:body = '' or dl.id in (select id from theirs))
      order by dl.month_day limit 1000)
    union all
    select * from (
      select dl.id, /* next date */
      from deadlines dl indexed by idx_deadlines_month_day
      where dl.month_day < (select below from yearly) and (:body = '' or dl.id in (select id from theirs))
      order by dl.month_day limit 1000)
  ) where next_due <= (select t from span)
), first as (
  -- the first 1,000 by date, then grouped by body below
  select hits.id, hits.next_due from hits order by hits.next_due, hits.id limit 1000
)
select b.name as body, first.next_due, dl.date, dl.qualifier, dl.recurrence, dl.task,
  d.id as document, d.symbol, d.title, dl.text
from first
join deadlines dl on dl.id = first.id
join documents d on d.id = dl.document_id
left join deadline_bodies db on db.deadline_id = dl.id
left join bodies b on b.id = db.body_id
where :body = '' or b.search_key like '%' || plankb_body(:body) || '%'
order by b.name is null, b.name, first.next_due, d.id, dl.start
""".replace("/* next date */", NEXT_DATE),
        "Việc gì đến hạn?",
        "Các thời hạn đến hạn từ ngày đến ngày (YYYY-MM-DD): bỏ trống “từ ngày” là từ hôm nay, bỏ trống “đến ngày” là "
        "30 ngày sau đó; của một cơ quan nếu có nhập (bất kỳ phần nào của tên). Xếp theo cơ quan phải thực hiện. Hạn "
        "theo tháng tính đến ngày cuối tháng; hạn hằng năm (ví dụ 10/10 hằng năm) ghi ngày đến hạn kế tiếp.",
        {"from": "select substr(max(due), 1, 4) || '-01-01' from deadlines",
         "to": "select substr(max(due), 1, 4) || '-12-31' from deadlines"},
    ),
    "body_tasks": Query(
        "Tasks of a body",
        "What the plans ask of a body (lead, coordinate, advise, monitor, implement), newest first (the first "
        "500), the body found by any part of its name, with or without accents, old or new tone marks, "
        "abbreviations written out.",
        """
with names as (
  -- A body is found by any part of its name; the same name in every province is one index range.
  select distinct name_key from bodies where search_key like '%' || plankb_body(:body) || '%'
), floor as (
  -- The 500th newest task of each name: the newest 500 of all are no older than the latest of
  -- these, so only the index entries from that date on are read and sorted.
  select coalesce(max((
    select a.document_date from assignments a indexed by idx_assignments_name_key_document_date_start_body_id
    where a.name_key = names.name_key order by a.document_date desc limit 1 offset 499)), '') as date
  from names
), top as (
  -- Dated tasks from the floor on, and undated ones (last in the order), each an index range.
  select id, body, scope from (
    select a.id, a.document_date, a.start, b.name as body, b.scope
    from floor cross join names
    cross join assignments a indexed by idx_assignments_name_key_document_date_start_body_id
    join bodies b on b.id = a.body_id
    where a.name_key = names.name_key and a.document_date >= floor.date
    union all
    select a.id, a.document_date, a.start, b.name, b.scope
    from assignments a indexed by idx_assignments_name_key_document_date_start_body_id
    join bodies b on b.id = a.body_id
    where a.name_key in (select name_key from names) and a.document_date is null
  )
  order by document_date desc, body, start
  limit 500
)
select top.body, top.scope, a.role, a.task, a.deadline,
  d.id as document, d.symbol, d.title, a.text
from top
join assignments a on a.id = top.id
join documents d on d.id = a.document_id
order by a.document_date desc, top.body, a.start
""",
        "Một cơ quan được giao những nhiệm vụ gì?",
        "Những việc các văn bản giao cho một cơ quan, đơn vị (chủ trì, phối hợp, tham mưu, theo dõi, thực hiện), "
        "mới nhất trước (500 việc đầu); tìm theo bất kỳ phần nào của tên, có dấu hay không dấu, bỏ dấu kiểu cũ "
        "hay mới, viết tắt hay viết đủ (UBND = Ủy ban nhân dân).",
        {"body": "select b.name from assignments a join bodies b on b.id = a.body_id"
         " group by b.id order by count(*) desc limit 1"},
    ),
    "disagreements": Query(
        "Conflicting citations",
        "Cited documents whose citations disagree: different dates for one document, an issuer of the "
        "wrong level for the code (a Central body for a provincial /TU number), different issuers. "
        "symbol may be empty for all.",
        """
select cf.kind, cf.symbol, cf.cited_id as cited_document, cf.detail, cf.evidence,
  cd.n_citations, cd.n_documents
from conflicts cf
join cited_documents cd on cd.key = cf.cited_id
where :symbol = '' or cf.symbol = plankb_symbol(:symbol)
order by cf.symbol, cf.kind
limit 1000
""",
        "Trích dẫn nào mâu thuẫn nhau?",
        "Các văn bản được dẫn mà các trích dẫn không khớp nhau: một văn bản được ghi với nhiều ngày khác nhau, "
        "cơ quan ban hành sai cấp so với số hiệu (cơ quan Trung ương cho một số /TU của tỉnh), cơ quan ban hành "
        "khác nhau. Bỏ trống số, ký hiệu để xem tất cả.",
        {"symbol": "select symbol from conflicts order by id limit 1"},
    ),
    "search": Query(
        "Full-text search",
        "Passages matching all the words, with or without accents (dan van kheo = dân vận khéo, "
        'uỷ = ủy); ranked: the words as a phrase first, then the words near each other (within 10 words), then '
        'the rest, newest first in each; 50 a page (page 2, 3 ... up to the first 2,000 matches). "quoted words" '
        "for a phrase, word* for a prefix, OR between alternatives.",
        """
with hits as (
  -- FTS5 reads matches newest first and stops: common words cost no more than rare ones.
  -- (No bm25 rank: computing it for every match costs fifty times the match itself.)
  select rowid from passages_fts where passages_fts match plankb_fts(:q) order by rowid desc limit 2000
), near as (
  -- of those, the passages where the words stand within 10 words of each other
  select rowid from passages_fts
  where passages_fts match plankb_near(:q) and rowid >= (select min(rowid) from hits)
), phrased as (
  -- of those, the passages holding the words as a phrase
  select rowid from passages_fts
  where passages_fts match coalesce(nullif('"' || plankb_phrase(:q) || '"', '""'), plankb_fts(:q))
    and rowid >= (select min(rowid) from hits)
), best as (
  -- the page's passages first; their text (read from their document's) for these 50 only
  select p.id, p.document_id, p.path,
    case when p.id in (select rowid from phrased) then 0 when p.id in (select rowid from near) then 1 else 2 end as rank
  from hits join passages p on p.id = hits.rowid
  order by rank, p.id desc
  limit 50 offset 50 * (max(coalesce(cast(nullif(:page, '') as integer), 1), 1) - 1)
)
select best.id as passage, best.document_id as document, d.symbol, d.title, best.path, t.heading,
  plankb_snippet(t.text, :q) as snippet
from best join documents d on d.id = best.document_id join passage_texts t on t.id = best.id
order by best.rank, best.id desc
""",
        "Tìm trong nội dung văn bản",
        "Các đoạn văn có đủ các từ, gõ có dấu hay không dấu đều được (dan van kheo = dân vận khéo, uỷ = ủy); "
        "đoạn có các từ đứng liền nhau lên trước, rồi đến đoạn có các từ ở gần nhau (cách nhau không quá 10 từ), "
        "rồi các đoạn khác, trong mỗi nhóm văn bản mới nhất trước; 50 đoạn một trang (trang 2, 3 ... trong 2.000 "
        "đoạn đầu); \"các từ trong ngoặc kép\" để tìm cụm từ, từ* để tìm theo đầu từ, OR giữa các lựa chọn.",
        {"q": "dân vận khéo"},
    ),
    "how_written": Query(
        "How other plans wrote a section",
        "One kind of section (kind: purpose, content, organisation, funding, schedule, subjects, reporting, review, "
        "awards; organisation when empty) across documents, newest first, 50 a page (page 2, 3 ...), with its whole "
        "text, subsections included; filtered by document type (KH, CT, NQ ...), issuer (any part of its name), "
        "issuer level (central, province, district, commune), year, and words the section must contain (q, as in "
        "search). similar_passage: the passage of another document most like a part of the section.",
        """
-- the form, in this order: :kind, :q, :doc_type, :year, :level, :issuer (and :page, by the links)
with hits as (
  -- the passages holding the words, when words are given
  select rowid as id from passages_fts where :q != '' and passages_fts match plankb_fts(:q) order by rowid desc limit 5000
), worded as (
  -- the sections of the kind holding the passages found (a subsection's words count)
  select distinct p.id from hits join passages s on s.id = hits.id
  join passages p indexed by idx_passages_kind_document_id
    on p.kind = coalesce(nullif(:kind, ''), 'organisation') and p.document_id = s.document_id
    and p.start <= s.start and s.start < p.section_end
), picked as (
  select * from (
  select * from (
    -- without words: documents newest first, read by the index on their date (only the year's range
    -- when a year is given) until the page is full
    select p.id, p.document_id, p.heading_id, p.start, p.section_end, d.date
    from documents d indexed by idx_documents_date
    join passages p indexed by idx_passages_kind_document_id
      on p.kind = coalesce(nullif(:kind, ''), 'organisation') and p.document_id = d.id
    where :q = '' and d.date between coalesce(nullif(:year, ''), '') and coalesce(nullif(:year, '') || '-99', '9999')
      and (:doc_type = '' or d.doc_type = :doc_type)
      /* section filters */
    order by d.date desc
    limit 50 * max(coalesce(cast(nullif(:page, '') as integer), 1), 1))
  union all
  select * from (
    -- then the undated documents, when no year is given
    select p.id, p.document_id, p.heading_id, p.start, p.section_end, d.date
    from documents d indexed by idx_documents_date
    join passages p indexed by idx_passages_kind_document_id
      on p.kind = coalesce(nullif(:kind, ''), 'organisation') and p.document_id = d.id
    where :q = '' and :year = '' and d.date is null and (:doc_type = '' or d.doc_type = :doc_type)
      /* section filters */
    limit 50 * max(coalesce(cast(nullif(:page, '') as integer), 1), 1))
  union all
  select * from (
    -- with words: the sections holding them (a few thousand at most), newest first
    select p.id, p.document_id, p.heading_id, p.start, p.section_end, d.date
    from worded w join passages p on p.id = w.id join documents d on d.id = p.document_id
    where :q != '' and (:doc_type = '' or d.doc_type = :doc_type)
      /* section filters */
    order by d.date is null, d.date desc
    limit 50 * max(coalesce(cast(nullif(:page, '') as integer), 1), 1)))
  order by date is null, date desc
  limit 50 offset 50 * (max(coalesce(cast(nullif(:page, '') as integer), 1), 1) - 1)
)
select picked.document_id as document, d.symbol, d.date, d.doc_type, d.issuer,
  (select h.heading from headings h where h.id = picked.heading_id) as heading,
  substr(d.text, picked.start + 1, min(coalesce(picked.section_end, picked.start) - picked.start, 20000)) as section_text,
  picked.id as passage,
  (select case when s.passage_id = o.id then s.other_id else s.passage_id end
   from passages o join similar_passages s on s.passage_id = o.id or s.other_id = o.id
   where o.document_id = picked.document_id and o.start >= picked.start and o.start < picked.section_end
   order by s.score desc limit 1) as similar_passage
from picked join documents d on d.id = picked.document_id
order by picked.date desc
""".replace("      /* section filters */\n", SECTION_FILTERS),
        "Các văn bản khác viết một mục thế nào?",
        "Một loại mục (Mục đích, yêu cầu; Nội dung, nhiệm vụ; Tổ chức thực hiện; Kinh phí ...) trong các văn bản, "
        "mới nhất trước, 50 mục một trang, cả mục kèm các tiểu mục; lọc theo loại văn bản (KH, CT, NQ ...), cơ quan "
        "ban hành (bất kỳ phần nào của tên), cấp ban hành, năm và các từ mục phải có. Đoạn tương tự: đoạn của văn "
        "bản khác giống nhất một phần của mục.",
        {"kind": "organisation"},
    ),
    "similar": Query(
        "Similar passages",
        "Passages of other documents most similar to a passage (its id, from search or the passages "
        "table); score: estimated Jaccard similarity of word pairs (MinHash).",
        """
select s.score, o.id as passage, o.document_id as document, d.symbol, d.title, o.path, o.heading,
  substr(o.text, 1, 300) as text
from (
  select other_id as id, score from similar_passages where passage_id = :passage
  union all
  select passage_id as id, score from similar_passages where other_id = :passage
) s
join passage_texts o on o.id = s.id
join documents d on d.id = o.document_id
order by s.score desc
limit 20
""",
        "Đoạn văn nào giống một đoạn văn?",
        "Các đoạn văn của văn bản khác giống nhất với một đoạn văn (mã đoạn, lấy từ kết quả tìm kiếm hoặc bảng "
        "đoạn văn); độ tương đồng: ước lượng Jaccard trên các cặp từ (MinHash).",
        {"passage": "select passage_id from similar_passages order by score desc, passage_id limit 1"},
    ),
    "similar_document": Query(
        "Passages like a document's",
        "For each passage of a document (its id or its number and symbol), the most similar passages of other "
        "documents, most similar first (the first 200); own_path: the section of the document, path: the "
        "section of the other document.",
        """
with own as (
  select p.id, p.path from passages p
  where p.document_id in (select id from documents where id = :document or symbol = plankb_symbol(:document))
), pairs as materialized (
  select own.path as own_path, s.other_id as id, s.score from own cross join similar_passages s on s.passage_id = own.id
  union all
  select own.path, s.passage_id, s.score from own cross join similar_passages s indexed by idx_similar_passages_other_id
    on s.other_id = own.id
)
select pairs.score, pairs.own_path, o.id as passage, o.document_id as document, d.symbol, d.title, o.path, o.heading,
  substr(o.text, 1, 300) as text
from pairs
join passage_texts o on o.id = pairs.id
join documents d on d.id = o.document_id
where o.document_id not in (select document_id from passages where id in (select id from own))
order by pairs.score desc, pairs.own_path, o.id
limit 200
""",
        "Đoạn văn nào giống nội dung một văn bản?",
        "Với mỗi đoạn của một văn bản (mã văn bản hoặc số, ký hiệu), các đoạn giống nhất của văn bản khác, giống "
        "nhất trước (200 cặp đầu); mục của văn bản này, và mục của văn bản kia.",
        {"document": "select p.document_id from similar_passages s join passages p on p.id = s.passage_id"
         " order by s.score desc, s.passage_id limit 1"},
    ),
    "tree": Query(
        "What a document set in motion",
        "The documents citing a symbol (e.g. 25-NQ/TW), the documents citing those, and so on, level by level "
        "(Central, province, district, commune): each document once, under the document it cites by the longest "
        "chain (parent), brothers by date (undated last); depth 1 cites the symbol itself. The first 500 (when more "
        "than 500 documents cite the symbol itself, the 500 earliest and what they set in motion).",
        TREE_SQL,
        "Một văn bản đã được triển khai thế nào?",
        "Các văn bản dẫn một số, ký hiệu (ví dụ 25-NQ/TW), các văn bản dẫn những văn bản đó, và cứ thế, từng tầng "
        "(Trung ương, tỉnh, huyện, xã): mỗi văn bản một lần, dưới văn bản mà nó thực hiện theo chuỗi dài nhất, "
        "cùng tầng theo ngày (không ngày ở cuối); tầng 1 dẫn trực tiếp số, ký hiệu. 500 văn bản đầu (khi hơn 500 văn bản "
        "dẫn trực tiếp: 500 văn bản sớm nhất và những gì chúng triển khai).",
        {"symbol": "select symbol from cited_documents order by n_documents desc, n_citations desc limit 1"},
    ),
}


def example(conn: sqlite3.Connection, name: str) -> dict[str, str]:
    """Parameters for an example of the question that has an answer in this base (empty when
    the base has nothing to show, e.g. no similar passage yet)."""
    values = {}
    for param, source in QUERIES[name].example.items():
        if not source.startswith("select"):
            values[param] = source
            continue
        row = conn.execute(source).fetchone()
        if not row or row[0] in (None, ""):
            return {}
        values[param] = str(row[0])
    return values


def run(conn: sqlite3.Connection, name: str, **params: str) -> tuple[list[str], list[tuple]]:
    """Run a named query with its parameters (missing ones are empty): (column names, rows)."""
    query = QUERIES[name]
    values = {p: params.get(p) or "" for p in query.params}
    cur = conn.execute(query.sql, values)
    return [c[0] for c in cur.description], cur.fetchall()
