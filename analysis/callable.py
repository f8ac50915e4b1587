"""One obvious name per analysis: ``analysis.quotes(article)``, ``analysis.sentiment(article, unit=...)``.

Each analysis module can be called like a function (Python allows a module's class to be
replaced, PEP 549's documented route), so ``analysis.quotes`` stays the module that holds
``quote_records``, ``attributions`` and the rest, and ``analysis.quotes(article)`` gives its
main table with an ``article`` column first, ready to stack with other articles' tables.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable


def make_callable(module_name: str, function: Callable, summary: str) -> None:
    """Let ``module(article, ...)`` call ``function(article, ...)`` and name the article in the table."""

    class AnalysisModule(types.ModuleType):
        def __call__(self, article, *args, **kwargs):
            table = function(article, *args, **kwargs)
            if hasattr(table, "insert") and "article" not in getattr(table, "columns", ()):
                table = table.copy()
                table.insert(0, "article", article.name)
            return table

        def __repr__(self) -> str:
            return f"<analysis {module_name.rsplit('.', 1)[-1]}: call it on an Article for {summary}>"

    AnalysisModule.__call__.__doc__ = function.__doc__
    sys.modules[module_name].__class__ = AnalysisModule
