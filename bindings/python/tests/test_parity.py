"""The Python API gives what the crate gives: its JSON byte for byte, and
the same entities, mentions, quotations and speakers in character offsets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List

import pytest

import sayso
from conftest import REPO, kit_texts, read_text, rust_lines

SAMPLE = REPO / "examples" / "data" / "centcom-sdf-patches.txt"
SEEDS = kit_texts("seeds")
GUM = kit_texts("gum", "texts")
FILES = [SAMPLE] + SEEDS + GUM


@pytest.fixture(scope="module")
def rust_output() -> Dict[Path, str]:
    return rust_lines(FILES)


def ids(files: List[Path]) -> List[str]:
    return [f"{f.parent.name}/{f.name}" for f in files]


def without_file_key(line: str, path: Path) -> str:
    """The crate's JSON of an extraction, from a line of the extract command."""
    prefix = '{"file":' + json.dumps(str(path), ensure_ascii=False) + ","
    assert line.startswith(prefix)
    return "{" + line[len(prefix) :]


def byte_to_char(text: str):
    """Converts the byte offsets of ``text`` to character offsets, the slow way."""
    encoded = text.encode("utf-8")
    return lambda b: len(encoded[:b].decode("utf-8"))


def char_offsets(value: Any, to_char) -> Any:
    """``value`` (the crate's JSON as Python) with every start and end converted."""
    if isinstance(value, list):
        return [char_offsets(v, to_char) for v in value]
    if isinstance(value, dict):
        return {
            k: to_char(v) if k in ("start", "end") else char_offsets(v, to_char)
            for k, v in value.items()
        }
    return value


@pytest.mark.parametrize("path", FILES, ids=ids(FILES))
def test_to_json_is_the_crates_json(
    extractor: sayso.Extractor, rust_output: Dict[Path, str], path: Path
) -> None:
    extraction = extractor.extract(read_text(path))
    assert extraction.to_json() == without_file_key(rust_output[path], path)


@pytest.mark.parametrize("path", FILES, ids=ids(FILES))
def test_to_dict_is_the_json_in_characters(extractor: sayso.Extractor, path: Path) -> None:
    text = read_text(path)
    extraction = extractor.extract(text)
    expected = char_offsets(json.loads(extraction.to_json()), byte_to_char(text))
    assert extraction.to_dict() == expected


@pytest.mark.parametrize("path", FILES, ids=ids(FILES))
def test_objects_slice_their_text(extractor: sayso.Extractor, path: Path) -> None:
    text = read_text(path)
    extraction = extractor.extract(text)
    for mention in extraction.mentions:
        assert text[mention.start : mention.end] == mention.text
    for quote in extraction.quotes:
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker is not None:
            assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.text


def test_explained_json_is_the_crates(explaining: sayso.Extractor) -> None:
    files = [SAMPLE] + SEEDS
    lines = rust_lines(files, ["--explain"])
    for path in files:
        extraction = explaining.extract(read_text(path))
        assert extraction.to_json() == without_file_key(lines[path], path)
        expected = char_offsets(json.loads(extraction.to_json()), byte_to_char(read_text(path)))
        assert extraction.to_dict() == expected


def test_the_kit_is_compared_when_present() -> None:
    """Says how much of the kit the comparison covers (none without it)."""
    if not SEEDS:
        pytest.skip("no evaluation kit beside the repository (SAYSO_EVAL_KIT)")
    assert len(SEEDS) >= 1 and len(GUM) >= 1
