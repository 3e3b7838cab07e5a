"""Assignments: which body is given which task, in which role.

Forms (Decree 30 and Guidance 36 put tasks in the "Tổ chức thực hiện" section):
- "Giao X chủ trì, phối hợp với Y ..." (X lead, Y coordinate), anywhere in the text;
- a numbered item of "Tổ chức thực hiện" that names a body and then its tasks, either as a
  sub-heading ("1. Ban Dân vận Huyện ủy" + lines) or as the subject of its first sentence;
- "X có trách nhiệm ...", "đề nghị X ...", "yêu cầu X ...";
- task tables with "chủ trì" / "phối hợp" columns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc

from plankb.extractors.fields.base import Spans, field_component
from plankb.extractors.layout import Layout, Line, OutlineItem
from plankb.extractors.names import (
    PLACE_UNITS,
    and_in_name,
    body_end,
    clean_body,
    contact_follows,
    starts_with_body,
    task_follows,
)
from plankb.extractors.patterns.bodies import (
    ACT_DOCUMENT_NOUNS,
    ACTION_WORDS,
    ADDRESS_FORMS,
    ADDRESSED_POSTS,
    ADDRESSEE_POSTS,
    ADDRESSEE_WORDS,
    ANNEXED_PLAN_TITLES,
    BACKGROUND_HEADINGS,
    BODY_HEADS,
    CHAIRED_SITTINGS,
    CLOSED_NAME_ENDS,
    COORDINATION_MANNERS,
    DEFINING_WORDS,
    DIFFICULTY_CONDITION,
    DUTY_FOR,
    DUTY_OF,
    DUTY_SECTION_HEADINGS,
    EVENT_ORGANS,
    EVENTS,
    GENERIC_HEADS,
    IMPLEMENTATION_HEADINGS,
    INFORMED_WORDS,
    KIND_LIST_TITLES,
    KIND_LISTS,
    LETTER_TYPES,
    NAME_WORDS,
    NAMED_IN_ARTICLE,
    NAMES_WITH_COMMA,
    NOT_BODIES,
    NOT_TASK_OPENERS,
    NOTICE_FOR,
    NOTICE_TO,
    PLAN_TYPES,
    PURPOSE_WORDS,
    REPORT_TYPES,
    ROLE_VERBS,
    SPEAKER_POSTS,
    TASK_DOCUMENT_TYPES,
    TASK_VERBS,
    TERMS_HEADINGS,
    WHERE_CLAUSE_WORDS,
)
from plankb.extractors.patterns.doc_types import CODE_OF_NAME, TYPE_NAME_ALT
from plankb.extractors.patterns.grammar import ITEM_MARKER
from plankb.extractors.patterns.identity import ANNOUNCE_VERBS, NUMBERED_ANNOUNCE_VERBS
from plankb.extractors.patterns.tasktables import (
    BARE_KINDS,
    BARE_TITLES,
    ISSUER_UNIT_TITLES,
    LIST_HEADS,
    OFFICE_SHARED,
    PARTY_KINDS,
    ROLE_LABELS,
    SYSTEM_KINDS,
)
from plankb.extractors.regexes import alternation
from plankb.extractors.tasktables import pdf_table_spans, task_rows
from plankb.extractors.text import SENTENCE_REACH, Text, fold, literal_starts, squash, strip_accents

_ROLE_RE = re.compile(alternation(ROLE_VERBS))
_DIFFICULTY = re.compile(DIFFICULTY_CONDITION)
_TRAILING_ROLE = re.compile(r"\s+(?:chủ trì|phối hợp)[\s,]*$", re.I)
_GIAO = re.compile(r"(?:giao|phân công)(?:\s+nhiệm vụ)?(?:\s+cho)?\s+")
_GIAO_WORDS = ("giao", "phân công")  # how _GIAO and _REQUEST begin: found by literal_starts
_PASSIVE = ("được ", "đã ", "sẽ được ")  # "nhiệm vụ được giao": no one is given anything here
_REQUEST = re.compile(r"(?:đề nghị|yêu cầu)\s*:?\s+")  # "6. Đề nghị: Hiệp hội ..."
_REQUEST_WORDS = ("đề nghị", "yêu cầu")
_HANDS_ON = ("giao ", "đề nghị ", "yêu cầu ")  # a clause opening so hands a task to the body after it
_LEADERS_OF = re.compile(r"lãnh đạo\s+")  # "đề nghị Lãnh đạo Ủy ban nhân dân tỉnh xem xét": the body's leaders
_SPEAKER = re.compile(r"(?:" + alternation(SPEAKER_POSTS) + r")(?![\wđ])")  # "Phó Thủ tướng Nguyễn Văn A yêu cầu ..."
_LEADS = re.compile(r"chủ trì(?![\wđ])")
_CHAIRS = re.compile(r"\s+(?:" + alternation(CHAIRED_SITTINGS) + r")(?![\wđ])")  # "chủ trì hội nghị": chairing a sitting
_ACT_DOCUMENT = re.compile(r"(?<![\wđ])(?:" + alternation(ACT_DOCUMENT_NOUNS) + r")\s+$")  # "thông báo phân công ...": a title
_RESPONSIBLE = re.compile(r"(?:có|chịu) trách nhiệm(?![\wđ])")
_COORDINATE = re.compile(r"(?<![\wđ])phối hợp(?:\s*,?\s*(?:và\s+)?(?:" + alternation(COORDINATION_MANNERS) + r"))*\s+với\s+")
_DIRECTS = re.compile(r"chỉ đạo\s+")
_IN_NAME = re.compile(r"(?<![\wđ])ban\s+$")  # "Ban Chỉ đạo các cấp": the name of a body
# "phối hợp với các cơ quan chức năng: Sở Y tế, Bộ Chỉ huy quân sự tỉnh, ...": the kind only heads the names
_KIND_COLON = re.compile(r"(?:các|những)\s+[^:,;.\n]{1,40}?\s*:\s*")
_LEAD_IN = re.compile(
    r"(?:(?:đồng thời|ngoài ra|bên cạnh đó)\s*,?\s*"
    r"|(?:trên cơ sở|căn cứ)(?:\s+vào)?\s+[^,\n]{0,60},\s*"
    r"|theo chức năng,? nhiệm vụ(?: được giao)?,?\s*)"
)
_ISSUER_SPEAKS = ("đề nghị", "yêu cầu", "giao", "ban hành", "quyết định", "chỉ đạo các", "thống nhất")
_COURTESY = ("trân trọng", "kính", "xin", "đồng thời", "ngoài ra")  # "Trân trọng đề nghị Bộ ...": still a request
# After a body's name, words that show it announcing, thanking or already tasked elsewhere, not
# given a task here: "Văn phòng Chính phủ vừa có Công văn", "Bộ Nội vụ trân trọng cảm ơn",
# "Các cơ quan được giao chủ trì có trách nhiệm ..." (the sentence's task is theirs only by reference);
# nor the issuer closing its answer ("Bộ Lao động - Thương binh và Xã hội trả lời để Ủy ban nhân dân
# tỉnh được rõ"); nor one a passive sentence arranges ("Đoàn Chủ tịch được bố trí ngồi theo chức vụ ...").
_NOT_TASKED = re.compile(
    r"\s*,?\s*(?:vừa|đã|mới đây|xin|trân trọng|kính|cảm ơn|được\s"
    r"|tải |nhận được|nhằm\s|(?:thông tin|thông báo|báo cáo|trả lời)\s+(?:để|đến|tới)\s)"
)
# A body that asks, assigns or issues ("Ban Bí thư Trung ương Đoàn đề nghị ...", "Ủy ban nhân
# dân tỉnh giao ...") gives the task: it is not given one.
# Concluding or giving its opinion ("Phó Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:", "Chủ
# tịch ... có ý kiến như sau:") is the issuer speaking too.
_SPEAKS = ("đề nghị", "yêu cầu", "giao ", "ban hành", "quyết định", "thống nhất", "kết luận", "có ý kiến")
_SENTENCE_END = re.compile(r"\.(?=\s|$)|\n")
_LABEL_AT = re.compile(r"(?:" + alternation(ROLE_LABELS) + r")\s*:")
_ITEM_MARKER = re.compile(rf"\s*{ITEM_MARKER}\s+")


@field_component(
    "plankb_assignments",
    requires=('layout', 'record.issuer', 'record.signer'),
    assigns=('record.assignments',),
)
def assignments(doc: Doc) -> None:
    layout: Layout = doc._.layout
    pt: Text = doc._.ptext
    excluded = Spans(layout.excluded_spans())
    definitions = _definitions(layout, pt)
    pdf_tables = Spans(pdf_table_spans(pt))
    found: dict[tuple[int, str], dict] = {}

    own = _own_names(doc)

    def add(body: str, role: str, start: int, end: int, task: str | None, partner: bool = False, heading: bool = False,
            whole: bool = False, asked: bool = False, in_table: bool = False) -> None:
        if _PURPOSE.search(fold(body)):
            return  # "... Việt Nam Nhằm hỗ trợ ...": a name run into a clause of purpose, given no task
        salutation = _SALUTATION.match(fold(body))
        if salutation:
            body, start = body[salutation.end() :], start + salutation.end()
        parts = [(body, start)] if whole else _split_bodies(body, start, pt)
        parts = [named for name, bstart in parts for named in _kind_list(name, bstart, pt)]
        parts = _ministries_as_one(parts, pt)
        # "Bộ Quốc phòng chủ trì, phối hợp với ...": a role verb the name ran on into is no part of it
        parts = [(_TRAILING_ROLE.sub("", name), bstart) for name, bstart in parts]
        # "Bộ Quốc phòng; - Bộ Tài chính" (a list's dashes kept on one line): the dash opens no name
        parts = [(name.lstrip("-+•* \t"), bstart + len(name) - len(name.lstrip("-+•* \t"))) for name, bstart in parts]
        # "Đoàn Thanh niên, Hội Nông dân, Hội Cựu chiến binh xã": the level closing a list is each
        # one's, so a head that alone names no one ("Đoàn Thanh niên") is named there.
        shared_level = len(parts) > 1 and _LEVEL_AT_END.search(fold(parts[-1][0])) is not None
        for name, bstart in parts:
            key = (bstart, fold(name))
            generic_head = key[1] in GENERIC_HEADS and not (shared_level and " " in key[1])
            if bstart in excluded or bstart in definitions or key in found or len(name) < 3 or generic_head or (key[1] in own and not heading):
                continue
            if bstart in pdf_tables and not in_table:
                continue  # a cell's fragment of a table read from a PDF's text layer: the table reader's
            if _generic(key[1], partner, asked) or _NOT_A_NAME.search(key[1]) or _EVENT_ORGAN.fullmatch(key[1]):
                continue
            if _bare(name, BARE_TITLES) and not _issuer_units(name):
                continue
            if _NAMED_IN_ARTICLE.search(key[1]):
                continue  # "các cơ quan ... nêu tại Điều 1 Quyết định này": the article names them
            if _KIND_BEFORE_NAMES.fullmatch(key[1]) and _NAMES_AFTER_COLON.match(pt.text, bstart + len(name)):
                continue  # "Các Bộ: Quốc phòng, Tài chính": the kind of a list of names, none itself
            found[key] = {
                "body": name,
                "role": role,
                "task": task,
                "deadline": None,
                "text": _cut(squash(pt.text[start:end]), TEXT_REACH),
                "start": bstart,
                "end": bstart + len(name),
            }

    # A plan annexed to the decision that issues it stands after the decision's signature: the
    # whole text is read, the recipients' and the signature's lines left out (``excluded``).
    limit = len(pt.text)
    petitions = Spans(_petitions(layout, pt))
    report = doc._.record.get("doc_type") in REPORT_TYPES
    for m in _matches_at(_GIAO, pt.folded, literal_starts(pt.folded, _GIAO_WORDS, 0, limit), limit):
        if not _word_start(pt.folded, m.start()) or pt.folded.endswith(_PASSIVE, 0, m.start()):
            continue
        if _ACT_DOCUMENT.search(pt.folded, max(0, m.start() - 20), m.start()):
            continue  # "thông báo phân công thành viên phụ trách ...": a document named by its act
        if _another_speaks(pt.text, m.start(), own) or report and _text_before(pt.text, m.start())[0]:
            continue  # a report narrating an assignment: "Ban Bí thư đã ban hành ... và phân công ..."
        _from_subject(pt, m.end(), limit, add, lead_in=m.start())
    letter = doc._.record.get("doc_type") in LETTER_TYPES
    addressees = _addressees(pt, layout) if letter else []
    for m in _matches_at(_REQUEST, pt.folded, literal_starts(pt.folded, _REQUEST_WORDS, 0, limit), limit):
        if not _word_start(pt.folded, m.start()):
            continue
        before = (*_text_before(pt.text, m.start()), _wrapped_clause(pt.text, m.start()))
        series = _request_in_actions(before[0])
        announced = _announced_request(before[0], doc._.record.get("doc_type"), doc._.record.get("symbol"))
        if not announced and not any(
            (not b and not series) or fold(b) in _COURTESY or ((starts_with_body(b) or _SPEAKER.match(fold(b))) and len(b) < 100)
            for b in before
        ):
            continue  # "... và đề nghị khen thưởng": not a request made by this document
        if m.start() in petitions or not announced and _another_speaks(pt.text, m.start(), own):
            continue
        if _DIFFICULTY.search(fold(before[0])):
            continue  # "nếu có khó khăn, vướng mắc, đề nghị các cơ quan ... phản ánh về ...": the closing formula
        if letter and (_ADDRESSEES_ASKED.match(pt.folded, m.end()) or _bare_request(pt, m.end())):
            # A letter asks its addressees ("Kính gửi: Ban Thường vụ các tỉnh, thành đoàn" ...
            # "đề nghị các đơn vị có ý kiến"), or asks with no one named, the subject a letter
            # leaves out being the bodies it is sent to ("Kính gửi: Các chi, đảng bộ cơ sở" ...
            # "Yêu cầu gửi lịch Đại hội trước ngày 18/3/2020"): they are the bodies given the task.
            for name, start in addressees:
                add(name, "implement", start, start + len(name), _task(pt, m.end()), whole=True)  # one a line
        _from_subject(pt, m.end(), limit, add, lead_in=m.start())
    if doc._.record.get("doc_type") in LETTER_TYPES:
        for m in _FOR_ADDRESSEE.finditer(pt.folded, layout.header_end, limit):
            _for_addressee(pt, m.end(), add)
    for m in _NOTICE_FOR.finditer(pt.folded, layout.header_end, limit):
        _notice_closing(pt, m.end(), add)
    for at in _notices_to(pt.folded, layout.header_end, limit):
        _notice_closing(pt, at, add)
    for m in _LEADS.finditer(pt.folded, layout.header_end, limit):
        if not _word_start(pt.folded, m.start()) or _CHAIRS.match(pt.folded, m.end()):
            continue
        # "Ban Dân vận Tỉnh ủy chủ trì, phối hợp với ...", wherever it stands.
        body, bstart = _subject_before(pt, m.start())
        if body and not _LABEL_AT.match(pt.folded, bstart) and not _narrated(pt.folded, bstart):
            _from_subject(pt, bstart, limit, add, lead_in=bstart)
    for m in _DIRECTS.finditer(pt.folded, layout.header_end, limit):
        # "Ủy ban nhân dân huyện chỉ đạo Phòng Nội vụ chủ trì, phối hợp với ...": the body directed
        # to lead is given the task, as after "Giao" ("Ban Chỉ đạo" is a name, not the verb)
        if _word_start(pt.folded, m.start()) and not _IN_NAME.search(pt.folded, max(0, m.start() - 12), m.start()) and _opens_body(pt, m.end()):
            bend = body_end(pt.folded, m.end(), min(limit, m.end() + 200), pt.text)
            if _role_after(pt.folded, bend) == "lead":
                _from_subject(pt, m.end(), limit, add, lead_in=m.start(), named_partners=True)
    for m in _RESPONSIBLE.finditer(pt.folded, 0, limit):
        if not _word_start(pt.folded, m.start()):
            continue
        if _EXECUTION.match(pt.folded, m.end()):
            _execution_clause(pt, m.start(), add)
        body, bstart = _subject_before(pt, m.start())
        if body and _LEADS.search(fold(body)):
            body = ""  # "Bộ Quốc phòng chủ trì, phối hợp với Bộ Tài chính chịu trách nhiệm ...": read by the "chủ trì" form
        if body:
            formula = _EXECUTES.match(pt.folded, m.start()) is not None  # "... chịu trách nhiệm thi hành"
            add(clean_body(body), _role_after(pt.folded, m.end()), bstart, _sentence_end(pt.folded, m.end(), pt.text), _task(pt, m.end()), partner=formula)
    for m in _ARTICLE.finditer(pt.folded):
        _closing_article(pt, m.end(), add)
    section = _implementation_section(layout, pt)
    whole = False
    if section is None and doc._.record.get("doc_type") in TASK_DOCUMENT_TYPES:
        # A directive or a letter is tasks from end to end: its whole body is read as the section.
        # It also tells what is (a report's lists of bodies): a body opening a sentence there is
        # given a task only when a verb follows its name.
        section = OutlineItem("", "", 0, "", layout.header_end, layout.header_end, layout.body_end)
        whole = True
    if section is not None:
        _from_section(layout, pt, section, add, verb_needed=whole)
    parent = (doc._.record.get("issuer") or {}).get("parent")
    if doc._.record.get("doc_type") in PLAN_TYPES:
        _content_subjects(layout, pt, section, add, own | ({fold(parent)} if parent else set()))
    else:
        annexed = _annexed_plan(layout, pt)
        if annexed is not None:
            # A decision that issues a plan annexed after its signature ("KẾ HOẠCH ... (Ban hành kèm
            # theo Quyết định số ...)"): the plan's content sections say who does what, as a plan's do.
            _content_subjects(layout, pt, section, add, own | ({fold(parent)} if parent else set()), annexed)
    for it in layout.outline:
        if it.level == 1 and it is not section and it.start >= layout.header_end and _DUTY_SECTION.match(fold(it.heading)):
            _from_section(layout, pt, it, add, duties_only=True)
    _duty_articles(layout, pt, add)
    _articles_for_bodies(layout, pt, add)
    _from_tables(layout, pt, add)
    doc._.record["assignments"] = sorted(_fuller_named(list(found.values())), key=lambda a: (a["start"], a["role"] != "lead"))


def _fuller_named(found: list[dict]) -> list[dict]:
    """A group of bodies named once in short and elsewhere in full ("Ban Thường vụ các tỉnh, thành
    đoàn" beside "Ban Thường vụ các tỉnh, thành đoàn, đoàn trực thuộc"): the full list goes on
    with more units of the kind that closes the short one (its word repeated: "thành đoàn, đoàn
    trực thuộc"), so it names the same group, and the short one is not another assignee. A list
    that goes on with another kind ("Các sở, ban, ngành, huyện, thị xã") names a larger group:
    the short one keeps its own tasks."""
    names = {fold(a["body"]) for a in found}

    def extended(short: str) -> bool:
        words = short.split()
        kinds = (words[-1:], words[-2:])  # "thành đoàn, đoàn trực thuộc", "thị xã, thị xã thuộc tỉnh"
        for sep in (",", " và "):
            for n in names:
                rest = n[len(short) + len(sep) :].strip() if n.startswith(short + sep) else ""
                # a name cut short after the comma ("..., cơ quan") extends nothing
                if any(rest.split()[: len(k)] == k for k in kinds) and rest not in GENERIC_HEADS and not _generic(rest, partner=True):
                    return True
        return False

    return [a for a in found if "," not in a["body"] or not extended(fold(a["body"]))]


_TERMS_HEADING = re.compile(r"\W*(?:" + alternation(TERMS_HEADINGS) + r")(?![\wđ])")
_DEFINES = re.compile(r"[ \t*]*:[ \t*]*(?:" + alternation(DEFINING_WORDS) + r")(?![\wđ])")


def _definitions(layout: Layout, pt: Text) -> Spans:
    """The items that explain terms: headed "Khái niệm", "Giải thích từ ngữ" ..., or by a term
    followed by ": Là ..." ("2.1. Dịch vụ công trực tuyến: Là dịch vụ ..."). What they say of a
    body tells what things are, not what it is to do; a body heading such an item (what it is,
    then its tasks) is not a term."""
    return Spans([
        (it.start, _reach(layout.outline, i))
        for i, it in enumerate(layout.outline)
        if _TERMS_HEADING.match(fold(it.heading))
        or _DEFINES.match(pt.folded, it.heading_end) and not starts_with_body(it.heading)
    ])  # fmt: skip


def _reach(outline: list[OutlineItem], i: int) -> int:
    """Where the ``i``-th item's content ends: an article ("Điều 2. Giải thích từ ngữ") runs to the
    next article or part, over its numbered clauses (the outline puts "1.", "2." at its level)."""
    item = outline[i]
    if not item.marker.startswith("Điều"):
        return item.end
    after = outline[i + 1 :]
    nxt = next((it.start for it in after if it.level < item.level or it.marker.startswith("Điều")), None)
    return nxt if nxt is not None else max((it.end for it in after), default=item.end)


_EXECUTION = re.compile(r"\s+thi hành(?![\wđ])")
_TASK_VERB = re.compile(r"(?:" + alternation(TASK_VERBS) + r")(?![\wđ])")
_PURPOSE = re.compile(r"(?<![\wđ])(?:" + alternation(PURPOSE_WORDS) + r")(?![\wđ])")
_CLAUSE_START = re.compile(r"(?:^|\n|\.\s)\s*(?:\*\*)?(?:điều\s+\d{1,3}\s*[.:]?\s*)?(?:\*+\s*)*", re.M)


# Decree 30's closing article of a Government or Prime Minister's document names the ministries
# by their heads: "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ,
# Chủ tịch Ủy ban nhân dân ...": the first three are one kind, the ministries and their peers.
# One "Thủ trưởng" may head both peers ("Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ").
_MINISTERS = re.compile(r"(?:các\s+)?bộ trưởng")
_PEER_OF_MINISTRIES = r"(?:các\s+)?cơ quan (?:ngang bộ|thuộc chính phủ)"
_PEERS_OF_MINISTRIES = re.compile(
    rf"(?:các\s+)?thủ trưởng {_PEER_OF_MINISTRIES}(?:\s*,\s*(?:(?:các\s+)?thủ trưởng\s+)?{_PEER_OF_MINISTRIES})*"
)


def _ministries_as_one(parts: list[tuple[str, int]], pt: Text) -> list[tuple[str, int]]:
    merged: list[tuple[str, int]] = []
    for name, bstart in parts:
        before = fold(merged[-1][0]) if merged else ""
        if merged and _PEERS_OF_MINISTRIES.fullmatch(fold(name)) and (
            _MINISTERS.fullmatch(before) or _PEERS_OF_MINISTRIES.match(before.split(",")[-1].strip())
        ):
            first, fstart = merged[-1]
            end = bstart + len(name)
            joined = " ".join(pt.text[fstart:end].split()) if pt.text[fstart : fstart + len(first)] == first else f"{first}, {name}"
            merged[-1] = (joined, fstart)
            continue
        merged.append((name, bstart))
    return merged


# A body's name holds no document number, no link text and no bare persons: "Các đơn vị tải Công
# văn số 12/VP tại đây", "các đồng chí"; nor points back to one named before ("đơn vị đó").
_NOT_A_NAME = re.compile(r"(?<![\wđ])(?:số\s+\d|tại đây)|^(?:các\s+)?(?:đồng chí|đ/c)$|^(?:cơ quan|tổ chức|đơn vị|địa phương)\s+(?:đó|này|nói trên)$")
_GENERIC_WORDS = re.compile(
    r"(?:(?:các|những|mọi)\s+)?(?:cơ quan|đơn vị|địa phương|tổ chức)(?:\s*(?:,|và)\s*(?:cơ quan|đơn vị|địa phương|tổ chức|cá nhân))*"
)
_GENERIC_TAIL = re.compile(r"\s*(?:(?:có\s+)?liên quan|phối hợp|chủ trì)?")


# The head of a body of a kind, one and unnamed ("Người đứng đầu cơ quan", "Thủ trưởng đơn vị"):
# whoever heads the body a procedure concerns, no one named ("Thủ trưởng các cơ quan, đơn vị" is).
_HEAD_OF_ANY = re.compile(r"(?:người đứng đầu|thủ trưởng|lãnh đạo)\s+(?:cơ quan|đơn vị|tổ chức)(?:\s*,\s*(?:cơ quan|đơn vị|tổ chức))*")


_HEADS_OF_KINDS = re.compile(r"(?:người đứng đầu|thủ trưởng|lãnh đạo)\s+(?=(?:các|những)\s+(?:cơ quan|đơn vị|tổ chức|địa phương))")


# Kinds of bodies "concerned", with no name ("các sở, ban, ngành liên quan của tỉnh"): as a task's
# partners or in the closing formula of execution they name no one, whatever the kinds listed.
_KINDS_CONCERNED = re.compile(
    r"(?:(?:thủ trưởng|người đứng đầu|lãnh đạo)\s+)?(?:(?:các|những)\s+)?(?:sở|ban|ngành|bộ|cơ quan|đơn vị|địa phương|tổ chức)"
    # "các tổ chức cá nhân có liên quan": the closing formula's pair, its comma often dropped
    r"(?:\s*(?:,|và)\s*(?:sở|ban|ngành|bộ|cơ quan|đơn vị|địa phương|tổ chức|cá nhân)|\s+cá nhân)*"
    r"\s+(?:có\s+)?liên quan(?:\s+(?:của|thuộc)\s+(?:tỉnh|thành phố|huyện|xã|bộ))?"
)


def _generic(folded_name: str, partner: bool, asked: bool = False) -> bool:
    """Kinds of bodies with nothing to tell which ("các cơ quan, đơn vị", "các cơ quan phối
    hợp"): no one is named. "... có liên quan" names the bodies concerned: kept when they are
    asked to do something ("Đề nghị các cơ quan, đơn vị có liên quan phối hợp ..."), not as
    the partners of another body's task ("chủ trì, phối hợp với các đơn vị liên quan", a table's
    "phối hợp" column): that is how the task is done."""
    if _HEAD_OF_ANY.fullmatch(folded_name):
        return True
    if partner and not asked and _KINDS_CONCERNED.fullmatch(folded_name):
        return True  # "phối hợp với các sở, ngành, cơ quan liên quan", "Thủ trưởng các Ban, ngành liên quan của tỉnh chịu trách nhiệm thi hành"
    head = _HEADS_OF_KINDS.match(folded_name)
    if head and partner and folded_name.endswith("liên quan"):
        # Decree 30's closing formula "Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm
        # thi hành": the heads of the bodies concerned, no one named, as the bodies themselves are.
        folded_name = folded_name[head.end() :]
    m = _GENERIC_WORDS.fullmatch(folded_name) or _GENERIC_WORDS.match(folded_name)
    if not m:
        return False
    tail = folded_name[m.end() :]
    if not tail:
        return True
    t = _GENERIC_TAIL.fullmatch(tail)
    if not t:
        return False
    return "liên quan" not in tail or partner


_EVENT_ORGAN = re.compile(r"(?:" + alternation(EVENT_ORGANS) + r")\s+(?:" + alternation(EVENTS) + r")(?![\wđ]).*")
_NAMED_IN_ARTICLE = re.compile(NAMED_IN_ARTICLE)
_KIND_BEFORE_NAMES = re.compile(r"(?:các|những)\s+[\wđ]+")
_NAMES_AFTER_COLON = re.compile(r"\s*:\s*[A-ZĐ]")
_KIND_LIST = re.compile(
    r"(?:(?:" + alternation(KIND_LIST_TITLES) + r")\s+)?(?:(?:các|những)\s+)?(" + alternation(KIND_LISTS) + r")\s*:\s*"
)
_LIST_COMMA = re.compile(r"\s*[,;]\s*")


def _kind_list(name: str, start: int, pt: Text) -> list[tuple[str, int]]:
    """A kind and the names it heads ("Giám đốc các Sở: Nội vụ, Tài chính", "Các Bộ: Quốc
    phòng, Tài chính" where the name stopped at the colon): each name a body of that kind ("Sở
    Nội vụ", "Bộ Tài chính"). Any other name is returned as it is."""
    folded_name = fold(name)
    m = _KIND_LIST.match(folded_name)
    if m and m.end() < len(folded_name):
        names, at = name[m.end() :], start + m.end()
    else:
        m = _KIND_LIST.match(folded_name + ":") if _KIND_BEFORE_NAMES.fullmatch(folded_name) else None
        after = _NAMES_AFTER_COLON.match(pt.text, start + len(name)) if m else None
        if not after:
            return [(name, start)]
        at = after.end() - 1
        send = _sentence_end(pt.folded, at, pt.text)
        nend = body_end(pt.folded, at, send, pt.text)
        if not pt.text[nend:send].strip(" .,;:*"):
            return []  # a list with no task after it (a letter's addressees): the kind alone, no one named
        names = pt.text[at:nend]
    kind = KIND_LISTS[m.group(1)]
    out: list[tuple[str, int]] = []
    pos = 0
    pieces = [(p.start(), p.end()) for p in _LIST_COMMA.finditer(names)] + [(len(names), len(names))]
    i = 0
    while i < len(pieces):
        end, nxt = pieces[i]
        # "Văn hóa, Thể thao và Du lịch": the comma inside a name does not end it
        while i + 1 < len(pieces) and any(fold(names[pos : pieces[i + 1][0]]).strip() == n for n in NAMES_WITH_COMMA):
            i += 1
            end, nxt = pieces[i]
        piece = names[pos:end].strip(" .*")
        if piece[:1].isupper():
            out.append((f"{kind} {piece}", at + pos))
        pos, i = nxt, i + 1
    return out or [(name, start)]
_ARTICLE = re.compile(r"^[ \t]*(?:\*\*)?điều\s+\d{1,3}\s*[.:]\s*(?:\*+\s*)*", re.M)
# Carrying out the document itself, the task of a directive's or a letter's closing request
# ("yêu cầu ... triển khai thực hiện nghiêm túc Chỉ thị này", Decree 30/2020/NĐ-CP).
_THIS_DOCUMENT = re.compile(
    r"\s*(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?(?:thực\s+hiện|thi\s+hành)(?:\s+nghiêm\s+túc)?(?:\s*,?\s*(?:có\s+)?hiệu\s+quả)?"
    r"\s+(?:" + TYPE_NAME_ALT.replace("\\ ", r"\s+") + r")\s+này(?![\wđ])"
)
_EXECUTES = re.compile(
    r"(?<![\wđ])(?:(?:có|chịu)\s+trách\s+nhiệm\s+(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?(?:thi\s+hành|thực\s+hiện)"
    r"|căn\s+cứ\s+(?:quyết\s+định|quy\s+định|nghị\s+quyết|kế\s+hoạch)(?:\s+này)?\s+(?:để\s+)?(?:thi\s+hành|thực\s+hiện)"
    r"|thi\s+hành\s+quyết\s+định\s+này)(?![\wđ])"
)


def _closing_article(pt: Text, head: int, add) -> None:
    """The closing article of a decision (Decree 30; Party and Youth Union decisions alike):
    "Điều 3. Văn phòng, các ban, đơn vị thuộc Trung ương Đoàn và các tỉnh, thành đoàn chịu
    trách nhiệm tổ chức thực hiện ...", "Điều 4. Ban ..., Văn phòng ... căn cứ quyết định thi
    hành": each body of the list before the verb is given the execution."""
    folded = pt.folded
    if not _opens_body(pt, head):
        return
    end = folded.find("\n\n", head, head + 700)
    end = end if end >= 0 else min(len(folded), head + 700)
    dot = re.compile(r"\.(?=\s)").search(folded, head, end)
    end = dot.start() if dot else end
    m = _EXECUTES.search(folded, head, end)
    if not m:
        return
    for part in re.finditer(r"[^;]+", folded[head : m.start()]):
        pos, pend = head + part.start(), head + part.end()
        while pos < pend and folded[pos] in " \t\n,*":
            pos += 1
        if pos < pend and _opens_body(pt, pos):
            # "... và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành": the formula, no one named.
            add(clean_body(" ".join(pt.text[pos:pend].split())), "implement", pos, m.start(), _task(pt, m.start()), partner=True)


def _execution_clause(pt: Text, verb: int, add) -> None:
    """"Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở ...; Chủ tịch UBND các huyện ... chịu
    trách nhiệm thi hành Quyết định này": each body of the list before the verb (Decree 30's
    closing article of a decision) is given the execution."""
    folded = pt.folded
    head = max((m.end() for m in _CLAUSE_START.finditer(folded, max(0, verb - 800), verb)), default=verb)
    if verb - head > 700:
        return
    pos = head
    for part in re.finditer(r"[^;]+", folded[head:verb]):
        pos = head + part.start()
        end = head + part.end()
        while pos < end and folded[pos] in " \t\n,*":
            pos += 1
        if pos < end and _opens_body(pt, pos):
            add(clean_body(pt.text[pos:end]), "implement", pos, verb, _task(pt, verb), partner=True)


# "Các Ông/Bà: Chánh Văn phòng Bộ, Vụ trưởng ... chịu trách nhiệm thi hành" (Decree 30's closing
# article addressing the heads): the salutation before the colon is no body, the posts after it are.
def _loosely(form: str) -> str:
    """``form`` as a pattern that lets spaces vary: words apart by one or more, signs by any."""
    tokens = re.findall(r"\w+|[^\w\s]", form)
    out = re.escape(tokens[0])
    for prev, tok in zip(tokens, tokens[1:]):
        out += (r"\s+" if prev[-1].isalnum() and tok[0].isalnum() else r"\s*") + re.escape(tok)
    return out


_SALUTATION = re.compile(
    r"(?:các\s+)?(?:"
    + "|".join(sorted({_loosely(re.sub(r"^các\s+", "", f)) for f in ADDRESS_FORMS}, key=len, reverse=True))
    + r")(?:\s*:\s*|\s+(?=(?:" + alternation(ADDRESSED_POSTS) + r")(?![\wđ])))"
)




def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int], end: int) -> Iterator[re.Match[str]]:
    """``pattern`` matched at each of ``starts`` (the places its first words stand)."""
    for at in starts:
        m = pattern.match(text, at, end)
        if m:
            yield m


def _from_subject(pt: Text, start: int, limit: int, add, lead_in: int, named_partners: bool = False) -> None:
    """A body named at ``start`` (after "Giao", "đề nghị"...), then its task and any co-workers
    (with ``named_partners``, not "the bodies concerned": "phối hợp với các sở, ngành liên quan")."""
    folded = pt.folded
    while start < limit and folded[start] in " \t":
        start += 1
    leaders = _LEADERS_OF.match(folded, start) if pt.text[start : start + 1] == "L" else None
    if not _opens_body(pt, leaders.end() if leaders else start):
        return
    send = _sentence_end(folded, start, pt.text)
    bend = _related(folded, body_end(folded, start, _colon_before(folded, start, min(send, start + 400)), pt.text))
    bend = _where_clause(folded, start, bend)
    body = clean_body(pt.text[start:bend])
    if not body:
        return
    aside = _ASIDE.match(folded, bend) if pt.text[start:bend].rstrip().endswith(",") else None
    role = _role_after(folded, aside.end() if aside else bend)  # "Sở Tài chính, trên cơ sở ..., chủ trì"
    # "Yêu cầu ...; Thủ trưởng các cơ quan, đơn vị có liên quan triển khai thực hiện nghiêm túc Chỉ
    # thị này": the closing formula, whose kinds concerned name no one
    add(body, role, start, send, _task(pt, bend), partner=_THIS_DOCUMENT.match(folded, bend) is not None)
    if role in ("lead", "coordinate"):
        # "Giao Sở Tài chính phối hợp với Sở Lao động - Thương binh và Xã hội và Ủy ban nhân dân
        # các quận, huyện lập thủ tục ...": the bodies it works with are given the task too
        cm = _COORDINATE.search(folded, bend, send)
        if cm:
            cstart = cm.end()
            kind = _KIND_COLON.match(folded, cstart, send)
            if kind and _opens_body(pt, kind.end()):
                cstart = kind.end()
            cend = body_end(folded, cstart, min(send, cstart + 200), pt.text)
            if not named_partners:
                cend = _organisations_concerned(folded, cend)
            co = clean_body(pt.text[cstart:cend])
            if co and starts_with_body(co) and not (named_partners and _RELATED_END.search(fold(co))):
                add(co, "coordinate", cstart, send, _task(pt, cend), partner=True)


def _from_section(layout: Layout, pt: Text, section: OutlineItem, add, duties_only: bool = False, verb_needed: bool = False) -> None:
    """Numbered items, paragraphs and sentences of "Tổ chức thực hiện" whose subject is a body;
    of a section of duties (``duties_only``), its sub-headings naming a body and its labels
    ("+ Sở Xây dựng: hướng dẫn ...")."""
    folded = pt.folded
    children = [it for it in layout.outline if it.start > section.start and it.end <= section.end and it.level > section.level]
    heading_starts = {it.start: it for it in children}
    # A plan annexed to a decision stands after the decision's signature: its section ends where it ends.
    stop = section.end if section.start >= layout.body_end else min(section.end, layout.body_end)
    lines = [ln for ln in layout.lines if section.start < ln.start < stop]
    previous = ""
    after_heading = False
    for i, line in enumerate(lines):
        if "\t" in line.text:
            previous, after_heading = "", False
            continue  # a table's row: read by the task-table reader, its cells are no sentences
        item = heading_starts.get(line.start)
        marker = _ITEM_MARKER.match(folded, line.start, line.end)
        wrapped = previous.endswith(",") or _OPEN_END.search(fold(previous[-12:])) is not None
        open_end = not previous.endswith((".", ":", ";", "!", "?"))
        # A line opening in lower case after one with no closing mark goes on with it, even under
        # a heading: "1. Giao Văn" over "phòng Ủy ban nhân dân tỉnh ..." (a web page's wrap).
        lower = line.stripped[:1].islower()
        continues = previous and marker is None and (wrapped or open_end and (not after_heading or lower))
        previous = line.stripped or ""
        after_heading = item is not None and item.heading_end >= line.end - 1
        if continues:
            if not duties_only:
                _sentences_in(pt, line.start, line.end, add, verb_needed)
            continue  # a line wrapped at the page width: its start is not a sentence's subject
        pos = marker.end() if marker else line.start
        while pos < line.end and folded[pos] in " \t*":
            pos += 1
        if not duties_only:
            _sentences_in(pt, pos, line.end, add, verb_needed)
        lead = _LEAD_IN.match(folded, pos, line.end)
        if lead:
            pos = lead.end()
        if folded.startswith(_HANDS_ON, pos) or _LABEL_AT.match(folded, pos):
            continue  # read by the "Giao"/"đề nghị" forms, or a task table's label line
        duty = _DUTY_OF.match(folded, pos, line.end)
        if duty is None:
            # "2.5. Đối với các Thôn, Xóm, Tổ dân phố" over their duties: only a body's name after it
            duty = _FOR_BODY.match(folded, pos, line.end)
            duty = duty if duty is not None and _opens_body(pt, duty.end()) else None
        if duty:
            _duty_heading(pt, lines, i, duty.end(), item, add)
            continue
        if not _opens_body(pt, pos):
            continue
        j = i + 1 if _name_wraps(lines, i, folded) else i  # "1. Sở Khoa học và Công" over "nghệ"
        line_end = lines[j].end
        send = _sentence_end(folded, lines[j].start if j > i else pos, pt.text)
        bend = _related(folded, body_end(folded, pos, _colon_before(folded, pos, min(send, pos + 200)), pt.text))
        body = clean_body(pt.text[pos:bend].strip("*"))
        if not body or _speaks(folded, bend):
            continue  # "Ban Bí thư Trung ương Đoàn đề nghị ...": the issuer speaking, not given a task
        heading_only = bend <= line_end and pt.text[bend:line_end].strip(" *:") == "" and not lines[j].stripped.endswith(",")
        if heading_only and (line.stripped.upper() == line.stripped or _bare(body, BARE_TITLES)):
            # a line in capitals naming a body heads an annex or a signature; a bare title ("- Phó
            # Chủ tịch:") heads a list of persons: no tasks below them
            continue
        if heading_only and (item is not None and item.end > line_end or _content_follows(lines, j)):
            # A sub-heading naming a body ("1. Sở Nội vụ", "- Ban Tuyên giáo:"): its tasks are the
            # lines below it. When they open with bodies of their own ("1. Trung ương Đoàn" over
            # "Ban Tuyên giáo ...; Văn phòng ..."), it only groups them.
            # "1. Trung ương Đoàn" over "Giao Ban Thanh niên ... làm thường trực" and then its own
            # tasks ("Định kỳ tổ chức kiểm tra ..."): the first line that assigns no one is its task.
            nxt_line, cpos = _own_task_line(lines[j + 1 :], folded, item.end if item is not None else None)
            if nxt_line is None:
                continue
            if (
                _opens_body(pt, cpos)
                and (_head_word(folded, cpos) != _head_word(folded, pos) or _groups_bodies(pt, line, nxt_line))
                and not folded.startswith(_PERSON, cpos)
            ):
                # "1. Trung ương Đoàn" over "Ban Tuyên giáo: ...": a grouping heading. Its members
                # ("- Đồng chí Chủ tịch ...") act for the body the heading names: that is its task.
                continue
            # Under its own heading even an issuer is given tasks: a joint plan lists each one's.
            add(body, _role_after(folded, cpos), pos, item.end if item is not None else nxt_line.end, _task(pt, cpos), heading=True)
        elif bend < send and (not duties_only or folded.startswith(":", bend)) and (not verb_needed or _tasked_in_letter(folded, bend)) and not contact_follows(pt.text, pos, bend):
            add(body, _role_after(folded, bend), pos, send, _task(pt, bend), partner=_formula(folded, bend))


_ANNOUNCES = re.compile(r"[ \t]*thông báo(?![\wđ])")


_LEVEL_AT_END = re.compile(r"\s(?:" + alternation((*PLACE_UNITS, "các cấp")) + r")$")
# A dated event opening the sentence ("Ngày 01/3/2024, đồng chí Phó Chủ tịch ... chủ trì cuộc
# họp", "Chiều ngày 5/3, ..."): what happened, not a task given.
_DATED_EVENT = re.compile(r"\W*(?:(?:sáng|chiều|tối)\s+)?(?:ngày|hôm)\s+\d[\d/.\-]*[^.\n]*,\s*$")


def _narrated(folded: str, bstart: int) -> bool:
    """Whether the sentence naming a body at ``bstart`` opens with the date of an event."""
    start = max(folded.rfind("\n", 0, bstart), folded.rfind(". ", 0, bstart)) + 1
    return _DATED_EVENT.match(folded, start, bstart) is not None


def _tasked_in_letter(folded: str, bend: int) -> bool:
    """In a letter or a notice read end to end, whether the body named before ``bend`` is given
    a task: a verb follows its name, and not "thông báo" ("Ban Chấp hành Đảng bộ tỉnh thông báo
    nội dung ...": the sender announcing)."""
    return task_follows(folded, bend) and _ANNOUNCES.match(folded, bend) is None


_BACKGROUND = re.compile(r"\W*(?:" + alternation(BACKGROUND_HEADINGS) + r")(?![\wđ])")
_NOT_TASK_OPENER = re.compile(r"\s*(?:" + alternation(NOT_TASK_OPENERS) + r")(?![\wđ])")
# Where a clause opens in a content line: the line's start (past its marker), after a label's
# colon, a full stop or a semicolon (clauses of one sentence, each with its own subject: "cấp Trung
# ương tổ chức Trại Huấn luyện; Hội đồng Đội các tỉnh tổ chức các trại ..."), before a capital.
_CLAUSE_OPENS = re.compile(r"(?:^[ \t]*(?:" + ITEM_MARKER + r"[ \t]+)?|[.:;][ \t]+)(?=[A-ZĐÀ-Ỹ])", re.M)


_ANNEX_PLAN = re.compile(r"^[ \t#*|]*(?:" + alternation(ANNEXED_PLAN_TITLES) + r")[ \t*|]*$", re.M)


def _annexed_plan(layout: Layout, pt: Text) -> int | None:
    """Where a plan annexed to a decision starts: a line with only its type in capitals ("KẾ
    HOẠCH") after the decision's signature."""
    m = _ANNEX_PLAN.search(pt.text, layout.body_end)
    return m.start() if m else None


def _content_subjects(layout: Layout, pt: Text, section: OutlineItem | None, add, own: set[str], from_: int | None = None) -> None:
    """A plan's content sections (outside "Tổ chức thực hiện", read on its own, and outside
    its parts on aims, grounds and past results): a body opening a clause with a verb after its
    name is given that task ("Báo Tiền Phong, Báo Thanh niên mở chuyên mục ...")."""
    folded = pt.folded
    # A section of duties ("IV. NHIỆM VỤ CỤ THỂ") is read by its headings and labels only.
    skip = [
        (it.start, it.end)
        for it in layout.outline
        if it.level <= 2 and _BACKGROUND.match(fold(it.heading)) or it.level == 1 and _DUTY_SECTION.match(fold(it.heading))
    ]
    if section is not None:
        skip.append((section.start, section.end))
    skipped = Spans(skip)  # thousands of sections: a binary search, not a scan, for each line
    # The preamble before the first part states the grounds ("Thực hiện Kế hoạch số ... UBND xã
    # xây dựng Kế hoạch ..."): the issuer at work, no task.
    first = min((it.start for it in layout.outline if it.level == 1 and it.start >= layout.header_end), default=layout.header_end)
    last = layout.body_end
    if from_ is not None:
        # an annexed plan: from its first part to the end of the text
        first, last = min((it.start for it in layout.outline if it.level == 1 and it.start >= from_), default=from_), len(pt.text)
    headings = {it.start for it in layout.outline}
    previous = None
    written = None  # the last line with words: a web copy may put a blank line inside a sentence
    for line in layout.lines:
        above, previous = previous, line
        before, written = written, (line if line.stripped else written)
        if not first <= line.start < last or "\t" in line.text:
            continue
        if line.start in skipped:
            continue
        if before is not None and before is not above and before.stripped.endswith(",") and before.start not in headings:
            continue  # "... Hội Cựu chiến binh," a blank line, "Đoàn Thanh niên ... giúp đỡ": the list goes on
        for m in _CLAUSE_OPENS.finditer(pt.text, line.start, line.end):
            pos = m.end()
            if not _opens_body(pt, pos):
                continue
            if not pt.text[line.start : pos].strip() and _wrapped_into(pt.text, above, line, headings):
                continue  # "... của Thủ tướng" over "Chính phủ, các tỉnh ...": a name the width cut
            clause = _clause_at(pt, pos)
            if clause is None:
                continue
            body, bend, send = clause
            if _NOT_TASK_OPENER.match(folded, bend) or not task_follows(folded, bend):
                continue
            if pt.text[m.start()] == ";" and _short_list_item(pt.text, bend, send):
                continue  # "Thành phần: ...; Ủy ban Bầu cử xã; ...": names listed, not a clause
            if _asks_another(pt, bend, send):
                continue  # "Ban Thường vụ Đảng ủy xét, đề nghị Ban Thường vụ Tỉnh ủy tặng ...": a procedure described
            colon = _LABEL_COLON.match(folded, bend)
            if colon and not task_follows(folded, colon.end()):
                continue  # "HĐND cấp xã: Thành phần dự hội nghị gồm ...": what it is, not what it does
            if all(part in EVENT_ORGANS for part in _LIST_PARTS.split(fold(body))) or not _well_named(body):
                continue
            if any(f" {fold(body)} " in f" {name} " for name in own):
                continue  # "Trung ương Đoàn lựa chọn ..." in a plan of its Secretariat: the issuer's own work
            add(body, _role_after(folded, bend), pos, send, _task(pt, bend), partner=_formula(folded, bend))


def _short_list_item(text: str, bend: int, send: int) -> bool:
    """Whether what follows a name opened after a semicolon is too short for a task (fewer than
    four words to the next semicolon): the semicolon parts a list of names, not clauses."""
    stop = text.find(";", bend, send)
    return len(text[bend : stop if stop >= 0 else send].split()) < 4


def _wrapped_into(text: str, above, line, headings: set[int]) -> bool:
    """Whether ``line`` goes on with the sentence of the line right above it: no blank line
    between, and that line, no heading, ends with a letter (a PDF export or a web page wraps
    anywhere, in the middle of a name)."""
    if above is None or above.start in headings or text[above.end : line.start].count("\n") != 1:
        return False
    end = text[above.start : above.end].rstrip()
    return bool(end) and end[-1].isalpha()


_PROCEDURE = re.compile(r"(?<![\wđ])(?:đề nghị|trình|phân công|giao)\s+(?:cho\s+)?")


def _asks_another(pt: Text, bend: int, send: int) -> bool:
    """Whether the body named before ``bend``, after a first step, asks or assigns another body
    in its sentence: "Ban Thường vụ Đảng ủy xét, đề nghị Ban Thường vụ Tỉnh ủy tặng ..." describes
    a procedure; "Đoàn cấp huyện phân công cán bộ theo dõi" is the body's own task."""
    first = bend
    while first < send and pt.folded[first] in " \t,:":
        first += 1
    return any(m.start() > first and _opens_body(pt, m.end()) for m in _PROCEDURE.finditer(pt.folded, first, send))
_LIST_PARTS = re.compile(r"\s*[,;]\s*|\s+và\s+")  # "Ban Tổ chức, Ban Giám khảo": each an organ of the event
_LABEL_COLON = re.compile(r"[ \t*]*:")
_OPEN_NAME_END = ("cấp", "của", "và", "các", "thuộc", "những")  # "Cấp ủy cấp" (trên ...): a name cut short
_NAME_WORD_SET = frozenset(w for h in (*BODY_HEADS, *LIST_HEADS, *NAME_WORDS) for w in fold(h).replace(",", " ").split())


def _well_named(body: str) -> bool:
    """Whether a name read from a sentence's start holds no words of the sentence: its lower-case
    words are words names are made of ("các", "thuộc", "cấp", a head's words) or at most two
    after a capitalised one ("Trung tâm Truyền thông Thanh thiếu nhi"); "Ban Thanh niên Trung
    ương Đoàn qua đường link", "Thành viên của đội tuyển" ran into their sentences."""
    words = re.findall(r"[^\W\d_]+|\S", body)
    closed = len(words) > 1 and fold(" ".join(words[-2:])) in CLOSED_NAME_ENDS  # "các tỉnh, thành đoàn và đoàn trực thuộc"
    if not words or (fold(words[-1]) in _OPEN_NAME_END and not closed):
        return False
    run = 0  # lower-case words of no name since the last capitalised word
    for i, word in enumerate(words):
        if not word[0].isalpha():
            if word not in ",-–":
                return False  # digits, quotes, slashes: no name holds them
            run = 0
            continue
        if word[0].isupper():
            run = 0
        elif fold(word) not in _NAME_WORD_SET:
            run += 1
            if i == 0 or run > 2 or not words[i - run][0].isupper():
                return False
    return True


_MAX_ASSIGNING_LINES = 6  # lines handing tasks to others under a body's heading before its own


def _own_task_line(lines: list, folded: str, item_end: int | None) -> tuple:
    """The first line under a body's heading that does not hand a task to another body ("Giao
    ...", "Đề nghị ..."), and where its words start; (None, 0) when there is none. Without an
    item to bound the heading's lines only the next line is read."""
    reach = [ln for ln in lines if ln.stripped and (item_end is None or ln.start < item_end)]
    assigning = None  # the marker of the line that handed a task on: its sub-items ("+ ...") are that body's
    for ln in reach[: 1 if item_end is None else _MAX_ASSIGNING_LINES]:
        cpos = ln.start
        marker = _ITEM_MARKER.match(folded, cpos, ln.end)
        cpos = marker.end() if marker else cpos
        kind = marker.group(0).strip() if marker else ""
        while cpos < ln.end and folded[cpos] in " \t*":
            cpos += 1
        if folded.startswith(("giao ", "đề nghị "), cpos):
            assigning = kind if assigning is None else assigning
        elif assigning is None or kind == assigning:
            return ln, cpos
    return None, 0


def _duty_articles(layout: Layout, pt: Text, add) -> None:
    """An article or item anywhere whose heading names whose duties it lists: "Điều 2. Nhiệm vụ
    của Tổ tiếp công dân, xử lý khiếu nại, tố cáo ...:" (a decision that sets up a team)."""
    for it in layout.outline:
        if it.start < layout.header_end or it.end <= it.heading_end + 1:
            continue
        head = fold(it.heading)
        duty = _DUTY_OF.match(head)
        line_end = pt.text.find("\n", it.heading_end)
        line_end = line_end if line_end >= 0 else len(pt.text)
        if duty is None or pt.text[it.start : line_end].rstrip(" *").endswith((".", ";", ",")):
            continue  # "1. Trách nhiệm của người dân là chấp hành pháp luật.": a sentence, not a heading
        at = pt.text.find(it.heading[: duty.end()], it.start, it.heading_end)
        if at < 0:
            continue
        pos = at + duty.end()
        end = min((x for x in (pt.text.find(":", pos, it.heading_end), pt.text.find("(", pos, it.heading_end)) if x >= 0), default=it.heading_end)
        name = clean_body(pt.text[pos:end])
        if name and not name.endswith((".", ";")) and end - pos <= 200:
            add(name, "implement", pos, it.end, _task(pt, it.heading_end), heading=True, whole=True)


def _articles_for_bodies(layout: Layout, pt: Text, add) -> None:
    """A regulation's article headed by the bodies its clauses are for ("Điều 7. Đối với các cơ
    quan nhà nước") over clauses that each name a body and, after a colon, its part ("1. Sở Tài
    chính: Trong thời hạn 05 ngày ... có trách nhiệm: ..."): read as a section of duties, each
    labelled body given its clause. An article for persons ("Đối với người sử dụng đất") is not."""
    for i, it in enumerate(layout.outline):
        if not it.marker.startswith("Điều") or it.start < layout.header_end:
            continue
        at = pt.text.find(it.heading, it.start, it.heading_end + 1) if it.heading else -1
        duty = _FOR_BODY.match(pt.folded, at) if at >= 0 else None
        if duty is None or not _opens_body(pt, duty.end()):
            continue
        _from_section(layout, pt, replace(it, end=_reach(layout.outline, i)), add, duties_only=True)


def _duty_heading(pt: Text, lines: list, i: int, pos: int, item: OutlineItem | None, add) -> None:
    """"1.5. Trách nhiệm của đối tượng thực hiện kiểm kê:" over its duties: the heading names who
    holds them, a body's name or not ("đối tượng thực hiện kiểm kê"), up to a colon or a bracket."""
    line = lines[i]
    if line.stripped.endswith((".", ";", ",")) or len(line.stripped) > 200 or not _content_follows(lines, i):
        return
    end = min((at for at in (pt.text.find(":", pos, line.end), pt.text.find("(", pos, line.end)) if at >= 0), default=line.end)
    name = clean_body(pt.text[pos:end])
    nxt = next((ln for ln in lines[i + 1 :] if ln.stripped), None)
    if nxt is not None and _groups_bodies(pt, line, nxt):
        return  # "1. Đối với Ủy ban nhân dân các cấp" over "1.1. Ủy ban nhân dân Thành phố:": it only groups them
    if name and nxt is not None:
        add(name, "implement", pos, item.end if item is not None else nxt.end, _task(pt, nxt.start), heading=True)


_HANDS_ON_LINE = re.compile(r"[ \t*]*(?:" + ITEM_MARKER + r"[ \t]+)?(?:giao|đề nghị|yêu cầu)(?![\wđ])")


def _groups_bodies(pt: Text, heading: Line, nxt: Line) -> bool:
    """Whether a numbered heading ("2. Các Sở, ngành có liên quan", "3. Đối với các tổ chức khác")
    only groups what follows: its first line is a sub-item of its number that names a body of
    its own ("2.1. Sở Lao động - Thương binh và Xã hội:"), or hands tasks to others ("Đề nghị
    Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, ... phát động ...")."""
    folded = pt.folded
    if _HANDS_ON_LINE.match(folded, nxt.start, nxt.end):
        return True
    own = _ITEM_MARKER.match(folded, heading.start, heading.end)
    sub = _ITEM_MARKER.match(folded, nxt.start, nxt.end)
    if not own or not sub:
        return False
    own_mark, sub_mark = own.group(0).strip(), sub.group(0).strip()
    number = own_mark.rstrip(".)")
    if not (number[:1].isdigit() and sub_mark.startswith(number + ".") and len(sub_mark.rstrip(".")) > len(number)):
        return False
    return _opens_body(pt, sub.end())


def _name_wraps(lines: list, i: int, folded: str) -> bool:
    """Whether a line's name goes on at the start of the next line: a web page or a PDF export
    wraps a heading anywhere ("1. Sở Khoa học và Công" over "nghệ", "4. Sở Văn hoá, Thể thao"
    over "và Du lịch"). The next line follows with no blank line, opens with a lower-case word
    that is no item marker, and the line has no punctuation that ends a clause."""
    if i + 1 >= len(lines):
        return False
    line, nxt = lines[i], lines[i + 1]
    if nxt.start != line.end + 1 or line.stripped.endswith((".", ":", ";", ",", "!", "?")):
        return False
    first = nxt.stripped[:1]
    return first.isalpha() and first.islower() and not _ITEM_MARKER.match(folded, nxt.start, nxt.end)


def _head_word(folded: str, pos: int) -> str:
    """The first word of a body's name, "các" left out: "Các tỉnh, thành phố" -> "tỉnh"."""
    words = _PLURAL.sub("", folded[pos : pos + 40]).split()
    return words[0].strip(",:") if words else ""


def _formula(folded: str, bend: int) -> bool:
    """Whether the verb after a list of bodies is the closing formula ("chịu trách nhiệm thi hành
    Quyết định này"): its generic kinds ("các cơ quan, đơn vị có liên quan") name no one."""
    pos = bend
    while pos < len(folded) and folded[pos] in " \t\n":
        pos += 1
    return _EXECUTES.match(folded, pos) is not None or _THIS_DOCUMENT.match(folded, pos) is not None


def _speaks(folded: str, bend: int) -> bool:
    """Whether the body whose name ends at ``bend`` speaks ("Ban Bí thư Trung ương Đoàn đề nghị
    ...", "Văn phòng Chính phủ vừa có Công văn"): the issuer or a news subject, given no task."""
    pos = bend
    while pos < len(folded) and folded[pos] in " \t":
        pos += 1
    return folded.startswith(_SPEAKS, pos) or _NOT_TASKED.match(folded, bend) is not None


def _content_follows(lines: list, i: int) -> bool:
    """Whether the line after a short line naming a body holds its content: a line that is not a
    heading of the same kind (it does not start with a body) follows."""
    return len(lines[i].stripped) <= 160 and any(ln.stripped for ln in lines[i + 1 : i + 3])


_SENTENCE_START = re.compile(r"[.;]\s+(?=[A-ZĐÀ-Ỹ])")
_CLAUSE_BOUNDS = (". ", ";", "\n")
_ASSIGNS = (*_HANDS_ON, "phân công ")


def _clause_of_tasks_before(pt: Text, semicolon: int) -> bool:
    """Whether the clause before a semicolon gives a task ("Sở Nội vụ chủ trì ...; Sở Tài chính,
    Sở Tư pháp phối hợp": the next clause has a subject of its own) rather than leading in ("Thực
    hiện Công văn số ...; Ban Thường vụ ... lập danh sách", "Sau khi nghe ...; đồng chí ... kết
    luận": the issuer speaking after a clause of circumstance)."""
    folded = pt.folded
    start = max(folded.rfind(b, 0, semicolon) for b in _CLAUSE_BOUNDS) + 1
    marker = _ITEM_MARKER.match(folded, start, semicolon)
    start = marker.end() if marker else start
    while start < semicolon and folded[start] in " \t*-+":
        start += 1
    return folded.startswith(_ASSIGNS, start) or _opens_body(pt, start)


def _sentences_in(pt: Text, start: int, end: int, add, verb_needed: bool = False) -> None:
    """Sentences and clauses after the first on a line: "... trên báo điện tử. Báo Tiền Phong, Báo Thanh
    Niên công bố kết quả hằng tuần": a body opening a sentence is given its task."""
    folded = pt.folded
    for m in _SENTENCE_START.finditer(pt.text, start, end):
        pos = m.end()
        if not _opens_body(pt, pos) or m.group(0)[0] == ";" and not _clause_of_tasks_before(pt, m.start()):
            continue
        clause = _clause_at(pt, pos)
        if clause is None:
            continue
        body, bend, send = clause
        if verb_needed and not _tasked_in_letter(folded, bend):
            continue
        add(body, _role_after(folded, bend), pos, send, _task(pt, bend), partner=_formula(folded, bend))


def _clause_at(pt: Text, pos: int) -> tuple[str, int, int] | None:
    """The body opening a sentence or clause at ``pos``, where its name ends and where the
    sentence ends; None when no name is read there, the name runs to the sentence's end, the
    body speaks ("... đề nghị") or the clause hands a task on ("Giao ...", "Đề nghị ...")."""
    folded = pt.folded
    if folded.startswith(_HANDS_ON, pos):
        return None
    send = _sentence_end(folded, pos, pt.text)
    bend = _related(folded, body_end(folded, pos, _colon_before(folded, pos, min(send, pos + 200)), pt.text))
    body = clean_body(pt.text[pos:bend])
    if not body or bend >= send or _speaks(folded, bend) or contact_follows(pt.text, pos, bend):
        return None  # "Trung tâm ..., ĐT: 097...": a contact, no task
    return body, bend, send


def _from_tables(layout: Layout, pt: Text, add) -> None:
    """Task tables (tab rows, flattened tables, label lines): each body cell of a row, with the
    row's task. A cell may hold several bodies ("Sở KH&CN; các cơ quan, đơn vị liên quan") and,
    in label lines, what they are to do after them ("Bộ Công an tiến hành rà soát ...")."""
    folded = pt.folded
    for row in task_rows(layout, pt):
        task = squash(row.task.text) if row.task else None
        for role, cell in row.bodies:
            # "Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Sở Tài chính; các sở, ngành liên
            # quan; UBND các huyện": the bodies after "phối hợp với" are the partners, to the cell's end.
            partners = _COORDINATE.search(folded, cell.start, cell.end)
            starts = [m.span() for m in _CELL_PART.finditer(pt.text, cell.start, cell.end)]
            if partners is not None:  # the first partner, in the lead's part ("... chủ trì, phối hợp với Sở Tài chính")
                starts += [(partners.end(), next((e for s, e in starts if s <= partners.end() < e), cell.end))]
            for pos, part_end in sorted(starts):
                while pos < part_end and pt.text[pos] in " \t\n,":
                    pos += 1
                if not _opens_body(pt, pos):
                    continue
                bend = min(part_end, _related(folded, body_end(folded, pos, part_end, pt.text)))
                body = clean_body(pt.text[pos:bend])
                part_role = "coordinate" if partners is not None and pos >= partners.end() else role
                if body:
                    add(body, part_role, pos, cell.end, task or _task(pt, bend) if bend < part_end else task,
                        partner=part_role == "coordinate", in_table=True)


_CELL_PART = re.compile(r"[^;]+")
_RELATED = re.compile(r"\s*(?:có\s+)?liên quan(?![\wđ])")
_RELATED_END = re.compile(r"liên quan$")


# "Bộ Tài chính, các bộ, ngành, cơ quan, tổ chức có liên quan" (Decree 30's wording of the bodies
# concerned): after a kind and its comma, "tổ chức" is one more kind of body, not the verb "organise"
# that would end the name at "cơ quan".
# A table cell's words may stand on several lines ("cơ" / "quan, tổ chức có" / "liên quan").
# Only after a list's earlier item ("Bộ Tài chính, cơ quan, tổ chức ..."): "các cơ quan, tổ chức có
# liên quan" alone is read as before, the kinds alone.
_KIND_AND_COMMA = re.compile(r",\s*(?:cơ\s+quan|đơn\s+vị|cá\s+nhân|địa\s+phương|ngành|sở|ban|bộ)\s*,\s*$")
_ORGANISATIONS_CONCERNED = re.compile(
    r"tổ\s+chức(?:\s*,\s*(?:cơ\s+quan|đơn\s+vị|cá\s+nhân|địa\s+phương|doanh\s+nghiệp))*\s+(?:có\s+)?liên\s+quan(?![\wđ])"
)


def _related(folded: str, end: int) -> int:
    """"các cơ quan, đơn vị có liên quan": "có liên quan" ends the name, it does not start a task."""
    m = _RELATED.match(folded, end)
    return m.end() if m else _organisations_concerned(folded, end)


def _organisations_concerned(folded: str, end: int) -> int:
    """Where a name cut at "tổ chức" after a kind ("..., cơ quan, | tổ chức có liên quan") ends:
    after the bodies concerned it lists."""
    if _KIND_AND_COMMA.search(folded, max(0, end - 30), end):
        m = _ORGANISATIONS_CONCERNED.match(folded, end)
        if m:
            return m.end()
    return end


_PETITION_HEADING = re.compile(
    r"(?:(?:những|một số)\s+)?(?:đề xuất|kiến nghị|đề nghị)(?:\s*(?:,|và)\s*(?:đề xuất|kiến nghị|đề nghị))?"
)


_ADDRESSED = re.compile(r"(?:^|\n)[ \t|*]*kính gửi[ \t|*]*:?[ \t|*]*")
_ADDRESSEES_ASKED = re.compile(r"(?:" + alternation(ADDRESSEE_WORDS) + r")(?![\wđ])")


def _addressees(pt: Text, layout: Layout) -> list[tuple[str, int]]:
    """The bodies a letter's "Kính gửi:" line names (on its line or in a bulleted list below),
    each with where it stands. A list item may wrap over lines and name several bodies between
    semicolons ("Trưởng, phó các ban ... cơ quan" / "Trung ương Đoàn; Ủy viên Ban Thường vụ ...")."""
    m = _ADDRESSED.search(pt.folded, 0, min(len(pt.folded), layout.header_end + 600))
    if m is None:
        return []
    begin = m.end()
    while begin < len(pt.text) and pt.text[begin] in " \t\n":
        begin += 1  # the list may start below a blank line
    end = pt.folded.find("\n\n", begin)
    end = min(end if end >= 0 else len(pt.folded), begin + 600)
    found = []
    for start, piece in _addressee_items(pt.text, begin, end):
        for part in re.finditer(r"[^;|]+", piece):
            raw = part.group(0)
            lead = len(raw) - len(raw.lstrip(" \t\n" + _BULLETS))
            name = clean_body(" ".join(raw[lead:].split()))
            if name and (starts_with_body(name) or _post_of_body(name)):
                found.append((name, start + part.start() + lead))
    return found


_BULLETS = "-+•*\uf0b7\uf0a7\uf0d8\u25cf\u25aa\u2013"  # dashes and the glyphs Word's bullets become


def _addressee_items(text: str, begin: int, end: int) -> list[tuple[int, str]]:
    """The list's items, each with where it starts. In a bulleted list (a dash, or the indent a
    bullet glyph left) a line without one, under an item with no closing mark, goes on with it
    ("... thuộc cơ quan" / "Trung ương Đoàn và tương đương; Ủy viên ...")."""
    items: list[tuple[int, str]] = []
    pos = begin
    for line in text[begin:end].split("\n"):
        goes_on = items and _bulleted(items[-1][1]) and not _bulleted(line) and line.strip()
        if goes_on and not items[-1][1].rstrip().endswith((";", ".", ":")):
            items[-1] = (items[-1][0], f"{items[-1][1]}\n{line}")
        else:
            items.append((pos, line))
        pos += len(line) + 1
    return items


def _bulleted(line: str) -> bool:
    return line[:1] in " \t" or line.lstrip()[:1] in _BULLETS


def _post_of_body(name: str) -> bool:
    """"Ủy viên Ban Thường vụ Đảng ủy ...", "Trưởng các đoàn thể thuộc ...": a post of a body
    called to act, named with the body."""
    f = fold(name)
    for title in ADDRESSEE_POSTS:
        if f.startswith(title + " "):
            rest = name[len(title) + 1 :]
            return starts_with_body(rest) or fold(rest).startswith("các ")
    return False


def _petitions(layout: Layout, pt: Text) -> list[tuple[int, int]]:
    """A report's "Đề xuất, kiến nghị" section asks the bodies above the issuer for support
    ("Trân trọng đề nghị Ban Bí thư quan tâm chỉ đạo ..."): a petition, not a task given. An item
    that names whom it asks on its heading's line ("6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, ...")
    is a request of the plan. Where such sections lie, found once (looked for at each request, a
    text of thousands of items cost their product)."""
    return [
        (it.start, it.end)
        for it in layout.outline
        if it.level <= 2
        and _PETITION_HEADING.fullmatch(fold(it.heading).strip(" .:*"))
        and not _opens_body(pt, _line_rest(pt, it.heading_end))
    ]


def _line_rest(pt: Text, pos: int) -> int:
    """Where the words after ``pos`` on its line start (past a colon and spaces)."""
    while pos < len(pt.text) and pt.text[pos] in " \t:*":
        pos += 1
    return pos


def _implementation_section(layout: Layout, pt: Text) -> OutlineItem | None:
    """The "Tổ chức thực hiện" section (or its equivalents), the outermost one."""
    candidates = [i for i, it in enumerate(layout.outline) if it.level <= 2 and _names_implementation(it, pt)]
    if not candidates:
        return None
    i = min(candidates, key=lambda i: (layout.outline[i].level, layout.outline[i].start))
    item = layout.outline[i]
    # "Điều 9. Tổ chức thực hiện" over "1. Ban Tổ chức ...", "2. ...": an article runs over its
    # numbered clauses, which the outline puts at its own level.
    return replace(item, end=_reach(layout.outline, i)) if item.marker.startswith("Điều") else item


_DUTY_SECTION = re.compile(r"\W*(?:" + alternation(DUTY_SECTION_HEADINGS) + r")(?![\wđ])")
_DUTY_OF = re.compile(r"(?:" + alternation(DUTY_OF) + r")\s+")
_FOR_BODY = re.compile(r"(?:" + alternation(DUTY_FOR) + r")\s+")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_MORE_WORDS = 6  # "Tổ chức thực hiện Kế hoạch này"; not "Tổ chức triển khai ứng dụng, nhân rộng các tiến bộ ..."


def _names_implementation(item: OutlineItem, pt: Text) -> bool:
    """Whether an item's heading is the section that gives tasks: one of the headings, with at
    most a few words after it (the heading of a task that starts with "Tổ chức triển khai ..."
    is one of the tasks, not the section)."""
    heading = " ".join(fold(item.heading).split()).strip(" .:*")
    for words in IMPLEMENTATION_HEADINGS:
        if heading.startswith(words):
            return len(heading[len(words) :].split()) <= _MORE_WORDS
    return _heading_words(item, pt).startswith(IMPLEMENTATION_HEADINGS)


def _heading_words(item: OutlineItem, pt: Text) -> str:
    """An item's heading, folded, with the line below it when a web page or a PDF export wrapped
    the heading ("IV. TỔ CHỨC" over "THỰC HIỆN"): up to a blank line, at most 80 characters on."""
    end = min(item.end, item.heading_end + 80)
    blank = _BLANK_LINE.search(pt.folded, item.heading_end, end)
    end = blank.start() if blank else end
    words = fold(item.heading) + " " + pt.folded[item.heading_end : end]
    return " ".join(words.split()).strip(" .:*")


_SEMICOLON = re.compile(r";\s*")
_AND = re.compile(r"\s+và\s+")
_COMMA = re.compile(r",\s*")
_NOT_BODY = re.compile(r"(?:" + alternation(NOT_BODIES) + r")(?![\wđ])")
_LIST_HEAD = re.compile(r"(?:" + alternation({fold(h) for h in LIST_HEADS + BODY_HEADS}) + r")(?![\wđ])")
# An item marker or a blank line never stands inside a name: "3. Sở Nội vụ a) Tiếp tục ...".
_NAME_BREAK = re.compile(r"\n\s*\n|\s+[a-zđ]\)\s|\s+[+•]\s+(?=[A-ZĐ])|\s*\*\*")
_ROLE_LEAD_IN = re.compile(r"^(?:có trách nhiệm|chịu trách nhiệm|thường xuyên|chủ động|tiếp tục|kịp thời)\s*,?\s*")
_PERSON = ("đồng chí", "đ/c", "các đồng chí", "các đ/c", "ông", "bà")
# A person the closing article names beside the bodies ("Chủ tịch Ủy ban nhân dân tỉnh và ông
# Nguyễn Văn A chịu trách nhiệm thi hành Quyết định này", Decree 30's decision on one person):
# "và" there ends the body before it. In lower case, as mid-sentence: "Bà Rịa" is a place.
_NAMED_PERSON = re.compile(r"(?:ông|bà)\s+[A-ZĐ][a-zà-ỹđ]*\s+[A-ZĐ]")
_DEPARTMENT = ("phòng ", "ban ")
_PLURAL = re.compile(r"^(?:các|những)\s+")
_TITLE_AT = re.compile(r"(?:" + alternation(BARE_TITLES) + r")(?![\wđ])")
_FIELDS_OF_POST = re.compile(r"(?<![\wđ])phụ trách(?![\wđ])")
# "Các ban thường trực Hội ...": a plural kind (lower case) before the first name it governs.
_SHARED_PLURAL = re.compile(r"(?:[Cc]ác|[Nn]hững)(?:\s+[a-zđà-ỹ][\wđ]*)+\s+([A-ZĐ][\wđ]*)")
_KIND_WITHOUT_NAME = re.compile(r"(?:(?:các|những)\s+)?(?:cơ quan|đơn vị)\s+(?:báo|đài|sở|ban|phòng|hội|trường|viện)")
# "cơ sở" qualified by what it does is a kind of facility ("Sở Y tế, cơ sở khám bệnh, chữa bệnh").
_QUALIFIED_KIND = re.compile(
    r"(?:cơ quan|đơn vị|tổ chức|cơ sở)\s+(?!(?:có\s+)?liên quan|đơn vị|cơ quan|và|thuộc|ngang|trực thuộc|các|của)[\wđ]"
)


_UNDER = re.compile(r"\s+(?:trực\s+)?thuộc(?![\wđ]).*$")


def _kinds_go_on(piece: str) -> bool:
    """Whether a list's next piece is only more kinds, maybe with whom they are under ("Cục trực
    thuộc Bộ Y tế" after "các Vụ"): the list of kinds goes on and that name ends it."""
    return _bare(_UNDER.sub("", fold(piece)), BARE_KINDS)


def _bare(piece: str, kinds: frozenset[str]) -> bool:
    """Whether a piece of a list is only kinds of bodies, with nothing of its own ("Chánh tòa",
    "các Chi ủy", "Các phòng, ban, ngành, MTTQ"): the name that follows the list is theirs too."""
    words = [_PLURAL.sub("", w.strip()) for w in fold(piece).split(",")]
    return all(w in kinds for w in words if w)


_KIND_AT_END = re.compile(r"(?<![\wđ])(?:cơ quan|đơn vị|tổ chức|địa phương|cơ sở|ban|ngành|phòng|đoàn thể|hội)$")  # "Thủ trưởng các cơ quan, đơn vị ...": one list of kinds
# Bare kinds closing a list as "the bodies concerned" ("cơ quan, tổ chức có liên quan"): after a
# named body they are bodies of their own (table cells print "Bộ Tài chính, cơ quan, đơn vị liên quan").
_CONCERNED_KINDS = re.compile(
    r"(?:cơ quan|đơn vị|tổ chức|cơ sở|địa phương)(?:\s*,\s*(?:cơ quan|đơn vị|tổ chức|cá nhân|địa phương))*\s+(?:có\s+)?liên quan(?![\wđ])"
)


def _new_body_after_comma(before: str, rest: str) -> bool:
    """Whether what follows a comma in a list starts a body of its own: a capitalised body head
    ("Ủy ban Kiểm tra", "Thuế tỉnh", "Chủ tịch UBND"), or "các" before a body head ("các cơ
    quan báo chí"). Lower-case words go on with the same body ("các sở, ban, ngành"), and so
    does everything after bare kinds ("Chánh tòa, Trưởng phòng thuộc TAND tỉnh"), after a
    person's name and titles ("Đồng chí Ủy viên Ban Thường vụ, Chủ tịch ..."), and the
    functions of one office ("Phòng Tổ chức cán bộ, Thanh tra và Thi đua khen thưởng")."""
    if not rest or fold(before).startswith(_PERSON):
        return False
    if _bare(before, BARE_TITLES):
        # "Chánh Văn phòng, Vụ trưởng Vụ Tổ chức cán bộ, Thủ trưởng các đơn vị thuộc Bộ": after
        # the head of the issuer's office, the next post starts anew; other bare titles share the
        # name that ends their list ("Chánh tòa, Trưởng phòng, Chánh Văn phòng thuộc TAND tỉnh").
        return _issuer_units(before) and rest[:1].isupper() and (starts_with_body(rest) or _TITLE_AT.match(fold(rest)) is not None)
    folded = fold(rest[:60])
    if folded.startswith(SYSTEM_KINDS) and " ".join(fold(before).split()) in PARTY_KINDS:
        return True  # "các cấp ủy đảng, chính quyền, ...": the Party's committees, then the government
    if _bare(before, BARE_KINDS):
        # "Các sở, ngành, UBND các xã, phường": after bare kinds, a capitalised body with a name of
        # its own starts anew; more kinds ("Các phòng, ban, ngành, MTTQ") go on with the list.
        if _kind_named_again(before, folded) and starts_with_body(rest):
            return True  # "các cơ quan, đơn vị, các cơ quan báo chí của tỉnh": a kind named again is another group
        if folded.startswith("các ") and _closed_kinds(before) and starts_with_body(rest):
            # "các tỉnh, thành đoàn, đoàn trực thuộc, các ban, đơn vị có liên quan": kinds whose owner
            # "trực thuộc" has closed share no name with what follows; "các" starts another group
            return True
        return rest[0].isupper() and starts_with_body(rest) and not _bare(rest.split(",")[0], BARE_KINDS)
    head = _LIST_HEAD.match(folded)
    if head and folded.startswith(" và ", head.end()) and fold(before).startswith(_DEPARTMENT) and "," not in before:
        return False  # a department named by its functions: "Phòng Tổ chức cán bộ, Thanh tra và Thi đua"
    shared = _SHARED_PLURAL.match(before)
    if shared and fold(rest.split()[0]) == fold(shared.group(1)):
        return False  # "Các ban thường trực Hội LHTN Việt Nam, Hội Sinh viên Việt Nam": one plural head over a list
    if _KIND_WITHOUT_NAME.fullmatch(fold(before).strip()):
        return False  # "Các cơ quan Báo, Đài của tỉnh": a kind with no name of its own shares the next one's
    plural_kind = re.search(r"(?:các|những)\s+(\S+)$", fold(before))
    if plural_kind and plural_kind.group(1) in BARE_KINDS and rest[0].isupper() and _kinds_go_on(rest.split(",")[0]):
        return False  # "Giám đốc các Sở, Ban, ngành, đoàn thể", "các Vụ, Cục thuộc Bộ": more kinds go on with the list
    if _ABBREVIATED_ITEM.match(rest):
        return True  # "..., VTV, VOV, TTXVN": an organisation named by its abbreviation alone is an item of its own
    if rest[0].isupper():
        return starts_with_body(rest) or (head is not None and _NOT_BODY.match(folded) is None)
    named = before[:1].isupper() or _QUALIFIED_KIND.match(fold(before)) is not None  # "cơ sở khám bệnh, chữa bệnh" names a kind too
    if named and not _PLURAL.match(fold(before)) and not _KIND_AT_END.search(fold(before)) and _CONCERNED_KINDS.match(folded):
        return True  # "Bộ Y tế, cơ quan, đơn vị liên quan": a named body, then the bodies concerned
    if before[:1].isupper() and not _PLURAL.match(fold(before)) and _QUALIFIED_KIND.match(folded) and not _bare(rest.split(",")[0], BARE_KINDS):
        return True  # "Đài Phát thanh và Truyền hình Thành phố, cơ quan thông tấn báo chí"
    if before[:1].isupper() and not _PLURAL.match(fold(before)) and _LOWER_HEAD_NAMED.match(rest) and starts_with_body(rest):
        return True  # "Sở Lao động - Thương binh và Xã hội, phòng Lao động - Thương binh và Xã hội cấp huyện": its twin a level down
    plural = _PLURAL.match(fold(before))
    if plural and _QUALIFIED_KIND.match(fold(before), plural.end()) and _QUALIFIED_KIND.match(folded) and not _bare(rest.split(",")[0], BARE_KINDS):
        return True  # "Các cơ sở khám bệnh, chữa bệnh, cơ quan bảo hiểm xã hội": one kind of bodies named, then another
    return folded.startswith("các ") and starts_with_body(rest)


# An item of a list that is an abbreviation and nothing more, up to the next comma or the list's
# end ("Bộ Ngoại giao, VTV, VOV, TTXVN"): an organisation named by its initials.
_ABBREVIATED_ITEM = re.compile(r"[A-ZĐ][A-ZĐ&]{1,9}(?=\s*(?:[,;]|$))")


_PLURAL_KIND = re.compile(r"(?:các|những)\s+(" + alternation(BARE_KINDS) + r")(?![\wđ])")


def _closed_kinds(before: str) -> bool:
    """Whether a list of kinds ends in words that close a name whole ("..., đoàn trực thuộc")."""
    words = fold(before).split()
    return len(words) > 1 and " ".join(words[-2:]) in CLOSED_NAME_ENDS


def _kind_named_again(before: str, rest: str) -> bool:
    """Whether the words after a comma name again, after "các", a kind the list of kinds before it
    holds ("các cơ quan, đơn vị, | các cơ quan báo chí của tỉnh"): one enumeration does not name a
    kind twice, so a new group of bodies starts, narrower than the first ("các phòng, ban, | các đơn
    vị có liên quan" goes on: no kind named again)."""
    m = _PLURAL_KIND.match(rest)
    if m is None:
        return False
    kinds = {_PLURAL.sub("", w.strip()) for w in fold(before).split(",")}
    return m.group(1) in kinds


def _issuer_units(piece: str) -> bool:
    """Whether a piece of a list is only the titles that head the issuer's one office or
    inspectorate ("Chánh Văn phòng", "Chánh Văn phòng, Chánh Thanh tra"): named first in a closing
    article, they are the issuer's own and share no name that ends the list."""
    words = [" ".join(w.split()) for w in fold(piece).split(",") if w.strip()]
    return bool(words) and all(w in ISSUER_UNIT_TITLES for w in words)


# A department or office written in lower case before its capitalised name ("phòng Tài chính - Kế
# hoạch cấp huyện"): a body of its own, the way a province's department's district twin is written.
_LOWER_HEAD_NAMED = re.compile(r"(?:phòng|sở|ban|chi cục|trung tâm|ủy ban|uỷ ban)\s+[A-ZĐ]")


def _split_bodies(body: str, start: int, pt: Text) -> list[tuple[str, int]]:
    """"A; B", "A, B" (B a capitalised body) and "A và B" (B a body of its own) name two bodies."""
    found = pt.text.find(body[:20], start, start + 200)
    offset = start if found < 0 else found
    brk = _NAME_BREAK.search(body)
    if brk and brk.start() > 0:
        body = body[: brk.start()]
    cuts = [(m.start(), m.end()) for m in _SEMICOLON.finditer(body)]
    for m in _AND.finditer(body):
        if starts_with_body(body[m.end() : m.end() + 40]) or _NAMED_PERSON.match(body, m.end()):
            cuts.append((m.start(), m.end()))
    parts, pos = [], 0
    commas = [(m.start(), m.end()) for m in _COMMA.finditer(body)]
    for cut_start, cut_end in sorted(cuts + [(a, -b) for a, b in commas]):
        comma = cut_end < 0
        cut_end = abs(cut_end)
        if cut_start < pos:
            continue
        piece = body[pos:cut_start]
        if _FIELDS_OF_POST.search(fold(piece)) and not body[cut_start:cut_end].startswith(";"):
            continue  # "Phó Chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng": one post
        if comma and (not _new_body_after_comma(piece, body[cut_end : cut_end + 60]) or _comma_in_name(body, cut_start)):
            continue
        if not comma and body[cut_start:cut_end].strip() == "và" and (_office_of_two(piece, body[cut_end:]) or and_in_name(body, cut_start)):
            continue
        parts.append((piece, offset + pos))
        pos = cut_end
    parts.append((body[pos:], offset + pos))
    return [(clean_body(p), s) for p, s in parts if clean_body(p)]


def _comma_in_name(body: str, comma: int) -> bool:
    """The comma stands inside a name that holds one (NAMES_WITH_COMMA): "Ban Thường vụ Đảng ủy Mặt
    trận Tổ quốc, các đoàn thể Trung ương" is one body."""
    folded = fold(body)
    for name in NAMES_WITH_COMMA:
        at = folded.find(name, max(0, comma - len(name)), comma + len(name))
        if at >= 0 and at < comma < at + len(name):
            return True
    return False


_OFFICE_HEAD = re.compile(r"(?:(?:phó\s+)?chánh\s+)?văn phòng(?![\wđ])")


def _office_of_two(before: str, after: str) -> bool:
    """"Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh": one office serving two councils."""
    # its head too: "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố"
    return _OFFICE_HEAD.match(fold(before)) is not None and "," not in before and fold(after).startswith(OFFICE_SHARED)


def _role_after(folded: str, pos: int) -> str:
    rest = folded[pos : pos + 60].lstrip(" ,:")
    rest = _ROLE_LEAD_IN.sub("", rest)
    m = _ROLE_RE.match(rest)
    return ROLE_VERBS[m.group(0)] if m else "implement"


# An assignment's sentence is kept to this many characters: a line of tasks with no sentence end
# gives each of its many assignments the rest of the line, and the record must stay linear in its
# input (tests/test_limits.py); the span still points to where the body is named.
TEXT_REACH = 500
TASK_REACH = 300


def _cut(text: str, reach: int) -> str:
    """``text``, or its first ``reach`` characters cut at a word."""
    if len(text) <= reach:
        return text
    cut = text.rfind(" ", 0, reach)
    return text[: cut if cut > 0 else reach]


def _task(pt: Text, pos: int) -> str | None:
    end = _sentence_end(pt.folded, pos, pt.text)
    return _cut(squash(pt.text[pos:end]).strip(" ,;:"), TASK_REACH) or None


def _own_names(doc: Doc) -> set[str]:
    """The issuer and the board it signs for ("T/M Ban Bí thư Trung ương Đoàn"): they give the
    tasks, so a sentence they open ("Ban Bí thư Trung ương Đoàn nhắc nhở ...") assigns them none."""
    rec = doc._.record
    names = set()
    if rec.get("issuer"):
        names.add(fold(rec["issuer"]["name"]))
    authority = (rec.get("signer") or {}).get("authority") or ""
    for part in authority.split(";"):
        board = re.sub(r"^\s*(?:t/m|k/t|t/l|tuq|q\.)\s*", "", fold(part)).strip()
        if board:
            names.add(board)
    return names


def _bare_request(pt: Text, pos: int) -> bool:
    """Whether a request names no one before its task: "Yêu cầu gửi lịch ...", "Đề nghị báo cáo
    kết quả ...": a lower-case word at ``pos`` that opens no body's name (a verb)."""
    word = re.match(r"[^\W\d_]+", pt.text[pos : pos + 30])
    return word is not None and word.group(0)[0].islower() and not _opens_body(pt, pos)


def _opens_body(pt: Text, pos: int) -> bool:
    """Whether a body's name starts at ``pos``, its words read across a line end: a web page
    wraps anywhere, even inside the name's first words ("Điều 3. Bộ" over "trưởng, Thủ trưởng ...")."""
    return starts_with_body(pt.text[pos : pos + 40].replace("\n", " "))


def _word_start(folded: str, pos: int) -> bool:
    # Checked in code: patterns that start with a look-behind make the regex engine crawl.
    return pos == 0 or not (folded[pos - 1].isalnum() or folded[pos - 1] == "_")


def _colon_before(folded: str, start: int, end: int) -> int:
    """A name ends at a colon: "Các ban, đơn vị Trung ương Đoàn: giới thiệu ..."."""
    colon = folded.find(":", start, end)
    return colon if colon >= 0 else end


# A line ending with a word that cannot end a sentence ("các Ban của", "Bộ Lao động - Thương")
# was wrapped at the page width: the sentence goes on; "trực thuộc" ends a name ("Các Đoàn trực thuộc").
_OPEN_END = re.compile(r"(?<![\wđ])(?:của|(?<!trực )thuộc|và|các|với|cho|tại|trên|về|những|để|ở|hoặc|cùng|ủy ban nhân)[ \t]*$")

_SPLIT_WORD = re.compile(r".*?(?<![\wđ])(?:thành|thị)[ \t]*\n(?:phố|xã|trấn)(?![\wđ])")  # "thành\nphố Hà Nội"


def _sentence_end(folded: str, pos: int, text: str | None = None) -> int:
    """The end of the sentence at ``pos``: a full stop, or a line end, except a line wrapped
    inside a list ("Ban Thường vụ các tỉnh, thành đoàn,\nđoàn trực thuộc"): a line that ends
    with a comma and a next line that starts with a lower-case word go on. No sentence runs past
    SENTENCE_REACH characters: a line with no end is cut there."""
    reach = min(len(folded), pos + SENTENCE_REACH)
    while True:
        m = _SENTENCE_END.search(folded, pos, reach)
        if not m:
            return reach
        at = m.start()
        nxt = folded[at + 1 : at + 2]
        if m.group(0) == "\n" and at > 0 and nxt.isalpha() and (folded[at - 1] == "," or _OPEN_END.search(folded, max(0, at - 12), at) or _SPLIT_WORD.match(folded, max(0, at - 6)) or _wrapped_at(folded, text, at) or _lone_head_at(text, at)):
            pos = at + 1
            continue
        return at


_LONE_HEADS = frozenset(fold(h) for h in BODY_HEADS)
_CLAUSE_MARKS = re.compile(r"[,:;]")


def _lone_head_at(text: str | None, at: int) -> bool:
    """Whether the line ending at ``at`` ends with a body's head standing alone after a colon or
    a comma ("6. Đề nghị: Hiệp hội" over "Doanh nghiệp tỉnh, ..."): its name goes on below."""
    if text is None or not text[at + 1 : at + 2].isupper():
        return False
    tail = text[max(0, at - 30) : at]
    mark = max((m.end() for m in _CLAUSE_MARKS.finditer(tail)), default=-1)
    if mark < 0:
        return False
    word = tail[mark:].strip(" \t*")
    return word[:1].isupper() and fold(word) in _LONE_HEADS


def _wrapped_at(folded: str, text: str | None, at: int) -> bool:
    """Whether the line end at ``at`` was put there by the page width (a web page or a PDF export
    wraps anywhere: "các đơn vị sự nghiệp công" over "lập trực thuộc ..."): the line ends with a
    letter, no punctuation, and the next opens with a word in lower case that is no item marker."""
    if not folded[at - 1].isalpha():
        return False
    return text is not None and text[at + 1 : at + 2].islower() and _ITEM_MARKER.match(folded, at + 1) is None


# A clause set off by commas between a body and its verb: "Sở Tài chính, trên cơ sở đề xuất của
# các cơ quan, đơn vị, chủ trì tổng hợp ...", "Sở Nội vụ, căn cứ chức năng, nhiệm vụ, tham mưu ...".
_ASIDE = re.compile(r"(?:trên\s+cơ\s+sở|căn\s+cứ|theo)\s[^.;:]{0,200},\s*")


_BRACKET_ASIDE = re.compile(r"\s*\([^()\n]{1,160}\)\s*$")
# "Tỉnh ủy nơi được xác định là trung tâm ... chủ trì": a clause of place runs from the name to
# the verb of its role (the name read may end before "nơi" or just after it).
_WHERE = re.compile(r"(?<![\wđ])(?:" + alternation(WHERE_CLAUSE_WORDS) + r")(?![\wđ])")
_WHERE_TO_ROLE = re.compile(r"[^.;:()\n]{1,140}?\s+(?=(?:chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm)(?![\wđ]))")


def _where_clause(folded: str, start: int, bend: int) -> int:
    """Where a name read from ``start`` to ``bend`` ends with the clause of place after it
    ("Tỉnh ủy | nơi được xác định là trung tâm ... | chủ trì"): at the verb of its role; ``bend``
    when no such clause follows."""
    where = _WHERE.search(folded, start, min(len(folded), bend + 5))
    if where is None or where.start() <= start:
        return bend
    m = _WHERE_TO_ROLE.match(folded, where.end())
    return m.end() if m else bend


def _subject_before(pt: Text, pos: int) -> tuple[str | None, int]:
    """The body a verb at ``pos`` has as its subject: from the sentence start, else the clause."""
    folded = pt.folded
    line_start = max(folded.rfind("\n", 0, pos) + 1, pos - SENTENCE_REACH)
    for _ in range(3):  # a line wrapped inside a list of bodies: "... và các tỉnh,\nthành đoàn chịu ..."
        prev = folded[max(0, line_start - 80) : max(0, line_start - 1)].rstrip(" \t")
        if line_start == 0 or not prev or not (prev.endswith(",") or _OPEN_END.search(prev, max(0, len(prev) - 12))):
            break
        line_start = folded.rfind("\n", 0, line_start - 1) + 1
    sentence = max(line_start, folded.rfind(". ", line_start, pos) + 2 if folded.rfind(". ", line_start, pos) >= 0 else line_start)
    clause = max(pos - SENTENCE_REACH, max(folded.rfind(ch, max(0, pos - SENTENCE_REACH), pos) for ch in ",;:.\n") + 1)
    for start in (sentence, clause):
        marker = _ITEM_MARKER.match(folded, start, pos)
        start = marker.end() if marker else start
        lead = _LEAD_IN.match(folded, start, pos)
        start = lead.end() if lead else start
        while start < pos and folded[start] in " \t":
            start += 1
        # "Ban Thường vụ ... các cấp (đối với những đơn vị không có ...) có trách nhiệm": a bracketed
        # aside between the name and its verb
        bracket = _BRACKET_ASIDE.search(folded, start, pos)
        end = body_end(folded, start, bracket.start() if bracket else pos, pt.text)
        # "Tỉnh ủy nơi được xác định là trung tâm ... chủ trì": a clause of place, part of the name
        if bracket and end == bracket.start() or _where_clause(folded, start, end) == pos:
            end = pos
        # "Sở Tài chính, trên cơ sở đề xuất của ..., chủ trì": the aside opens after a comma
        aside = folded[start:end].rstrip().endswith(",") and _ASIDE.fullmatch(folded, end, pos)
        if (end == pos or aside) and starts_with_body(pt.text[start:end]) and end - start < 160:
            body = clean_body(pt.text[start:end])
            if body:
                return body, start
    return None, pos


_FOR_ADDRESSEE = re.compile(r"(?<![\wđ])(?:để|gửi)\s+(?=\S)")
_LINKS = re.compile(r"\s*(?:biết\s*,\s*|biết\s+và\s+)?")


def _for_addressee(pt: Text, start: int, add) -> None:
    """A letter's closing hands its addressee the next step: "Ban Tuyên giáo Tỉnh ủy có ý kiến để
    Sở Nội vụ tổng hợp.", "... thông tin để Sở Nội vụ biết, tổng hợp.", "kính gửi Sở Nội vụ tổng
    hợp, tham mưu". The body is given the task when a verb of a task follows its name; "để Sở
    Nội vụ biết" alone only informs it."""
    folded = pt.folded
    if not _opens_body(pt, start):
        return
    send = _sentence_end(folded, start, pt.text)
    bend = body_end(folded, start, min(send, start + 200), pt.text)
    body = clean_body(pt.text[start:bend])
    after = _LINKS.match(folded, bend).end()
    if pt.text[start:bend].rstrip().endswith(","):
        return  # "Sở Nội vụ tông hợp, tham mưu": a word misread between the name and the verb
    if body and _TASK_VERB.match(folded, after):
        # "gửi các cơ quan liên quan xử lý": kinds of bodies with nothing named are no one
        add(body, _role_after(folded, after), start, send, _task(pt, after), partner=True)


_NOTICE_FOR = re.compile(r"(?<![\wđ])(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in NOTICE_FOR) + r")\s+")
# "thông báo <what> đến <whom> biết, ...": whom, after the last "đến" of the sentence before "biết".
_NOTICE = re.compile(r"(?<![\wđ])thông\s+báo\s")
_NOTICE_TO = re.compile(r"(?<![\wđ])(?:" + alternation(NOTICE_TO) + r")\s+")
_INFORMED_WORD = re.compile(r"\sbiết(?![\wđ])")
_BLANK_LINE = re.compile(r"\.|\n[ \t]*\n")


def _notices_to(folded: str, start: int, end: int) -> Iterator[int]:
    """Where the bodies of each "thông báo <what> đến <whom> biết, ..." start: after the last
    "đến" / "tới" before "biết" in its sentence (read within ``NAME_REACH`` of the two)."""
    for m in _NOTICE.finditer(folded, start, end):
        stop = _BLANK_LINE.search(folded, m.end(), min(end, m.end() + 2 * NAME_REACH))
        stop = stop.start() if stop else min(end, m.end() + 2 * NAME_REACH)
        informed = _INFORMED_WORD.search(folded, m.end(), stop)
        if informed is None:
            continue
        last = None
        for to in _NOTICE_TO.finditer(folded, max(m.end(), informed.start() - NAME_REACH), informed.start()):
            last = to
        if last is not None:
            yield last.end()
# On the text without tone marks, which scans misread ("biệt" for "biết").
_INFORMED = re.compile(r"[ \t\n,]+(?:" + alternation([strip_accents(w) for w in INFORMED_WORDS]) + r")\s*(?:,|va\s)\s*")
_LIST_STOP = re.compile(r"\.(?:\s|/|$)|\n[ \t]*\n")


def _notice_closing(pt: Text, start: int, add) -> None:
    """The bodies between "thông báo để" and "biết", given the task that follows ("thực hiện").
    The list runs over the lines it wraps on, to the sentence's full stop."""
    stop = _LIST_STOP.search(pt.folded, start, min(len(pt.folded), start + NAME_REACH))
    end = stop.start() if stop else min(len(pt.folded), start + NAME_REACH)
    plain = strip_accents(pt.folded[start:end])
    informed = _INFORMED.search(plain) if len(plain) == end - start else None
    if informed is None or not _TASK_VERB.match(pt.folded, start + informed.end()):
        return  # "thông báo để các đơn vị biết": informed only
    names = pt.text[start : start + informed.start()]
    if not any(starts_with_body(part[:1].upper() + part[1:]) for part in (p.strip() for p in names.split(";")) if part):
        return
    role, task = _role_after(pt.folded, start + informed.end()), _task(pt, start + informed.end())
    parts = _split_bodies(names, start, pt)
    if len(parts) == 1 and _KINDS_CONCERNED.fullmatch(fold(parts[0][0])):
        # "thông báo để các cơ quan, đơn vị liên quan biết, thực hiện": the bodies concerned, the
        # only ones named, are those asked (beside a named body they only round off the list)
        add(parts[0][0], role, parts[0][1], end, task, whole=True, asked=True)
        return
    for name, bstart in parts:
        # A kind of bodies in small letters names no one ("các bộ", "các cơ quan liên quan"); one
        # that names its own ("các đảng bộ trực thuộc Tỉnh ủy") or a capitalised kind is kept.
        if any(w[:1].isupper() for w in name.split()[1:]) or name[:1].isupper() and starts_with_body(name):
            # "thông báo để các Bộ, cơ quan liên quan biết, thực hiện": asked by name, kept
            add(name, role, bstart, end, task, partner=True, whole=True, asked=True)


NAME_REACH = 300  # characters: longer than any body's name


# A news lead announcing a document and what it asks in one sentence: "Thủ tướng Chính phủ vừa ký
# Công điện số 12/CĐ-TTg ngày 16/8 yêu cầu các Bộ ...".
_ANNOUNCED = re.compile(
    r"(?<![\wđ])(?:" + alternation((*ANNOUNCE_VERBS, *NUMBERED_ANNOUNCE_VERBS)) + r")\s+(" + TYPE_NAME_ALT + r")(?![\wđ])"
)


def _announced_request(sentence: str, doc_type: str | None, symbol: str | None) -> bool:
    """Whether the request after ``sentence`` is made by the document the sentence announces ("...
    vừa ký Công điện số ... yêu cầu"), the record's own when it is of the record's type and, when
    the record has a symbol, the sentence names it; a report telling of another body's plan ("UBND
    tỉnh đã ban hành Kế hoạch ... yêu cầu"), or a plan citing an earlier plan, is not."""
    folded = fold(sentence)
    m = _ANNOUNCED.search(folded)
    if m is None or doc_type is None or CODE_OF_NAME.get(m.group(1)) != doc_type:
        return False
    return not symbol or "".join(fold(symbol).split()) in "".join(folded[m.end() :].split())


def _another_speaks(text: str, pos: int, own: set[str]) -> bool:
    """Whether the "giao", "phân công" or "đề nghị" at ``pos`` is said by a body that opened the
    sentence and did something else first: a procedure the text describes ("Ban Thường vụ Đảng
    ủy xét, đề nghị Ban Thường vụ Thành ủy tặng ...", "Ban Tổ chức Thành ủy tham mưu trình
    Thường trực Thành ủy phân công các đồng chí ..."), not a task this document gives. A body
    that only speaks ("Ban Bí thư Trung ương Đoàn đề nghị", "UBND tỉnh trân trọng đề nghị") is the
    issuer asking."""
    if text[max(0, pos - 3) : pos].rstrip().endswith(";"):
        return False  # "Sở Nội vụ chủ trì ...; yêu cầu Thủ trưởng các sở ...": a clause of the issuer's own
    sentence, clause = _text_before(text, pos)
    # "Sau mỗi đợt, Ban Tổ chức Thành ủy tham mưu trình ... phân công ...": the clause after an
    # opening phrase is read the same way.
    if clause != sentence and _speaks_first(text, pos, clause, own, act=True):
        return True
    return _speaks_first(text, pos, sentence, own)


_TENSE = ("đã ", "sẽ ", "cũng ", "vừa ")


def _speaks_first(text: str, pos: int, sentence: str, own: set[str], act: bool = False) -> bool:
    """Whether ``sentence`` (what stands before ``pos``) opens with a body that does something
    else before the request at ``pos``; with ``act``, only a verb after its name counts as that
    (not the name of a person holding the post, nor "đã": "Thủ tướng Chính phủ Phạm Minh Chính
    đã yêu cầu ..." only asks)."""
    # A name is short: its opening is enough to read it, and a long line with a request at every
    # turn must not be folded whole at each of them (that was quadratic).
    opening = sentence[:NAME_REACH]
    folded = fold(opening)
    if not starts_with_body(opening) or (len(sentence) <= NAME_REACH and folded in own):
        return False
    bend = body_end(folded, 0, len(folded), opening)
    rest = folded[bend:].strip(" ,") or sentence[NAME_REACH:].strip(" ,")
    for word in _COURTESY:
        if rest.startswith(word):
            rest = rest[len(word) :].strip(" ,")
    if act and (not sentence[bend:].strip(" ,")[:1].islower() or rest.startswith(_TENSE) or rest in ("đã", "sẽ", "cũng", "vừa")):
        return False
    # "Ban Thường vụ Đảng ủy xét, đề nghị ...": a clause of its own before the request
    return (bool(rest) or text[:pos].rstrip().endswith(",")) and folded[:bend].strip(" ,") not in own


def _wrapped_clause(text: str, pos: int) -> str:
    """The clause before ``pos`` read across the line end a web page put inside it ("..., Sở" over
    "Giáo dục và Đào tạo đề nghị ..."): from the previous line when that one ends no sentence."""
    line_start = text.rfind("\n", 0, pos) + 1
    if line_start < 2 or text[line_start - 2] in ".;:!?\n" or pos - line_start > NAME_REACH:
        # no wrapped name: the line's end before pos, no longer than a name (a line of thousands
        # of requests would otherwise fold its whole length at each one)
        return text[max(line_start, pos - NAME_REACH) : pos].strip(" ,")
    previous = text.rfind("\n", 0, line_start - 1) + 1
    joined = text[max(previous, line_start - NAME_REACH) : pos].replace("\n", " ")
    clause = joined[max(joined.rfind(ch) for ch in ",;:") + 1 :]
    dot = clause.rfind(". ")
    return clause[dot + 2 :].strip(" ,") if dot >= 0 else clause.strip(" ,")


# A request in a series of actions ("Hướng dẫn ...; phối hợp với các ngành kiểm tra, đề nghị các
# doanh nghiệp thực hiện ..."): the clause before its comma ends in an action, so the request is one
# more act of whoever carries out the task, not the document's. A clause that opens the sentence
# (purpose, condition, grounds: "Để thực hiện, đề nghị ...") is no such series.
_ACTION_AT_END = re.compile(r"(?<![\wđ])(?:" + alternation({fold(a) for a in ACTION_WORDS}) + r")$")
_OPENING_CLAUSE = re.compile(
    r"(?:để|nhằm|nếu|trường hợp|trong|khi|sau khi|trước khi|căn cứ|trên cơ sở|thực hiện|theo|qua|đối với|với)(?![\wđ])"
)


def _request_in_actions(sentence: str) -> bool:
    folded = fold(sentence).strip(" ,;")
    return bool(folded) and not _OPENING_CLAUSE.match(folded) and _ACTION_AT_END.search(folded) is not None


def _text_before(text: str, pos: int) -> tuple[str, str]:
    """What stands before ``pos`` in its sentence, and in its clause (after the last comma); of a
    sentence longer than SENTENCE_REACH, its end."""
    line_start = max(text.rfind("\n", 0, pos) + 1, pos - SENTENCE_REACH)
    dot = text.rfind(". ", line_start, pos)
    sentence = text[(dot + 2 if dot >= 0 else line_start) : pos]
    marker = _ITEM_MARKER.match(sentence)
    sentence = sentence[marker.end() :] if marker else sentence
    clause = sentence[max(sentence.rfind(ch) for ch in ",;:") + 1 :]
    return sentence.strip(" ,"), clause.strip(" ,")
