"""The peer: what a payroll script would write with decimal.Decimal — the free space, the
settlement and the per-employee evaluation of the typical mix (home working by the day, commuting
by the km, internet that is necessary, a gift). It is the yardstick of docs/performance.md, not a
second implementation of wkr: it knows only these rules and none of their edge cases.

The figures are not typed in here: Figures.load() takes them from `wkr parameters --json`, which
prints every figure in force for a year with its source (data/nl/*.yaml)."""

import json
import subprocess
from decimal import Decimal, ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_HALF_UP

MODES = {"half-up": ROUND_HALF_UP, "half-even": ROUND_HALF_EVEN, "floor": ROUND_FLOOR,
         "ceiling": ROUND_CEILING, "toward-zero": ROUND_DOWN}
CENT = Decimal("0.01")


class Figures:
    """The figures of one year, as the command lists them."""

    def __init__(self, values):
        self.brackets = [tuple(Decimal(x) for x in part.split(" → "))
                         for part in values["free_space.rates"].split(", ")]
        self.free_space_rounding = self._rounding(values["free_space.rounding"])
        self.levy_rate = Decimal(values["final_levy.rate"])
        self.levy_rounding = self._rounding(values["final_levy.amount_rounding"])
        self.return_rounding = self._rounding(values["final_levy.return_rounding"])
        self.home_working_per_day = Decimal(values["home_working.daily_amount"])
        self.rate_per_km = Decimal(values["travel.rate_per_km"])
        self.safe_harbour = Decimal(values["customary_test.safe_harbour"])

    @staticmethod
    def _rounding(text):  # "2 decimals, floor"
        decimals, mode = text.split(" decimals, ")
        return Decimal(1).scaleb(-int(decimals)), MODES[mode]

    @classmethod
    def load(cls, wkr_command, year):
        listing = json.loads(subprocess.run([wkr_command, "parameters", "--year", str(year), "--json"],
                                            check=True, capture_output=True, text=True).stdout)
        return cls({p["name"]: p["value"] for p in listing["parameters"]})


def free_space(f, wage_bill):
    total = Decimal(0)
    for i, (start, rate) in enumerate(f.brackets):
        if wage_bill <= start:
            break
        upper = min(wage_bill, f.brackets[i + 1][0]) if i + 1 < len(f.brackets) else wage_bill
        total += rate * (upper - start)
    return total.quantize(*f.free_space_rounding)


def settle(f, wage_bill, designated):
    space = free_space(f, wage_bill)
    excess = max(Decimal(0), designated - space)
    levy = f.levy_rate * excess
    return space, excess, levy.quantize(*f.levy_rounding), levy.quantize(*f.return_rounding)


def employee_year(f, home_days, home_paid, commute_km, commute_paid, internet, gift):
    """(exempt, designated, review) of the typical mix; every excess designated."""
    home_exempt = min(home_paid, home_days * f.home_working_per_day)
    commute_exempt = min(commute_paid, commute_km * f.rate_per_km)
    exempt = home_exempt + commute_exempt + internet
    designated = (home_paid - home_exempt) + (commute_paid - commute_exempt) + gift
    return exempt, designated, designated > f.safe_harbour
