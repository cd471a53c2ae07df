"""The command as scripts use it (issue 10): output rules, collisions, full disks, pipes, terminals.

Everything goes through the installed console script.
"""

from __future__ import annotations

import json
import os
import pty
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SCRAPES, jsonl, newsclean_argv, run_cli

TEXT = SCRAPES / "001_f65817e5cfe2b1d8.txt"
HOOKS_ENV = {**os.environ, "NEWSCLEAN_TEST_HOOKS": "1"}


def _lines(stderr: bytes) -> list[str]:
    return [line for line in stderr.decode().splitlines() if line.strip()]


def _outputs(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))


def _run_with_tty(*args: str, stdin: bytes | None = None, timeout: float = 60) -> tuple[int, bytes, bytes]:
    """Run the command with stdout and stderr on a pseudo-terminal: (status, terminal bytes, b'')."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(newsclean_argv() + list(args), stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
                            stdout=slave, stderr=slave)
    os.close(slave)
    if stdin:
        proc.stdin.write(stdin)
        proc.stdin.close()
    out = b""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the other side is closed
                break
            if not chunk:
                break
            out += chunk
        elif proc.poll() is not None:
            break
    os.close(master)
    return proc.wait(timeout=timeout), out.replace(b"\r\n", b"\n"), b""


# --- item 1: several roots never overwrite each other ----------------------------------------------------


def test_two_roots_with_the_same_relative_paths_get_distinct_subfolders(tmp_path: Path):
    for sub, text in (("a", "First story."), ("b", "Second story.")):
        (tmp_path / "c" / sub).mkdir(parents=True)
        (tmp_path / "c" / sub / "page.txt").write_text(TEXT.read_text() + "\n\n" + text)
    out = tmp_path / "out"
    proc = run_cli("clean", str(tmp_path / "c" / "a"), str(tmp_path / "c" / "b"), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert _outputs(out) == ["a/page.txt.json", "b/page.txt.json"]
    sources = {json.loads((out / f).read_text())["source"] for f in _outputs(out)}
    assert len(sources) == 2
    again = run_cli("clean", str(tmp_path / "c" / "a"), str(tmp_path / "c" / "b"), "-o", str(out), "--skip-existing")
    assert again.returncode == 0 and "2 skipped" in again.stderr.decode()


def test_two_inputs_with_the_same_name_are_refused_before_any_work(tmp_path: Path):
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        shutil.copy(TEXT, tmp_path / sub / "page.txt")
    out = tmp_path / "out"
    proc = run_cli("clean", str(tmp_path / "x" / "page.txt"), str(tmp_path / "y" / "page.txt"), "-o", str(out))
    assert proc.returncode == 2
    assert len(_lines(proc.stderr)) <= 3 and "page.txt" in proc.stderr.decode()  # click's usage line + reason
    assert not out.exists()


# --- item 4: a failed input leaves no file that looks like a result --------------------------------------


def test_text_output_folder_writes_no_file_for_a_failed_input(tmp_path: Path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    shutil.copy(TEXT, d / "ok.txt")
    out = tmp_path / "out"
    proc = run_cli("clean", str(d), "--format", "text", "-o", str(out), "-q")
    assert proc.returncode == 1
    assert _outputs(out) == ["ok.txt.txt"]
    assert (out / "ok.txt.txt").stat().st_size > 100
    again = run_cli("clean", str(d), "--format", "text", "-o", str(out), "--skip-existing")
    assert again.returncode == 1 and "empty.txt" in again.stderr.decode()  # retried, not counted as done
    assert "1 skipped" in again.stderr.decode()


# --- item 5: the output shape does not depend on the number of inputs -------------------------------------


def test_one_or_many_inputs_through_a_pipe_give_json_lines(tmp_path: Path):
    files = [tmp_path / f"{i}.txt" for i in range(3)]
    for f in files:
        shutil.copy(TEXT, f)
    for batch in (files[:1], files[:2], files):  # as `xargs -n 2` would call it
        proc = run_cli("clean", *map(str, batch))
        lines = proc.stdout.decode().splitlines()
        assert len(lines) == len(batch) and all(json.loads(line)["error"] is None for line in lines)


def test_a_terminal_gets_pretty_json_for_one_input():
    status, out, _ = _run_with_tty("clean", str(TEXT))
    assert status == 0
    assert out.startswith(b"{\n  \"source\"")
    assert json.loads(out)["word_count"] > 100
    status, out, _ = _run_with_tty("clean", str(TEXT), "--compact")
    assert status == 0 and out.count(b"\n") == 1


# --- item 6: options are honoured or refused --------------------------------------------------------------


@pytest.mark.parametrize("args", [
    ["--format", "text", "-o", "t.jsonl"],
    ["--format", "jsonl", "-o", "x.json"],
    ["--format", "json", "-o", "x.txt"],
    ["-o", "all.csv"],
    ["--compact", "--format", "text"],
])
def test_contradictory_output_options_are_usage_errors(tmp_path: Path, args: list[str]):
    proc = run_cli("clean", str(TEXT), *args, cwd=tmp_path)
    assert proc.returncode == 2
    assert "Error:" in proc.stderr.decode() and b"Traceback" not in proc.stderr
    assert list(tmp_path.iterdir()) == []  # nothing created


def test_output_kinds_follow_the_options(tmp_path: Path):
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(TEXT, d / "a.txt")
    shutil.copy(TEXT, d / "b.txt")
    dash = run_cli("clean", str(d), "-o", "-", "-q", cwd=tmp_path)
    assert dash.returncode == 0 and len(jsonl(dash.stdout)) == 2 and not (tmp_path / "-").exists()
    for flag in ("--compact", "--format=jsonl"):
        out = tmp_path / f"out{flag}"
        assert run_cli("clean", str(d), flag, "-o", str(out), "-q").returncode == 0
        assert all((out / n).read_bytes().count(b"\n") == 1 for n in ("a.txt.json", "b.txt.json"))
    pretty = tmp_path / "pretty"
    assert run_cli("clean", str(d), "-o", str(pretty), "-q").returncode == 0
    assert (pretty / "a.txt.json").read_bytes().startswith(b"{\n  ")
    text = tmp_path / "all.txt"
    assert run_cli("clean", str(d), "-o", str(text), "-q").returncode == 0
    assert text.is_file() and text.read_text().count("\f\n") == 1 and "Izyum" in text.read_text()
    one = tmp_path / "all.jsonl"
    assert run_cli("clean", str(d), "-o", str(one), "-q").returncode == 0
    assert len(jsonl(one.read_bytes())) == 2


# --- item 7: the tool never reads its own output ----------------------------------------------------------


def test_output_folder_that_is_the_input_folder_is_refused(tmp_path: Path):
    d = tmp_path / "scr"
    d.mkdir()
    shutil.copy(TEXT, d / "x.txt")
    proc = run_cli("clean", str(d), "--format", "text", "-o", str(d))
    assert proc.returncode == 2 and "input folder" in proc.stderr.decode()
    assert sorted(p.name for p in d.iterdir()) == ["x.txt"]


def test_redirected_stdout_inside_the_input_folder_is_not_read(tmp_path: Path):
    d = tmp_path / "scr"
    d.mkdir()
    shutil.copy(TEXT, d / "x.txt")
    shutil.copy(TEXT, d / "y.txt")
    with open(d / "all.txt", "wb") as fh:  # `newsclean clean scr --format text > scr/all.txt`
        proc = subprocess.run(newsclean_argv() + ["clean", str(d), "--format", "text"], stdout=fh,
                              stderr=subprocess.PIPE, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "2 files, 0 failed" in proc.stderr.decode()


def test_an_earlier_output_folder_is_not_an_input_of_the_next_run(tmp_path: Path):
    d = tmp_path / "scr"
    d.mkdir()
    shutil.copy(TEXT, d / "x.txt")
    assert run_cli("clean", str(d), "--format", "text", "-o", str(d / "out"), "-q").returncode == 0
    assert (d / "out" / "x.txt.txt").exists()
    again = run_cli("clean", str(d), "--format", "jsonl")
    assert [Path(r["source"]).name for r in jsonl(again.stdout)] == ["x.txt"]


# --- item 8: names near the 255-byte limit --------------------------------------------------------------


def test_long_file_names_are_shortened_deterministically(tmp_path: Path):
    d = tmp_path / "in"
    d.mkdir()
    stem = "é" * 124  # 248 bytes
    names = [stem + "a.txt", stem + "b.txt"]  # 253 bytes: + ".json" or ".txt" would pass 255
    for name in names:
        shutil.copy(TEXT, d / name)
    for fmt in ("json", "text"):
        out = tmp_path / f"out-{fmt}"
        proc = run_cli("clean", str(d), "-o", str(out), "--format", fmt, "-q")
        assert proc.returncode == 0, proc.stderr
        written = _outputs(out)
        assert len(written) == 2 and all(len(os.fsencode(n)) <= 255 and "~" in n for n in written)
        again = run_cli("clean", str(d), "-o", str(out), "--format", fmt, "--skip-existing")
        assert "2 skipped" in again.stderr.decode() and _outputs(out) == written


# --- item 9: an unusable output is one error before any work ---------------------------------------------


def test_output_under_a_regular_file_fails_before_the_work(tmp_path: Path):
    (tmp_path / "notes").write_text("a file")
    proc = run_cli("clean", str(SCRAPES), "-o", str(tmp_path / "notes" / "out"))
    assert proc.returncode == 2
    assert len(_lines(proc.stderr)) <= 3 and "cannot write there" in proc.stderr.decode()
    assert proc.stdout == b""


def _read_only_folder(tmp_path: Path):
    """A folder no one may write in: a read-only tmpfs as root (root ignores permission bits)."""
    ro = tmp_path / "ro"
    ro.mkdir()
    if os.geteuid() != 0:
        ro.chmod(0o555)
        return ro, lambda: ro.chmod(0o755)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(ro)], capture_output=True).returncode:
        pytest.skip("cannot mount a read-only tmpfs here")
    return ro, lambda: subprocess.run(["umount", str(ro)], check=False)


def test_read_only_output_folder_fails_before_the_work(tmp_path: Path):
    ro, undo = _read_only_folder(tmp_path)
    try:
        for target in (ro, ro / "all.jsonl"):
            proc = run_cli("clean", str(SCRAPES), "-o", str(target))
            assert proc.returncode == 2, proc.stderr
            assert len(_lines(proc.stderr)) <= 3 and "cannot write there" in proc.stderr.decode()
    finally:
        undo()


# --- item 10: a full disk, and resuming -o FILE.jsonl ----------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path):
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (stdout to /dev/full is tested without it)")
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(disk)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    yield disk
    subprocess.run(["umount", str(disk)], check=False)


def _many(tmp_path: Path, n: int = 12) -> Path:
    d = tmp_path / "many"
    d.mkdir()
    for i in range(n):
        shutil.copy(TEXT, d / f"{i:02d}.txt")
    return d


@pytest.mark.parametrize("target", ["all.jsonl", "out"])
def test_full_disk_is_one_line_and_leaves_no_temp_file(tmp_path: Path, small_disk: Path, target: str):
    proc = run_cli("clean", str(_many(tmp_path, 30)), "--explain", "-o", str(small_disk / target), "-q")
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert b"Traceback" not in proc.stderr and "No space left on device" in err and len(_lines(proc.stderr)) == 1
    assert not [p for p in small_disk.rglob("*") if p.name.endswith(".tmp")]


def test_full_stdout_is_one_line(tmp_path: Path):
    with open("/dev/full", "wb") as full:
        proc = subprocess.run(newsclean_argv() + ["clean", str(_many(tmp_path, 3)), "-q"], stdout=full,
                              stderr=subprocess.PIPE, timeout=120)
    assert proc.returncode == 1
    assert b"Traceback" not in proc.stderr and len(_lines(proc.stderr)) == 1
    assert "No space left on device" in proc.stderr.decode()


def test_killed_jsonl_run_resumes_with_skip_existing(tmp_path: Path):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(12):
        (d / f"{i:02d}.txt").write_text(f"newsclean-test-hook: sleep=0.3\n\n{TEXT.read_text()}")
    target = tmp_path / "all.jsonl"
    partial = tmp_path / ".all.jsonl.partial.tmp"
    proc = subprocess.Popen(newsclean_argv() + ["clean", str(d), "-o", str(target), "-q", "--jobs", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=HOOKS_ENV)
    end = time.monotonic() + 60
    while (not partial.exists() or partial.read_bytes().count(b"\n") < 2) and time.monotonic() < end:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not target.exists() and partial.read_bytes().count(b"\n") >= 2
    with open(partial, "ab") as fh:
        fh.write(b'{"source": "torn')  # a record cut by the kill
    done_before = partial.read_bytes().count(b"\n")
    again = run_cli("clean", str(d), "-o", str(target), "--skip-existing")
    assert again.returncode == 0, again.stderr
    assert f"{done_before} skipped" in again.stderr.decode()
    recs = jsonl(target.read_bytes())
    assert sorted(Path(r["source"]).name for r in recs) == sorted(p.name for p in d.iterdir())
    assert not partial.exists()


# --- item 11: permissions follow the umask --------------------------------------------------------------


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600)])
def test_output_files_follow_the_umask(tmp_path: Path, umask: int, mode: int):
    d = _many(tmp_path, 2)
    for target in ("out", "all.jsonl"):
        proc = subprocess.run(newsclean_argv() + ["clean", str(d), "-o", str(tmp_path / target), "-q"],
                              capture_output=True, preexec_fn=lambda: os.umask(umask), timeout=120)
        assert proc.returncode == 0
    files = [tmp_path / "all.jsonl", *(tmp_path / "out").glob("*.json")]
    assert len(files) == 3 and all(f.stat().st_mode & 0o777 == mode for f in files)


# --- item 12: the smaller ones ----------------------------------------------------------------------------


def test_files_not_matching_the_glob_are_counted_and_an_empty_folder_warned(tmp_path: Path):
    d = tmp_path / "wget"
    d.mkdir()
    for name in ("story.php?id=3", "article", "page.aspx"):
        shutil.copy(TEXT, d / name)
    shutil.copy(TEXT, d / "a.txt")
    proc = run_cli("clean", str(d))
    assert proc.returncode == 0
    assert "3 other files not matching --glob" in proc.stderr.decode()
    none = run_cli("clean", str(d), "--glob", "*.nothing")
    assert none.returncode == 0 and none.stdout == b""
    assert "warning" in none.stderr.decode() and "*.nothing" in none.stderr.decode()


@pytest.mark.parametrize("folder", [True, False])
def test_a_closed_stdout_gives_141_for_a_folder_and_one_input(tmp_path: Path, folder: bool):
    target = str(_many(tmp_path, 3)) if folder else str(TEXT)
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before anything is written (`| head -0`)
    proc = subprocess.run(newsclean_argv() + ["clean", target, "-q"], stdout=write_end, stderr=subprocess.PIPE,
                          timeout=120)
    os.close(write_end)
    assert proc.returncode == 141
    assert proc.stderr == b""


def test_several_process_substitutions_are_read(tmp_path: Path):
    fds = []
    for _ in range(2):
        r, w = os.pipe()
        os.write(w, TEXT.read_bytes())
        os.close(w)
        fds.append(r)
    proc = subprocess.run(newsclean_argv() + ["clean", *(f"/dev/fd/{fd}" for fd in fds), "-q"], pass_fds=fds,
                          capture_output=True, timeout=120)
    for fd in fds:
        os.close(fd)
    assert proc.returncode == 0, proc.stderr
    recs = jsonl(proc.stdout)
    assert len(recs) == 2 and all(r["error"] is None and "Izyum" in r["text"] for r in recs)


def test_closed_stdin_is_named_as_closed():
    proc = subprocess.run(newsclean_argv() + ["clean"], stdin=subprocess.DEVNULL, capture_output=True,
                          preexec_fn=lambda: os.close(0), timeout=60)
    assert proc.returncode == 2 and "stdin is closed" in proc.stderr.decode()


def test_ignored_options_are_said(tmp_path: Path):
    proc = run_cli("clean", str(TEXT), "--partition-size", "5")
    assert proc.returncode == 2 and "--scheduler" in proc.stderr.decode()
    proc = run_cli("clean", "--now", "mtime", input=TEXT.read_bytes())
    assert proc.returncode == 0 and "--now mtime" in proc.stderr.decode() and "stdin" in proc.stderr.decode()


def test_unreachable_scheduler_fails_fast(tmp_path: Path):
    start = time.monotonic()
    proc = run_cli("clean", str(SCRAPES), "--scheduler", "tcp://127.0.0.1:9", "-o", str(tmp_path / "out"))
    assert time.monotonic() - start < 15
    assert proc.returncode == 1 and "cannot reach the Dask scheduler" in proc.stderr.decode()
    assert b"Traceback" not in proc.stderr


# --- item 14: what failed, and a progress bar with a total --------------------------------------------------


def test_summary_counts_failures_by_type(tmp_path: Path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    (d / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    shutil.copy(TEXT, d / "ok.txt")
    proc = run_cli("clean", str(d))
    assert proc.returncode == 1
    assert "3 files, 2 failed (binary 1, empty 1)" in proc.stderr.decode()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pseudo-terminal behaviour")
def test_progress_bar_shows_the_total(tmp_path: Path):
    d = _many(tmp_path, 4)
    status, out, _ = _run_with_tty("clean", str(d), "-o", str(tmp_path / "out"))
    assert status == 0
    assert b"/4" in out  # "n/4 ... ETA"


# --- item 2: no mojibake from a stray byte or a stale charset declaration -----------------------------------


def test_utf8_dump_with_one_stray_byte_stays_utf8(tmp_path: Path):
    page = tmp_path / "quotes.txt"
    plain = ("The minister spoke to reporters on {}. The council will meet again next week to discuss "
             "the budget and the new school buildings, officials said.")
    quoted = "The minister spoke to reporters again. She said “hello” and it’s fine."
    body = "\n\n".join([plain.format("Monday"), quoted, plain.format("Friday")])  # 3 good characters, 1 bad byte
    page.write_bytes(body.encode().replace(b"fine.", b"fine\xe9.", 1))
    rec = json.loads(run_cli("clean", str(page)).stdout)
    assert "She said “hello” and it’s fine\ufffd." in rec["text"]
    assert "‚Äú" not in rec["text"]


def test_utf8_page_declaring_a_legacy_charset_is_read_as_utf8(tmp_path: Path):
    page = tmp_path / "resaved.html"
    paragraph = "Zażółć gęślą jaźń — powiedział rzecznik, a Łódź i Kraków się zgodziły. " * 6
    html = (f'<html><head><meta charset="ISO-8859-2"><title>Łódź</title></head><body><article>'
            f"<p>{paragraph}</p><p>{paragraph}</p></article></body></html>")
    page.write_bytes(html.encode("utf-8"))
    rec = json.loads(run_cli("clean", str(page)).stdout)
    assert "Zażółć gęślą jaźń" in rec["text"] and rec["title"] == "Łódź"


@pytest.mark.parametrize(("text", "encoding"), [
    ("Москва — столица России, крупнейший город страны. Власти объявили о новых мерах.\n\n" * 5, "cp1251"),
    ("Grüße aus München: Die Bürger äußerten sich über die Straßenbahn und die Größe der Plätze.\n\n" * 5,
     "cp1252"),
])
def test_legacy_code_pages_still_decode(tmp_path: Path, text: str, encoding: str):
    page = tmp_path / "legacy.txt"
    page.write_bytes(text.encode(encoding))
    rec = json.loads(run_cli("clean", str(page)).stdout)
    assert text.split("\n")[0][:40] in rec["text"]


# --- item 3: a page nested too deeply is recovered or an error, never silently empty -------------------------


@pytest.mark.parametrize(("tag", "recovered"), [("div", True), ("table", False)])
def test_too_deep_page_with_a_title_is_never_silently_empty(tmp_path: Path, tag: str, recovered: bool):
    words = "Some deep words of the story are here. " * 20
    page = tmp_path / "deep.html"
    page.write_text(f"<html><head><title>Deep page</title></head><body>{f'<{tag}>' * 3000}<p>{words}</p>"
                    f"{f'</{tag}>' * 3000}</body></html>")
    proc = run_cli("clean", str(page))
    rec = json.loads(proc.stdout)
    if recovered:  # layout wrappers are flattened: the text comes back
        assert proc.returncode == 0 and rec["error"] is None and "Some deep words" in rec["text"]
    else:  # nothing left to flatten: the documented error record
        assert proc.returncode == 1 and rec["error"]["type"] == "too-deep"


# --- item 15: start-up imports only what the input needs ---------------------------------------------------

HEAVY = {"lxml", "bs4", "readability", "multiprocessing", "rich", "logging", "charset_normalizer", "warcio",
         "fsspec", "dask", "distributed", "hashlib"}


def _imported(*args: str) -> set[str]:
    """Top-level packages the command imported (PYTHONPROFILEIMPORTTIME is -X importtime's variable)."""
    proc = subprocess.run(newsclean_argv() + list(args), capture_output=True, timeout=120,
                          env={**os.environ, "PYTHONPROFILEIMPORTTIME": "1"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    names = set()
    for line in proc.stderr.decode().splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip().split(".")[0])
    return names


def test_a_text_input_imports_no_parser_pool_or_progress_bar():
    assert not HEAVY & _imported("clean", str(TEXT))


def test_an_html_input_imports_the_parser_but_no_pool(tmp_path: Path):
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>T</title></head><body><article><p>" + "Words of a story. " * 40
                    + "</p></article></body></html>")
    names = _imported("clean", str(page))
    assert "lxml" in names and not {"multiprocessing", "rich", "warcio", "fsspec", "bs4"} & names
