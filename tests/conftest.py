"""Fixtures and helpers shared by the test modules (test modules never import each other).

Everything a test needs lives in the repository: the five hand-labelled scrapes under samples/ and a
few real pages with their text dumps and gold bodies under tests/data/ (see tests/data/README.md).
The larger dev sets in ../shared (or $NEWSCLEAN_SHARED) are used as well when they are there.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SCRAPES = SAMPLES / "scrapes"
EXPECTED = SAMPLES / "expected"
DATA = ROOT / "tests" / "data"
# The optional dev sets: ../shared beside the project, or wherever $NEWSCLEAN_SHARED points
# (a git worktree has no ../shared beside it).
SHARED = Path(os.environ.get("NEWSCLEAN_SHARED") or ROOT.parent / "shared")
DEV = SHARED / "dev" / "sh_dev"

CASES = sorted(p.stem for p in EXPECTED.glob("*.json"))
_TOKEN = re.compile(r"\w+", re.UNICODE)


def newsclean_argv() -> list[str]:
    """The installed console script (so the entry point itself is tested)."""
    exe = shutil.which("newsclean", path=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    assert exe, "the newsclean console script is not installed"
    return [exe]


def run_cli(*args: str, input: bytes | None = None, cwd: Path | None = None, timeout: float = 120):
    return subprocess.run(newsclean_argv() + list(args), input=input, capture_output=True,
                          cwd=cwd, timeout=timeout)


def jsonl(stdout: bytes) -> list[dict]:
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines() if line.strip()]


@pytest.fixture
def scrapes_copy(tmp_path: Path) -> Path:
    dst = tmp_path / "scrapes"
    shutil.copytree(SCRAPES, dst)
    return dst


# --- The hand-labelled samples ----------------------------------------------------------------

def norm(s: str | None) -> str:
    """Case-, accent-form- and punctuation-insensitive form (as the scoring tool compares)."""
    return " ".join(_TOKEN.findall(unicodedata.normalize("NFKC", s or "").casefold()))


def expected(name: str) -> dict:
    """The gold record of one sample scrape."""
    return json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))


def paragraphs(text: str) -> list[str]:
    return [norm(p) for p in text.split("\n\n") if p.strip()]


def check_record(rec: dict, exp: dict) -> None:
    """Everything the gold pins down about one record."""
    titles = {norm(t) for t in [exp.get("title"), *exp.get("title_also_accepted", [])] if t}
    assert norm(rec["title"]) in titles, rec["title"]
    assert sorted(norm(a) for a in rec["authors"]) == sorted(norm(a) for a in exp.get("authors", []))
    assert rec["date"] == exp.get("date")
    if exp.get("date_text"):
        assert norm(rec["date_text"]) == norm(exp["date_text"])
    if exp.get("site_name"):
        assert norm(rec["site_name"]) == norm(exp["site_name"])
    got = paragraphs(rec["text"])
    # Every article paragraph, as a paragraph of its own, in order (optional ones may be anywhere).
    want = [norm(p) for p in exp["paragraphs"]]
    pos = 0
    for para in want:
        assert para in got[pos:], f"missing or out of order: {para[:80]}"
        pos = got.index(para, pos) + 1
    allowed = set(want) | {norm(p) for p in exp.get("optional_paragraphs", [])}
    extra = [p for p in got if p not in allowed]
    assert not extra, f"not article text: {extra[:3]}"
    for leak in exp.get("must_not_contain", []):
        assert leak not in rec["text"], leak
    if exp.get("paragraph_occurs_once"):
        assert got.count(norm(exp["paragraph_occurs_once"])) == 1


# --- Real pages with gold bodies: the in-repo set, and the shared dev set when present ----------

@dataclass(frozen=True)
class PageSet:
    """Pages laid out as ``html/<id>.html``, ``text_inscriptis/<id>.txt`` and ``text_bs4/<id>.txt``,
    each with the article body a person marked (``gold[id]["articleBody"]``)."""

    name: str
    root: Path
    gold: dict[str, dict]

    def bodies(self, limit: int | None = None) -> list[tuple[str, str]]:
        """(id, gold body) of the first ``limit`` pages in id order."""
        return [(pid, self.gold[pid]["articleBody"]) for pid in sorted(self.gold)[:limit]]

    def html(self, pid: str) -> Path:
        return self.root / "html" / f"{pid}.html"

    def text(self, pid: str, converter: str = "text_inscriptis") -> str:
        """The page dumped whole to plain text by ``converter`` (text_inscriptis or text_bs4)."""
        return (self.root / converter / f"{pid}.txt").read_text(encoding="utf-8")

    def files(self, sub: str) -> list[Path]:
        """The files of one layout folder (html, text_inscriptis, text_bs4), sorted by name."""
        return sorted(p for p in (self.root / sub).iterdir() if p.is_file())


def _page_sets() -> list[PageSet]:
    sets = [PageSet("in-repo", DATA, json.loads((DATA / "gold.json").read_text(encoding="utf-8")))]
    if (DEV / "ground-truth.json").is_file():
        sets.append(PageSet("shared-sh_dev", DEV, json.loads((DEV / "ground-truth.json").read_text(encoding="utf-8"))))
    return sets


PAGE_SETS = _page_sets()


@pytest.fixture(params=PAGE_SETS, ids=[s.name for s in PAGE_SETS])
def page_set(request: pytest.FixtureRequest) -> PageSet:
    """Each available set of real pages in turn: always the in-repo one, plus ../shared's dev set."""
    return request.param


# --- WARC archives, written at test time from the in-repo pages -------------------------------

