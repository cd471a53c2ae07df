"""`newsclean report`: the static site, checked as a real browser (headless Chromium) renders it."""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import shutil
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Iterator
from html import escape as html_escape
from pathlib import Path

import lxml.html
import pytest

import newsclean
from conftest import ROOT, SCRAPES, run_cli
from newsclean.report import ReportSite, page_blocks, page_name
from newsclean.report_order import Block
from newsclean.report_render import CSP, Legend, render_page

HTML_DATA = ROOT / "tests" / "data" / "html"


@pytest.fixture(scope="module")
def chromium() -> str:
    """Debian's chromium. CI installs it (.ci/run): there a missing browser fails the tests."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("chromium is not installed (CI must install it: see .ci/run)")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return exe


def dump_dom(chromium: str, page: Path, profile: Path) -> lxml.html.HtmlElement:
    """The DOM of ``page`` after Chromium loaded it and ran anything it would run (3 s of virtual time)."""
    out = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--virtual-time-budget=3000",
         f"--user-data-dir={profile}", "--dump-dom", page.resolve().as_uri()],
        capture_output=True, timeout=120, check=True)
    return lxml.html.document_fromstring(out.stdout)


def report(inputs: list[Path], out: Path, *extra: str) -> subprocess.CompletedProcess:
    result = run_cli("report", *[str(p) for p in inputs], "-o", str(out), "-q", *extra)
    assert (out / "index.html").is_file(), result.stderr.decode()
    return result


def test_index_shows_every_sample_title(chromium: str, tmp_path: Path) -> None:
    result = report([SCRAPES], tmp_path / "site")
    assert result.returncode == 0, result.stderr.decode()
    dom = dump_dom(chromium, tmp_path / "site" / "index.html", tmp_path / "profile")
    rows = dom.xpath("//table/tbody/tr")
    samples = sorted(SCRAPES.iterdir())
    assert len(rows) == len(samples) == 5
    shown = {" ".join(r.xpath("string(td[3])").split()) for r in rows}
    for sample in samples:
        title = newsclean.clean(sample.read_bytes()).title
        assert title and " ".join(title.split()) in shown
    # Every row links to its page, which exists; least confident first.
    for row in rows:
        href = row.xpath("td[2]/a/@href")[0]
        assert (tmp_path / "site" / href).is_file()
    confidences = [float(r.xpath("string(td[6])")) for r in rows]
    assert confidences == sorted(confidences)
    # Totals and the two inline SVG charts.
    assert "files5" in "".join(dom.xpath("string(//dl)").split())
    assert len(dom.xpath("//svg")) == 2


def test_page_shows_kept_and_removed_blocks_in_page_order(chromium: str, tmp_path: Path) -> None:
    sample = SCRAPES / "003_ca342df396e60271.txt"
    record = newsclean.clean(sample.read_bytes(), source=str(sample)).to_dict(explain=True)
    report([sample], tmp_path / "site")
    pages = list((tmp_path / "site" / "pages").iterdir())
    assert len(pages) == 1
    dom = dump_dom(chromium, pages[0], tmp_path / "profile")
    blocks = dom.xpath("//div[@class='blocks']/div")
    kept = [b.xpath("string(p)") for b in blocks if b.get("class") == "kept"]
    removed = [b for b in blocks if b.get("class") == "rm"]
    assert kept == record["text"].split("\n\n")
    # Each removed block is labelled with its reason in words, not only by colour (consecutive
    # blocks of one reason share a box, one paragraph each).
    labels: Counter[str] = Counter()
    for b in removed:
        labels[b.xpath("string(span[@class='why'])").removeprefix("removed: ")] += len(b.xpath(".//p"))
    assert labels == Counter(r["reason"] for r in record["removed"])
    # Page order: every block's text occurs in the input after the previous block's.
    source = " ".join(sample.read_text(encoding="utf-8").split())
    cursor = 0
    for p in dom.xpath("//div[@class='blocks']/div//p"):
        text = " ".join(p.xpath("string(.)").split())
        found = source.find(text[:40], cursor)
        assert found >= 0, text[:80]
        cursor = found
    # The title line and the byline come before the first kept paragraph, as in the scrape.
    first_kept = next(i for i, b in enumerate(blocks) if b.get("class") == "kept")
    assert {"title", "byline"} <= {b.xpath("string(span)").removeprefix("removed: ") for b in blocks[:first_kept]}
    legend = {dt.text_content(): dt.getnext().text_content() for dt in dom.xpath("//dl[@class='legend']/dt")}
    definitions = Legend().definitions
    assert legend == {r: definitions[r] for r in labels}
    field_rows = {tr.xpath("string(th)"): tr.xpath("string(td[2])") for tr in dom.xpath("//table/tbody/tr")}
    sources = record["field_sources"]
    assert field_rows["title"] == sources["title"]
    # The authors are parsed from the byline, so their row names the byline's source.
    assert record["authors"] and field_rows["authors"] == sources["byline"]


def test_html_page_blocks_follow_the_document(tmp_path: Path) -> None:
    """On real HTML pages, kept paragraphs stay in the record's order and every block is placed."""
    for page in sorted(HTML_DATA.glob("*.html")):
        record = newsclean.clean(page.read_bytes(), source=str(page)).to_dict(explain=True)
        blocks, order_known = page_blocks(record)
        assert order_known
        kept = [b.text for b in blocks if b.reason is None]
        assert kept == [p for p in record["text"].split("\n\n") if p.strip()], page.name
        assert len(blocks) == len(kept) + len(record["removed"])
        located = sum(b.found for b in blocks)
        assert located >= 0.9 * len(blocks), (page.name, located, len(blocks))
        # The site's header comes before the story and its footer after it, as on the page.
        assert blocks[0].reason is not None and blocks[0].found, page.name
        last_kept = max(i for i, b in enumerate(blocks) if b.reason is None)
        assert any(b.found and b.reason for b in blocks[last_kept:]), page.name


