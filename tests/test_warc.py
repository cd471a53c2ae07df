"""WARC input: archives built with warcio itself, cleaned record by record."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path

import newsclean
from conftest import jsonl, run_cli
from newsclean.batch import iter_tasks
from newsclean.reading import decode
from newsclean.tasks import Options, Tally, clean_task
from newsclean.warc import charset_of, html_offsets, read_page


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


def test_record_text_equals_cleaning_the_page_as_a_file(crawl: tuple[Path, list[str]], warc_pages: list[Path]):
    path, urls = crawl
    tasks = list(iter_tasks([str(path)], None))
    records = [clean_task(t, Options()).record for t in tasks]
    for page, rec in zip(warc_pages, records[:len(warc_pages)], strict=True):
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


def test_uncompressed_warc_gives_the_same_pages(tmp_path: Path, crawl: tuple[Path, list[str]],
                                                make_warc: Callable[..., list[str]]):
    plain = tmp_path / "crawl.warc"
    make_warc(plain, compress=False)
    a = [clean_task(t, Options()).record for t in iter_tasks([str(crawl[0])], None)]
    b = [clean_task(t, Options()).record for t in iter_tasks([str(plain)], None)]
    strip = ("source",)
    assert [{k: v for k, v in r.items() if k not in strip} for r in a] == \
           [{k: v for k, v in r.items() if k not in strip} for r in b]


def test_folder_default_globs_take_warcs_and_jobs_keep_order(tmp_path: Path, crawl: tuple[Path, list[str]],
                                                             warc_pages: list[Path]):
    folder = tmp_path / "in"
    folder.mkdir()
    crawl[0].rename(folder / "b.warc.gz")
    (folder / "a.html").write_bytes(warc_pages[2].read_bytes())
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


def test_single_gzip_stream_warc_explains_how_to_fix(tmp_path: Path, make_warc: Callable[..., list[str]]):
    plain = tmp_path / "crawl.warc"
    make_warc(plain, compress=False)
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

