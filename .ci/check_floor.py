"""Reads the scorer's --json output on stdin; fails if a figure is below its floor.

The floor file maps dotted paths into the scorer's output ("entities.f1") to
the lowest acceptable value. Raise it as the extractor improves.
"""
import json
import sys


def lookup(figures, path):
    for key in path.split("."):
        figures = figures[key]
    return figures


def main(floor_path):
    figures = json.loads(sys.stdin.read().strip().splitlines()[-1])
    with open(floor_path, encoding="utf-8") as f:
        floor = json.load(f)
    failed = False
    for path, minimum in sorted(floor.items()):
        value = lookup(figures, path)
        ok = value >= minimum
        failed |= not ok
        print(f"eval: {path:<24} {value:.4f}  floor {minimum:.4f}  {'ok' if ok else 'BELOW FLOOR'}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main(sys.argv[1])
