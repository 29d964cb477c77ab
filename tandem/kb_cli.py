"""The ``tandem kb`` commands: sync, add, rm, list, show, search, log, gaps.

``tandem/cli.py`` only wires them in (``add_kb_commands``); everything they do goes through
``knowledge.admin.KnowledgeBase``, the same code the staff API uses. Changes are recorded with the
operating-system user as the actor.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import textwrap
from pathlib import Path

from tandem.settings import get_settings


def _kb(args: argparse.Namespace):
    from knowledge.admin import KnowledgeBase

    settings = get_settings()
    kb_dir = Path(getattr(args, "kb", None) or settings.kb_dir)
    return KnowledgeBase(settings, kb_dir=kb_dir)


def _fail(message: str, code: int = 2) -> int:
    print(f"tandem: {message}", file=sys.stderr)
    return code


def _progress():
    """A progress bar on stderr (only on a terminal) for each stage of a sync: reading the files, then indexing."""
    from tqdm import tqdm

    def wrap(items):
        items = list(items)
        desc = "reading" if items and isinstance(items[0], Path) else "indexing"
        return tqdm(items, desc=desc, unit="file" if desc == "reading" else "doc", disable=None, leave=False,
                    file=sys.stderr)

    return wrap


def cmd_sync(args: argparse.Namespace) -> int:
    from knowledge.admin import Actor
    from knowledge.documents import KnowledgeBaseError

    kb = _kb(args)
    folder = Path(args.folder) if args.folder else kb.kb_dir
    try:
        report = kb.sync(Actor.cli(), folder, progress=_progress())
    except KnowledgeBaseError as exc:
        return _fail(str(exc))
    print(f"knowledge base {folder}: {report.summary()} ({report.chunks} sections indexed)")
    for label, ids in (("added", report.added), ("updated", report.updated), ("removed", report.removed)):
        for doc_id in ids:
            print(f"  {label}: {doc_id}")
    if args.verbose:
        for doc_id in report.unchanged:
            print(f"  unchanged: {doc_id}")
    for path, reason in report.failed:
        print(f"  failed: {path}: {reason}")
    if report.failed:
        n = len(report.failed)
        print(f"tandem: {n} file{'s' if n != 1 else ''} could not be indexed (listed above)", file=sys.stderr)
        return 1
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from knowledge.admin import Actor, InvalidName, NotFound, StoreFailed
    from knowledge.documents import DocumentError

    kb = _kb(args)
    try:
        result = kb.add_file(Actor.cli(), Path(args.file), args.id)
    except (InvalidName, NotFound) as exc:
        return _fail(str(exc))
    except DocumentError as exc:
        return _fail(f"{args.file}: {exc} (nothing changed)", 1)
    except StoreFailed as exc:
        return _fail(f"{exc} (nothing changed)", 1)
    print(f"{result.action}: {result.id} ({result.title!r}, {result.chunks} sections) → {result.path}")
    return 0


def cmd_rm(args: argparse.Namespace) -> int:
    from knowledge.admin import Actor, InvalidName, NotFound

    kb = _kb(args)
    try:
        kb.remove(Actor.cli(), args.id)
    except (InvalidName, NotFound) as exc:
        return _fail(str(exc), 1)
    print(f"removed: {args.id}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    docs = _kb(args).documents()
    if not docs:
        print("the knowledge base is empty")
        return 0
    width = min(max(len(d.stored.id) for d in docs), 48)
    print(f"{'id':{width}}  {'lang':4}  {'sections':>8}  {'changed':16}  title")
    for info in docs:
        s = info.stored
        changed = info.last_change.at.astimezone().strftime("%Y-%m-%d %H:%M") if info.last_change else "-"
        flag = "  (interrupted update: run sync)" if s.versions > 1 else ""
        print(f"{s.id:{width}}  {(s.language or '-'):4}  {s.chunks:>8}  {changed:16}  {s.title}{flag}")
    print(f"\n{len(docs)} documents, {sum(d.stored.chunks for d in docs)} sections")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from knowledge.admin import InvalidName, NotFound

    try:
        detail = _kb(args).show(args.id)
    except (InvalidName, NotFound) as exc:
        return _fail(str(exc), 1)
    s = detail.info.stored
    print(f"{s.id}: {s.title}")
    for label, value in (("file", detail.info.file), ("url", s.url), ("language", s.language),
                         ("tags", ", ".join(s.tags)), ("hash", s.content_hash),
                         ("sections", f"{s.chunks} ({s.units} quotable units)")):
        if value:
            print(f"  {label:9} {value}")
    if detail.info.last_change:
        c = detail.info.last_change
        print(f"  {'changed':9} {c.at.astimezone():%Y-%m-%d %H:%M} by {c.actor} ({c.via}, {c.action})")
    width = shutil.get_terminal_size((100, 20)).columns
    for chunk in detail.chunks:
        path = " › ".join(chunk.heading_path) or "(no heading)"
        print(f"\n[{chunk.id}] {path}  chars {chunk.start}–{chunk.end}")
        text = chunk.text if args.full else textwrap.shorten(" ".join(chunk.text.split()), width=max(width - 4, 40) * 2)
        print(textwrap.indent(textwrap.fill(text, width=max(width - 4, 40)) if not args.full else text, "    "))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from pipeline.ask import ask, staff_pipeline
    from pipeline.core import format_trace

    kb = _kb(args)
    state = ask(kb, args.question, args.lang)
    answer, reply = state.answer, state.reply
    decide = staff_pipeline(kb).stage("decide")
    print(f"question language: {state.lang}; answers from probability {decide.threshold:.2f}")
    passages = answer.passages if answer is not None else []
    if answer is not None and not passages:
        print("no passages found")
    for hit in passages:
        path = " › ".join(hit.chunk.heading_path) or hit.chunk.title
        print(f"{hit.score:6.3f}  {hit.chunk.doc_id}  › {path}")
        if args.verbose:
            print(textwrap.indent(textwrap.shorten(" ".join(hit.chunk.text.split()), 300), "          "))
    if reply.kind == "handover":
        verdict = f"hand over ({reply.detection.explanation})"
    elif answer is not None and reply.kind == "decline":
        verdict = f"decline ({answer.reason or 'low score'})"
    else:
        verdict = reply.kind
    score = f" (score {answer.score:.3f})" if answer is not None else ""
    print(f"\nthe bot would {verdict}{score}:\n")
    print("\n".join(reply.messages))
    if args.trace:
        print("\n" + format_trace(state.trace))
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    from knowledge import audit

    changes = audit.changes(get_settings().database, limit=args.limit, doc_id=args.id)
    if not changes:
        print("no changes recorded")
    for c in changes:
        print(f"{c.at.astimezone():%Y-%m-%d %H:%M:%S}  {c.action:8} {c.doc_id:40} {c.actor} ({c.via})  "
              f"{c.content_hash[:12]}  {c.detail}")
    return 0


def cmd_gaps(args: argparse.Namespace) -> int:
    from knowledge.gaps import gap_report

    report = gap_report(get_settings().database, days=args.days, limit=args.limit)
    if not report.total:
        print(f"no content gaps in the last {args.days} days")
        return 0
    print(f"{report.total} questions declined or answered with low confidence in the last {args.days} days, "
          f"{len(report.groups)} groups shown\n")
    top = max(g.count for g in report.groups)
    for n, group in enumerate(report.groups, start=1):
        bar = "█" * max(1, round(20 * group.count / top))
        langs = ", ".join(f"{k} {v}" for k, v in sorted(group.languages.items()))
        print(f"{n:3}. {group.count:4}× {bar:20}  {group.label}")
        print(f"          last {group.last_seen.astimezone():%Y-%m-%d %H:%M}; {langs}")
        for example in group.examples[1:] if group.examples and group.examples[0].question == group.label \
                else group.examples:
            print(f"          · {example.question}")
    peak = max(c for _, c in report.daily) or 1
    print("\nper day:")
    for day, count in report.daily[-14:]:
        print(f"  {day}  {'▇' * max(0, round(30 * count / peak)):30} {count}")
    return 0


def add_kb_commands(sub: argparse._SubParsersAction) -> None:
    kb = sub.add_parser("kb", help="knowledge-base commands").add_subparsers(dest="kb_command", required=True)

    def command(name: str, func, help_text: str, folder_option: bool = True) -> argparse.ArgumentParser:
        parser = kb.add_parser(name, help=help_text, description=help_text)
        if folder_option:
            parser.add_argument("--kb", metavar="FOLDER", help="knowledge-base folder (default: TANDEM_KB_DIR)")
        parser.set_defaults(func=func)
        return parser

    sync = command("sync", cmd_sync, "add new, re-embed changed and remove deleted documents", folder_option=False)
    sync.add_argument("folder", nargs="?", help="knowledge-base folder (default: TANDEM_KB_DIR)")
    sync.add_argument("-v", "--verbose", action="store_true", help="also list unchanged documents")
    add = command("add", cmd_add, "copy a file into the knowledge-base folder and index it")
    add.add_argument("file")
    add.add_argument("--id", help="document id (default: path in the folder / file name without extension)")
    rm = command("rm", cmd_rm, "remove a document from the store and its file from the folder")
    rm.add_argument("id")
    command("list", cmd_list, "list stored documents")
    show = command("show", cmd_show, "a document's metadata and sections with their heading paths")
    show.add_argument("id")
    show.add_argument("--full", action="store_true", help="print each section's whole text")
    search = command("search", cmd_search, "retrieved passages with scores and the answer the bot would give")
    search.add_argument("question")
    search.add_argument("--lang", choices=("de", "en"), help="answer language (default: detected)")
    search.add_argument("-v", "--verbose", action="store_true", help="show each passage's text")
    search.add_argument("--trace", action="store_true", help="print every pipeline stage's decision and timing")
    log = command("log", cmd_log, "recorded changes (who, what, when, content hash), newest first", False)
    log.add_argument("--id", help="only this document")
    log.add_argument("--limit", type=int, default=50)
    gaps = command("gaps", cmd_gaps, "questions the bot could not answer well, grouped, with counts", False)
    gaps.add_argument("--days", type=int, default=30)
    gaps.add_argument("--limit", type=int, default=20)
