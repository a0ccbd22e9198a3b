"""Reads the scorer's --json output on stdin; fails if a figure crosses its bound.

The bounds file has a "floor" (lowest acceptable value) and a "ceiling"
(highest acceptable value), each mapping dotted paths into the scorer's
output ("entities.f1") to a number. Raise the floor as the extractor improves.
"""
import json
import sys


def lookup(figures, path):
    for key in path.split("."):
        figures = figures[key]
    return figures


def main(bounds_path):
    figures = json.loads(sys.stdin.read().strip().splitlines()[-1])
    with open(bounds_path, encoding="utf-8") as f:
        bounds = json.load(f)
    failed = False
    checks = [(p, v, "floor") for p, v in bounds.get("floor", {}).items()]
    checks += [(p, v, "ceiling") for p, v in bounds.get("ceiling", {}).items()]
    for path, bound, kind in sorted(checks):
        value = lookup(figures, path) or 0
        ok = value >= bound if kind == "floor" else value <= bound
        failed |= not ok
        verdict = "ok" if ok else f"BEYOND {kind.upper()}"
        print(f"eval: {path:<24} {value:.4f}  {kind} {bound:.4f}  {verdict}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main(sys.argv[1])
