"""Shared fixtures: the extractor, the repository and the evaluation kit."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import Dict, List, Optional, Sequence

import pytest

import sayso

REPO = Path(__file__).resolve().parents[3]
"""The root of the repository: the crate whose bindings these are."""


def eval_kit() -> Optional[Path]:
    """The evaluation kit beside the repository (or at ``SAYSO_EVAL_KIT``)."""
    kit = Path(os.environ.get("SAYSO_EVAL_KIT", REPO.parent / "shared" / "eval"))
    return kit if kit.is_dir() else None


def kit_texts(*parts: str) -> List[Path]:
    """The ``.txt`` files of a folder of the kit; none without the kit."""
    kit = eval_kit()
    return sorted((kit.joinpath(*parts)).glob("*.txt")) if kit else []


def read_text(path: Path) -> str:
    """A file's text exactly as the Rust command reads it: no newline translation."""
    return path.read_bytes().decode("utf-8")


def extract_command() -> Optional[List[str]]:
    """The command that prints the crate's JSON line for each file given.

    ``SAYSO_EXTRACT`` names it (a prebuilt ``sayso extract``, say);
    otherwise the crate's ``sayso`` command is run through cargo.
    """
    given = os.environ.get("SAYSO_EXTRACT")
    if given:
        return shlex.split(given)
    if shutil.which("cargo") and (REPO / "Cargo.toml").is_file():
        return ["cargo", "run", "--quiet", "--release", "--locked", "-p", "sayso-cli", "--", "extract"]
    return None


def rust_lines(files: List[Path], flags: Sequence[str] = ()) -> Dict[Path, str]:
    """The crate's output line for each of ``files``, run once for all."""
    command = extract_command()
    if command is None:
        pytest.skip("no cargo and no SAYSO_EXTRACT to run the crate's extract command")
    done = subprocess.run(
        command + list(flags) + [str(f) for f in files],
        cwd=REPO,
        check=True,
        stdout=subprocess.PIPE,
    )
    lines = done.stdout.decode("utf-8").splitlines()
    assert len(lines) == len(files)
    return dict(zip(files, lines))


@pytest.fixture(scope="session")
def extractor() -> sayso.Extractor:
    return sayso.Extractor()


@pytest.fixture(scope="session")
def explaining() -> sayso.Extractor:
    return sayso.Extractor(explain=True)
