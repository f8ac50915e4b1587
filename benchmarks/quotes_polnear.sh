#!/usr/bin/env bash
# Score `python -m analysis quotes` on an annotated PolNeAR split with its own scoring script.
#   bash benchmarks/quotes_polnear.sh ../shared/benchmarks/quotes/polnear-dev
set -euo pipefail
split=${1:?usage: quotes_polnear.sh SPLIT_DIR (with text/ and attributions/, next to polnear_eval.py)}
python=${PYTHON:-.venv/bin/python}
exec "$python" "$(dirname "$split")/polnear_eval.py" "$split" --system "$python -m analysis quotes --format jsonl"
