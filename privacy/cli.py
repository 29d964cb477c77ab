"""`tandem privacy export|delete|purge`: a follower's data out, erased, and old conversations purged."""
from __future__ import annotations

import argparse
import json
import sys


def _settings():
    from tandem.settings import get_settings

    return get_settings()


def cmd_export(args: argparse.Namespace) -> int:
    from privacy.gdpr import export

    data = json.dumps(export(_settings(), args.sender), ensure_ascii=False, indent=2, default=str)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(data + "\n")
        print(f"exported {args.sender!r} to {args.out}")
    else:
        print(data)
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from privacy.gdpr import delete

    if not args.yes and sys.stdin.isatty():
        if input(f"Delete everything about {args.sender!r}? Type the sender id to confirm: ").strip() != args.sender:
            print("tandem: not confirmed, nothing deleted", file=sys.stderr)
            return 2
    result = delete(_settings(), args.sender)
    for store, counts in result.removed.items():
        print(f"{store}: " + (", ".join(f"{t} {n}" for t, n in counts.items()) or "nothing"))
    if not result.complete:
        print(f"tandem: traces remain: {result.remaining}", file=sys.stderr)
    else:
        print("searched the databases and the log files afterwards (sender id and the follower's messages): "
              "nothing left")
    print("not searched (erase there by hand if it applies):")
    for place in result.not_searched:
        print(f"  - {place}")
    return 0 if result.complete else 1


def cmd_purge(args: argparse.Namespace) -> int:
    from privacy.retention import purge

    try:
        result = purge(_settings(), args.older_than)
    except ValueError as exc:
        print(f"tandem: {exc}", file=sys.stderr)
        return 2
    print(result.summary())
    return 1 if result.incomplete else 0


def add_privacy_commands(sub: argparse._SubParsersAction) -> None:
    from privacy.settings import get_privacy_settings

    privacy = sub.add_parser("privacy", help="a follower's data: export, delete; purge old conversations").add_subparsers(
        dest="privacy_command", required=True)
    ex = privacy.add_parser("export", help="everything Tandem keeps about a sender, as JSON")
    ex.add_argument("sender")
    ex.add_argument("--out", help="write to this file instead of standard output")
    ex.set_defaults(func=cmd_export)
    de = privacy.add_parser("delete", help="delete everything about a sender in every store, then search for it")
    de.add_argument("sender")
    de.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    de.set_defaults(func=cmd_delete)
    pu = privacy.add_parser("purge", help="delete conversations whose last activity is older than DAYS")
    pu.add_argument("--older-than", type=int, metavar="DAYS", default=get_privacy_settings().retention_days,
                    help="days (default: TANDEM_RETENTION_DAYS, %(default)s)")
    pu.set_defaults(func=cmd_purge)
