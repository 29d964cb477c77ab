"""`tandem`: run the stack, evaluate it, and look after the knowledge base from the command line."""
from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from pathlib import Path

from tandem.kb_cli import add_kb_commands
from tandem.settings import get_settings


def cmd_run(args: argparse.Namespace) -> int:
    from tandem.processes import StartupError
    from tandem.rasa_model import TrainingError
    from tandem.stack import Stack

    settings = get_settings()
    if args.kb:
        settings = settings.model_copy(update={"kb_dir": Path(args.kb).resolve()})
    if args.scale:
        from tandem.scale import ScaledStack

        stack: Stack = ScaledStack(settings, instances=args.scale)
    else:
        stack = Stack(settings)
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGHUP, _interrupt)
    try:
        stack.start()
    except (StartupError, TrainingError) as exc:
        print(f"tandem: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        _ignore_further_signals()
        stack.stop()
        return 130
    from privacy.retention import RetentionScheduler

    retention = RetentionScheduler(stack.settings).start()
    from insights.scheduler import InsightsScheduler

    insights = InsightsScheduler(stack.settings).start()
    s = stack.settings
    if args.scale:
        _print_scaled(stack)
    else:
        print(f"""
Tandem is running.
  Web chat:         http://{s.host}:{s.api_port}/
  Agent inbox:      http://{s.host}:{s.api_port}/inbox   (first agent: .venv/bin/tandem users create-admin NAME)
  Insights:         http://{s.host}:{s.api_port}/insights
  API docs:         http://{s.host}:{s.api_port}/docs
  Rasa REST:        {s.rasa_url}/webhooks/rest/webhook
  Knowledge base:   {s.kb_dir}
  Logs:             {s.data_dir / 'logs'}
Press Ctrl-C to stop.""", flush=True)
    try:
        while True:   # the supervisor's threads restart a crashed or hung process and print what they did
            time.sleep(1)
    except KeyboardInterrupt:
        print("\nstopping…")
        return 0
    finally:
        _ignore_further_signals()
        retention.stop()
        insights.stop()
        stack.stop()


def _print_scaled(stack) -> None:  # noqa: ANN001 (a tandem.scale.ScaledStack)
    s, p = stack.settings, stack.ports
    rasa = ", ".join(str(port) for port in p.rasa)
    print(f"""
Tandem is running: {stack.instances} Rasa + {stack.instances} action servers behind nginx.
  Entry point:      {stack.entry_url}/   (web chat; /inbox, /docs; /webhooks/… go to Rasa)
  Rasa REST:        {stack.entry_url}/webhooks/rest/webhook   (instances on ports {rasa})
  PostgreSQL:       {s.host}:{p.postgres} (databases tandem, rasa)   Redis: {s.host}:{p.redis}   Chroma: {s.chroma_url}
  Data and logs:    {stack.scale_dir}, {s.data_dir / 'logs'}
Press Ctrl-C to stop.""", flush=True)


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


def _ignore_further_signals() -> None:
    """A second Ctrl-C or SIGTERM (e.g. from `timeout` and a process manager at once) must not cut the
    shutdown short and leave children running."""
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, signal.SIG_IGN)


def cmd_eval(args: argparse.Namespace) -> int:
    from tandem.evaluation.runner import run_eval

    return run_eval(Path(args.set_dir), Path(args.out), limit=args.limit, trace=args.trace,
                    llm_stand_in=args.llm_stand_in)


def read_password(prompt: str = "Password: ") -> str:
    """From a prompt (asked twice) when typing, else the first line of stdin, so scripts can pipe it in
    without the password showing up in the process list or shell history."""
    if sys.stdin.isatty():
        import getpass

        first = getpass.getpass(prompt)
        if getpass.getpass("Repeat: ") != first:
            raise ValueError("the passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def cmd_users_add(args: argparse.Namespace) -> int:
    from inbox.auth import AuthError, create_user
    from database.engine import session_factory

    try:
        password = read_password()
        with session_factory(get_settings().database)() as session:
            user = create_user(session, args.name, password, args.role, args.display_name or "")
    except (AuthError, ValueError) as exc:
        print(f"tandem: {exc}", file=sys.stderr)
        return 2
    print(f"created {user.role} {user.name!r}")
    return 0


def cmd_users_list(_args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from database.engine import session_factory
    from inbox.models import User

    with session_factory(get_settings().database)() as session:
        for user in session.scalars(select(User).order_by(User.name)):
            print(f"{user.name:24} {user.role:6} {'active' if user.active else 'inactive':8} {user.display_name}")
    return 0


def add_users_commands(sub: argparse._SubParsersAction) -> None:
    from inbox.models import ROLES

    users = sub.add_parser("users", help="people who sign in to the agent inbox").add_subparsers(
        dest="users_command", required=True)
    admin = users.add_parser("create-admin", help="create an admin (the first user); password from a prompt or stdin")
    admin.add_argument("name")
    admin.add_argument("--display-name", help="name shown to followers in canned replies")
    admin.set_defaults(func=cmd_users_add, role="admin")
    add = users.add_parser("add", help="create a user; password from a prompt or stdin")
    add.add_argument("name")
    add.add_argument("--role", choices=ROLES, default="agent")
    add.add_argument("--display-name", help="name shown to followers in canned replies")
    add.set_defaults(func=cmd_users_add)
    listing = users.add_parser("list", help="list users and roles")
    listing.set_defaults(func=cmd_users_list)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tandem", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="start Rasa, the action server and the API; load the knowledge base")
    run.add_argument("--kb", help="knowledge-base folder (default: TANDEM_KB_DIR or sample_kb/)")
    run.add_argument("--scale", type=int, default=0, metavar="N",
                     help="the production layout: N Rasa + N action servers behind nginx, on PostgreSQL, Redis and "
                          "a Chroma server (Debian packages; see README)")
    run.set_defaults(func=cmd_run)
    ev = sub.add_parser("eval", help="play an evaluation set through the real stack and print the metrics")
    ev.add_argument("set_dir")
    ev.add_argument("--out", required=True, help="results file (JSON lines)")
    ev.add_argument("--limit", type=int, default=None, help="play only the first N cases")
    ev.add_argument("--trace", action="store_true",
                    help="record every pipeline stage's decision and timing per turn in the results ('trace')")
    ev.add_argument("--llm-stand-in", action="store_true",
                    help="point the LLM path at a local recording stand-in and report context recall: the share "
                         "of answer cases whose expected facts were in the passages sent to the model")
    ev.set_defaults(func=cmd_eval)
    add_kb_commands(sub)
    add_users_commands(sub)
    from privacy.cli import add_privacy_commands

    add_privacy_commands(sub)
    from tandem.db_cli import add_db_commands

    add_db_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code = args.func(args)
        sys.stdout.flush()      # inside the try: a closed pipe shows here, not in Python's exit-time flush
        return code
    except BrokenPipeError:
        # The reader went away (`tandem kb log | head`): not an error worth a traceback. Point stdout at
        # /dev/null so Python's final flush does not raise again (the recipe in Python's signal docs).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
