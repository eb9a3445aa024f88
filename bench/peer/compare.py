"""Runs the peer (peer.py, plain decimal.Decimal) and wkr side by side on one generated population,
checks that every result agrees to the cent, and prints the time of each and the ratio.

  python3 bench/peer/compare.py --wkr build/release/examples/cli/wkr \
      --library build/release/capi/libwkr.so.1 [--employers 100000] [--employees 50000] [--year 2026]

Compared: the settlement of every employer (peer vs the Python binding's sequence call
Context.settle_batch over Decimals, and its columnar call Context.settle_columns over int64 cents),
and the evaluation of every employee of an items CSV of the typical mix (peer reading the CSV vs
`wkr evaluate --json --output FILE`, the file read back untimed). Timings are wall clock on this
machine, the best of --repeat runs for the calls made in this process (every run computes every
result; the rows and columns are made before the clock runs, for the peer as for wkr) and one run of
the command: a measurement, never a test (docs/performance.md)."""

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from array import array
from decimal import Decimal
from pathlib import Path

import peer


def cents(value):
    return Decimal(value).scaleb(-2)


def timed(what, function, repeat=1):
    """The result of function() and its best wall-clock time of `repeat` runs."""
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        seconds = time.perf_counter() - start
        best = seconds if best is None else min(best, seconds)
    print("  %-46s %8.3f s" % (what, best))
    return result, best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wkr", required=True, help="the wkr command")
    parser.add_argument("--library", required=True, help="libwkr.so.1, for the Python binding")
    parser.add_argument("--employers", type=int, default=100_000)
    parser.add_argument("--employees", type=int, default=50_000, help="four items each")
    parser.add_argument("--year", type=int, default=2026)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each call in this process; the best counts")
    args = parser.parse_args()

    os.environ["WKR_LIBRARY"] = str(Path(args.library).resolve())
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bindings" / "python"))
    import wkr  # noqa: E402  (the binding, loaded from this source tree)

    figures = peer.Figures.load(args.wkr, args.year)
    rng = random.Random(20261201)
    failures = 0

    # ---- employers: the settlement ---------------------------------------------------------------
    rows = [(args.year, cents(rng.randrange(0, 5_000_000_000)), cents(rng.randrange(0, 200_000_000)))
            for _ in range(args.employers)]
    print("%d employers, settlement of %d (load average %.1f):" % (len(rows), args.year, os.getloadavg()[0]))
    expected, peer_seconds = timed("peer (decimal.Decimal)",
                                   lambda: [peer.settle(figures, bill, designated) for _, bill, designated in rows],
                                   args.repeat)
    # A data frame holds its amounts as int64 cents already: the columns are made before the clock runs.
    year_of_all = args.year
    bill_cents = array("q", (int(bill.scaleb(2)) for _, bill, _ in rows))
    designated_cents = array("q", (int(designated.scaleb(2)) for _, _, designated in rows))
    with wkr.Context() as context:
        got, batch_seconds = timed("wkr Context.settle_batch (sequence of Decimal)",
                                   lambda: context.settle_batch(rows), args.repeat)
        columns, columns_seconds = timed("wkr Context.settle_columns (int64 cents)",
                                         lambda: context.settle_columns(year_of_all, bill_cents, designated_cents),
                                         args.repeat)
        threaded, threaded_seconds = timed("wkr Context.settle_columns, threads=2",
                                           lambda: context.settle_columns(year_of_all, bill_cents, designated_cents,
                                                                          threads=2), args.repeat)
    for label, result in (("settle_batch", got), ("columns", columns[0]), ("columns, threads=2", threaded[0])):
        if len(result) != len(expected):
            failures += 1
            print("  DISAGREE (%s): %d results for %d employers" % (label, len(result), len(expected)))
    for i, (mine, theirs) in enumerate(zip(expected, got)):
        if mine != (theirs.free_space, theirs.excess, theirs.final_levy, theirs.final_levy_return):
            failures += 1
            if failures <= 5:
                print("  DISAGREE employer %d: peer %s, wkr %s" % (i, mine, theirs))
    for label, result in (("columns", columns), ("columns, threads=2", threaded)):
        for i, mine in enumerate(expected):
            theirs = tuple(cents(column[i]) for column in result[:4])
            if mine != theirs:
                failures += 1
                if failures <= 5:
                    print("  DISAGREE employer %d (%s): peer %s, wkr %s" % (i, label, mine, theirs))
    print("  settle_batch is %.2f× the peer's speed" % (peer_seconds / batch_seconds))
    print("  settle_columns is %.1f× the peer's speed (threads=2: %.1f×)" % (peer_seconds / columns_seconds,
                                                                          peer_seconds / threaded_seconds))

    # ---- employees: the per-employee evaluation of an items CSV ------------------------------------
    with tempfile.TemporaryDirectory() as scratch:
        items = Path(scratch) / "items.csv"
        people = []
        with items.open("w", newline="") as out:
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(["employee", "category", "amount", "quantity"])
            for e in range(args.employees):
                name = "employee-%d" % e
                mix = (rng.randrange(0, 230), cents(rng.randrange(0, 80_000)), rng.randrange(0, 12_000),
                       cents(rng.randrange(0, 300_000)), cents(rng.randrange(0, 60_000)),
                       cents(rng.randrange(0, 40_000)))
                people.append((name, mix))
                writer.writerow([name, "home_working", mix[1], mix[0]])
                writer.writerow([name, "commute_km", mix[3], mix[2]])
                writer.writerow([name, "internet_necessary", mix[4], ""])
                writer.writerow([name, "free_space", mix[5], ""])
        size = items.stat().st_size
        print("%d employees, %d items (%.1f MB), evaluation of %d:" % (len(people), 4 * len(people), size / 1e6,
                                                                         args.year))

        def peer_evaluation():
            # What the script does: read the CSV, gather each employee's items, apply the rules.
            gathered = {}
            with items.open(newline="") as source:
                for row in csv.DictReader(source):
                    gathered.setdefault(row["employee"], {})[row["category"]] = row
            results = {}
            for name, by in gathered.items():
                results[name] = peer.employee_year(
                    figures, Decimal(by["home_working"]["quantity"]), Decimal(by["home_working"]["amount"]),
                    Decimal(by["commute_km"]["quantity"]), Decimal(by["commute_km"]["amount"]),
                    Decimal(by["internet_necessary"]["amount"]), Decimal(by["free_space"]["amount"]))
            return results

        expected, peer_seconds = timed("peer (csv + decimal.Decimal)", peer_evaluation)
        # The command writes its JSON to a file, as a script over a large file would have it: timing
        # Python's reading of ~100 MB from a pipe would charge wkr for Python's work.
        results = Path(scratch) / "results.json"
        _, wkr_seconds = timed("wkr evaluate --json --output FILE", lambda: subprocess.run(
            [args.wkr, "evaluate", "--year", str(args.year), "--items", str(items), "--json", "--output",
             str(results)], check=True))
        with results.open(encoding="utf-8") as written:
            evaluated = json.load(written)
        for employee in evaluated["employees"]:
            mine = expected[employee["employee"]]
            theirs = (Decimal(employee["exempt"]), Decimal(employee["designated"]), employee["customary_review"])
            if mine != theirs:
                failures += 1
                if failures <= 5:
                    print("  DISAGREE %s: peer %s, wkr %s" % (employee["employee"], mine, theirs))
        print("  wkr evaluate is %.2f× the peer's speed" % (peer_seconds / wkr_seconds))

    print("every result agrees to the cent" if failures == 0 else "%d results disagree" % failures)
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
