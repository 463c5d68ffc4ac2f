"""Run every benchmark registered in :data:`bench.BENCHMARKS` and print one table."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.table import Table

# Each entry: (name, callable returning rows of (measure, value, unit, note)).
BENCHMARKS: list[tuple[str, object]] = []


def main() -> int:
    """Run the benchmarks and print their figures as one table."""
    table = Table(title="geomap benchmarks")
    for column in ("benchmark", "measure", "value", "unit", "note"):
        table.add_column(column)
    for name, run in BENCHMARKS:
        for measure, value, unit, note in run():  # type: ignore[operator]
            table.add_row(name, measure, str(value), unit, note)
    Console().print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
