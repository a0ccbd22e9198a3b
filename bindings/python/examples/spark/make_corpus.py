#!/usr/bin/env python3
"""Writes a JSONL corpus of news-like documents, `{"id": …, "text": …}` a line.

The documents are cut from the repository's benchmark texts
(`benches/data/`): runs of consecutive paragraphs of U.S. and UK government
news, some with a passage of the Universal Declaration of Human Rights in
another language and script, and some in those languages alone. The same
seed and size always give the same bytes, so two runs of an extraction over
the corpus can be compared line for line.

    python3 make_corpus.py --bytes 4000000 corpus.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[4] / "benches" / "data"
NEWS_FILES = ("us-gov-news.txt", "uk-gov-news.txt")
DECLARATION_FILE = "udhr.txt"

# Ids that JSON must escape, or that are outside ASCII, are mixed in so that
# a consumer rendering ids itself is checked against serde_json's rendering.
ODD_ID_SUFFIXES = (
    "dépêche",
    "報道",
    'say "so"',
    "back\\slash",
    "tab\there",
    "line\u2028sep",
    "ctl\u0001",
)


def paragraphs(text: str) -> list[str]:
    """Splits a text at blank lines into its non-empty paragraphs."""
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def load_news(data_dir: Path) -> list[list[str]]:
    """The paragraphs of each news file, one list per file."""
    return [
        paragraphs((data_dir / name).read_text(encoding="utf-8")) for name in NEWS_FILES
    ]


def load_declaration(data_dir: Path) -> list[list[str]]:
    """The declaration's lines, one list per language (the file's blocks)."""
    text = (data_dir / DECLARATION_FILE).read_text(encoding="utf-8")
    return [
        [line for line in block.splitlines() if line.strip()]
        for block in paragraphs(text)
    ]


def consecutive(rng: random.Random, pool: list[str], most: int) -> list[str]:
    """Between one and `most` consecutive items of `pool`, from a random start."""
    count = rng.randint(1, min(most, len(pool)))
    start = rng.randrange(len(pool) - count + 1)
    return pool[start : start + count]


def make_text(
    rng: random.Random, news: list[list[str]], declaration: list[list[str]]
) -> str:
    """One document: news, news with a foreign passage, or a foreign text."""
    roll = rng.random()
    if roll < 0.75:
        parts = consecutive(rng, rng.choice(news), 8)
    elif roll < 0.9:
        parts = consecutive(rng, rng.choice(news), 6)
        passage = " ".join(consecutive(rng, rng.choice(declaration), 3))
        parts.insert(rng.randint(0, len(parts)), passage)
    else:
        parts = consecutive(rng, rng.choice(declaration), 12)
    # Paragraph breaks as news feeds give them: mostly blank lines.
    separator = rng.choice(("\n\n", "\n\n", "\n\n", "\n", "\r\n\r\n"))
    return separator.join(parts)


def make_id(number: int) -> str:
    """The id of document `number`: plain mostly, sometimes awkward."""
    if number % 97 == 0:
        suffix = ODD_ID_SUFFIXES[(number // 97) % len(ODD_ID_SUFFIXES)]
        return f"doc-{number:06d}-{suffix}"
    return f"doc-{number:06d}"


def make_line(rng: random.Random, number: int, text: str) -> str:
    """The JSONL line of one document, sometimes with non-ASCII escaped."""
    record = {"id": make_id(number), "text": text}
    return json.dumps(record, ensure_ascii=rng.random() < 0.1)


def generate(size: int, seed: int, data_dir: Path) -> list[str]:
    """Lines of at least `size` bytes in all, with a few edge documents first."""
    rng = random.Random(seed)
    news, declaration = load_news(data_dir), load_declaration(data_dir)
    # An empty and a blank text are valid documents with nothing in them.
    lines = [make_line(rng, 1, ""), make_line(rng, 2, " \n ")]
    total = sum(len(line.encode()) + 1 for line in lines)
    while total < size:
        line = make_line(rng, len(lines) + 1, make_text(rng, news, declaration))
        lines.append(line)
        total += len(line.encode()) + 1
    return lines


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", help="the JSONL file to write ('-' for stdout)")
    parser.add_argument(
        "--bytes",
        type=int,
        default=4_000_000,
        help="least size of the corpus (default 4000000)",
    )
    parser.add_argument(
        "--seed", type=int, default=1, help="the random seed (default 1)"
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=DATA_DIR,
        help="the benchmark texts (default benches/data)",
    )
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    """Writes the corpus; returns the exit status."""
    args = parse_args(argv)
    lines = generate(args.bytes, args.seed, args.data)
    body = "".join(line + "\n" for line in lines)
    if args.output == "-":
        sys.stdout.write(body)
    else:
        Path(args.output).write_text(body, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
