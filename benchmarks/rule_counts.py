"""Count what the text path's hand-set rules do on the dev dumps: the provenance of settings' last block.

Usage (from the project root; the dumps written by ``bench_converters.py render``)::

    python benchmarks/rule_counts.py /work/dumps [--holdout benchmarks/text_holdout.txt]

Every dump of every converter is cleaned as at run time; the functions that hold the rules are wrapped
so that each time a rule decides something, the value its number bounds is recorded (a distance in
lines, a length, a share). For each rule the script prints how often it fired, on how many dumps and
pages (a page counted once over its converters) and by which converters, and the values seen: what a
setting's comment quotes ("fires on 7 dumps of 2 pages, always 2 lines away"). Held-out pages (lines
``<set>:<id>`` in the holdout file) are skipped. The numbers themselves are not changed here: this
shows which of them bind on the dev pages and which rest on the one page they were set on.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_converters import CONVERTERS, read_holdout  # noqa: E402

from newsclean import (  # noqa: E402
    clean,
    settings,
    text_byline,
    text_classify,
    text_date,
    text_extract,
    text_lines,
    text_title,
)

# A bracketed name opening with hexadecimal digits (8 or more: shorter ones are words and numbers).
_HEX_NAME = re.compile(r"\[([0-9a-f]{8,})[^\][\s]{0,40}\]")


class Tally:
    """What each rule did: values recorded per rule, and the dumps (set/converter/page) it did it on."""

    def __init__(self) -> None:
        self.values: dict[str, list[Any]] = defaultdict(list)
        self.dumps: dict[str, set[str]] = defaultdict(set)
        self.current = ""

    def hit(self, rule: str, value: Any) -> None:
        self.values[rule].append(value)
        self.dumps[rule].add(self.current)

    def report(self) -> None:
        for rule in sorted(self.values):
            dumps = self.dumps[rule]
            pages = {d.split("/")[0] + "/" + d.split("/")[2] for d in dumps}
            convs = Counter(d.split("/")[1] for d in dumps).most_common()
            print(f"{rule}: {len(self.values[rule])} times on {len(dumps)} dumps of {len(pages)} pages; {convs}")
            print("   values:", sorted(Counter(self.values[rule]).items()))


def _wrap(module: Any, name: str, make: Callable[[Callable[..., Any]], Callable[..., Any]]) -> None:
    setattr(module, name, make(getattr(module, name)))


def instrument(t: Tally) -> None:
    """Wrap the functions that hold the rules of settings' last block (each keeps its answer)."""
    def closing(f: Callable[[str], bool]) -> Callable[[str], bool]:
        def g(text: str) -> bool:
            r = f(text)
            window = text[-settings.TEXT_CLOSING_BY_CHARS:]
            m = text_byline._CLOSING_BY.search(window)
            if r and m:
                t.hit("closing_by (characters, separators)", (len(m.group(0)), m.group(0).count(",") + m.group(0).count(" and ")))
            if len(text) > len(window) and not m and text_byline._CLOSING_BY.search(text):
                t.hit("closing_by beyond the window", 1)
            return r
        return g

    def undoubled(f: Callable[[str], str]) -> Callable[[str], str]:
        def g(text: str) -> str:
            r = f(text)
            if r != text:
                t.hit("doubled by-word", 1)
            return r
        return g

    def writer(f: Callable[..., int]) -> Callable[..., int]:
        def g(page: Any, cands: list[Any], k: int) -> int:
            r = f(page, cands, k)
            if r != k:
                t.hit("writer over credit (lines)", cands[r][0] - cands[k][0])
            return r
        return g

    def update(f: Callable[..., int | None]) -> Callable[..., int | None]:
        def g(cands: list[Any], k: int | None) -> int | None:
            r = f(cands, k)
            if k and r is not None and r != k:
                names = text_date.DATE_FEATURES
                feats = cands[r][2]
                if not (feats[names.index("published")] or feats[names.index("label_published")]):
                    t.hit("plain date over an update's (lines)", cands[r][0] - cands[k][0])
            return r
        return g

    def split(f: Callable[..., list[tuple[str, str]]]) -> Callable[..., list[tuple[str, str]]]:
        def g(page: Any, i: int) -> list[tuple[str, str]]:
            r = f(page, i)
            lines = page.lines
            if 0 < i < len(lines) - 1 and page.head_firsts:
                k = text_title.key(lines[i].text)
                j = text_title.key(lines[i].text + " " + lines[i + 1].text)
                cut = [h for h in page.head if j.startswith(h + " ") and len(h) > len(k) and not h.startswith(j + " ")]
                if cut and j not in page.head and k not in page.head and k.split(" ", 1)[0] in page.head_firsts:
                    t.hit("cut-short <title> (words)" + ("" if r else ", refused"), min(h.count(" ") + 1 for h in cut))
            return r
        return g

    def ends(f: Callable[[str, str], bool]) -> Callable[[str, str], bool]:
        def g(k: str, tail: str) -> bool:
            r = f(k, tail)
            if r and k[len(k) - len(tail) - 1] != " ":
                t.hit("glued breadcrumb (tail words)", tail.count(" ") + 1)
            return r
        return g

    def shared(f: Callable[[str], tuple[str, ...]]) -> Callable[[str], tuple[str, ...]]:
        def g(text: str) -> tuple[str, ...]:
            if "ubject=" in text or "ext=" in text or "itle=" in text:
                n = sum(1 for _ in text_title._SHARE.finditer(text))
                if n:
                    t.hit("share links (per dump)", n)
            return f(text)
        return g

    def echoes(f: Callable[..., bool]) -> Callable[..., bool]:
        def g(page: Any, ln: Any) -> bool:
            r = f(page, ln)
            toks = set(text_title.key(ln.text).split())
            if page.head and 4 <= ln.words <= 30 and ln.cls != "good" and toks:
                t.hit("<title> share of a late headline" + (", kept" if r else ""),
                      round(len(toks & page.head_tokens) / len(toks), 2))
            return r
        return g

    def alone(f: Callable[[str], bool]) -> Callable[[str], bool]:
        def g(text: str) -> bool:
            r = f(text)
            if text[:1] == "[" and text[-1:] == "]" and text.count("]") == 1:
                t.hit("bracketed line alone (characters)" + ("" if r else ", too long"), len(text))
            return r
        return g

    def ceiling(f: Callable[..., Any]) -> Callable[..., Any]:
        def g(written: list[str], chars: list[int], cols: list[int]) -> Any:
            r = f(written, chars, cols)
            t.hit("wide-character ceiling searched (surplus)" + (", found" if r else ""), sum(cols) - sum(chars))
            return r
        return g

    def priced(f: Callable[..., bool]) -> Callable[..., bool]:
        def g(lines: list[Any], i: int) -> bool:
            r = f(lines, i)
            if r:
                t.hit("linked price (words)", lines[i].words)
            return r
        return g

    def first(f: Callable[..., list[int]]) -> Callable[..., list[int]]:
        def g(lines: list[Any], header: int, at: int, consumed: dict[int, str]) -> list[int]:
            r = f(lines, header, at, consumed)
            if r:
                t.hit("first sentence (remnants, next line's words)", (r[0] - header - 1, lines[r[0] + 1].words))
            return r
        return g

    def copies(f: Callable[..., None]) -> Callable[..., None]:
        def g(lines: list[Any], kept: list[int], keys: list[str], drop: dict[int, str]) -> None:
            before = set(drop)
            f(lines, kept, keys, drop)
            for i in set(drop) - before:
                t.hit("block copy dropped (words)", lines[i].words)
        return g

    wrappers: dict[Any, dict[str, Callable[..., Any]]] = {
        text_extract: {"_first_sentence": first, "_block_copies": copies},
        text_byline: {"_closing_byline": closing, "undoubled_by": undoubled, "_writer_over_credit": writer},
        text_date: {"published_over_updated": update},
        text_title: {"_split_title": split, "_ends_with": ends, "shared_titles": shared, "_echoes_head": echoes,
                     "bracketed_alone": alone},
        text_lines: {"_wide_ceiling": ceiling},
        text_classify: {"_priced": priced},
    }
    for module, names in wrappers.items():
        for name, make in names.items():
            _wrap(module, name, make)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dumps", type=Path)
    ap.add_argument("--holdout", type=Path)
    args = ap.parse_args(argv)
    held = read_holdout(args.holdout)
    tally = Tally()
    instrument(tally)
    for folder in sorted(p for p in args.dumps.iterdir() if p.is_dir()):
        for conv in CONVERTERS:
            for path in sorted((folder / conv).glob("*.txt")):
                if f"{folder.name}:{path.stem}" in held:
                    continue
                tally.current = f"{folder.name}/{conv}/{path.stem}"
                raw = path.read_text(encoding="utf-8", errors="replace")
                for m in _HEX_NAME.finditer(raw):
                    tally.hit("bracketed hex name (leading digits)", min(len(m.group(1)), 40))
                clean(path.read_bytes(), input_format="text")
    tally.report()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
