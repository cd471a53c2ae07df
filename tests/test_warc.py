"""WARC input: archives built with warcio itself, cleaned record by record."""

from __future__ import annotations

import gzip
import json
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import newsclean
from conftest import DEV, jsonl, run_cli
from newsclean.batch import iter_tasks
from newsclean.reading import decode
from newsclean.tasks import Options, Tally, clean_task
from newsclean.warc import charset_of, html_offsets, read_page

DEV_HTML = DEV / "html"
if not DEV_HTML.is_dir():  # the dev pages live outside the repo; fall back to nothing rather than a network
    pytest.skip("dev HTML pages not available", allow_module_level=True)
PAGES = sorted(DEV_HTML.glob("*.html"))[:3]
RUSSIAN = ("<html><head><title>Новости города</title></head><body><article><h1>Новости города</h1>"
           "<p>Городской совет утвердил новый план развития парков и набережной на ближайшие годы.</p>"
           "<p>Жители смогут обсудить проект на открытых слушаниях в следующем месяце в здании библиотеки.</p>"
           "<p>По словам архитекторов, работы начнутся весной и займут около двух лет.</p>"
           "<p>Часть средств выделит область, остальное покроет городской бюджет и частные партнёры.</p>"
           "<p>Горожане уже предложили добавить велодорожки, детские площадки и новые фонари вдоль реки.</p>"
           "</article></body></html>")


def _http(status: str, content_type: str, **extra: str) -> StatusAndHeaders:
    headers = [("Content-Type", content_type)] + [(k.replace("_", "-"), v) for k, v in extra.items()]
    return StatusAndHeaders(status, headers, protocol="HTTP/1.1")


def _chunked(data: bytes, size: int = 4000) -> bytes:
    out = b"".join(b"%x\r\n%s\r\n" % (len(data[i:i + size]), data[i:i + size]) for i in range(0, len(data), size))
    return out + b"0\r\n\r\n"


def write_warc(path: Path, compress: bool = True) -> list[str]:
    """Write a small crawl; returns the target URIs of its HTML pages in order."""
    urls = []
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=compress)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "newsclean tests"}))
        for i, page in enumerate(PAGES):
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
        # A page whose only charset declaration is the HTTP header.
        url = "https://news.example.org/ru/novosti"
        urls.append(url)
        w.write_record(w.create_warc_record(url, "response", payload=BytesIO(RUSSIAN.encode("cp1251")),
                                            http_headers=_http("200 OK", "text/html; charset=windows-1251")))
        url = "https://news.example.org/saved/page.html"
        urls.append(url)
        w.write_record(w.create_warc_record(url, "resource", payload=BytesIO(PAGES[0].read_bytes()),
                                            warc_content_type="text/html"))
    return urls


@pytest.fixture
def crawl(tmp_path: Path) -> tuple[Path, list[str]]:
    path = tmp_path / "crawl.warc.gz"
    return path, write_warc(path)


