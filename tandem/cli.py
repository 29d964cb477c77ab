"""`tandem`: run the stack, evaluate it, and look after the knowledge base from the command line."""
from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path

from tandem.settings import get_settings


def cmd_run(args: argparse.Namespace) -> int:
    from tandem.processes import StartupError
    from tandem.rasa_model import TrainingError
    from tandem.stack import Stack

    settings = get_settings()
    if args.kb:
        settings = settings.model_copy(update={"kb_dir": Path(args.kb).resolve()})
    stack = Stack(settings)
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        stack.start()
    except (StartupError, TrainingError) as exc:
        print(f"tandem: {exc}", file=sys.stderr)
        return 1
    s = stack.settings
    print(f"""
Tandem is running.
  Web chat:         http://{s.host}:{s.api_port}/
  API docs:         http://{s.host}:{s.api_port}/docs
  Rasa REST:        {s.rasa_url}/webhooks/rest/webhook
  Knowledge base:   {s.kb_dir}
  Logs:             {s.data_dir / 'logs'}
Press Ctrl-C to stop.""", flush=True)
    try:
        while True:
            dead = stack.group.dead()
            if dead:
                print(f"tandem: {dead[0].name} stopped unexpectedly:\n{dead[0].log_tail()}", file=sys.stderr)
                return 1
            time.sleep(1)
    except KeyboardInterrupt:
        print("\nstopping…")
        return 0
    finally:
        stack.stop()


def cmd_kb_sync(args: argparse.Namespace) -> int:
    from knowledge.documents import KnowledgeBaseError
    from knowledge.factory import open_store
    from knowledge.sync import sync_folder

    settings = get_settings()
    folder = Path(args.folder or settings.kb_dir)
    try:
        report = sync_folder(open_store(settings), folder)
    except KnowledgeBaseError as exc:
        print(f"tandem: {exc}", file=sys.stderr)
        return 2
    print(f"knowledge base {folder}: {report.summary()}")
    for path, reason in report.failed:
        print(f"  failed: {path}: {reason}")
    return 0


def cmd_kb_search(args: argparse.Namespace) -> int:
    from knowledge.factory import build_answerer
    from knowledge.language import detect_language

    answerer = build_answerer(get_settings())
    lang = detect_language(args.question)
    answer = answerer.answer(args.question, lang)
    for hit in answer.passages:
        print(f"{hit.score:.3f}  {hit.chunk.doc_id}  › {hit.chunk.section}")
    print("\n" + answer.text)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from tandem.evaluation.runner import run_eval

    return run_eval(Path(args.set_dir), Path(args.out), limit=args.limit)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tandem", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="start Rasa, the action server and the API; load the knowledge base")
    run.add_argument("--kb", help="knowledge-base folder (default: TANDEM_KB_DIR or sample_kb/)")
    run.set_defaults(func=cmd_run)
    ev = sub.add_parser("eval", help="play an evaluation set through the real stack and print the metrics")
    ev.add_argument("set_dir")
    ev.add_argument("--out", required=True, help="results file (JSON lines)")
    ev.add_argument("--limit", type=int, default=None, help="play only the first N cases")
    ev.set_defaults(func=cmd_eval)
    kb = sub.add_parser("kb", help="knowledge-base commands").add_subparsers(dest="kb_command", required=True)
    sync = kb.add_parser("sync", help="add new, re-embed changed and remove deleted documents")
    sync.add_argument("folder", nargs="?")
    sync.set_defaults(func=cmd_kb_sync)
    search = kb.add_parser("search", help="show retrieved passages and the answer the bot would give")
    search.add_argument("question")
    search.set_defaults(func=cmd_kb_search)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
