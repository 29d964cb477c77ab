"""A reader that never finishes (or dies at once on b"die"), for the child-process limits in test_kb_untrusted_files."""
import os
import signal
import time


def parse(raw: bytes, name: str):
    if raw == b"die":
        os.kill(os.getpid(), signal.SIGKILL)
    while True:
        time.sleep(0.1)