def test_comments_after_the_article(tmp_path: Path) -> None:
    page = HTML_DATA / "wordpress-de-comments.html"
    record = newsclean.clean(page.read_bytes(), source=str(page)).to_dict(explain=True)
    blocks, _ = page_blocks(record)
    last_kept = max(i for i, b in enumerate(blocks) if b.reason is None)
    comments = [i for i, b in enumerate(blocks) if b.reason == "comment-form" and b.found]
    assert comments and min(comments) > last_kept


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.hits.append(self.path)
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def local_server() -> Iterator[tuple[str, list[str]]]:
    """An HTTP server on 127.0.0.1 that records every request it gets."""
    hits: list[str] = []
    handler = type("Handler", (_Recorder,), {"hits": hits})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()


def _hostile_page(base: str) -> str:
    """A news page whose text (and markup) tries every way out of a report: scripts, handlers,
    javascript: links, breakouts from textarea, style, title and comments, and network loads."""
    payloads = [
        "<script>document.title='PWNED'</script>",
        f"<script>fetch('{base}/fetch-text')</script>",
        "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">",
        f"<img src=\"{base}/img-text\">",
        "</textarea><script>document.title='PWNED-textarea'</script>",
        "</style><script>document.title='PWNED-style'</script>",
        "</title><script>document.title='PWNED-title'</script>",
        "<!-- --><script>document.title='PWNED-comment'</script>",
        f"<a href=\"javascript:document.title='PWNED-link'\">click</a> <link rel=stylesheet href=\"{base}/css\">",
        "\"><svg onload=\"document.body.setAttribute('data-pwned','svg')\">",
    ]
    escaped = [_escape(p) for p in payloads]
    prose = ("The council met on Tuesday to discuss the budget for the coming year, and members "
             "argued for several hours about the cost of repairing the old bridge over the river. ")
    paragraphs = "\n".join(f"<p>{prose}Quoted from a reader's comment: {e} {prose}</p>" for e in escaped)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council argues over bridge {_escape(payloads[0])}</title>
