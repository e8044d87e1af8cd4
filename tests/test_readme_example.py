"""The README's example is what marsad prints: each ``$ marsad ...`` console block in README.md, run from the
repository root, gives the block's lines exactly (blank lines aside). A change of output must change the README."""
from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def _blocks() -> list[tuple[list[str], list[str]]]:
    """(command arguments after "marsad", expected output lines) of each console block that runs marsad."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    out = []
    for body in re.findall(r"```console\n(.*?)```", text, flags=re.S):
        lines = body.splitlines()
        if not lines or not lines[0].startswith("$ marsad ") or any(l.startswith("$ ") for l in lines[1:]):
            continue
        out.append((shlex.split(lines[0][len("$ marsad "):]), [l for l in lines[1:] if l.strip()]))
    return out


BLOCKS = _blocks()


@pytest.mark.parametrize("args, expected", BLOCKS, ids=[args[0] for args, _ in BLOCKS])
def test_readme_example_output(args, expected):
    got = subprocess.run([sys.executable, "-m", "marsad", *args], cwd=ROOT, capture_output=True, text=True,
                         timeout=300)
    assert got.returncode == 0, got.stderr[-2000:]
    assert [l for l in got.stdout.splitlines() if l.strip()] == expected


def test_the_readme_has_example_blocks():
    commands = [args[0] for args, _ in BLOCKS]
    assert "analyze" in commands and "timeline" in commands
