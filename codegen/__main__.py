"""`python -m codegen [--check]`, or `python -m codegen diff OLD.yaml NEW.yaml`."""

from __future__ import annotations

import sys

from . import ROOT, generate, stale_files


def main(argv: list[str]) -> int:
    if argv[:1] == ["diff"]:
        if len(argv) != 3:
            print("usage: python -m codegen diff OLD.yaml NEW.yaml", file=sys.stderr)
            return 2
        from .diff import main as diff

        return diff(argv[1], argv[2])
    if "--check" in argv:
        stale = stale_files()
        for path in stale:
            print(f"stale: {path.relative_to(ROOT)} (run `python -m codegen`)")
        return 1 if stale else 0
    for path, text in generate().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)} ({text.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