<script>document.title='PWNED-own-script'</script>
<link rel="stylesheet" href="{base}/page-css">
</head><body>
<nav><a href="javascript:alert(1)">Home {escaped[2]}</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Council argues over bridge {escaped[0]}</h1>
<p class="byline">By Jane Doe</p>
{paragraphs}
<p>Read more: <a href="javascript:document.title='PWNED-real-link'">the full budget</a>
<img src="{base}/real-img" onerror="document.body.setAttribute('data-pwned','real')"></p>
</article>
<footer>Share this story {escaped[4]} Copyright 2024 All rights reserved</footer>
<script>fetch('{base}/real-fetch')</script>
</body></html>"""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def test_hostile_page_renders_inert(chromium: str, tmp_path: Path, local_server: tuple[str, list[str]]) -> None:
    base, hits = local_server
    inputs = tmp_path / "in"
    inputs.mkdir()
    # The file name is hostile too: it is shown in the index and the page, and names the page file.
    hostile = inputs / "x\"><img src=y onerror=alert(1)><b onmouseover='alert(2)'>.html"
    hostile.write_text(_hostile_page(base), encoding="utf-8")
    control = tmp_path / "control.html"  # the harness itself: the same page, opened raw, does run
    control.write_text(_hostile_page(base), encoding="utf-8")
    dom = dump_dom(chromium, control, tmp_path / "profile0")
    assert dom.findtext(".//title") == "PWNED-own-script" and hits, "the control page should have run"
    hits.clear()

    site = tmp_path / "site"
    report([inputs], site)
    record = json.loads(run_cli("clean", "--explain", str(hostile)).stdout)
    assert any("<script>" in p for p in record["text"].split("\n\n")), "the payloads should reach the text"
    pages = list((site / "pages").iterdir())
    assert len(pages) == 1 and pages[0].name.isascii() and len(pages[0].name.encode()) < 255
    for n, path in enumerate([site / "index.html", pages[0]]):
        html = path.read_text(encoding="utf-8")
        dom = dump_dom(chromium, path, tmp_path / f"profile{n + 1}")
        assert not dom.xpath("//script | //img | //iframe | //object | //embed | //link | //form | //textarea")
        assert not dom.xpath("//*[@data-pwned] | //*[starts-with(@href, 'javascript:')]")
        assert not [a for a in dom.xpath("//@*") if a.attrname.lower().startswith("on")]
        # The title quotes the page's title (payload included) as text; a script would have replaced it.
        assert (dom.findtext(".//title") or "").startswith("newsclean report")
        assert dom.xpath("//meta[@http-equiv='Content-Security-Policy']/@content") == [CSP]
        # The payloads are there, as text a reader can see.
        text = dom.text_content()
        assert "onerror=alert(1)" in text
        if path != site / "index.html":
            assert "<script>document.title='PWNED'</script>" in text
            assert "</textarea><script>" in text and "javascript:document.title" in text
            assert dom.xpath("//div[@class='rm']"), "the nav and footer are shown as removed blocks"
        assert "<script" not in html.lower().replace("&lt;script", "")
    assert hits == [], f"the report made network requests: {hits}"


def test_index_is_paginated_and_page_names_are_safe(tmp_path: Path) -> None:
    site = ReportSite(tmp_path / "site", page_rows=2)
    records = []
    for n, sample in enumerate(sorted(SCRAPES.iterdir())):
        record = newsclean.clean(sample.read_bytes(), source=str(sample)).to_dict(explain=True)
        records.append(record)
        site.write(record, f"deep/{'é' * 200}/{n}.txt" if n == 0 else sample.name)
    site.write({"source": "missing.txt", "error": {"type": "read", "message": "no such file"}}, "missing.txt")
    site.close()
    indexes = sorted(p.name for p in (tmp_path / "site").glob("index*.html"))
    assert indexes == ["index-2.html", "index-3.html", "index.html"]
    shown = []
    for name in ("index.html", "index-2.html", "index-3.html"):
        dom = lxml.html.parse(str(tmp_path / "site" / name)).getroot()
        shown += [r.xpath("string(td[2])") for r in dom.xpath("//table/tbody/tr")]
        assert len(dom.xpath("//nav[@class='pager']//a")) == 4  # two pagers linking the two other pages
    assert shown[0] == "missing.txt"  # failures first
    assert sorted(shown[1:]) == sorted(r["source"] for r in records)
    names = [p.name for p in (tmp_path / "site" / "pages").iterdir()]
    assert len(names) == len(set(names)) == 6
    assert all(n.isascii() and len(n.encode()) < 255 and "/" not in n for n in names)
    # A second, smaller report in the same folder leaves nothing of the first behind.
    small = ReportSite(tmp_path / "site")
    small.write(records[0], "one.txt")
    small.close(complete=False)  # interrupted: the index covers what was done, and says so
    assert "Interrupted" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert sorted(p.name for p in (tmp_path / "site").glob("index*.html")) == ["index.html"]
    assert [p.name for p in (tmp_path / "site" / "pages").iterdir()] == [page_name(1, "one.txt")]


def test_page_names() -> None:
    assert page_name(7, "a/b c.html") == "000007-a_b_c.html.html"
    assert page_name(1, "../../etc/passwd") == "000001-etc_passwd.html"
    assert page_name(3, "日本語.txt") == "000003-txt.html"
    assert len(page_name(999999, "x" * 10000).encode()) < 255


def test_report_cli_errors_and_stdin(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = run_cli("report", str(missing), "-o", str(tmp_path / "site"), "-q")
    assert result.returncode == 1 and b"missing.txt" in result.stderr
    assert "read" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    (tmp_path / "file").write_text("x")
    assert run_cli("report", str(SCRAPES), "-o", str(tmp_path / "file")).returncode == 2
    # stdin cannot be read twice: its page lists kept blocks, then removed ones, and says so.
    sample = (SCRAPES / "000_40f9ec21c790090a.txt").read_bytes()
    result = run_cli("report", "-", "-o", str(tmp_path / "stdin"), "-q", input=sample)
    assert result.returncode == 0, result.stderr.decode()
    page = next((tmp_path / "stdin" / "pages").iterdir()).read_text(encoding="utf-8")
    assert "page order is unknown" in page


def test_warc_pages_are_read_again_for_their_order(tmp_path: Path) -> None:
    """A WARC's pages are found again by their record offset, so their blocks are in page order too."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = [HTML_DATA / "wordpress-de-comments.html", HTML_DATA / "aljazeera-moonshot.html"]
    archive = tmp_path / "crawl.warc.gz"
    with open(archive, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i, page in enumerate(pages):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://news.example.org/{i}", "response",
                                                          payload=BytesIO(page.read_bytes()), http_headers=http))
    result = report([archive], tmp_path / "site")
    assert result.returncode == 0, result.stderr.decode()
    written = sorted((tmp_path / "site" / "pages").iterdir())
    assert len(written) == 2 and all("crawl.warc.gz_" in p.name for p in written)
    for path, page in zip(written, pages, strict=True):
        html = path.read_text(encoding="utf-8")
        assert "in page order" in html and "Blocks not found" not in html, path.name
        record = newsclean.clean(page.read_bytes()).to_dict()
        first = record["text"].split("\n\n")[0]
        assert html_escape(first[:40]) in html


