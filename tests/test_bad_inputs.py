"""Everything a real scrape folder contains, through the console script: each bad input is one
error record and one stderr line naming it, and the rest of the batch is unaffected."""

from __future__ import annotations

import ctypes
import gzip
import hashlib
import io
import json
import os
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from conftest import SCRAPES, jsonl, run_cli

GOOD = SCRAPES / "000_40f9ec21c790090a.txt"
RU = ("Москва — столица России и крупнейший по численности населения город страны. "
      "Правительство города объявило о новых мерах поддержки жителей и предприятий.\n\n")
FR = ("Le président a déclaré mercredi que la réforme des retraites serait présentée à "
      "l'Assemblée nationale après l'été, malgré l'opposition des syndicats.\n\n")
JA = "東京都は日本の首都であり、政治、経済、文化の中心地です。今日のニュースをお伝えします。\n\n"


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"\x00\xff\x00\x00"  # one filter byte, one red pixel
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("page.html", "<html><body><p>zipped</p></body></html>")
    return buf.getvalue()


def _html(body: str, charset: str | None = None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<!DOCTYPE html><html><head>{meta}<title>T</title></head><body><article><p>{body}</p></article></body></html>"


@pytest.fixture
def scrape_folder(tmp_path: Path) -> Path:
    """A folder holding one of every bad input next to good ones."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "a_good.txt").write_bytes(GOOD.read_bytes())
    (d / "empty.html").write_bytes(b"")
    (d / "blank.txt").write_bytes(b"  \n\t\n")
    (d / "image.html").write_bytes(_png())  # scrapers save whatever the server sent under .html
    (d / "doc.html").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n" + bytes(range(256)) * 4)
    (d / "archive.html").write_bytes(_zip())
    (d / "big.html").write_bytes(_html("word " * 500_000).encode())
    (d / "bad_utf8.txt").write_bytes(RU.encode() * 3 + b"\xff\xfe broken \xc3\x28 bytes\n\n" + RU.encode())
    (d / "cp1251.txt").write_bytes((RU * 4).encode("cp1251"))
    (d / "cp1251_declared.html").write_bytes(_html(RU * 2, "windows-1251").encode("cp1251"))
    (d / "latin1.txt").write_bytes((FR * 3).encode("latin-1"))
    (d / "sjis.txt").write_bytes((JA * 3).encode("shift_jis"))
    (d / "sjis_declared.html").write_bytes(_html(JA * 2, "shift_jis").encode("shift_jis"))
    (d / "nul.txt").write_bytes(GOOD.read_bytes().replace(b"\n\n", b"\n\x00\n", 3))
    (d / "deep.html").write_text("<html><body>" + "<div>" * 100_000 + "deep text" + "</div>" * 100_000
                                 + "</body></html>")
    (d / "deep_unclosed.html").write_text("<html><body>" + "<div><span><b>" * 35_000 + "deep")
    (d / "oneline.txt").write_text("a long line of words " * 50_000)
    (d / "broken_link.html").symlink_to(d / "no-such-target.html")
    (d / "loop_a.html").symlink_to(d / "loop_b.html")
    (d / "loop_b.html").symlink_to(d / "loop_a.html")
    (d / "sub").mkdir()
    (d / "sub" / "back").symlink_to(d, target_is_directory=True)  # a folder loop: not followed twice
    (d / "folder.html").mkdir()  # a folder named like a page: walked, not read
    (d / "folder.html" / "inner.txt").write_bytes(GOOD.read_bytes())
    os.mkfifo(d / "fifo.html")  # never opened: reading a FIFO would block the batch
    whole = gzip.compress(b"".join(b"<p>paragraph %d of a gzipped page</p>" % i for i in range(2000)))
    (d / "truncated.html.gz").write_bytes(whole[: len(whole) // 2])
    (d / "not_gzip.html.gz").write_bytes(_html("this file is not gzip at all " * 20).encode())
    (d / "garbage.txt.gz").write_bytes(b"\x1f\x8b" + os.urandom(300))
    (d / "fine.html.gz").write_bytes(gzip.compress(_html("a gzipped article sentence " * 40).encode()))
    return d


EXPECTED_ERRORS = {
    "empty.html": "empty", "blank.txt": "empty", "image.html": "binary", "doc.html": "binary",
    "archive.html": "binary", "big.html": "too-large", "broken_link.html": "read", "loop_a.html": "read",
    "loop_b.html": "read", "truncated.html.gz": "decode", "garbage.txt.gz": "decode",
}


def _by_name(recs: list[dict], root: Path) -> dict[str, dict]:
    return {str(Path(r["source"]).relative_to(root)): r for r in recs}


def _digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and not p.is_symlink() and p.name != "fifo.html"}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_every_bad_input_is_one_error_record(scrape_folder: Path, jobs: str):
    before = _digest(scrape_folder)
    proc = run_cli("clean", str(scrape_folder), "--max-bytes", "2000000", "--jobs", jobs, timeout=120)
    assert proc.returncode == 1, proc.stderr
    recs = _by_name(jsonl(proc.stdout), scrape_folder)
    errors = {name: r["error"]["type"] for name, r in recs.items() if r["error"]}
    deep_errors = {k: v for k, v in errors.items() if k.startswith("deep")}
    assert all(v == "too-deep" for v in deep_errors.values())  # if not cleaned, then a clear error
    assert {k: v for k, v in errors.items() if not k.startswith("deep")} == EXPECTED_ERRORS
    # one line per failed file, naming it, then the summary
    lines = proc.stderr.decode().strip().splitlines()
    assert len(lines) == len(errors) + 1
    for name in errors:
        assert sum(str(scrape_folder / name) in line for line in lines) == 1
    assert f"{len(recs)} files, {len(errors)} failed" in lines[-1]
    assert "fifo.html" not in recs and "sub/back/a_good.txt" not in recs
    assert "folder.html/inner.txt" in recs
    assert _digest(scrape_folder) == before  # inputs never modified


def test_good_and_legacy_encoded_inputs_are_cleaned(scrape_folder: Path):
    proc = run_cli("clean", str(scrape_folder), "--max-bytes", "2000000", "-q")
    recs = _by_name(jsonl(proc.stdout), scrape_folder)
    ok = {name: r for name, r in recs.items() if r["error"] is None}
    assert "Москва" in ok["cp1251.txt"]["text"] + (ok["cp1251.txt"]["title"] or "")
    assert "Москва" in ok["cp1251_declared.html"]["text"]
    assert "Москва" in ok["bad_utf8.txt"]["text"] + (ok["bad_utf8.txt"]["title"] or "")
    assert "président" in ok["latin1.txt"]["text"] + (ok["latin1.txt"]["title"] or "")
    assert "東京都" in ok["sjis.txt"]["text"] + (ok["sjis.txt"]["title"] or "")
    assert "東京都" in ok["sjis_declared.html"]["text"]
    assert "\x00" not in json.dumps(ok["nul.txt"]) and ok["nul.txt"]["word_count"] > 100
    assert ok["oneline.txt"]["format"] == "text"
    assert "gzipped article sentence" in ok["fine.html.gz"]["text"]
    assert "not gzip at all" in ok["not_gzip.html.gz"]["text"]
    assert ok["a_good.txt"]["word_count"] > 100


@pytest.mark.parametrize("name,kind", [("image.html", "binary"), ("empty.html", "empty"),
                                       ("loop_a.html", "read"), ("broken_link.html", "read"),
                                       ("truncated.html.gz", "decode")])
def test_bad_file_named_explicitly(scrape_folder: Path, name: str, kind: str):
    proc = run_cli("clean", str(scrape_folder / name), "--compact")
    assert proc.returncode == 1
    rec = json.loads(proc.stdout)
    assert rec == {"source": str(scrape_folder / name), "error": rec["error"]}
    assert rec["error"]["type"] == kind
    err = proc.stderr.decode().strip().splitlines()
    assert len(err) == 1 and str(scrape_folder / name) in err[0]


def test_folder_given_where_output_file_is_expected(scrape_folder: Path, tmp_path: Path):
    target = tmp_path / "all.jsonl"
    target.mkdir()  # a folder named like a file: it is taken as the folder to mirror into
    proc = run_cli("clean", str(GOOD), "-o", str(target))
    assert proc.returncode == 0
    assert json.loads((target / GOOD.name).with_name(GOOD.name + ".json").read_text())["error"] is None


def test_file_given_where_output_folder_is_expected(scrape_folder: Path, tmp_path: Path):
    a_file = tmp_path / "plain-file"
    a_file.write_text("keep me")
    for out in (a_file, a_file / "sub"):
        proc = run_cli("clean", str(scrape_folder), "-o", str(out))
        assert proc.returncode == 2
        assert str(out) in proc.stderr.decode() and b"Traceback" not in proc.stderr
    assert a_file.read_text() == "keep me"


def test_output_path_blocked_by_a_file_fails_only_that_record(tmp_path: Path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_bytes(GOOD.read_bytes())
    (src / "sub" / "b.txt").write_bytes(GOOD.read_bytes())
    out = tmp_path / "out"
    out.mkdir()
    (out / "sub").write_text("a file where the output needs a folder")
    proc = run_cli("clean", str(src), "-o", str(out), "-q")
    assert proc.returncode == 1
    assert json.loads((out / "a.txt.json").read_text())["error"] is None
    err = proc.stderr.decode().strip().splitlines()
    assert len(err) == 1 and str(src / "sub" / "b.txt") in err[0] and "output" in err[0]


def test_nothing_written_outside_the_output_folder(tmp_path: Path):
    work = tmp_path / "work"
    work.mkdir()
    (tmp_path / "x.html").write_text(_html("an article one level up " * 30))
    out = work / "out"
    proc = run_cli("clean", "../x.html", "-o", "out", cwd=work)
    assert proc.returncode == 0, proc.stderr
    assert (out / "x.html.json").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["work", "x.html"]
    # a symlink inside an existing output folder must not lead the writes out of it
    outside = tmp_path / "outside"
    outside.mkdir()
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "a.txt").write_bytes(GOOD.read_bytes())
    (src / "b.txt").write_bytes(GOOD.read_bytes())
    (out / "sub").symlink_to(outside, target_is_directory=True)
    proc = run_cli("clean", str(src), "-o", str(out), "-q")
    assert proc.returncode == 1
    assert list(outside.iterdir()) == []
    assert (out / "b.txt.json").is_file()


def _drop_dac_capabilities() -> None:
    """Run as root without the capabilities that let root read any file (for permission tests)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(24, cap, 0, 0, 0) != 0:  # PR_CAPBSET_DROP: also gone after exec
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def test_unreadable_file(tmp_path: Path):
    import subprocess

    from conftest import newsclean_argv

    locked = tmp_path / "locked.txt"
    locked.write_bytes(GOOD.read_bytes())
    locked.chmod(0)
    good = tmp_path / "good.txt"
    good.write_bytes(GOOD.read_bytes())
    preexec = _drop_dac_capabilities if os.geteuid() == 0 else None
    try:
        proc = subprocess.run(newsclean_argv() + ["clean", str(locked), str(good), "-q"],
                              capture_output=True, preexec_fn=preexec, timeout=60)
    except subprocess.SubprocessError as exc:  # pragma: no cover - a container forbidding prctl
        pytest.skip(f"cannot drop root's read-anything capabilities here: {exc}")
    finally:
        locked.chmod(0o644)
    assert proc.returncode == 1
    recs = jsonl(proc.stdout)
    assert recs[0]["error"] == {"type": "read", "message": "permission denied"}
    assert recs[1]["error"] is None
    err = proc.stderr.decode().strip().splitlines()
    assert len(err) == 1 and str(locked) in err[0]


def test_no_external_entities_or_network(tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRETMARKER")
    page = tmp_path / "xxe.xhtml"
    page.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">'
        f'<!ENTITY net SYSTEM "http://127.0.0.1:9/x">]>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Entities</title>'
        '<link rel="stylesheet" href="http://127.0.0.1:9/style.css"/></head><body><article>'
        + "<p>An ordinary paragraph of the article with enough words to be kept as text. &xxe; &net;</p>" * 5
        + '<img src="http://127.0.0.1:9/pic.png"/></article></body></html>')
    proc = run_cli("clean", str(page), "--input-format", "html", "--compact")
    assert b"TOPSECRETMARKER" not in proc.stdout
    assert proc.returncode in (0, 1) and b"Traceback" not in proc.stderr


def test_awkward_file_names(tmp_path: Path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "new\nline.txt").write_bytes(b"")  # fails: its one stderr line must stay one line
    (d / "ok.txt").write_bytes(GOOD.read_bytes())
    os.close(os.open(os.path.join(os.fsencode(d), b"latin1-\xe9t\xe9.txt"), os.O_CREAT | os.O_WRONLY))
    out = tmp_path / "out"
    proc = run_cli("clean", str(d), "-q")
    recs = jsonl(proc.stdout)  # every record valid JSON, even for a name that is not UTF-8
    assert len(recs) == 3 and sum(r["error"] is None for r in recs) == 1
    assert len(proc.stderr.decode().strip().splitlines()) == 2
    assert run_cli("clean", str(d), "-o", str(out), "-q").returncode == 1
    assert len(list(out.glob("*.json"))) == 3
