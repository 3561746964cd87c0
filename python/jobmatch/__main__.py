"""Command line entry point: ``python -m jobmatch [FILE ...]``.

With no files, extracts the skills from the bundled example job posting and prints them.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import extract_skills, __version__

EXAMPLE = Path(__file__).with_name("examples") / "backend_engineer.txt"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="jobmatch",
        description="Print the skills found in text files (default: a bundled example posting).",
    )
    parser.add_argument("files", nargs="*", type=Path, help="text files to read (UTF-8)")
    parser.add_argument("--format", choices=["table", "json"], default="table")
    parser.add_argument("--fuzzy", action="store_true", help="also match misspellings")
    parser.add_argument("--version", action="version", version=f"jobmatch {__version__}")
    args = parser.parse_args(argv)

    files = args.files or [EXAMPLE]
    status = 0
    for path in files:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:
            print(f"jobmatch: {path}: {e}", file=sys.stderr)
            status = 1
            continue
        mentions = extract_skills(text, fuzzy=args.fuzzy)
        if args.format == "json":
            for m in mentions:
                print(json.dumps({"file": str(path), **m.to_dict()}, ensure_ascii=False))
            continue
        print(f"{path.name}: {len(mentions)} skill mentions")
        print(f"{'span':>11}  {'text':<22} {'skill':<34} {'kind':<10} id")
        for m in mentions:
            print(f"{m.start:>5}-{m.end:<5}  {m.text[:22]:<22} {m.name[:34]:<34} {m.kind:<10} {m.skill_id}")
    return status


if __name__ == "__main__":
    sys.exit(main())
