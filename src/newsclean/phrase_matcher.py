"""The lexicon's phrase matcher: all kinds' phrases compiled into a few expressions, same answers.

``match_reason`` must give, for any block of text, the reason of the first kind (in lexicon order)
that has a phrase matching the whole block (leading and trailing punctuation aside). Testing ~300
phrases one by one would be slow, so:

* *anchored* phrases are bucketed by the first letters (up to ``PREFIX_LEN``) a match must start with (bucket ""
  holds phrases that may start otherwise and is always tried); a bucket is one alternation with a
  named group per kind, in lexicon order, so its match names the first kind that matches;
* anchored phrases that may start otherwise but need one of a few words are kept out of bucket ""
  and tried alone, only on blocks that hold such a word;
* blocks longer than ``short_block`` characters try only the phrases that can match that much
  (open wildcards, long bounded repeats, repeated groups);
* *open* phrases ("anything, then X": ``.*X``) are searched for instead, one expression per kind,
  behind a cheap substring gate; they are tried only for kinds that come before the best anchored
  match, so precedence is exactly the lexicon order.

Every expression is compiled on first use, not when the matcher is built: a small input meets a
handful of the buckets, and compiling all ~300 was most of a short run's start-up.

``tests/test_lexicon_matcher.py`` checks the answers against a plain ordered matcher on a corpus.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .lazy_regex import LazyPattern, lazy_compile
from .textutil import word_trie

# A phrase that can span a long block: an open-ended wildcard or a long bounded repeat.
# How many first-letter paths the matcher remembers before it starts again (a few thousand occur in
# the dev dumps; the bound keeps a long-running process's memory flat).
_PATHS_MAX = 50000
# Gate words shorter than this ("to", "on") are in most blocks: such a phrase stays in bucket "".
_GATED_MIN = 4
_LONG = re.compile(r"\.\*|\.\+|\{\d+,\d{2,}\}|\)[+*]")
# A phrase written as "anything, then X" (".*bookmark the permalink.*") or "a little, then X"
# (".{0,80}via getty images"): searched for instead of matched, which is the same test done without
# the regex engine backtracking over every start position. For a bounded start the search's
# leftmost hit must begin within the bound (after any leading punctuation).
_OPEN_START = re.compile(r"^\.(?:\*|\{0,(\d+)\})")
_OPEN_END = re.compile(r"\.\*$")
# Punctuation, bullets and list markers around a block's words are not part of a phrase.
_LEAD, _END = r"[\W_]*", r"[\W_]*$"
_LEADING = re.compile(_LEAD)


def _structure(p: str) -> Iterator[tuple[int, str, int]]:
    """(position, character, nesting depth after it) of a regular expression's structural characters:
    escapes (``\\x``) and character classes (``[...]``) are stepped over whole, as they hold no group."""
    depth, i = 0, 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            j = p.find("]", i + 2)
            i = (j if j > 0 else len(p)) + 1
            continue
        depth += (c == "(") - (c == ")")
        yield i, c, depth
        i += 1


def _top_level_split(p: str, sep: str = "|") -> list[str]:
    """Split a regular expression at its top-level alternation bars."""
    parts, start = [], 0
    for i, c, depth in _structure(p):
        if c == sep and depth == 0:
            parts.append(p[start:i])
            start = i + 1
    parts.append(p[start:])
    return parts


def _prefixes(p: str, n: int = 2) -> set[str] | None:
    """The lower-case literal beginnings (up to ``n`` characters) a match of ``p`` can have, or None
    if it may begin otherwise (a class, a digit, an escape, punctuation)."""
    if not p:
        return None
    c = p[0]
    if c == "(":
        depth, j = 0, 0
        while j < len(p):
            if p[j] == "\\":
                j += 2
                continue
            depth += p[j] == "("
            depth -= p[j] == ")"
            if depth == 0:
                break
            j += 1
        inner = p[1:j]
        if inner.startswith("?:"):
            inner = inner[2:]
        elif inner.startswith("?"):
            return None
        rest = p[j + 1:]
        if rest[:1] == "{":
            return None
        optional = rest[:1] in ("?", "*")
        if rest[:1] in ("?", "*", "+"):
            rest = rest[1:]
        out: set[str] = set()
        for alt in _top_level_split(inner) + ([""] if optional else []):
            got = _prefixes(alt + rest, n)
            if got is None:
                return None
            out |= got
        return out
    if not c.isalpha():
        return None
    prefix = ""
    for k, ch in enumerate(p):
        if len(prefix) == n or p[k + 1:k + 2] in ("?", "*", "{") or not (ch.isalnum() or ch in " -'’"):
            break
        prefix += ch.lower()
    return {prefix} if prefix else None


_LITERAL_RUN = re.compile(r"[^\W\d_]{4,}")


def _keywords(core: str) -> set[str] | None:
    """Words one of which any match of ``core`` contains (a cheap pre-test), or None if unknown.

    The longest literal run outside groups, else the alternatives of the required all-literal group
    whose shortest alternative is longest.
    """
    depth, top, i = 0, [], 0
    while i < len(core):
        c = core[i]
        if c == "\\":
            top.append(" ")
            i += 2
            continue
        depth += c in "(["
        depth -= c in ")]"
        optional = i + 1 < len(core) and core[i + 1] in "?*{"
        top.append(c if depth == 0 and c not in ")]" and not optional else " ")
        i += 1
    runs = _LITERAL_RUN.findall("".join(top))
    if runs:
        return {max(runs, key=len).lower()}
    # Else the required group of literal alternatives ("reading time|lesezeit|...") whose shortest
    # alternative is longest: the most selective gate.
    groups = _literal_groups(core)
    return {w.lower() for w in max(groups, key=lambda g: min(map(len, g)))} if groups else None


def _literal_groups(core: str) -> list[list[str]]:
    """The top-level groups of ``core`` that a match must pass through (not optional) and whose
    alternatives open with plain text (letters, spaces, apostrophes, hyphens; three characters or
    more): each such group's openings, one of which any match contains."""
    out: list[list[str]] = []
    open_at = 0
    for i, c, depth in _structure(core):
        if c == "(" and depth == 1:
            open_at = i
        elif c == ")" and depth == 0 and core[i + 1:i + 2] not in ("?", "*", "{"):
            heads = [_literal_head(w) for w in _top_level_split(core[open_at + 1:i])]
            if all(len(h) >= 3 for h in heads):
                out.append(heads)
    return out


