"""Where the time of the Python sequence call goes: times each step of Context.settle_batch's bulk
path on the rows of compare.py, against the peer, and what no exact sequence call in standard-library
Python can avoid — making the Decimals and the named tuple it returns (docs/performance.md, "Round four:
Python").

  python3 bench/peer/python_floor.py --wkr build/release/examples/cli/wkr \
      --library build/release/capi/libwkr.so.1 [--employers 100000] [--repeat 5]

Times are the best of --repeat runs of the process's CPU time (time.process_time: a run that waits for
the other core's builds is not charged), per row. It calls the binding's own steps by name
(Context._in_bulk, _bulk_results, _dues): it changes with them. A measurement, never a test."""

import argparse
import ctypes
import decimal
import os
import random
import sys
import time
from array import array
from decimal import Decimal
from functools import partial
from pathlib import Path

import peer


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wkr", required=True, help="the wkr command (for the peer's figures)")
    parser.add_argument("--library", required=True, help="libwkr.so.1")
    parser.add_argument("--employers", type=int, default=100_000)
    parser.add_argument("--year", type=int, default=2026)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    os.environ["WKR_LIBRARY"] = str(Path(args.library).resolve())
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bindings" / "python"))
    import wkr  # noqa: E402  (the binding, loaded from this source tree)
    from wkr import _columns, _native  # noqa: E402

    figures = peer.Figures.load(args.wkr, args.year)
    rng = random.Random(20261201)  # the rows of compare.py
    rows = [(args.year, Decimal(rng.randrange(0, 5_000_000_000)).scaleb(-2),
             Decimal(rng.randrange(0, 200_000_000)).scaleb(-2)) for _ in range(args.employers)]
    n = len(rows)
    context = wkr.Context()
    bills, designated = (array("q", (int(row[i].scaleb(2)) for row in rows)) for i in (1, 2))
    columns = context.settle_columns(args.year, bills, designated)

    def per_row(what, function, baseline=None):
        best = min(_cpu(function) for _ in range(args.repeat))
        share = "" if baseline is None else "  (%.2f of the peer)" % (best / baseline)
        print("  %-62s %7.0f ns%s" % (what, best * 1e9 / n, share))
        return best

    print("%d rows, CPU time a row (best of %d; load average %.1f):" % (n, args.repeat, os.getloadavg()[0]))
    peer_time = per_row("peer: peer.settle() for every row", lambda: [peer.settle(figures, b, d) for _, b, d in rows])
    per_row("Context.settle_batch(rows), all of it", lambda: context.settle_batch(rows), peer_time)
    print(" its steps:")
    per_row("rows → year and two int64 cents columns (_in_bulk)", lambda: context._in_bulk(rows, 3), peer_time)
    per_row("the columnar call (settle_columns)", lambda: context.settle_columns(args.year, bills, designated),
            peer_time)
    money = _columns.money_in_bulk
    _, bill_money, designated_money = zip(*rows)  # the caller's two-decimal amounts, returned as they are

    def results():
        return context._bulk_results(
            wkr.Settlement, args.year, n, bill_money, money(columns.free_space_cents), designated_money,
            money(columns.excess_cents), money(columns.final_levy_cents), money(columns.final_levy_return_cents),
            context._dues(args.year, columns.due_period))

    per_row("the results: four Decimals and a Settlement a row", results, peer_time)
    print(" the C call alone, without Python (the library's share of settle_columns):")
    options = _native.new(_native.wkr_columns_options, threads=1)
    outputs = [_columns.new_int64(n)[1] for _ in range(4)] + [_columns.new_int32(n)[1] for _ in range(2)]
    years = (ctypes.c_int32 * 1)(args.year)
    c_bills, c_designated = (_columns.int64_column(c, "cents")[0] for c in (bills, designated))
    per_row("lib.wkr_settle_columns on ready columns", lambda: _native.lib.wkr_settle_columns(
        context.handle, ctypes.byref(options), years, 1, n, c_bills, c_designated, *outputs), peer_time)
    empty = min(_cpu(lambda: context.settle_columns(args.year, array("q"), array("q"))) for _ in range(100))
    print("  %-62s %7.1f µs a call" % ("settle_columns of no rows (what a call costs in Python)", empty * 1e6))
    print(" what no exact sequence call can avoid (standard-library Python, CPython's own cost):")
    free_space = columns.free_space_cents.tolist()
    with decimal.localcontext(_columns.EXACT):
        one = per_row("one Decimal with two decimals from int cents (0.01 × cents)",
                      lambda: list(money(free_space)), peer_time)
        per_row("one Decimal → int cents (floor of v × 1E+2)",
                lambda: list(map(Decimal.__floor__, map(Decimal("1E+2").__mul__, bill_money))), peer_time)
    eight = [bill_money] * 8
    tuples = per_row("one Settlement (named tuple of 8) from columns",
                     lambda: list(map(partial(tuple.__new__, wkr.Settlement), zip(*eight))), peer_time)
    print("  %-62s %7.0f ns  (%.2f of the peer; 3× the peer needs ≤ 0.33)" % (
        "floor: four new Decimals and the named tuple", (4 * one + tuples) * 1e9 / n, (4 * one + tuples) / peer_time))
    return 0


def _cpu(function):
    start = time.process_time()
    function()
    return time.process_time() - start


if __name__ == "__main__":
    sys.exit(main())
