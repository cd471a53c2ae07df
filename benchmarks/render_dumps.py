"""Re-render HTML pages as other converters would dump them, to test the text path on unseen forms.

Usage (from the project root)::

    python benchmarks/render_dumps.py OUT_DIR [HTML_DIR]     # default HTML_DIR: the dev pages
    python /work/shared/tools/score.py OUT_DIR/h2t_default    # (copy ground-truth.json beside)

Variants written (one folder each, ``<page id>.txt``), all from html2text (not a project dependency:
install it to run this script):

- ``md``: Markdown, no wrapping (``body_width=0``).
- ``h2t_default``: html2text's defaults: wrapped at 78 columns, inline links and images.
- ``lynxish``: wrapped at 72, images ignored: links and URLs split across lines.
- ``h2t_refs``: reference-style links ("[text][3]") with the "[3]: url" list at the end.
- ``lynx``: lynx ``-dump``-like: "[12]Link text" numbers, indented text wrapped at 76 and a
  "References" list of numbered URLs at the end.
- ``plain78``: links reduced to their text and emphasis dropped, hard-wrapped at 78 (w3m-like).

``ground-truth.json`` is copied beside the variants when found next to HTML_DIR.
"""

from __future__ import annotations

import re
import shutil
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

try:
    import html2text
except ImportError:  # pragma: no cover - a benchmark-only tool
    html2text = None

_DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "dev" / "sh_dev" / "html"
_LINK = re.compile(r"\[([^\[\]]*)\]\(((?:[^()\s\\]|\\.)*)(?:\s+\"[^\"]*\")?\)")
_IMAGE = re.compile(r"!\[[^\[\]]*\]\([^()]*\)")
_EMPHASIS = re.compile(r"\*\*|__")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")


def _h2t(html: str, **options) -> str:
    conv = html2text.HTML2Text()
    for k, v in options.items():
        setattr(conv, k, v)
    return conv.handle(html)


def _wrap(text: str, width: int, indent: str = "") -> str:
    out: list[str] = []
    for line in text.splitlines():
        s = line.strip()
        if not s:
            out.append("")
            continue
        lead = re.match(r"^\s*", line).group(0)
        out.extend(textwrap.wrap(s, width, initial_indent=indent + lead, subsequent_indent=indent + lead,
                                 break_on_hyphens=False) or [""])
    return "\n".join(out)


def lynx(html: str) -> str:
    """A lynx -dump-like rendering: numbered link marks, wrapped text, a References list."""
    text = _IMAGE.sub("", _h2t(html, body_width=0, ignore_images=True))
    urls: list[str] = []

    def number(m: re.Match) -> str:
        urls.append(m.group(2))
        return f"[{len(urls)}]{m.group(1).strip()}"

    text = _ESCAPE.sub(r"\1", _EMPHASIS.sub("", _LINK.sub(number, text)))
    text = re.sub(r"^(\s*)#+\s*", r"\1", text, flags=re.M)
    refs = "\n".join(f"  {i}. {u}" for i, u in enumerate(urls, 1))
    return _wrap(text, 76, "   ") + "\n\nReferences\n\n" + refs + "\n"


def plain(html: str) -> str:
    """A w3m-like rendering: link texts only, no Markdown, hard-wrapped at 78."""
    text = _IMAGE.sub("", _h2t(html, body_width=0, ignore_images=True))
    text = _ESCAPE.sub(r"\1", _EMPHASIS.sub("", _LINK.sub(lambda m: m.group(1).strip(), text)))
    text = re.sub(r"^(\s*)#+\s*", r"\1", text, flags=re.M)
    return _wrap(text, 78)


VARIANTS: dict[str, Callable[[str], str]] = {
    "md": lambda h: _h2t(h, body_width=0),
    "h2t_default": lambda h: _h2t(h),
    "lynxish": lambda h: _h2t(h, body_width=72, ignore_images=True),
    "h2t_refs": lambda h: _h2t(h, inline_links=False),
    "lynx": lynx,
    "plain78": plain,
}


def main(argv: list[str]) -> int:
    if html2text is None:
        print("html2text is not installed (pip install html2text)", file=sys.stderr)
        return 2
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    src = Path(argv[1]) if len(argv) > 1 else _DEFAULT
    pages = sorted(src.glob("*.html"))
    gold = src.parent / "ground-truth.json"
    for name, render in VARIANTS.items():
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        for page in pages:
            html = page.read_text(encoding="utf-8", errors="replace")
            (folder / f"{page.stem}.txt").write_text(render(html), encoding="utf-8")
    if gold.is_file():
        shutil.copy(gold, out / "ground-truth.json")
    print(f"{len(pages)} pages x {len(VARIANTS)} variants -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
