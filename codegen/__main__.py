"""`python -m codegen [--check]`, `python -m codegen diff [--no-overlay] [OLD.yaml NEW.yaml]`, or
`python -m codegen overlay [--prune | --merged OUT.yaml]`."""

from __future__ import annotations

import sys

from . import OVERLAY, ROOT, SPEC, generate, stale_files


def main(argv: list[str]) -> int:
    if argv[:1] == ["diff"]:
        from .diff import main as diff

        files = [a for a in argv[1:] if a != "--no-overlay"]
        if not files:  # what the overlay adds to the spec
            return diff(str(SPEC), str(SPEC), old_overlay=None)
        if len(files) != 2:
            print("usage: python -m codegen diff [--no-overlay] [OLD.yaml NEW.yaml]", file=sys.stderr)
            return 2
        merged = None if "--no-overlay" in argv else OVERLAY
        return diff(files[0], files[1], old_overlay=merged, new_overlay=merged)
    if argv[:1] == ["overlay"]:
        from .overlay import main as overlay

        return overlay(argv[1:], SPEC, OVERLAY)
    if "--check" in argv:
        from .overlay import merged_spec

        stale = stale_files()
        for path in stale:
            print(f"stale: {path.relative_to(ROOT)} (run `python -m codegen`)")
        shadowed = merged_spec(SPEC, OVERLAY).shadowed
        for label in shadowed:
            print(f"stale: spec/overlay.yaml has {label}, in the spec now (run `python -m codegen overlay --prune`)")
        return 1 if stale or shadowed else 0
    for path, text in generate().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)} ({text.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
