"""The golden cases (tests/golden/*.yaml, exported as golden.json by wkr_golden_export) through the
Python binding — the same cases the C++ tests run through the library and the wkr command:

  - every case through wkr.evaluate() (the JSON entry point), comparing every expected value of
    the result exactly as text, and the keys of its warnings, as tests/unit/golden_test.cpp does;
  - the cases that map onto the typed calls through wkr.free_space / group_free_space / settle /
    group_settle with Decimal amounts, comparing the amounts numerically;
  - the home-working, commute and evaluate cases whose inputs map onto home_working(_fixed),
    commute, fixed_commute and evaluate_items, comparing every expected value the typed result
    carries as the JSON response writes it (and a fixed commute's warning_count with the case's
    warnings);
  - the ledger, group-scheme and wage-bill cases through ledger, group_scheme_settle, wage_bill and
    group_wage_bill, the same way.

Cases that are usage errors of the command line (exit 2) are skipped. Environment: WKR_GOLDEN_JSON.
"""

import json
import os
import re
import unittest
from decimal import Decimal

import wkr


def load_cases():
    path = os.environ.get("WKR_GOLDEN_JSON")
    if not path:
        return None
    with open(path, encoding="utf-8") as cases:
        return json.load(cases)


def scalar_text(value):
    return value if isinstance(value, str) else json.dumps(value)


