#!/usr/bin/env python3
"""Writes population.csv: the demo population of the policy examples (README.md in this folder).

A mid-size employer of 300 employees in the four personas of the whitepaper "Thuiswerken doe je
zo!" (Hybrid Henry, Mobile Molly, Desktop Dora, Frontline Fred). The shares, patterns, modes and
distances follow the statistics in docs/policy.md ("The shipped examples"): they are demo data,
not fiscal figures. Deterministic (a fixed seed, integers only), so the file can be regenerated:

    python3 examples/policy/make_population.py > examples/policy/population.csv
"""
import random

rng = random.Random(2026)

# group: (count, [(office, home, coworking, weight)], [(mode, weight)], (wage low, wage high))
GROUPS = {
    "henry": (135, [(3, 2, 0, 8), (2, 2, 0, 2)],
              [("car", 55), ("bike", 25), ("public-transport", 15), ("company-bicycle", 5)], (42000, 78000)),
    "molly": (30, [(2, 2, 1, 1)], [("car", 60), ("public-transport", 30), ("bike", 10)], (50000, 95000)),
    "dora": (45, [(5, 0, 0, 8), (4, 0, 0, 2)], [("car", 60), ("bike", 25), ("public-transport", 15)], (40000, 70000)),
    "fred": (90, [(5, 0, 0, 7), (4, 0, 0, 2), (3, 0, 0, 1)],
             [("car", 50), ("bike", 35), ("public-transport", 10), ("company-bicycle", 5)], (28000, 45000)),
}

# One-way distance in tenths of a km, by mode: (low, high).
DISTANCE = {"car": (80, 450), "bike": (20, 150), "public-transport": (100, 600), "company-bicycle": (30, 200)}

# 2026 box 1 rates below AOW age (docs/policy.md; documentation only: wkr does not compute income tax).
BRACKETS = [(38883, "0.3575"), (78426, "0.3756"), (None, "0.4950")]


def pick(options):
    total = sum(weight for *_, weight in options)
    n = rng.randrange(total)
    for *value, weight in options:
        if n < weight:
            return value[0] if len(value) == 1 else tuple(value)
        n -= weight
    raise AssertionError


def tenths(value):
    return "%d.%d" % (value // 10, value % 10)


def minutes(mode, km10):
    # Door to door: car 50 km/h plus 5 minutes, bicycle 15 km/h, company (e-)bicycle 20 km/h,
    # public transport 40 km/h plus 15 minutes of waiting and walking.
    if mode == "car":
        return km10 * 6 // 50 + 5
    if mode == "bike":
        return km10 * 4 // 10
    if mode == "company-bicycle":
        return km10 * 3 // 10
    return km10 * 3 // 20 + 15


def rate(wage):
    for top, r in BRACKETS:
        if top is None or wage <= top:
            return r
    raise AssertionError


print("id,group,office_days,home_days,coworking_days,km_one_way,mode,minutes_one_way,"
      "coworking_km_one_way,coworking_minutes_one_way,fiscal_wage,marginal_rate")
number = 0
for group, (count, patterns, modes, (low, high)) in GROUPS.items():
    for _ in range(count):
        number += 1
        office, home, coworking = pick(patterns)
        mode = pick(modes)
        km10 = rng.randrange(*DISTANCE[mode])
        if mode == "car" and rng.randrange(40) == 0:
            km10 = rng.randrange(760, 900)  # a few live beyond 75 km: their fixed allowance is recalculated
        cw_km = cw_min = ""
        if coworking:
            cw10 = rng.randrange(15, 80)
            cw_km, cw_min = tenths(cw10), str(minutes("bike" if mode == "bike" else mode, cw10))
        wage = rng.randrange(low, high, 100)
        print("E%03d,%s,%d,%d,%d,%s,%s,%d,%s,%s,%d,%s" % (number, group, office, home, coworking, tenths(km10), mode,
                                                        minutes(mode, km10), cw_km, cw_min, wage, rate(wage)))