def test_cli_cleans_every_html_page_record(crawl: tuple[Path, list[str]]):
    path, urls = crawl
    proc = run_cli("clean", str(path), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    recs = jsonl(proc.stdout)
    assert [r["url"] for r in recs] == urls
    offsets = [int(r["source"].rsplit("#", 1)[1]) for r in recs]
    assert all(r["source"] == f"{path}#{o}" for r, o in zip(recs, offsets, strict=True))
    assert offsets == sorted(set(offsets)) and offsets[0] > 0  # the warcinfo record comes first
    assert all(r["error"] is None and r["word_count"] > 40 for r in recs), [r["word_count"] for r in recs]
    summary = proc.stderr.decode().strip().splitlines()[-1]
    assert "5 files, 0 failed" in summary
    assert "2 WARC records skipped (1 not 200, 1 not HTML)" in summary


def test_record_text_equals_cleaning_the_page_as_a_file(crawl: tuple[Path, list[str]]):
    path, urls = crawl
    tasks = list(iter_tasks([str(path)], None))
    records = [clean_task(t, Options()).record for t in tasks]
    for page, rec in zip(PAGES, records[:len(PAGES)], strict=True):
        as_file = newsclean.clean(page.read_bytes(), source=str(page))
        assert rec["text"] == as_file.text and rec["text"]
        assert rec["title"] == as_file.title
    # The resource record holds the first page again.
    assert records[-1]["text"] == records[0]["text"]


def test_http_charset_decodes_an_undeclared_page(crawl: tuple[Path, list[str]]):
    path, urls = crawl
    rec = next(clean_task(t, Options()).record for t in iter_tasks([str(path)], None)
               if t.offset is not None and read_page(t.path, t.offset, 10**6).url == urls[3])
    assert rec["title"] == "Новости города"
    assert "набережной" in rec["text"]
    # Short pages are where a detector guesses wrong and the header's charset decides.
    polish = "<p>Zażółć gęślą jaźń, łódź i śnieg.</p>"
    assert decode(polish.encode("iso8859_2"), charset_of("text/html; charset=ISO-8859-2")) == polish
    assert charset_of("text/html; charset=ISO-8859-1") == "cp1252"
    assert charset_of('text/html; charset="utf-8"') == "utf-8"
    assert charset_of("text/html; charset=no-such-thing") is None


def test_uncompressed_warc_gives_the_same_pages(tmp_path: Path, crawl: tuple[Path, list[str]]):
    plain = tmp_path / "crawl.warc"
    write_warc(plain, compress=False)
    a = [clean_task(t, Options()).record for t in iter_tasks([str(crawl[0])], None)]
    b = [clean_task(t, Options()).record for t in iter_tasks([str(plain)], None)]
    strip = ("source",)
    assert [{k: v for k, v in r.items() if k not in strip} for r in a] == \
           [{k: v for k, v in r.items() if k not in strip} for r in b]


def test_folder_default_globs_take_warcs_and_jobs_keep_order(tmp_path: Path, crawl: tuple[Path, list[str]]):
    folder = tmp_path / "in"
    folder.mkdir()
    crawl[0].rename(folder / "b.warc.gz")
    (folder / "a.html").write_bytes(PAGES[2].read_bytes())
    (folder / "notes.md").write_text("not an input")
    one = run_cli("clean", str(folder), "-q", "--jobs", "1")
    two = run_cli("clean", str(folder), "-q", "--jobs", "2")
    assert one.returncode == two.returncode == 0, one.stderr + two.stderr
    assert one.stdout == two.stdout
    sources = [r["source"] for r in jsonl(one.stdout)]
    assert sources[0].endswith("a.html") and len(sources) == 6
    assert all("b.warc.gz#" in s for s in sources[1:])


def test_skip_counting_and_offsets_are_readable(crawl: tuple[Path, list[str]]):
    path, urls = crawl
    tally = Tally()
    offsets = list(html_offsets(str(path), tally.skip_record))
    assert tally.records_skipped == {"not HTML": 1, "not 200": 1}
    assert [read_page(str(path), o, 10**7).url for o in offsets] == urls


def test_broken_archives_become_error_records(tmp_path: Path, crawl: tuple[Path, list[str]]):
    path, _ = crawl
    data = path.read_bytes()
    truncated = tmp_path / "truncated.warc.gz"
    truncated.write_bytes(data[:-2000])  # the download stopped inside the last record
    garbage = tmp_path / "garbage.warc"
    garbage.write_bytes(b"this is not a WARC file at all\n" * 20)
    proc = run_cli("clean", str(truncated), str(garbage), str(tmp_path / "missing.warc.gz"), "--format", "jsonl")
    assert proc.returncode == 1
    recs = jsonl(proc.stdout)
    errors = [r for r in recs if r["error"]]
    assert {r["source"].split("#")[0] for r in errors} == {
        str(truncated), str(garbage), str(tmp_path / "missing.warc.gz")}
    assert [r["error"] is None for r in recs[:4]] == [True] * 4  # the records before the cut still come out
    assert "cut short" in recs[4]["error"]["message"]
    assert "no WARC record" in recs[5]["error"]["message"]
    assert recs[6]["error"]["type"] == "read"
    assert len(proc.stderr.decode().strip().splitlines()) == len(errors) + 1  # one line each, then the summary


def test_single_gzip_stream_warc_explains_how_to_fix(tmp_path: Path, crawl: tuple[Path, list[str]]):
    plain = tmp_path / "crawl.warc"
    write_warc(plain, compress=False)
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))  # one gzip member: cannot seek to records
    recs = [clean_task(t, Options()).record for t in iter_tasks([str(whole)], None)]
    assert any(r["error"] and "warcio recompress" in r["error"]["message"] for r in recs)


def test_output_folder_names_records_by_offset(tmp_path: Path, crawl: tuple[Path, list[str]]):
    out = tmp_path / "out"
    proc = run_cli("clean", str(crawl[0]), "-o", str(out), "-q")
    assert proc.returncode == 0, proc.stderr
    written = sorted(out.rglob("*.json"))
    assert len(written) == 5 and all(p.name.startswith("crawl.warc.gz#") for p in written)
    assert json.loads(written[0].read_text())["url"].startswith("https://news.example.org/")