def test_a_page_the_disk_refuses_is_a_failure_in_the_index(tmp_path: Path) -> None:
    site = ReportSite(tmp_path / "site")
    (tmp_path / "site" / "pages" / page_name(1, "one.txt")).mkdir()  # a folder where the page should go
    sample = SCRAPES / "000_40f9ec21c790090a.txt"
    record = newsclean.clean(sample.read_bytes(), source=str(sample)).to_dict(explain=True)
    # The page is rendered in the background: its failure is raised by this write if already known
    # (the CLI then reports it on stderr and in the exit status), and always shown in the index.
    with contextlib.suppress(OSError):
        site.write(record, "one.txt")
    site.close()
    dom = lxml.html.parse(str(tmp_path / "site" / "index.html")).getroot()
    assert dom.xpath("string(//table/tbody/tr/td[@class='err'])") == "page-not-written"
    assert "failed1(page-not-written1)" in "".join(dom.xpath("string(//dl)").split())


def test_visible_text_of_html() -> None:
    from newsclean.report_order import visible_text

    page = ("<p>a<b>c</b> &amp; d<script>alert(1)</script>e<!-- x -->f<STYLE>p{}</style >g"
            "<svg><title>t</title></svg>h<svg src=x/>i<script>never closed")
    assert " ".join(visible_text(page, "html").split()) == "a c & d e f g h i never closed"
    # Unclosed scripts, comments and tags cost linear time, not a scan to the end for each one.
    for hostile in ("<script" * 200_000, "<!--" * 200_000, "<script>" * 200_000, "a < b " * 200_000):
        start = time.perf_counter()
        visible_text(hostile, "html")
        assert time.perf_counter() - start < 5


def test_consecutive_removals_of_one_reason_share_a_box() -> None:
    """A menu's links are one box of the menu's reason, not one box per link; a kept paragraph or
    another reason starts a new box, and every block keeps its own paragraph."""
    blocks = [Block("Home", "nav"), Block("World", "nav"), Block("Sport", "nav"),
              Block("The council approved the budget on Monday after a long debate.", None),
              Block("Share on Facebook", "share-widget"), Block("More news", "nav")]
    record = {"source": "page.html", "format": "html", "title": "Budget", "text": blocks[3].text, "removed": []}
    page = lxml.html.fromstring(render_page(record, blocks, Legend(), "../index.html", True))
    boxes = page.xpath("//div[@class='blocks']/div")
    assert [b.get("class") for b in boxes] == ["rm", "kept", "rm", "rm"]
    assert [b.xpath("string(span[@class='why'])") for b in boxes if b.get("class") == "rm"] == \
        ["removed: nav", "removed: share-widget", "removed: nav"]
    assert [p.text_content() for p in boxes[0].xpath(".//p")] == ["Home", "World", "Sport"]
    assert boxes[0].xpath("string(span[@class='n'])") == "3 blocks"
