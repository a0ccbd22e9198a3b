#!/usr/bin/env python3
"""Extracts entities and quotations from a JSONL corpus with Spark.

Each input line `{"id": …, "text": …}` gives the line `sayso extract --jsonl`
writes for it, `{"id": …, "entities": […], "quotes": […]}`, and the output
keeps the input's order:

    spark-submit sayso_spark.py articles.jsonl --output out/        # part files
    python3 sayso_spark.py --master 'local[2]' articles.jsonl --output-file out.jsonl

With `--output DIR`, the part files of DIR (`part-00000-…`, `part-00001-…`,
…) hold the lines in input order: concatenated in name order they are the
single process's output. With `--output-file FILE`, the driver writes them
to one local file.

Every Python worker process of the executors builds one `sayso.Extractor`
(about 0.3 s and 80 MB) the first time it needs it and keeps it for all the
batches and tasks it runs after that.

An input line that is blank, not JSON or without a string `text` gives the
CLI's error line (`{"error": …, "line": n}` or `{"error": …, "id": …}`), and
the exit status is 1; for a line that is not JSON the message is Python's,
not serde_json's.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyarrow
    from pyspark import Accumulator
    from pyspark.sql import DataFrame, SparkSession

LINES_SCHEMA = "n long, line string"

# Whitespace as the CLI reads it (Rust's `u8::is_ascii_whitespace`).
ASCII_WHITESPACE = " \t\n\r\x0c"

# A Python worker imports this module once and reuses it for every task it
# runs, so the extractor lives as long as the process.
_extractor: Any = None


def ensure_extractor(gazetteer: str | None, explain: bool) -> bool:
    """Builds the process's extractor if it has none; says whether it did."""
    global _extractor
    if _extractor is not None:
        return False
    import sayso  # imported here so that the driver does not need it

    _extractor = sayso.Extractor(gazetteer, explain=explain)
    return True


def json_value(value: object) -> str:
    """A JSON value as serde_json writes it (for strings, integers and null)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def result_line(id_: object, extraction_json: str) -> str:
    """The CLI's line for an extracted text: the id, then the extraction's fields."""
    return '{"id":' + json_value(id_) + "," + extraction_json[1:]


def error_line(key: str, name: object, message: str) -> str:
    """The CLI's line for an input that failed (serde_json sorts its keys)."""
    return f'{{"error":{json_value(message)},{json_value(key)}:{json_value(name)}}}'


def reject_constant(name: str) -> None:
    """Refuses NaN and Infinity, which JSON (and the CLI) does not allow."""
    raise ValueError(f"{name} is not JSON")


def parse_line(n: int, line: str) -> tuple[object, str] | str:
    """The id and text of input line `n`, or its error line."""
    if line.strip(ASCII_WHITESPACE) == "":
        return error_line("line", n, "empty line")
    try:
        value = json.loads(line, parse_constant=reject_constant)
    except ValueError as error:
        return error_line("line", n, f"not JSON: {error}")
    id_ = value.get("id") if isinstance(value, dict) else None
    text = value.get("text") if isinstance(value, dict) else None
    if not isinstance(text, str):
        missing = 'no string field "text"'
        return (
            error_line("line", n, missing)
            if id_ is None
            else error_line("id", id_, missing)
        )
    return id_, text


def extract_texts(texts: list[str]) -> list[str]:
    """The extraction of each text as JSON, on this worker's one thread."""
    # Spark runs one worker process per core already: more threads would
    # only compete with the other tasks of the executor.
    return [
        extraction.to_json()
        for extraction in _extractor.extract_batch(texts, threads=1)
    ]


def render_lines(numbers: list[int], lines: list[str]) -> tuple[list[str], int]:
    """The output line of each input line, and how many of them failed."""
    rendered: list[str | None] = []
    wanted: list[tuple[int, object, str]] = []
    for position, (n, line) in enumerate(zip(numbers, lines)):
        parsed = parse_line(n, line)
        if isinstance(parsed, str):
            rendered.append(parsed)
        else:
            rendered.append(None)
            wanted.append((position, *parsed))
    extracted = extract_texts([text for _, _, text in wanted])
    for (position, id_, _), extraction_json in zip(wanted, extracted):
        rendered[position] = result_line(id_, extraction_json)
    failures = len(rendered) - len(wanted)
    return [line for line in rendered if line is not None], failures


def render_batch(batch: pyarrow.RecordBatch) -> tuple[pyarrow.RecordBatch, int]:
    """(n, input line) rows to (n, output line) rows, and how many failed."""
    import pyarrow as pa

    numbers = batch.column("n").to_pylist()
    lines, failures = render_lines(numbers, batch.column("line").to_pylist())
    rendered = pa.RecordBatch.from_arrays(
        [pa.array(numbers, pa.int64()), pa.array(lines, pa.string())],
        names=["n", "line"],
    )
    return rendered, failures


