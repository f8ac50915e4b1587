# One command regenerates every figure, one runs every test; both set up what they need.
#   make figures   - create .venv (pinned by constraints.txt) and write figures/
#   make test      - create .venv and run the unit tests and every notebook (nbval)
#   make lab       - JupyterLab in its own environment (.venv-lab), offline, rooted at the project, notebooks/ open
#   make notebooks - re-run every notebook and save its outputs (after a change in results)
#   make report ARTICLE=story.txt - run the five notebooks on any article into reports/<article>/
#   make train     - rebuild the shipped models (attribution: PolNeAR train; entities: GUM) from $(SHARED)
#   make corpus-example - rebuild examples/polnear/ (per-article aggregates of the 924 PolNeAR articles) from $(SHARED)
PYTHON ?= python3
SHARED ?= ../shared
VENV   := .venv
BIN    := $(VENV)/bin
LAB    := .venv-lab
PIP_INSTALL = pip install --quiet --disable-pip-version-check -c constraints.txt

.PHONY: figures test check notebooks lab bench lint lock clean train report corpus-example

$(BIN)/.ready: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/$(PIP_INSTALL) -e '.[test]'
	touch $@

figures: $(BIN)/.ready
	$(BIN)/python -m analysis figures

test: $(BIN)/.ready
	$(BIN)/python -m pytest

check: $(BIN)/.ready
	$(BIN)/python -m analysis figures --check

notebooks: $(BIN)/.ready
	$(BIN)/python tools/run_notebooks.py

train: $(BIN)/.ready
	$(BIN)/$(PIP_INSTALL) -e '.[test,train]'
	$(BIN)/python tools/build_gazetteer.py
	$(BIN)/python tools/build_companies.py
	$(BIN)/python tools/train_attribution.py $(SHARED)/benchmarks/quotes/polnear-train
	$(BIN)/python tools/train_entities.py $(SHARED)/data/gum

corpus-example: $(BIN)/.ready
	$(BIN)/python tools/corpus_example.py $(SHARED)/benchmarks/quotes

report: $(BIN)/.ready
	@test -n "$(ARTICLE)" || { echo "usage: make report ARTICLE=path/to/story.txt" >&2; exit 2; }
	$(BIN)/$(PIP_INSTALL) -e '.[test,report]'
	$(BIN)/python tools/report.py "$(ARTICLE)"

$(LAB)/bin/.ready: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(LAB)
	$(LAB)/bin/$(PIP_INSTALL) -e '.[test,lab]'
	touch $@

lab: $(LAB)/bin/.ready
	JUPYTER_CONFIG_DIR=$(CURDIR)/.jupyter $(LAB)/bin/jupyter lab

bench: $(BIN)/.ready
	$(BIN)/$(PIP_INSTALL) -e '.[test,bench]'
	$(BIN)/python benchmarks/sentences_speed.py
	$(BIN)/python benchmarks/sentiment_speed.py
	$(BIN)/python benchmarks/figures_speed.py

lint: $(BIN)/.ready
	$(BIN)/$(PIP_INSTALL) -e '.[dev]'
	$(BIN)/ruff check analysis tests benchmarks

lock:
	rm -rf /tmp/news-analysis-lock && $(PYTHON) -m venv /tmp/news-analysis-lock
	/tmp/news-analysis-lock/bin/pip install --quiet -e '.[test,bench,lab,dev,train,report]'
	{ sed -n '1,2p' constraints.txt; /tmp/news-analysis-lock/bin/pip freeze --exclude-editable | grep -v '^-e'; } > constraints.txt.new
	mv constraints.txt.new constraints.txt

clean:
	rm -rf $(VENV) $(LAB) build *.egg-info
