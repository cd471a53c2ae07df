"""Batch runs through the console script: ordering across --jobs, hangs, crashes, interruption,
resuming, streaming.

Hangs and crashes cannot be produced on demand by real pages, so these tests set
NEWSCLEAN_TEST_HOOKS=1, under which a file starting with ``newsclean-test-hook: hang|crash|sleep=S``
makes the cleaner hang, die by SIGSEGV, or sleep (see ``newsclean.tasks._test_hook``).
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import time
from pathlib import Path

import psutil
import pytest

from conftest import SCRAPES, PageSet, jsonl, newsclean_argv, run_cli

HOOKS_ENV = {**os.environ, "NEWSCLEAN_TEST_HOOKS": "1"}
ARTICLE = "A title line\n\n" + "A paragraph of the article with enough plain words to be kept. " * 5 + "\n"


def _hooked(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(newsclean_argv() + list(args), capture_output=True, env=HOOKS_ENV, timeout=timeout)


@pytest.fixture
def mixed_folder(tmp_path: Path, page_set: PageSet) -> Path:
    """Real HTML and text pages in nested folders, plus two bad files."""
    d = tmp_path / "mixed"
    shutil.copytree(SCRAPES, d / "scrapes")
    sources = page_set.files("html")[:10] + page_set.files("text_inscriptis")[:6]
    for i, src in enumerate(sources):
        sub = d / f"part{i % 3}"
        sub.mkdir(exist_ok=True)
        shutil.copy(src, sub / f"{i:02d}_{src.name}")
    (d / "part0" / "empty.html").write_bytes(b"")
    (d / "part1" / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    return d


def test_jobs_give_byte_identical_sorted_output(mixed_folder: Path):
    outs = {j: run_cli("clean", str(mixed_folder), "-q", "--jobs", j) for j in ("1", "2", "3")}
    assert {p.returncode for p in outs.values()} == {1}  # the two bad files
    assert outs["1"].stdout == outs["2"].stdout == outs["3"].stdout
    sources = [r["source"] for r in jsonl(outs["1"].stdout)]
    assert sources == sorted(sources) and len(sources) == len(list(mixed_folder.rglob("*.*")))


def test_jobs_give_identical_mirrored_files(mixed_folder: Path, tmp_path: Path):
    trees = {}
    for j in ("1", "2"):
        out = tmp_path / f"out{j}"
        assert run_cli("clean", str(mixed_folder), "-o", str(out), "-q", "--jobs", j).returncode == 1
        trees[j] = {str(p.relative_to(out)): p.read_bytes() for p in out.rglob("*")
                    if p.is_file() and p.name != ".newsclean-output"}
    assert trees["1"] == trees["2"] and len(trees["1"]) == len(list(mixed_folder.rglob("*.*")))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_hanging_file_times_out_and_the_batch_goes_on(tmp_path: Path, jobs: str):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(6):
        (d / f"{i}.txt").write_text(ARTICLE)
    (d / "2.txt").write_text("newsclean-test-hook: hang\n")
    start = time.monotonic()
    proc = _hooked("clean", str(d), "--timeout", "1.5", "--jobs", jobs, "-q")
    assert time.monotonic() - start < 20
    assert proc.returncode == 1
    recs = jsonl(proc.stdout)
    assert [Path(r["source"]).name for r in recs] == [f"{i}.txt" for i in range(6)]
    assert recs[2]["error"]["type"] == "timeout"
    assert all(r["error"] is None for i, r in enumerate(recs) if i != 2)
    err = proc.stderr.decode().strip().splitlines()
    assert len(err) == 1 and "2.txt" in err[0] and "timeout" in err[0]


def test_timeout_applies_to_a_single_input_in_process(tmp_path: Path):
    hang = tmp_path / "hang.txt"
    hang.write_text("newsclean-test-hook: hang\n")
    start = time.monotonic()
    proc = _hooked("clean", str(hang), "--timeout", "1", "--compact")
    assert time.monotonic() - start < 15
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["error"]["type"] == "timeout"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_crashing_worker_costs_only_its_file(tmp_path: Path, jobs: str):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(8):
        (d / f"{i}.txt").write_text(ARTICLE)
    for i in (1, 5):
        (d / f"{i}.txt").write_text("newsclean-test-hook: crash\n")
    proc = _hooked("clean", str(d), "--jobs", jobs, "-q")
    assert proc.returncode == 1
    recs = jsonl(proc.stdout)
    assert len(recs) == 8
    assert [i for i, r in enumerate(recs) if r["error"]] == [1, 5]
    assert all("SIGSEGV" in recs[i]["error"]["message"] and recs[i]["error"]["type"] == "worker-crashed"
               for i in (1, 5))
    assert len(proc.stderr.decode().strip().splitlines()) == 2


def _slow_folder(tmp_path: Path, n: int = 40, seconds: float = 0.08) -> Path:
    d = tmp_path / "slow"
    d.mkdir()
    for i in range(n):
        (d / f"{i:03d}.txt").write_text(f"newsclean-test-hook: sleep={seconds}\n" + ARTICLE)
    return d


def _wait_for_outputs(out: Path, count: int, limit: float = 30) -> None:
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if out.is_dir() and len(list(out.glob("*.json"))) >= count:
            return
        time.sleep(0.05)
    raise AssertionError("the batch wrote nothing")


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupt_stops_cleanly_and_resume_finishes(tmp_path: Path, sig: signal.Signals):
    d = _slow_folder(tmp_path)
    out = tmp_path / "out"
    proc = subprocess.Popen(newsclean_argv() + ["clean", str(d), "-o", str(out), "--jobs", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=HOOKS_ENV)
    _wait_for_outputs(out, 3)
    family = psutil.Process(proc.pid).children(recursive=True)
    assert family  # the workers (and the fork server)
    proc.send_signal(sig)
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert "interrupted" in stderr.decode().strip().splitlines()[-1]
    gone, alive = psutil.wait_procs(family, timeout=10)
    assert not alive
    assert not list(out.rglob("*.tmp")) and [p.name for p in out.rglob(".*")] == [".newsclean-output"]
    first = {p.name: p.stat().st_mtime_ns for p in out.glob("*.json")}
    assert 3 <= len(first) < 40
    for p in out.glob("*.json"):
        assert json.loads(p.read_text())["error"] is None  # every written file complete

    resumed = _hooked("clean", str(d), "-o", str(out), "--jobs", "2", "--skip-existing")
    assert resumed.returncode == 0, resumed.stderr
    summary = resumed.stderr.decode().strip().splitlines()[-1]
    assert f"{40 - len(first)} files" in summary and f"{len(first)} skipped" in summary
    assert len(list(out.glob("*.json"))) == 40
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.json") if p.name in first} == first


def test_interrupted_jsonl_output_keeps_complete_lines(tmp_path: Path):
    d = _slow_folder(tmp_path, seconds=0.15)
    target = tmp_path / "all.jsonl"
    proc = subprocess.Popen(newsclean_argv() + ["clean", str(d), "-o", str(target), "--jobs", "2", "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=HOOKS_ENV)
    end = time.monotonic() + 30
    while not any(t.stat().st_size for t in tmp_path.glob(".all.jsonl.*.tmp")) and time.monotonic() < end:
        time.sleep(0.05)  # until some records are written (the partial output is hidden until done)
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=30)
    assert proc.returncode == 130
    recs = jsonl(target.read_bytes())  # every line parses
    assert 0 < len(recs) < 40
    assert not list(tmp_path.glob(".*.tmp"))


def test_records_stream_out_as_files_finish(tmp_path: Path):
    d = _slow_folder(tmp_path, n=60, seconds=0.2)  # 12 s of work with one worker
    proc = subprocess.Popen(newsclean_argv() + ["clean", str(d), "--jobs", "1", "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=HOOKS_ENV)
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 6.0)
        assert ready, "no record within 6 s"
        first = json.loads(proc.stdout.readline())
        assert first["source"].endswith("000.txt")
        assert proc.poll() is None  # the batch is still running
    finally:
        proc.kill()
        proc.communicate()


def test_a_huge_folder_starts_output_quickly(tmp_path: Path):
    d = tmp_path / "huge"
    d.mkdir()
    for i in range(20_000):
        (d / f"{i:06d}.txt").write_text("x")  # empty-ish: each is an error record, fast
    proc = subprocess.Popen(newsclean_argv() + ["clean", str(d), "--jobs", "2", "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        start = time.monotonic()
        ready, _, _ = select.select([proc.stdout], [], [], 10.0)
        assert ready and time.monotonic() - start < 10
        assert json.loads(proc.stdout.readline())["source"].endswith("000000.txt")
    finally:
        proc.kill()
        proc.communicate()


def test_output_folder_inside_the_input_is_not_read_back(tmp_path: Path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(ARTICLE)
    (d / "b.txt").write_text(ARTICLE)
    proc = run_cli("clean", str(d), "-o", str(d / "out"), "--format", "text", "-q")
    assert proc.returncode == 0
    again = run_cli("clean", str(d), "-o", str(d / "out"), "--format", "text")
    assert "2 files" in again.stderr.decode()
    assert sorted(p.name for p in (d / "out").iterdir()) == [".newsclean-output", "a.txt.txt", "b.txt.txt"]


def test_skip_existing_needs_an_output_folder(tmp_path: Path):
    proc = run_cli("clean", str(SCRAPES), "--skip-existing")
    assert proc.returncode == 2


def test_workers_do_not_outlive_a_killed_main_process(tmp_path: Path):
    d = tmp_path / "in"
    d.mkdir()
    for name in ("a.txt", "b.txt"):
        (d / name).write_text("newsclean-test-hook: hang\n")
    proc = subprocess.Popen(newsclean_argv() + ["clean", str(d), "--jobs", "2", "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=HOOKS_ENV)
    main = psutil.Process(proc.pid)
    end = time.monotonic() + 20
    while len(main.children(recursive=True)) < 3 and time.monotonic() < end:  # fork server + 2 workers
        time.sleep(0.05)
    family = main.children(recursive=True)
    assert len(family) >= 3
    proc.kill()  # SIGKILL: no clean-up code runs in the main process
    proc.wait()
    gone, alive = psutil.wait_procs(family, timeout=10)
    assert not alive


def test_output_closed_early_stops_quietly(tmp_path: Path):
    d = _slow_folder(tmp_path, n=20, seconds=0.05)
    proc = subprocess.Popen(newsclean_argv() + ["clean", str(d), "--jobs", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=HOOKS_ENV)
    json.loads(proc.stdout.readline())
    family = psutil.Process(proc.pid).children(recursive=True)
    proc.stdout.close()  # like `newsclean clean dir | head -1`
    stderr = proc.stderr.read()
    assert proc.wait(timeout=30) == 141  # 128 + SIGPIPE, as a shell reports `yes | head`
    assert b"Traceback" not in stderr and b"BrokenPipe" not in stderr
    gone, alive = psutil.wait_procs(family, timeout=10)
    assert not alive