def _literal_head(alt: str) -> str:
    """The plain text an alternative opens with ("share of " in "share of (the )?sales"): every match of
    the alternative begins with it. A character under a quantifier ("sales?") is not part of it."""
    n = 0
    while n < len(alt) and (alt[n].isalpha() or alt[n] in " '-"):
        n += 1
    if n < len(alt) and alt[n] in "?*{":
        n -= 1
    return alt[:max(n, 0)]


def _alternation(groups: list[tuple[str, list[str]]], lead_per_kind: bool) -> re.Pattern[str] | None:
    """One expression for several kinds: each kind's phrases in a named group, kinds in lexicon order,
    matching a whole block but leading and trailing punctuation.

    Phrases that may start with punctuation ("©…", "@…") need the leading punctuation inside each
    kind's group (``lead_per_kind``), so that every way of matching one kind is tried before the next
    kind: "© Copyright 2020" must be tried as "©" + "Copyright 2020" by every earlier kind. Phrases that
    start with a letter or digit can only start after all of it, so one shared lead serves (faster).
    """
    lead = _LEAD if lead_per_kind else ""
    parts = [f"(?P<{name}>{lead}(?:" + "|".join(phrases) + "))" for name, phrases in groups if phrases]
    if not parts:
        return None
    return re.compile("^" + ("" if lead_per_kind else _LEAD) + "(?:" + "|".join(parts) + ")" + _END, re.I | re.S)


_FIRST_WORD_CHAR = re.compile(r"[^\W_]", re.UNICODE)
# How many first letters key a bucket. Longer keys make smaller buckets: a block then compiles and
# tries only the phrases that begin as it does (a short run compiled ~3900 characters of phrases with
# two-letter keys, ~2000 with four; a batch tries fewer alternatives per block).
PREFIX_LEN = 4


class _Buckets(dict[str, "re.Pattern[str]"]):
    """Buckets' expressions by first letters, each compiled on first use (``compiled``); only keys
    with phrases are ever stored, so the table stays as small as the lexicon whatever the input."""

    def __init__(self, groups: dict[str, list[tuple[str, list[str]]]]) -> None:
        super().__init__()
        self.groups = groups

    def compiled(self, key: str) -> re.Pattern[str] | None:
        """The bucket's expression (compiled now if it was not yet), or None if no phrase has the key."""
        rx = self.get(key)
        if rx is None and key in self.groups:
            rx = _alternation(self.groups[key], key == "")
            if rx is not None:
                self[key] = rx
        return rx


