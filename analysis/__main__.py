"""``python -m analysis``: see analysis.cli. Ctrl-C at any moment ends quietly with status 130."""

import sys

try:
    from analysis.cli import main

    status = main()
except KeyboardInterrupt:
    print("analysis: interrupted", file=sys.stderr)
    status = 130
raise SystemExit(status)
