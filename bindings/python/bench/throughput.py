"""Throughput of ``Extractor.extract_batch`` beside ``sayso extract --jsonl``.

Builds a news corpus of about ``--mb`` megabytes from ``benches/data/*.txt``
(paragraphs grouped into articles, shuffled with a fixed seed, repeated),
as JSONL ``{"id", "text"}``; then times, on one thread and on two:

- rust: ``sayso extract --jsonl --threads N < corpus > /dev/null`` (the
  crate's command, ``cli/``), less
  the time the same command takes on a one-line input, which is building
  the extractor and starting the process;
- python: one ``extract_batch(texts, threads=N)`` call, the texts already
  in memory and the extractor built;
- python+json: the same call and then ``to_json()`` of every result, the
  work of serializing that the command does too.

Each measurement runs in a fresh process, as the command does, so no run
profits from the words an earlier run's threads remember; the contenders
run in turn, ``--runs`` times, and the best time of each is kept.
Megabytes are 10^6 bytes of UTF-8 text. Beside the wall-clock rate, the
rate per second of processor time, which a machine busy with other work
disturbs less.

    python bench/throughput.py [--mb 20] [--runs 3] [--corpus FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional, Tuple

REPO = Path(__file__).resolve().parents[3]
COMMAND = REPO / "target" / "release" / "sayso"


def articles(data: Path, seed: int = 7) -> List[str]:
    """The paragraphs of the bench texts, grouped into articles of 2 to 8."""
    paragraphs = []
    for path in sorted(data.glob("*.txt")):
        text = path.read_bytes().decode("utf-8")
        paragraphs += [p.strip() for p in text.split("\n\n") if p.strip()]
    rng = random.Random(seed)
    rng.shuffle(paragraphs)
    grouped, at = [], 0
    while at < len(paragraphs):
        size = rng.randint(2, 8)
        grouped.append("\n\n".join(paragraphs[at : at + size]))
        at += size
    return grouped


def write_corpus(path: Path, megabytes: float) -> None:
    """Writes about ``megabytes`` of articles to ``path`` as JSONL."""
    pieces = articles(REPO / "benches" / "data")
    target, written, n = megabytes * 1e6, 0, 0
    with path.open("w", encoding="utf-8") as out:
        while written < target:
            for text in pieces:
                out.write(json.dumps({"id": n, "text": text}, ensure_ascii=False) + "\n")
                written += len(text.encode("utf-8"))
                n += 1
                if written >= target:
                    break


def read_texts(corpus: Path) -> List[str]:
    with corpus.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines if line.strip()]


def build_command() -> None:
    subprocess.run(
        ["cargo", "build", "--quiet", "--release", "-p", "sayso-cli"],
        cwd=REPO,
        check=True,
    )


def extract_jsonl(threads: int) -> List[str]:
    return [str(COMMAND), "extract", "--jsonl", "--threads", str(threads)]


Times = Tuple[float, float]
"""Seconds of wall-clock time and of processor time (all threads)."""


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_command(command: List[str], stdin: Path, threads: int) -> Times:
    env = dict(os.environ, RAYON_NUM_THREADS=str(threads))
    with stdin.open("rb") as source:
        cpu, start = children_cpu(), time.perf_counter()
        subprocess.run(command, stdin=source, stdout=subprocess.DEVNULL, env=env, check=True)
        return time.perf_counter() - start, children_cpu() - cpu


def time_python(corpus: Path, threads: int, with_json: bool) -> Times:
    """One fresh process's times for one batch."""
    command = [sys.executable, __file__, "--measure", str(corpus), "--threads", str(threads)]
    if with_json:
        command.append("--json")
    done = subprocess.run(command, check=True, stdout=subprocess.PIPE)
    wall, cpu = done.stdout.split()
    return float(wall), float(cpu)


def best_times(corpus: Path, tiny: Path, threads: int, runs: int) -> Dict[str, Times]:
    """The best of ``runs`` times of each contender, run in turn so that a
    busy machine slows them alike; the command's start-up is taken off."""
    best: Dict[str, Times] = {}
    for _ in range(runs):
        times = {
            "rust": time_command(extract_jsonl(threads), corpus, threads),
            "startup": time_command(extract_jsonl(threads), tiny, threads),
            "python": time_python(corpus, threads, False),
            "json": time_python(corpus, threads, True),
        }
        for key, (wall, cpu) in times.items():
            old_wall, old_cpu = best.get(key, (wall, cpu))
            best[key] = (min(old_wall, wall), min(old_cpu, cpu))
    (wall, cpu), (startup_wall, startup_cpu) = best["rust"], best.pop("startup")
    best["rust"] = (wall - startup_wall, cpu - startup_cpu)
    return best


def measure(corpus: Path, threads: int, with_json: bool) -> Times:
    """In this process: one extract_batch call, timed, after building."""
    import sayso

    texts = read_texts(corpus)
    extractor = sayso.Extractor()
    cpu, start = time.process_time(), time.perf_counter()
    results = extractor.extract_batch(texts, threads=threads)
    if with_json:
        for result in results:
            result.to_json()
    return time.perf_counter() - start, time.process_time() - cpu


def main(argv: Optional[List[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB")
    parser.add_argument("--runs", type=int, default=3, help="runs of each; the best is kept")
    parser.add_argument("--corpus", type=Path, help="a JSONL corpus to use as it is")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--threads", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(*measure(args.measure, args.threads, args.json))
        return
    with tempfile.TemporaryDirectory() as scratch:
        corpus = args.corpus or Path(scratch) / "corpus.jsonl"
        if args.corpus is None:
            write_corpus(corpus, args.mb)
        tiny = Path(scratch) / "tiny.jsonl"
        tiny.write_text(json.dumps({"id": 0, "text": "Erbil."}) + "\n", encoding="utf-8")
        megabytes = sum(len(t.encode("utf-8")) for t in read_texts(corpus)) / 1e6
        build_command()
        print(f"corpus: {megabytes:.1f} MB, best of {args.runs} runs")
        print("MB/s of wall-clock time (MB per second of processor time, all threads)")
        print(f"{'threads':>7} {'rust':>13} {'python':>13} {'py+json':>13} {'python/rust':>11}")
        for threads in (1, 2):
            timings = best_times(corpus, tiny, threads, args.runs)
            cells = [
                f"{megabytes / wall:5.1f} ({megabytes / cpu:5.1f})"
                for wall, cpu in (timings[k] for k in ("rust", "python", "json"))
            ]
            ratio = timings["rust"][0] / timings["python"][0]
            print(f"{threads:>7} {cells[0]:>13} {cells[1]:>13} {cells[2]:>13} {ratio:>11.2f}")


if __name__ == "__main__":
    main()
