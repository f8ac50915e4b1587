"""``python -m analysis``: see analysis.cli. Ctrl-C at any moment ends quietly with status 130."""

import atexit
import contextlib
import os
import signal
import sys

try:
    from analysis.cli import main

    status = main()
except KeyboardInterrupt:
    print("analysis: interrupted", file=sys.stderr)
    status = 130
# The work is done: a Ctrl-C from here on changes nothing, and must not print a traceback.
signal.signal(signal.SIGINT, signal.SIG_IGN)
# Leave without tearing the interpreter down. The models and word lists are about a million
# objects; freeing them one by one takes Python 0.2 s, and the operating system takes the memory
# back at once. What a normal exit does that matters still happens, in the same order: the exit
# handlers run (worker pools, temporary folders, logging), then both streams are flushed.
atexit._run_exitfuncs()
for stream in (sys.stdout, sys.stderr):
    with contextlib.suppress(OSError, ValueError):  # a reader that went away, a closed stream
        stream.flush()
os._exit(status)
