"""The development data the evaluation scripts read: where it is, and the Glassdoor postings.

The data stays outside the project (``$JOBMATCH_DATA``, else ``../shared/data`` beside the
project's folder); the scripts read it at run time and never copy it in.
"""

from __future__ import annotations

import argparse
import csv
import os
from pathlib import Path

DEFAULT_DATA = Path(os.environ.get("JOBMATCH_DATA") or Path(__file__).resolve().parents[2] / "shared" / "data")


def add_data_argument(parser: argparse.ArgumentParser) -> None:
    """``--data DIR``: the folder holding ``dev/`` (a ``Path``)."""
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="folder with dev/ (default: %(default)s)")


def glassdoor_postings(data: Path) -> dict[str, str]:
    """The Glassdoor development postings, by their row id, in file order."""
    csv.field_size_limit(1 << 30)
    with (data / "dev" / "glassdoor-jobs" / "glassdoor_jobs.csv").open(encoding="utf-8") as f:
        reader = csv.reader(f)
        col = next(reader).index("Job Description")
        return {row[0]: row[col] for row in reader}
