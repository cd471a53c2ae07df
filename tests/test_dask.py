"""Running on a Dask cluster: a real scheduler and two worker processes on loopback."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import SCRAPES, PageSet, jsonl, run_cli

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def scheduler() -> str:
    """A scheduler and two worker processes (one thread each) listening on 127.0.0.1 only."""
    import logging

    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                       dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR)
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


@pytest.fixture
def folder(tmp_path: Path, page_set: PageSet, make_warc: Callable[..., list[str]]) -> Path:
    """A generated tree: the samples, real HTML pages in sub-folders, a WARC, and inputs that fail."""
    root = tmp_path / "in"
    shutil.copytree(SCRAPES, root / "samples")
    for i, page in enumerate(page_set.files("html")[:12]):
        sub = root / "html" / f"site{i % 3}"
        sub.mkdir(parents=True, exist_ok=True)
        shutil.copy(page, sub / page.name)
    make_warc(root / "crawl.warc.gz")
    (root / "html" / "broken.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(500))  # binary: an error record
    (root / "html" / "empty.htm").write_bytes(b"")
    return root


def parts(out: Path) -> list[Path]:
    return sorted(out.glob("part-*.jsonl"))


def records(out: Path) -> list[dict]:
    return [rec for part in parts(out) for rec in jsonl(part.read_bytes())]


def test_cluster_run_equals_local_run_record_for_record(scheduler: str, folder: Path, tmp_path: Path):
    local = run_cli("clean", str(folder), str(SCRAPES), "--format", "jsonl", "--jobs", "2", "-q")
    out = tmp_path / "out"
    dist = run_cli("clean", "--scheduler", scheduler, str(folder), str(SCRAPES), "-o", str(out),
                   "--partition-size", "4")
    assert dist.returncode == local.returncode == 1, dist.stderr  # the binary and empty inputs fail
    expected = jsonl(local.stdout)
    got = records(out)
    assert got == expected  # same records, same order: partition N holds inputs 4N..4N+3
    assert len(parts(out)) == -(-len(expected) // 4)
    assert all(len(jsonl(p.read_bytes())) == 4 for p in parts(out)[:-1])
    assert not list(out.glob(".*tmp"))
    errors = [r["source"] for r in got if r.get("error")]
    assert sorted(Path(s).name for s in errors) == ["broken.html", "empty.htm"]
    lines = dist.stderr.decode().strip().splitlines()
    local_errors = local.stderr.decode().splitlines()  # -q: only the error lines
    assert [ln for ln in lines if ln.startswith("newsclean: error:")] == local_errors and len(local_errors) == 2
    assert lines[-1].startswith(f"newsclean: {len(expected)} files, 2 failed")
    assert "WARC records skipped" in lines[-1]
    assert any("crawl.warc.gz#" in r["source"] for r in got)


def test_rerun_with_bigger_partitions_leaves_no_stale_parts(scheduler: str, tmp_path: Path):
    out = tmp_path / "out"
    first = run_cli("clean", "--scheduler", scheduler, str(SCRAPES), "-o", str(out), "--partition-size", "1", "-q")
    assert first.returncode == 0, first.stderr
    assert [p.name for p in parts(out)] == [f"part-{i:05d}.jsonl" for i in range(5)]
    before = records(out)
    second = run_cli("clean", "--scheduler", scheduler, str(SCRAPES), "-o", str(out), "--partition-size", "2", "-q")
    assert second.returncode == 0, second.stderr
    assert [p.name for p in parts(out)] == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    assert records(out) == before


def test_fsspec_file_urls_in_and_out(scheduler: str, folder: Path, tmp_path: Path):
    pytest.importorskip("fsspec")
    url = folder.resolve().as_uri()
    local = run_cli("clean", url, "--format", "jsonl", "-q")
    out = tmp_path / "url-out"
    dist = run_cli("clean", "--scheduler", scheduler, url, "-o", out.resolve().as_uri(), "-q")
    assert dist.returncode == local.returncode == 1, dist.stderr
    expected = jsonl(local.stdout)
    assert records(out) == expected
    assert all(r["source"].startswith("file://") for r in expected)
    # The same pages read by path give the same articles.
    by_path = jsonl(run_cli("clean", str(folder), "--format", "jsonl", "-q").stdout)
    assert [r.get("text") for r in expected] == [r.get("text") for r in by_path]


def test_local_cluster_of_worker_processes(tmp_path: Path):
    local = run_cli("clean", str(SCRAPES), "--format", "jsonl", "-q")
    out = tmp_path / "out"
    dist = run_cli("clean", "--scheduler", "local:2", str(SCRAPES), "-o", str(out), "-q")
    assert dist.returncode == 0, dist.stderr
    assert records(out) == jsonl(local.stdout)


@pytest.mark.parametrize("args, message", [
    (["--scheduler", "local:2", "IN"], "needs -o"),
    (["--scheduler", "local:2", "IN", "-o", "all.jsonl"], "names a folder"),
    (["--scheduler", "local:0", "IN", "-o", "OUT"], "local:N"),
    (["--scheduler", "local:2", "IN", "-o", "OUT", "--format", "text"], "JSON Lines"),
])
def test_usage_errors(tmp_path: Path, args: list[str], message: str):
    args = [str(SCRAPES) if a == "IN" else str(tmp_path / a) if a in ("OUT", "all.jsonl") else a for a in args]
    proc = run_cli("clean", *args)
    assert proc.returncode == 2
    assert message in proc.stderr.decode()
    assert not (tmp_path / "OUT").exists()


def test_now_mtime_with_a_url_input_resolves_relative_dates(tmp_path: Path):
    pytest.importorskip("fsspec")
    import os

    page = tmp_path / "003.txt"
    page.write_bytes((SCRAPES / "003_ca342df396e60271.txt").read_bytes())
    stamp = 1662832800  # 2022-09-10 18:00:00 UTC
    os.utime(page, (stamp, stamp))
    by_url = run_cli("clean", page.resolve().as_uri(), "--now", "mtime", "--compact")
    by_path = run_cli("clean", str(page), "--now", "mtime", "--compact")
    assert by_url.returncode == by_path.returncode == 0, by_url.stderr
    url_rec, path_rec = json.loads(by_url.stdout), json.loads(by_path.stdout)
    assert url_rec["date_text"] == "1 hour"
    assert url_rec["date"] is not None and url_rec["date"] == path_rec["date"]