# A page with no charset of its own: the HTTP header's windows-1251 must decide.
RUSSIAN = ("<html><head><title>Новости города</title></head><body><article><h1>Новости города</h1>"
           "<p>Городской совет утвердил новый план развития парков и набережной на ближайшие годы.</p>"
           "<p>Жители смогут обсудить проект на открытых слушаниях в следующем месяце в здании библиотеки.</p>"
           "<p>По словам архитекторов, работы начнутся весной и займут около двух лет.</p>"
           "<p>Часть средств выделит область, остальное покроет городской бюджет и частные партнёры.</p>"
           "<p>Горожане уже предложили добавить велодорожки, детские площадки и новые фонари вдоль реки.</p>"
           "</article></body></html>")
WARC_PAGES = [PAGE_SETS[0].html(pid) for pid, _ in PAGE_SETS[0].bodies(3)]


def _http(status: str, content_type: str, **extra: str) -> StatusAndHeaders:
    headers = [("Content-Type", content_type)] + [(k.replace("_", "-"), v) for k, v in extra.items()]
    return StatusAndHeaders(status, headers, protocol="HTTP/1.1")


def _chunked(data: bytes, size: int = 4000) -> bytes:
    out = b"".join(b"%x\r\n%s\r\n" % (len(data[i:i + size]), data[i:i + size]) for i in range(0, len(data), size))
    return out + b"0\r\n\r\n"


def write_warc(path: Path, compress: bool = True) -> list[str]:
    """Write a small crawl of WARC_PAGES (plus an image, a 404, a windows-1251 page and a resource
    record); returns the target URIs of its HTML pages in order."""
    urls = []
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=compress)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "newsclean tests"}))
        for i, page in enumerate(WARC_PAGES):
            url = f"https://news.example.org/story/{i}"
            urls.append(url)
            w.write_record(w.create_warc_record(url, "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
                                                warc_content_type="application/http; msgtype=request"))
            body = page.read_bytes()
            if i == 1:  # as servers send it: gzip content-encoding inside chunked transfer-encoding
                http = _http("200 OK", "text/html; charset=utf-8", Content_Encoding="gzip",
                             Transfer_Encoding="chunked")
                body = _chunked(gzip.compress(body))
            else:
                http = _http("200 OK", "text/html; charset=utf-8")
            w.write_record(w.create_warc_record(url, "response", payload=BytesIO(body), http_headers=http))
        w.write_record(w.create_warc_record("https://news.example.org/logo.png", "response",
                                            payload=BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(200)),
                                            http_headers=_http("200 OK", "image/png")))
        w.write_record(w.create_warc_record("https://news.example.org/gone", "response",
                                            payload=BytesIO(b"<html><body><p>Not found</p></body></html>"),
                                            http_headers=_http("404 Not Found", "text/html")))
        url = "https://news.example.org/ru/novosti"
        urls.append(url)
        w.write_record(w.create_warc_record(url, "response", payload=BytesIO(RUSSIAN.encode("cp1251")),
                                            http_headers=_http("200 OK", "text/html; charset=windows-1251")))
        url = "https://news.example.org/saved/page.html"
        urls.append(url)
        w.write_record(w.create_warc_record(url, "resource", payload=BytesIO(WARC_PAGES[0].read_bytes()),
                                            warc_content_type="text/html"))
    return urls


@pytest.fixture
def make_warc() -> Callable[..., list[str]]:
    """``make_warc(path, compress=True)`` writes the test crawl and returns its HTML pages' URIs."""
    return write_warc


@pytest.fixture
def crawl(tmp_path: Path) -> tuple[Path, list[str]]:
    """The test crawl as a gzipped WARC, with its HTML pages' URIs in order."""
    path = tmp_path / "crawl.warc.gz"
    return path, write_warc(path)


@pytest.fixture
def warc_pages() -> list[Path]:
    """The HTML pages the test crawl holds, in order (the resource record repeats the first)."""
    return list(WARC_PAGES)


# --- A made-up article and site menu for dumps built in tests (title, byline and date choice) ---

PARAS = [
    "The city council voted on Tuesday to approve a new budget that raises spending on schools and roads.",
    "Council members said the plan would be paid for by a small increase in property taxes next year.",
    "“This is the most important vote we will take this year,” the mayor told reporters after the meeting.",
    "Opponents said the tax increase would hurt families who are already struggling with higher prices.",
    "The budget now goes to the state for a final review, which is expected to take about two months.",
]
NAV = ["Home", "News", "Sport", "Weather", "Sign in", "Subscribe now"]

# A story of long paragraphs under a news page's header (menu, headline, byline, date), for the tests of
# the lines around an article's start (tests/test_text_openings.py, tests/test_text_lead.py).
MARKET_HALL = [
    "The city council voted on Tuesday to close the old market hall for a year of repairs, after an "
    "engineer's report found cracks in two of the beams that hold up its roof.",
    "Traders will move to a row of tents on the square outside while the work goes on, the council "
    "said, and their rents will be halved for as long as the hall stays shut.",
    "The hall was built in 1894 and last repaired in the seventies, when its glass roof was replaced "
    "with the panels that now let the rain in at several places.",
    "The work is expected to cost four million, most of it paid from a fund the region keeps for "
    "listed buildings, according to the council's own estimate.",
    "A public meeting on the plans will be held at the town library next month, where residents "
    "can put their questions to the engineers and to the council's planning officers.",
]
MARKET_HALL_HEAD = ["Home", "News", "Sport", "Culture", "Market hall to close for repairs", "By Dana Whitfield",
                    "March 3, 2024"]
MARKET_HALL_TAIL = ["Related stories", "Most read"]