class Golden(unittest.TestCase):
    cases = load_cases()
    contexts = {}

    @classmethod
    def tearDownClass(cls):
        for context in cls.contexts.values():
            context.close()

    def setUp(self):
        if self.cases is None:
            self.skipTest("WKR_GOLDEN_JSON is not set")

    def context(self, case):
        directory = case["data"]
        if directory not in self.contexts:
            self.contexts[directory] = wkr.Context(directory)
        return self.contexts[directory]

    def assert_subset(self, expected, actual, path):
        if isinstance(expected, dict):
            self.assertIsInstance(actual, dict, path)
            for key, value in expected.items():
                self.assertIn(key, actual, path + key)
                self.assert_subset(value, actual[key], path + key + ".")
        elif isinstance(expected, list):
            self.assertIsInstance(actual, list, path)
            self.assertEqual(len(actual), len(expected), path)
            for i, (e, a) in enumerate(zip(expected, actual)):
                self.assert_subset(e, a, "%s%d." % (path, i))
        else:
            self.assertEqual(scalar_text(actual), scalar_text(expected), "at " + path)

    def test_cases_exist(self):
        self.assertTrue(self.cases)
        self.assertTrue(any(case["typed"] for case in self.cases))

    def test_json_route(self):
        for case in self.cases:
            if case["cli_only"]:
                continue
            with self.subTest(case=case["id"]):
                context = self.context(case)
                if "expect_error" in case:
                    with self.assertRaises(wkr.WkrError) as caught:
                        context.evaluate(case["request"])
                    self.assertIn(case["expect_error"]["message"], caught.exception.message)
                else:
                    result = context.evaluate(case["request"])
                    self.assert_subset(case["expect"], result, "")
                    self.assertEqual([w["key"] for w in result.get("warnings", [])], case["warnings"], "warnings")

    def test_typed_route(self):
        for case in self.cases:
            typed = case["typed"]
            if not typed:
                continue
            with self.subTest(case=case["id"]):
                context = self.context(case)
                request = case["request"]
                bills = request["wage_bill"] if isinstance(request["wage_bill"], list) else [request["wage_bill"]]
                bills = [Decimal(str(bill)) for bill in bills]
                rounding = request.get("free_space_rounding")
                year = request["year"]
                function = typed["function"]

                def call():
                    if function == "free_space":
                        return context.free_space_result(year, bills[0], rounding=rounding)
                    if function == "group_free_space":
                        return context.group_free_space_result(year, bills, rounding=rounding)
                    designated = Decimal(str(request["designated"]))
                    if function == "settle":
                        return context.settle(year, bills[0], designated, rounding=rounding)
                    return context.group_settle(year, bills, designated, rounding=rounding)

                if "expect_error" in case:
                    with self.assertRaises(wkr.WkrError) as caught:
                        call()
                    self.assertIn(case["expect_error"]["message"], caught.exception.message)
                    continue
                result = call()._asdict()
                for key, expected in case["expect"].items():
                    if key == "due":
                        self.assertEqual(tuple(result["due"]), (expected["year"], expected["period"]))
                    elif key in result:
                        self.assertEqual(result[key], Decimal(str(expected)), key)

    # ---- the allowance cases through the typed calls

    def typed_allowance(self, case):
        """(a callable computing the case through the typed calls, a function turning its result into
        the JSON response's shape), or None when the case does not map onto them."""
        request = dict(case["request"])
        command = request.pop("command")
        exact = lambda value: Decimal(str(value))  # noqa: E731 — JSON integers or decimal strings
        common = {}
        if "excess" in request:
            common["excess"] = request.pop("excess")
        year = request.pop("year", None)
        if command == "home-working":
            paid = exact(request.pop("paid")) if "paid" in request else None
            if request.pop("fixed", False) is True:
                options = {k: request.pop(k) for k in ("from_month", "to_month", "round_days") if k in request}
                if "home_days_per_week" not in request or request.keys() - {"home_days_per_week"}:
                    return None
                days = request.pop("home_days_per_week")
                return (lambda c: c.home_working_fixed(year, days, paid, **options, **common)), self.as_json
            if set(request) != {"days"}:
                return None
            days = exact(request.pop("days"))
            return (lambda c: c.home_working(year, days, paid, **common)), self.as_json
        if command == "commute":
            paid = exact(request.pop("paid")) if "paid" in request else None
            if request.pop("fixed", False) is True:
                options = {}
                for key in ("work_days_per_week", "from_month", "to_month", "round_days",
                            "absence_new_cause_each_year", "corona_approval"):
                    if key in request:
                        options[key] = request.pop(key)
                for key in ("travel_days", "travel_weeks", "actual_km"):
                    if key in request:
                        options[key] = exact(request.pop(key))
                if "long_absence" in request:
                    spans = request.pop("long_absence")
                    spans = spans if isinstance(spans, list) else [spans]
                    options["long_absences"] = [(s.split(":")[0], s.split(":")[1] or None) for s in spans]
                if set(request) != {"km_one_way", "office_days_per_week"}:
                    return None
                km, office = exact(request["km_one_way"]), request["office_days_per_week"]
                return (lambda c: c.fixed_commute(year, km, office, paid, **options, **common)), self.as_json
            if set(request) != {"km_one_way", "days"}:
                return None
            km, days = exact(request["km_one_way"]), exact(request["days"])
            return (lambda c: c.commute(year, km, days, paid, **common)), self.as_json
        if command == "evaluate":
            if set(request) - {"items_csv", "intern", "below_minimum_wage"}:
                return None
            items = self.csv_items(request["items_csv"])
            if items is None:
                return None
            options = {"interns": request.get("intern", []), "below_minimum_wage": request.get("below_minimum_wage", [])}
            return (lambda c: c.evaluate_items(year, items, **options, **common)), self.evaluation_as_json
        return None

    @staticmethod
    def csv_items(text):
        """The items of an items CSV as wkr.Item, or None when a row is not plain (the CSV reader's
        own errors stay with the JSON route)."""
        import csv
        import io

        rows = list(csv.reader(io.StringIO(text)))
        header, items = rows[0], []
        for row in rows[1:]:
            if len(row) != len(header):
                return None
            fields = dict(zip(header, row))
            try:
                amount = Decimal(fields["amount"])
                quantity = Decimal(fields["quantity"]) if fields.get("quantity") else None
                own = Decimal(fields["own_contribution"]) if fields.get("own_contribution") else None
            except ArithmeticError:
                return None
            if fields["category"] not in wkr._native.ITEM_CATEGORIES:
                return None
            items.append(wkr.Item(fields["employee"], fields["category"], amount, quantity,
                                  fields.get("treatment") or None, own))
        return items

    @staticmethod
    def money(value):
        """As the JSON response writes money: at least two decimals."""
        return value if value.as_tuple().exponent <= -2 else value.quantize(Decimal("0.01"))

    def as_json(self, result):
        """A typed result in the JSON response's shape: None fields left out, money with two decimals."""
        out = {}
        for key, value in result._asdict().items():
            if value is None:
                continue
            if key in ("daily_amount", "rate"):
                value = self.money(value)
            out[key] = str(value) if isinstance(value, Decimal) else value
        return out

    def evaluation_as_json(self, evaluation):
        def parts(x):
            return {key: str(getattr(x, key)) for key in
                    ("exempt", "targeted_exempt", "nil_valued", "intermediary", "designated", "wage",
                     "own_contribution")}

        employees = []
        for e in evaluation.employees:
            items = [dict(parts(i), category=i.category, amount=str(i.amount), **({"cap": str(i.cap)} if i.cap else {}))
                     for i in e.items]
            employees.append(dict(parts(e), employee=e.employee, items=items, customary_review=e.customary_review,
                                  customary_test={"safe_harbour_applies": e.customary_test_applies,
                                                  "safe_harbour": str(e.safe_harbour)}))
        return dict(parts(evaluation), year=evaluation.year, employees=employees,
                    customary_review=evaluation.customary_review)

    def assert_typed_subset(self, expected, actual, path):
        """Like assert_subset, for the keys the typed result carries; returns how many values it compared."""
        if isinstance(expected, dict):
            self.assertIsInstance(actual, dict, path)
            return sum(self.assert_typed_subset(value, actual[key], path + key + ".")
                       for key, value in expected.items() if key in actual)
        if isinstance(expected, list):
            self.assertIsInstance(actual, list, path)
            self.assertEqual(len(actual), len(expected), path)
            return 1 + sum(self.assert_typed_subset(e, a, "%s%d." % (path, i))
                           for i, (e, a) in enumerate(zip(expected, actual)))
        self.assertEqual(scalar_text(actual), scalar_text(expected), "at " + path)
        return 1

    # ---- the ledger, the group scheme and the wage bill through the typed calls

    @staticmethod
    def settlement_as_json(s):
        """A Settlement as the JSON response writes it: money with two decimals, the return in euros."""
        return {"wage_bill": str(s.wage_bill), "free_space": str(s.free_space), "designated": str(s.designated),
                "excess": str(s.excess), "final_levy": str(s.final_levy),
                "final_levy_return": str(s.final_levy_return.to_integral_value()),
                "due": {"year": s.due.year, "period": s.due.period}}

    @staticmethod
    def weight_text(weight):
        """A key's weight by its value: the typed call carries the value, not the text's decimals."""
        return str(int(weight)) if weight == weight.to_integral_value() else str(weight.normalize())

    def ledger_as_json(self, year):
        rows = []
        for r in year.rows:
            row = {key: str(getattr(r, key)) if isinstance(getattr(r, key), Decimal) else getattr(r, key)
                   for key in ("period", "wage_bill", "wage_bill_cumulative", "free_space_cumulative", "designated",
                               "designated_cumulative", "free_space_left", "excess_cumulative", "levy_declared")}
            if r.free_space_estimate is not None:
                row["free_space_estimate"] = str(r.free_space_estimate)
            rows.append(row)
        totals = self.settlement_as_json(year.totals)
        totals.update(levy_paid=str(year.totals.levy_paid), correction=str(year.totals.correction))
        return {"year": year.year, "strategy": year.strategy, "periods": rows, "totals": totals}

    def group_scheme_as_json(self, g):
        out = self.settlement_as_json(g.settlement)
        out.update(year=g.settlement.year, members=g.members, allocation_key=g.allocation_key,
                   filing_member={"name": g.filing_member, "named": g.filing_member_named,
                                  "needs_permission": g.needs_permission},
                   allocation=[{"member": a.member, "weight": self.weight_text(a.weight), "share": str(a.share)}
                               for a in g.allocation],
                   part_year_members=[dict(self.settlement_as_json(m.settlement), name=m.name)
                                      for m in g.part_year_members])
        return out

    @staticmethod
    def wage_bill_as_json(bill):
        def parts(x):
            return {"current": str(x.current), "former": str(x.former), "former_included": x.former_included,
                    "wage_bill": str(x.wage_bill)}
        if isinstance(bill, wkr.WageBill):
            return dict(parts(bill), year=bill.year)
        return {"year": bill.year, "former_wage_test": bill.former_wage_test, "wage_bill": str(bill.wage_bill),
                "members": [dict(parts(m), name=m.name, whole_year=m.whole_year) for m in bill.members]}

    @staticmethod
    def csv_rows(text):
        import csv
        import io

        return list(csv.DictReader(io.StringIO(text)))

    def typed_record(self, case):
        """(a callable computing a ledger, group-scheme or wage-bill case through the typed calls, its
        JSON shape), or None when the case does not map onto them."""
        request = dict(case["request"])
        command = request.pop("command")
        year = request.pop("year")
        exact = lambda value: Decimal(str(value))  # noqa: E731
        if command == "ledger":
            if set(request) - {"periods_csv", "strategy", "basis", "estimate", "four_weekly", "threshold_to_date"}:
                return None
            rows = self.csv_rows(request.pop("periods_csv"))
            estimate = exact(request.pop("estimate")) if "estimate" in request else None
            periods = [wkr.Period(int(r["period"]), Decimal(r["wage_bill"]), Decimal(r["designated"]),
                                  Decimal(r["levy_paid"]) if r.get("levy_paid") else None,
                                  estimate if r["period"] == "1" else None) for r in rows]
            return (lambda c: c.ledger(year, periods, **request)), self.ledger_as_json
        if command == "settle" and isinstance(request.get("members"), list):
            members = [wkr.Member(exact(m["wage_bill"]), m.get("whole_year", True),
                                  exact(m["designated"]) if "designated" in m else None,
                                  exact(m["allocation_weight"]) if "allocation_weight" in m else None, m.get("name"))
                       for m in request.pop("members")]
            if "designated" in request:
                request["designated"] = exact(request["designated"])
            if set(request) - {"designated", "filing_member", "allocation_key"}:
                return None
            return (lambda c: c.group_scheme_settle(year, members, **request)), self.group_scheme_as_json
        if command == "wage-bill":
            def payroll(member):
                rows = member["employees"] if "employees" in member else [
                    {"fiscal_wage": r["fiscal_wage"], "former": r["former"] in ("yes", "true", "1")}
                    for r in self.csv_rows(member["employees_csv"])]
                return [wkr.EmployeeWage(exact(r["fiscal_wage"]), r["former"]) for r in rows]
            if set(request) == {"employees_csv"} or set(request) == {"employees"}:
                employees = payroll(request)
                return (lambda c: c.wage_bill(year, employees)), self.wage_bill_as_json
            if "members" in request and not set(request) - {"members", "former_wage_test"}:
                members = [wkr.MemberPayroll(payroll(m), m.get("whole_year", True), m.get("name"))
                           for m in request.pop("members")]
                return (lambda c: c.group_wage_bill(year, members, **request)), self.wage_bill_as_json
        return None

    def test_typed_record_route(self):
        ran = 0
        for case in self.cases:
            if case["cli_only"] or "expect_error" in case or case["command"] not in ("ledger", "settle", "wage-bill"):
                continue
            typed = self.typed_record(case)
            if typed is None:
                continue
            call, shape = typed
            with self.subTest(case=case["id"]):
                ran += 1
                compared = self.assert_typed_subset(case["expect"], shape(call(self.context(case))), "")
                self.assertGreater(compared, 0, "no expected value is in the typed result")
        self.assertGreaterEqual(ran, 17)  # 7 ledger, 5 group-scheme and 5 wage-bill cases

    def test_typed_allowance_route(self):
        ran = 0
        for case in self.cases:
            if case["cli_only"] or case["command"] not in ("home-working", "commute", "evaluate"):
                continue
            typed = self.typed_allowance(case)
            if typed is None:
                continue
            call, shape = typed
            with self.subTest(case=case["id"]):
                context = self.context(case)
                ran += 1
                if "expect_error" in case:
                    with self.assertRaises((wkr.WkrError, ValueError)) as caught:
                        call(context)
                    # the items are named by index here, by line in the CSV: line n is items[n − 2]
                    message = re.sub(r"^line (\d+): ", lambda m: "items[%d]: " % (int(m.group(1)) - 2),
                                     case["expect_error"]["message"])
                    self.assertIn(message, str(caught.exception))
                    continue
                result = call(context)
                compared = self.assert_typed_subset(case["expect"], shape(result), "")
                self.assertGreater(compared, 0, "no expected value is in the typed result")
                if isinstance(result, wkr.FixedCommute):  # it counts the warnings whose keys the case lists
                    self.assertEqual(result.warning_count, len(case["warnings"]), "warning_count")
        self.assertGreaterEqual(ran, 60)


if __name__ == "__main__":
    unittest.main()
