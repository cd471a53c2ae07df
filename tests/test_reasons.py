"""Every removal reason is a named constant with a definition, and only those reach the output."""

from __future__ import annotations

import re
from pathlib import Path

from newsclean import clean, lexicon, reasons

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "src" / "newsclean"


def test_every_lexicon_kind_is_a_defined_reason() -> None:
    assert {k.reason for k in lexicon.KINDS} <= set(reasons.DEFINITIONS)
    assert all(d.endswith(".") and len(d) < 130 for d in reasons.DEFINITIONS.values())


def test_reasons_on_the_repos_pages_are_all_defined() -> None:
    pages = sorted((REPO / "tests" / "data" / "html").glob("*.html"))
    pages += sorted((REPO / "samples" / "scrapes").glob("*.txt"))
    seen: set[str] = set()
    for page in pages:
        seen |= {r.reason for r in clean(page.read_bytes()).explained_removals()}
    assert {"nav", "site-furniture", "comment-form"} <= seen
    assert seen <= set(reasons.DEFINITIONS)


def test_code_names_reasons_by_constant() -> None:
    # A reason written as a string literal where a removal is made or a reason returned.
    bare = re.compile(r'(?:Removal\([^,]+,|return|reason ==|reason !=|= )\s*"(' +
                      "|".join(map(re.escape, reasons.DEFINITIONS)) + r')"')
    # (A field's source may share a reason's word: `sources["date"] = "dateline"` names where the
    # date came from, not why a block was removed.)
    hits = [f"{p.name}: {m.group(0)}" for p in PACKAGE.glob("*.py") if p.name != "reasons.py"
            for m in bare.finditer(p.read_text(encoding="utf-8"))
            if not p.read_text(encoding="utf-8")[:m.start()].rsplit("\n", 1)[-1].lstrip().startswith("sources[")]
    assert hits == []


def test_docs_define_every_reason_as_the_code_does() -> None:
    # The README's table and docs/how-it-works.md state each reason with the code's own definition.
    for doc in (REPO / "README.md", REPO / "docs" / "how-it-works.md"):
        text = doc.read_text(encoding="utf-8")
        for reason, definition in reasons.DEFINITIONS.items():
            assert f"| `{reason}` | {definition.replace('|', chr(92) + '|')} |" in text, (doc.name, reason)
