"""The package type-checks clean: mypy with the [tool.mypy] configuration in pyproject.toml."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from conftest import ROOT


@pytest.mark.typecheck
def test_package_is_mypy_clean():
    # The cache lives outside the tree (nothing to ignore or commit) but survives between runs, which
    # makes a re-run incremental: seconds instead of the ~20 s a cold run takes. One cache per checkout.
    tag = hashlib.sha1(str(ROOT).encode()).hexdigest()[:12]
    cache = Path(tempfile.gettempdir()) / f"newsclean-mypy-cache-{tag}"
    proc = subprocess.run([sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"),
                           "--cache-dir", str(cache)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith("Success: no issues found"), proc.stdout
