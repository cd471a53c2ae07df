from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SCRAPES = SAMPLES / "scrapes"
EXPECTED = SAMPLES / "expected"
# ../shared beside the project (as on every developer machine and in CI).
SHARED = ROOT.parent / "shared"
DEV = SHARED / "dev" / "sh_dev"


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
