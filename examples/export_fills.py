"""Export every portfolio's fills (or transactions) over a date range to JSON lines or CSV.

    python examples/export_fills.py --since 2024-01-01 --until 2024-03-31 --out fills.csv
    python examples/export_fills.py --kind transactions --since 2024-01-01 --out txs.jsonl
    python examples/export_fills.py --sim --portfolios 50 --out fills.jsonl   # a local simulator

Credentials come from the environment (PRIME_ACCESS_KEY, PRIME_PASSPHRASE, PRIME_SIGNING_KEY, or
PRIME_CREDENTIALS); with `--sim`, or when none are set, it runs against a local Prime simulator.
Portfolios are fetched `--concurrency` at a time with `prime_async.fan_out`, each one paged to the
end; one row per item plus a `portfolio_id` column. A portfolio that fails is reported on stderr
and the others carry on; the exit status is 1 if any failed. Only read-only calls are made.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

import anyio
import attrs

from prime_async import PrimeClient, PrimeError, fan_out, models
from prime_async.models import to_json
from prime_async.testing import PrimeSimulator

PAGE_SIZE = 500
ITEM_MODEL = {"fills": models.Fill, "transactions": models.Transaction}
CREDENTIAL_VARS = ("PRIME_ACCESS_KEY", "PRIME_PASSPHRASE", "PRIME_SIGNING_KEY", "PRIME_CREDENTIALS")


def parse_when(text: str, *, end: bool = False) -> datetime:
    """An ISO date or datetime, in UTC when no offset is given. A bare `--until` date includes that day."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not an ISO date or datetime: {text!r}") from None
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(days=1 if end else 0)


class Rows:
    """Writes each portfolio's rows, whole, as JSON lines or CSV (with a header from the item model)."""

    def __init__(self, out: TextIO, fmt: str, model: type) -> None:
        self.fmt = fmt
        self.out = out
        self.count = 0
        columns = ["portfolio_id"] + [f.metadata.get("wire", f.name) for f in attrs.fields(model)]
        self.csv = csv.DictWriter(out, fieldnames=list(dict.fromkeys(columns)), restval="")
        if fmt == "csv":
            self.csv.writeheader()

    def write(self, portfolio_id: str, items: Sequence[object]) -> None:
        for item in items:
            row = {"portfolio_id": portfolio_id, **to_json(item)}
            if self.fmt == "csv":  # nested objects and lists as JSON in their cell
                row = {k: json.dumps(v) if isinstance(v, dict | list) else v for k, v in row.items()}
                self.csv.writerow(row)
            else:
                self.out.write(json.dumps(row) + "\n")
        self.count += len(items)


def progress_bar(label: str, out: TextIO = sys.stderr, width: int = 30) -> Callable[[int, int], None]:
    """`fan_out`'s on_progress: a bar redrawn in place on a terminal, a line per 10% otherwise."""
    tty = out.isatty()
    shown = -1

    def update(done: int, total: int) -> None:
        nonlocal shown
        step = done * 10 // max(total, 1)
        if not tty and step == shown:
            return
        shown = step
        filled = width * done // max(total, 1)
        bar = f"{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}"
        if tty:
            out.write(f"\r{bar}" + ("\n" if done == total else ""))
        else:
            out.write(bar + "\n")
        out.flush()

    return update


async def export(client: PrimeClient, args: argparse.Namespace, rows: Rows) -> tuple[int, list[tuple[str, str]]]:
    """Export every portfolio; returns how many there were and (portfolio id, error) per failure."""
    portfolios = (await client.portfolios.list_portfolios()).portfolios
    ids = [p.id for p in portfolios if p.id]

    async def one(portfolio_id: str) -> int:
        items: list[Any]
        if args.kind == "fills":
            items = await client.orders.list_portfolio_fills(
                portfolio_id=portfolio_id, start_date=args.since, end_date=args.until, limit=PAGE_SIZE
            ).collect()
        else:
            items = await client.transactions.list_portfolio_transactions(
                portfolio_id=portfolio_id, start_time=args.since, end_time=args.until, limit=PAGE_SIZE
            ).collect()
        rows.write(portfolio_id, items)  # only once all its pages are in: no half portfolios in the file
        return len(items)

    progress = progress_bar(f"{args.kind}: portfolios")
    progress(0, len(ids))
    outcomes = await fan_out(one, ids, concurrency=args.concurrency, on_progress=progress)
    return len(ids), [(o.input, str(o.error)) for o in outcomes if not o.ok]


async def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    fmt = "csv" if args.out.suffix.lower() == ".csv" else "jsonl"
    with args.out.open("w", newline="" if fmt == "csv" else None, encoding="utf-8") as out:
        rows = Rows(out, fmt, ITEM_MODEL[args.kind])
        try:
            if args.sim or not any(os.environ.get(name) for name in CREDENTIAL_VARS):
                sim = PrimeSimulator(portfolios=args.portfolios, seed=args.seed)
                why = "--sim" if args.sim else "no PRIME_* credentials set"
                print(f"using a local Prime simulator with {args.portfolios} portfolios ({why})", file=sys.stderr)
                async with (
                    sim.serve() as server,
                    # the simulator limits nothing, so the client need not pace itself
                    PrimeClient(credentials=sim.credentials, base_url=server.url, rate_limit=None) as client,
                ):
                    total, failures = await export(client, args, rows)
            else:
                async with PrimeClient.from_env() as client:
                    total, failures = await export(client, args, rows)
        except PrimeError as exc:  # could not even list the portfolios, or no usable credentials
            print(f"error: {exc}", file=sys.stderr)
            return 1
    for portfolio_id, error in failures:
        print(f"portfolio {portfolio_id} failed: {error}", file=sys.stderr)
    print(
        f"wrote {rows.count} {args.kind} rows to {args.out} from {total} portfolios, "
        f"{len(failures)} failed, in {time.perf_counter() - started:.2f} s"
    )
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--kind", choices=sorted(ITEM_MODEL), default="fills")
    parser.add_argument("--since", type=parse_when, help="ISO date or datetime (default: 30 days ago)")
    parser.add_argument("--until", type=lambda s: parse_when(s, end=True), help="ISO date (inclusive) or datetime")
    parser.add_argument("--out", type=Path, required=True, help="*.csv for CSV, anything else for JSON lines")
    parser.add_argument("--concurrency", type=int, default=16, help="portfolios fetched at once (default 16)")
    parser.add_argument("--sim", action="store_true", help="use a local simulator even when credentials are set")
    parser.add_argument("--portfolios", type=int, default=50, help="simulated portfolios (default 50)")
    parser.add_argument("--seed", type=int, default=1, help="simulator seed (default 1)")
    args = parser.parse_args(argv)
    if args.concurrency < 1:
        parser.error("--concurrency must be at least 1")
    args.since = args.since or datetime.now(UTC) - timedelta(days=30)
    if args.until is not None and args.until <= args.since:
        parser.error("--until must be after --since")
    return anyio.run(run, args)


if __name__ == "__main__":
    sys.exit(main())