class PhraseMatcher:
    """Kinds' phrases, compiled once; ``match_reason`` names the first kind matching a whole block."""

    def __init__(self, kinds: Sequence[tuple[str, Sequence[str]]], *, max_block: int, short_block: int) -> None:
        self.max_block = max_block
        self.short_block = short_block
        self.reasons = [reason for reason, _ in kinds]
        buckets: dict[str, list[tuple[str, list[str]]]] = {}
        long_buckets: dict[str, list[tuple[str, list[str]]]] = {}
        # (kind index, its open phrases as one expression, the words one of which a block needs, the
        # bound on where a hit may start or None), in lexicon order.
        self.open: list[tuple[int, LazyPattern, tuple[str, ...] | None, int | None]] = []
        # Anchored phrases that may start with anything (bucket "") but need one of a few words (a
        # comment header's "says:"): (kind index, expression, words, can match a long block). Tried
        # only on blocks holding one of the words, so bucket "", tried on every block, stays small.
        self.gated: list[tuple[int, LazyPattern, tuple[str, ...], bool]] = []
        # Per table (short blocks, long blocks): the buckets a block's first letters lead to.
        self._paths: tuple[dict[str, tuple[re.Pattern[str], ...]], dict[str, tuple[re.Pattern[str], ...]]] = ({}, {})
        for i, (_, phrases) in enumerate(kinds):
            name = f"k{i}"
            cores: list[str] = []
            words: set[str] | None = set()
            for phrase in phrases:
                start = _OPEN_START.match(phrase)
                if start:
                    core = phrase[start.end():]
                    core = _OPEN_END.sub("", core) if _OPEN_END.search(core) else core + _END
                    found = _keywords(core)
                    if start.group(1) is None:
                        cores.append(core)
                        words = None if found is None or words is None else words | found
                    else:
                        rx = lazy_compile(core, re.I | re.S)
                        self.open.append((i, rx, tuple(sorted(found)) if found else None, int(start.group(1))))
                    continue
                for alt in _top_level_split(phrase):
                    if not _prefixes(alt, PREFIX_LEN):
                        found = _keywords(alt)
                        if found and min(map(len, found)) >= _GATED_MIN:  # (bucket "" is tried on every block)
                            self.gated.append((i, lazy_compile("^" + _LEAD + "(?:" + alt + ")" + _END, re.I | re.S),
                                               tuple(sorted(found)), bool(_LONG.search(alt))))
                            continue
                    targets = [buckets] + ([long_buckets] if _LONG.search(alt) else [])
                    for letter in sorted(_prefixes(alt, PREFIX_LEN) or {""}):
                        for target in targets:
                            groups = target.setdefault(letter, [])
                            if not groups or groups[-1][0] != name:
                                groups.append((name, []))
                            groups[-1][1].append(alt)
            if cores:
                self.open.append((i, lazy_compile("|".join(cores), re.I | re.S), tuple(sorted(words)) if words else None, None))
        self.open.sort(key=lambda entry: entry[0])
        self.gated.sort(key=lambda entry: entry[0])
        # One gate for all open and gated phrases first: most blocks hold none of their words.
        gates = [words for _, _, words, _ in self.open] + [words for _, _, words, _ in self.gated]
        self.open_words: tuple[str, ...] | None = (
            None if any(w is None for w in gates) else _minimal({w for ws in gates if ws for w in ws}))
        self.open_gate = lazy_compile(word_trie(self.open_words)) if self.open_words else None
        self._init_presence()
        # The first kind an open or gated phrase may give: a block already matched by that kind or an
        # earlier one needs neither.
        self.first_later = min([e[0] for e in self.open] + [e[0] for e in self.gated], default=len(self.reasons))
        self.anchored = _Buckets(buckets)
        self.anchored_long = _Buckets(long_buckets)
        # Every beginning of every bucket key: keys are tried one letter longer at a time while they are.
        self.stems = {key[:k] for key in buckets for k in range(1, len(key) + 1)}

    def _init_presence(self) -> None:
        """For a block the gate lets through: one scan finds which open and gated phrases' words it holds.
        At every position of the block the trie gives the longest of the words starting there; the
        shorter ones starting there are its beginnings (``_implied``), those starting elsewhere are found
        at their own position. So the words found are exactly those the block holds, as the substring
        tests they replace would find them, and only the phrases needing one of them are tried."""
        owners: dict[str, tuple[set[int], set[int]]] = {}
        for idx, (_, _, words, _) in enumerate(self.gated):
            for w in words:
                owners.setdefault(w, (set(), set()))[0].add(idx)
        for idx, (_, _, open_words, _) in enumerate(self.open):
            for w in open_words or ():
                owners.setdefault(w, (set(), set()))[1].add(idx)
        self._implied: dict[str, tuple[frozenset[int], frozenset[int]]] = {}
        for w in owners:
            heads = [v for v in owners if w.startswith(v)]  # (w itself among them)
            self._implied[w] = (frozenset().union(*(owners[v][0] for v in heads)),
                                frozenset().union(*(owners[v][1] for v in heads)))
        self._words_at = lazy_compile("(?=(" + word_trie(sorted(owners)) + "))") if owners else None
        # Open phrases without gate words are tried on every block.
        self._open_always = frozenset(idx for idx, (_, _, words, _) in enumerate(self.open) if words is None)

    def _present(self, low: str) -> tuple[list[int], list[int]]:
        """(gated, open) phrase indices, in lexicon order, whose words the lower-cased block holds (open
        phrases without words always)."""
        gated: set[int] = set()
        opened: set[int] = set(self._open_always)
        if self._words_at is not None:
            implied = self._implied
            for w in {m.group(1) for m in self._words_at.finditer(low)}:
                g, o = implied[w]
                gated |= g
                opened |= o
        return sorted(gated), sorted(opened)

    def compile_all(self) -> None:
        """Compile every bucket and open phrase now instead of on first use (answers are the same):
        for a long-running process, or a benchmark's warm-up that should time pages, not compiling."""
        for buckets in (self.anchored, self.anchored_long):
            for key in buckets.groups:
                buckets.compiled(key)
        for _, rx, _, _ in self.open:
            rx.compiled()
        for _, rx, _, _ in self.gated:
            rx.compiled()
        if self.open_gate is not None:
            self.open_gate.compiled()
        if self._words_at is not None:
            self._words_at.compiled()

    def _buckets_for(self, table: _Buckets, head: str) -> tuple[re.Pattern[str], ...]:
        """The buckets a block opening with ``head`` (its first letters) tries: bucket "", then each
        longer key while some bucket's key begins so (compiled now if not yet)."""
        out = []
        key, k = "", 0
        while True:
            rx = table.get(key)
            if rx is None and key in table.groups:
                rx = table.compiled(key)
            if rx is not None:
                out.append(rx)
            k += 1
            if k > len(head):
                break
            key = head[:k].lower()
            if key not in self.stems:  # no bucket's key begins so: no longer key can be one either
                break
        return tuple(out)

    def match_reason(self, text: str) -> str | None:
        """The reason of the first kind with a phrase matching the whole of ``text``, or None."""
        t = text.strip()
        if not t or len(t) > self.max_block:
            return None
        table = self.anchored if len(t) <= self.short_block else self.anchored_long
        # Most blocks start with a letter or digit ([^\W_] is str.isalnum): no search needed for those.
        if t[0].isalnum():
            start = 0
        else:
            first = _FIRST_WORD_CHAR.search(t)
            start = len(t) if first is None else first.start()
        best = len(self.reasons)
        # The buckets a block tries depend only on its first letters: their list is remembered.
        head = t[start:start + PREFIX_LEN]
        paths = self._paths[table is self.anchored_long]
        rxs = paths.get(head)
        if rxs is None:
            if len(paths) >= _PATHS_MAX:
                paths.clear()
            rxs = paths[head] = self._buckets_for(table, head)
        for rx in rxs:
            m = rx.match(t)
            if m is not None and m.lastgroup:
                best = min(best, int(m.lastgroup[1:]))
        if self.first_later >= best:
            return self.reasons[best] if best < len(self.reasons) else None
        low = t.lower()
        if self.open_gate is not None and self.open_gate.search(low) is None:
            return self.reasons[best] if best < len(self.reasons) else None
        long = table is self.anchored_long
        gated, opened = self._present(low)
        for idx in gated:
            i, gated_rx, _, long_ok = self.gated[idx]
            if i >= best:
                break
            if (long_ok or not long) and gated_rx.match(t) is not None:
                best = i
                break
        if not self.open or self.open[0][0] >= best:
            return self.reasons[best] if best < len(self.reasons) else None
        for idx in opened:
            i, open_rx, _, bound = self.open[idx]
            if i >= best:
                break
            m = open_rx.search(t)
            if m is not None and (bound is None or m.start() <= bound + _lead_length(t)):
                return self.reasons[i]
        return self.reasons[best] if best < len(self.reasons) else None


def _minimal(words: set[str]) -> tuple[str, ...]:
    """``words`` without those that contain another of them (the same gate: "images" holds "image")."""
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


def _lead_length(t: str) -> int:
    """How many characters of punctuation open ``t``."""
    m = _LEADING.match(t)
    return m.end() if m else 0
