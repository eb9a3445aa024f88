#!/usr/bin/env python3
"""Generates the sample employer of examples/employer (README.md there): a year of a fictitious
company — 300 employees, 12 monthly return periods, the WKR items of the year — written as
items.csv and periods.csv. Deterministic: the same script and the same wkr give the same files
(committed), so `wkr report` on a fresh checkout shows the figures of the README.

Only whole numbers pass through here (amounts in cents, as int), never a float. The designated
column of periods.csv is not computed here: wkr itself evaluates the items (`wkr evaluate --json`)
and each item's designated part is booked in the month it was paid, so the two files agree by
construction and no rule of the WKR is written twice.

    python3 examples/employer/generate.py --wkr build/dev/examples/cli/wkr
"""
import argparse
import csv
import io
import json
import os
import random
import subprocess
import sys

YEAR = 2026
EMPLOYEES = 300
HERE = os.path.dirname(os.path.abspath(__file__))

FIRST = ["Anna", "Bram", "Chantal", "Daan", "Emma", "Fleur", "Gijs", "Hanna", "Ilse", "Jeroen", "Kim", "Lars",
         "Maaike", "Niels", "Olga", "Pieter", "Roos", "Sanne", "Thijs", "Umut", "Vera", "Wouter", "Yara", "Zeynep"]
LAST = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos",
        "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Yilmaz", "El Amrani"]


def euros(cents):
    """Cents as an amount in euros with two decimals ('1234.50')."""
    return f"{cents // 100}.{cents % 100:02d}"


def generate(rng):
    """The employees' monthly salaries (cents) and the items as (employee, category, cents, quantity, month)."""
    names, salaries = [], []
    for i in range(EMPLOYEES):
        names.append(f"{FIRST[i % len(FIRST)]} {LAST[(i * 7) % len(LAST)]} ({i + 1:03d})")
        salaries.append(rng.randrange(2_400_00, 6_000_00, 25_00))
    items = []

    def item(who, category, cents, quantity="", month=12):
        items.append((names[who], category, cents, quantity, month))

    for who in range(EMPLOYEES):
        if who % 2 == 0:  # home working two days a week, at the company's own 2.40 a day
            days = rng.randrange(60, 95)
            item(who, "home_working", days * 240, str(days))
        if who % 5 != 4:  # commuting by the km, the company pays 0.21 a km
            km = rng.randrange(20, 60) * 2 * rng.randrange(120, 180)
            item(who, "commute_km", km * 21, str(km))
        if who % 3 == 0:
            item(who, "internet_necessary", 240_00)
        if who % 7 == 0:  # an office chair for home
            item(who, "arbo", rng.randrange(250_00, 600_00, 5_00), month=rng.randrange(1, 13))
        if who % 10 == 3:
            km = rng.randrange(500, 6000)
            item(who, "business_km", km * 23, str(km))
        if who % 11 == 5:  # a public transport pass: the actual cost
            item(who, "public_transport", rng.randrange(1_800_00, 4_200_00, 1_00))
        if who % 8 == 1:
            item(who, "course", rng.randrange(600_00, 2_500_00, 50_00), month=rng.randrange(2, 12))
        if who % 3 == 1:  # the gym subsidy, 25.00 every month
            for month in range(1, 13):
                item(who, "free_space", 25_00, month=month)
        item(who, "free_space", 125_00, month=6)   # the summer party
        item(who, "free_space", 150_00, month=12)  # the Christmas package
        item(who, "free_space", 300_00, month=12)  # the year-end gift card
    for who in rng.sample(range(EMPLOYEES), 15):  # 12.5-year anniversaries
        item(who, "free_space", 500_00, month=rng.randrange(1, 13))
    for who in (17, 101, 244):  # a personal development budget spent freely: above the safe harbour
        item(who, "free_space", 2_500_00, month=9)
    for who in rng.sample(range(EMPLOYEES), 4):  # traffic fines paid for employees: wage
        item(who, "fine", rng.randrange(90_00, 400_00, 5_00), month=rng.randrange(1, 13))
    return salaries, items


def items_csv(items):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["employee", "category", "amount", "quantity"])
    for name, category, cents, quantity, _ in items:
        w.writerow([name, category, euros(cents), quantity])
    return out.getvalue()


def periods_csv(salaries, items, evaluation):
    """The wage bill of each month (the salaries, with the 8% holiday allowance in May) and the
    designated part of the items paid in it, as wkr evaluated them."""
    month_of_line = {f"line {i + 2}": item[4] for i, item in enumerate(items)}
    designated = [0] * 13
    for employee in evaluation["employees"]:
        for result in employee["items"]:
            whole, cents = result["designated"].split(".")
            designated[month_of_line[result["origin"]]] += int(whole) * 100 + int(cents)
    monthly = sum(salaries)
    holiday = sum(s * 12 * 8 // 100 for s in salaries)
    out = "period,wage_bill,designated\n"
    for month in range(1, 13):
        out += f"{month},{euros(monthly + (holiday if month == 5 else 0))},{euros(designated[month])}\n"
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wkr", required=True, help="the wkr command (build/dev/examples/cli/wkr)")
    args = parser.parse_args()
    salaries, items = generate(random.Random(YEAR))
    items_path = os.path.join(HERE, "items.csv")
    with open(items_path, "w", encoding="utf-8") as f:
        f.write(items_csv(items))
    run = subprocess.run([args.wkr, "evaluate", "--year", str(YEAR), "--items", items_path, "--json"],
                         capture_output=True, text=True, check=False)
    if run.returncode != 0:
        sys.exit(f"wkr evaluate failed: {run.stderr}")
    with open(os.path.join(HERE, "periods.csv"), "w", encoding="utf-8") as f:
        f.write(periods_csv(salaries, items, json.loads(run.stdout)))


if __name__ == "__main__":
    main()