def extract_batches(
    args: argparse.Namespace, builds: Accumulator[int], failures: Accumulator[int]
) -> Callable[[Iterable[pyarrow.RecordBatch]], Iterator[pyarrow.RecordBatch]]:
    """mapInArrow's function, counting extractors built and lines failed."""
    gazetteer, explain = args.gazetteer, args.explain

    # Spark pickles this closure with its accumulators for each task; the
    # functions it calls are this module's, imported once per worker.
    def extract(
        batches: Iterable[pyarrow.RecordBatch],
    ) -> Iterator[pyarrow.RecordBatch]:
        if ensure_extractor(gazetteer, explain):
            builds.add(1)
        for batch in batches:
            rendered, failed = render_batch(batch)
            failures.add(failed)
            yield rendered

    return extract


def numbered_lines(spark: SparkSession, path: str) -> DataFrame:
    """The input's lines with their line numbers (from 1), as (n, line)."""
    # zipWithIndex numbers lines in input order, over all partitions; a
    # DataFrame's monotonically increasing id would not say which line is which.
    lines = spark.sparkContext.textFile(path).zipWithIndex()
    return spark.createDataFrame(
        lines.map(lambda pair: (pair[1] + 1, pair[0])), LINES_SCHEMA
    )


def extracted_lines(
    spark: SparkSession,
    args: argparse.Namespace,
    counters: tuple[Accumulator[int], Accumulator[int]],
) -> DataFrame:
    """The output lines with their input line numbers, in input order."""
    lines = numbered_lines(spark, args.input)
    partitions = args.partitions or max(
        lines.rdd.getNumPartitions(), 2 * spark.sparkContext.defaultParallelism
    )
    # Sorted into ranges of line numbers before extraction, not after:
    # mapInArrow keeps each partition's order, so the output needs no second
    # shuffle, and a sort after extraction would sample (so extract) twice.
    in_order = lines.repartitionByRange(partitions, "n").sortWithinPartitions("n")
    return in_order.mapInArrow(extract_batches(args, *counters), LINES_SCHEMA)


def write_file(lines: DataFrame, path: str) -> None:
    """Writes the lines, in order, to one file on the driver's file system."""
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for row in lines.select("line").toLocalIterator(prefetchPartitions=True):
            out.write(row.line)
            out.write("\n")


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "input",
        help="{id, text} lines: a file, directory or glob that Spark reads",
    )
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--output",
        metavar="DIR",
        help="write part files into DIR, which must not exist",
    )
    where.add_argument(
        "--output-file", metavar="FILE", help="write one file on the driver"
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="say how each mention was found, as the CLI's --explain",
    )
    parser.add_argument(
        "--gazetteer",
        metavar="DIR",
        help="the .tsv files of DIR, on every node, instead of the bundled gazetteer",
    )
    parser.add_argument(
        "--master", help="Spark master, e.g. 'local[2]' (default: spark-submit's)"
    )
    parser.add_argument(
        "--partitions",
        type=int,
        metavar="N",
        help="tasks and part files (default: 2 a core, at least 1 an input split)",
    )
    return parser.parse_args(argv)


def start_spark(master: str | None) -> SparkSession:
    """The Spark session; local workers run this interpreter."""
    from pyspark.sql import SparkSession

    if master and master.startswith("local"):
        # Local workers must find sayso where this process does.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("sayso")
    if master:
        builder = builder.master(master)
    spark = (
        builder.config("spark.ui.showConsoleProgress", "false")
        # Smaller Arrow batches than the default 10,000 rows bound a
        # worker's memory when articles are long.
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "1000")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("WARN")
    return spark


def run(args: argparse.Namespace) -> int:
    """Runs the job; returns the number of input lines that failed."""
    spark = start_spark(args.master)
    context = spark.sparkContext
    # Executors import this module by name, so that its extractor outlives a task.
    context.addPyFile(__file__)
    builds, failures = context.accumulator(0), context.accumulator(0)
    started = time.monotonic()
    lines = extracted_lines(spark, args, (builds, failures))
    if args.output:
        lines.select("line").write.text(args.output)
    else:
        write_file(lines, args.output_file)
    seconds = time.monotonic() - started
    print(
        f"sayso_spark: {seconds:.1f} s, {builds.value} extractor(s) built, "
        f"{failures.value} line(s) failed",
        file=sys.stderr,
    )
    failed = failures.value
    spark.stop()
    return failed


def main(argv: list[str]) -> int:
    """Runs the command line; returns the exit status."""
    return 1 if run(parse_args(argv)) else 0


if __name__ == "__main__":
    # Run as the module `sayso_spark`, not `__main__`: Spark then pickles its
    # functions by reference, and each worker keeps one module, with one
    # extractor, instead of a fresh copy per task.
    import sayso_spark

    sys.exit(sayso_spark.main(sys.argv[1:]))
