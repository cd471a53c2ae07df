"""The package's layout: one-way imports (function-level ones included) and modules of a readable size."""

from __future__ import annotations

import ast
from pathlib import Path

import newsclean

PACKAGE = Path(newsclean.__file__).parent
REPO = Path(__file__).resolve().parents[1]
MAX_LINES = 800


def _imports(path: Path) -> set[str]:
    """The package modules ``path`` imports anywhere in its body (top level or inside functions)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1 and node.module:
                found.add(node.module.split(".")[0])
            elif node.level == 1:  # "from . import a, b"
                found.update(alias.name for alias in node.names)
            elif node.module and node.module.startswith("newsclean."):
                found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("newsclean."))
    return found


def _graph() -> dict[str, set[str]]:
    modules = {p.stem: p for p in PACKAGE.glob("*.py")}
    return {name: _imports(path) & set(modules) - {name} for name, path in modules.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of ``graph`` (as a path that returns to its start), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: finished
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return None


def test_cycle_finder_sees_function_level_imports() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


def test_package_imports_are_one_way() -> None:
    graph = _graph()
    assert "text_extract" in graph and "lexicon" in graph["blocks"]
    assert _cycle(graph) is None, f"import cycle: {' -> '.join(_cycle(graph) or [])}"


def test_modules_are_under_the_size_limit() -> None:
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in PACKAGE.glob("*.py")}
    assert {name: n for name, n in sizes.items() if n >= MAX_LINES} == {}


def test_readme_layout_lists_every_module() -> None:
    # The repository's own README and package, wherever the installed copy points.
    text = (REPO / "README.md").read_text(encoding="utf-8")
    layout = text[text.index("## Layout"):text.index("## Removal reasons")]
    missing = sorted(p.name for p in (REPO / "src" / "newsclean").glob("*.py") if f"`{p.name}`" not in layout)
    assert missing == [], f"README's Layout section does not list {missing}"


def test_every_extraction_setting_is_stated_in_the_docs() -> None:
    """docs/how-it-works.md states every extraction threshold in words, under its name."""
    import re

    settings = (REPO / "src" / "newsclean" / "settings.py").read_text(encoding="utf-8")
    extraction = settings[settings.index("# Extraction:"):]
    names = re.findall(r"^([A-Z][A-Z0-9_]+)\s*[:=]", extraction, re.M)
    docs = (REPO / "docs" / "how-it-works.md").read_text(encoding="utf-8")
    thresholds = docs[docs.index("## Thresholds"):docs.index("## Input, output and batches")]
    def stated(name: str) -> bool:  # by its name, or with its siblings as "HTML_LEAD_*"
        parts = name.split("_")
        return name in thresholds or any("_".join(parts[:k]) + "_*" in thresholds for k in range(1, len(parts)))

    missing = [n for n in names if not stated(n)]
    assert len(names) > 40 and missing == [], f"docs' Thresholds section does not state {missing}"
