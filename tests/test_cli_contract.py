"""The command's contract, through the installed console script."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import SCRAPES, jsonl, run_cli

RECORD_KEYS = {"source", "format", "title", "byline", "authors", "date", "date_text", "site_name", "url",
               "language", "description", "text", "word_count", "confidence", "error"}


def test_stdin_pipe_gives_one_record_line():
    data = (SCRAPES / "001_f65817e5cfe2b1d8.txt").read_bytes()
    proc = run_cli("clean", input=data)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode()
    assert out.count("\n") == 1 and out.startswith("{")  # not a terminal: one line, as for many inputs
    rec = json.loads(out)
    assert set(rec) == RECORD_KEYS
    assert rec["source"] == "-" and rec["format"] == "text" and rec["error"] is None
    assert "Izyum" in rec["text"] and rec["word_count"] > 100


def test_dash_and_compact():
    data = (SCRAPES / "001_f65817e5cfe2b1d8.txt").read_bytes()
    proc = run_cli("clean", "-", "--compact", input=data)
    assert proc.returncode == 0
    assert len(proc.stdout.decode().strip().splitlines()) == 1


def test_folder_gives_sorted_jsonl(scrapes_copy: Path):
    proc = run_cli("clean", str(scrapes_copy), "-q")
    assert proc.returncode == 0, proc.stderr
    recs = jsonl(proc.stdout)
    names = [Path(r["source"]).name for r in recs]
    assert names == sorted(p.name for p in SCRAPES.iterdir())
    assert all(set(r) == RECORD_KEYS for r in recs)
    assert proc.stderr == b""


def test_jobs_do_not_change_output(scrapes_copy: Path):
    (scrapes_copy / "sub").mkdir()
    (scrapes_copy / "sub" / "page.html").write_text("<html><body><article><p>" + "Word and words. " * 40
                                                     + "</p></article></body></html>")
    one = run_cli("clean", str(scrapes_copy), "-q", "--jobs", "1")
    two = run_cli("clean", str(scrapes_copy), "-q", "--jobs", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert len(jsonl(one.stdout)) == 6


def test_output_folder_mirrors_tree(scrapes_copy: Path, tmp_path: Path):
    (scrapes_copy / "deeper").mkdir()
    (scrapes_copy / "001_f65817e5cfe2b1d8.txt").rename(scrapes_copy / "deeper" / "moved.txt")
    out = tmp_path / "out"
    proc = run_cli("clean", str(scrapes_copy), "-o", str(out), "-q")
    assert proc.returncode == 0, proc.stderr
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*.json"))
    assert "deeper/moved.txt.json" in written and len(written) == 5
    rec = json.loads((out / "deeper" / "moved.txt.json").read_text())
    assert "Izyum" in rec["text"]
    assert not list(out.rglob("*.tmp"))


def test_output_jsonl_file(scrapes_copy: Path, tmp_path: Path):
    target = tmp_path / "all.jsonl"
    proc = run_cli("clean", str(scrapes_copy), "-o", str(target), "-q")
    assert proc.returncode == 0
    assert proc.stdout == b""
    assert len(jsonl(target.read_bytes())) == 5


def test_format_text_separates_with_form_feed(scrapes_copy: Path):
    proc = run_cli("clean", str(scrapes_copy), "--format", "text", "-q")
    assert proc.returncode == 0
    chunks = proc.stdout.decode().split("\f\n")
    assert len(chunks) == 5
    assert not chunks[0].lstrip().startswith("{")


def test_missing_file_is_an_error_record_and_exit_1(scrapes_copy: Path):
    missing = scrapes_copy / "nope.txt"
    proc = run_cli("clean", str(scrapes_copy / "000_40f9ec21c790090a.txt"), str(missing), "-q")
    assert proc.returncode == 1
    recs = jsonl(proc.stdout)
    assert len(recs) == 2 and recs[0]["error"] is None
    assert recs[1]["source"] == str(missing) and recs[1]["error"]["type"] == "read"
    err = proc.stderr.decode().strip().splitlines()
    assert len(err) == 1 and str(missing) in err[0]


def test_fail_fast_stops(scrapes_copy: Path):
    proc = run_cli("clean", str(scrapes_copy / "missing.txt"), str(scrapes_copy), "--fail-fast", "-q")
    assert proc.returncode == 1
    assert len(jsonl(proc.stdout)) == 1


def test_bad_option_is_usage_error():
    proc = run_cli("clean", "--no-such-option")
    assert proc.returncode == 2
    assert b"no-such-option" in proc.stderr


def test_bad_now_is_usage_error():
    proc = run_cli("clean", str(SCRAPES), "--now", "yesterday-ish")
    assert proc.returncode == 2


def test_summary_line_on_stderr(scrapes_copy: Path):
    proc = run_cli("clean", str(scrapes_copy))
    assert proc.returncode == 0
    lines = proc.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "5 files" in lines[0] and "0 failed" in lines[0]
    assert "\x1b[" not in proc.stderr.decode()


def test_python_dash_m(scrapes_copy: Path):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "newsclean", "clean", "--compact",
                           str(scrapes_copy / "003_ca342df396e60271.txt")], capture_output=True)
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["format"] == "text"


def test_inputs_never_modified(scrapes_copy: Path, tmp_path: Path):
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in scrapes_copy.iterdir()}
    run_cli("clean", str(scrapes_copy), "-o", str(tmp_path / "o"), "-q", "--explain")
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in scrapes_copy.iterdir()}
    assert before == after
