"""Tests of the Python binding (bindings/python/wkr) over libwkr.

Environment (set by ctest, tests/python/CMakeLists.txt): PYTHONPATH with bindings/python,
WKR_LIBRARY (the library under test), WKR_LAYOUT (layout.txt from the C compiler),
WKR_ITEM_CATEGORIES (the library's item categories, from the wkr_item_categories tool),
WKR_SOURCE_DIR, WKR_EXPECTED_VERSION (the CMake project version).
"""

import ctypes
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import unittest
from decimal import Decimal

import wkr
from wkr import _native

SOURCE_DIR = os.environ.get("WKR_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
UPDATE_2027 = os.path.join(SOURCE_DIR, "data", "updates", "2027")


class Contract(unittest.TestCase):
    """The minimal contract of issue 4, on the embedded tables."""

    def test_free_space(self):
        self.assertEqual(wkr.free_space(2026, Decimal("1600000")), Decimal("22160.00"))
        self.assertEqual(str(wkr.free_space(2026, Decimal("1600000"))), "22160.00")

    def test_settle(self):
        settlement = wkr.settle(2025, Decimal("500000"), Decimal("14180"))
        self.assertEqual(settlement.final_levy, Decimal("4000.00"))
        self.assertEqual(settlement.free_space, Decimal("9180.00"))
        self.assertEqual(settlement.excess, Decimal("5000.00"))
        self.assertEqual(settlement.final_levy_return, Decimal("4000"))
        self.assertEqual(settlement.due, wkr.Due(2026, 2))
        self.assertIsInstance(settlement.final_levy, Decimal)


class Versions(unittest.TestCase):
    def test_versions_match_the_project(self):
        expected = os.environ.get("WKR_EXPECTED_VERSION")
        if expected:
            self.assertEqual(wkr.version(), expected)
            major, minor, patch = (int(p) for p in expected.split("."))
            self.assertEqual(wkr.version_number(), major * 10000 + minor * 100 + patch)
        self.assertEqual(wkr.__version__, wkr.version())
        self.assertEqual(wkr.abi_version(), 1)
        self.assertEqual(wkr.abi_version(), _native.ABI_VERSION)


class ExactNumbers(unittest.TestCase):
    def test_float_is_a_type_error(self):
        with self.assertRaises(TypeError) as caught:
            wkr.free_space(2026, 1600000.0)
        self.assertIn("Decimal", str(caught.exception))
        with self.assertRaises(TypeError):
            wkr.settle(2025, Decimal("500000"), 14180.0)
        with self.assertRaises(TypeError):
            wkr.group_free_space(2022, [Decimal("1"), 2.5])
        with self.assertRaises(TypeError):
            wkr.free_space_batch([(2026, 0.1)])
        with self.assertRaises(TypeError):
            wkr.evaluate({"command": "free-space", "year": 2026, "wage_bill": [1600000.5]})

    def test_other_types_are_refused(self):
        for value in ("1600000", True, None, [1]):
            with self.assertRaises(TypeError, msg=repr(value)):
                wkr.free_space(2026, value)

    def test_ints_are_euros(self):
        self.assertEqual(wkr.free_space(2026, 1600000), Decimal("22160.00"))

    def test_whole_cents_only(self):
        with self.assertRaises(ValueError) as caught:
            wkr.free_space(2026, Decimal("100.005"))
        self.assertIn("cents", str(caught.exception))
        with self.assertRaises(ValueError):
            wkr.free_space(2026, Decimal("NaN"))
        with self.assertRaises(ValueError):
            wkr.free_space(2026, Decimal("1E+30"))
        # trailing zeros beyond two decimals are still whole cents
        self.assertEqual(wkr.free_space(2026, Decimal("400000.0100")), Decimal("8000.00"))

    def test_cents_at_the_edge_of_int64(self):
        largest = Decimal(2**63 - 1).scaleb(-2)
        context = wkr.Context()
        self.addCleanup(context.close)
        # int64 cents reach the C call, which refuses them by the limits (docs/limits.md) ...
        with self.assertRaises(wkr.WkrError) as caught:
            context.free_space_result(2026, largest)
        self.assertEqual(caught.exception.status, wkr.Status.E_INVALID_ARGUMENT)
        # ... one cent more does not fit int64 cents and never leaves Python
        with self.assertRaises(ValueError):
            context.free_space(2026, largest + Decimal("0.01"))

    def test_rounding(self):
        self.assertEqual(wkr.free_space(2026, Decimal("400000.01")), Decimal("8000.00"))
        self.assertEqual(wkr.free_space(2026, Decimal("400000.01"), rounding="ceiling"), Decimal("8000.01"))
        self.assertEqual(wkr.free_space(2026, Decimal("400000.01"), rounding=wkr.Rounding.CEILING), Decimal("8000.01"))
        with self.assertRaises(ValueError):
            wkr.free_space(2026, Decimal("1"), rounding="upward")

    def test_decimal_round_trip_through_c(self):
        """Python's decimal (libmpdec) is the oracle for the 128-bit two's complement conversion."""
        values = [
            "0", "-0.5", "9180.00", "0.000000000000000000000000000001", "-1", "18446744073709551616",
            "-18446744073709551616", "170141183460469231731687303715884105727",
            "-170141183460469231731687303715884105728", "-170141183.460469231731687303715884105728",
            "12193263113559823.186308",
        ]
        generator = random.Random(4)
        for _ in range(300):
            digits = generator.randint(1, 38)
            text = str(generator.randrange(10 ** (digits - 1), 10**digits))
            scale = generator.randint(0, min(30, digits - 1))
            if scale:
                text = text[:-scale] + "." + text[-scale:]
            if generator.random() < 0.5:
                text = "-" + text
            if abs(int(text.replace(".", "").replace("-", ""))) < 2**127:
                values.append(text)
        for text in values:
            with self.subTest(text=text):
                ours = wkr._to_c_decimal(Decimal(text))
                theirs = _native.wkr_decimal()
                encoded = text.encode("ascii")
                self.assertEqual(lib().wkr_decimal_parse(encoded, len(encoded), ctypes.byref(theirs)), 0)
                self.assertEqual((ours.lo, ours.hi, ours.scale, ours.reserved),
                                 (theirs.lo, theirs.hi, theirs.scale, theirs.reserved))
                self.assertEqual(format(wkr._from_c_decimal(theirs), "f"), text)
                self.assertEqual(wkr._from_c_decimal(theirs), Decimal(text))
                status, formatted = _native.copy_string(lib().wkr_decimal_format, ctypes.byref(ours))
                self.assertEqual((status, formatted), (0, text))

    def test_decimal_range(self):
        with self.assertRaises(ValueError):
            wkr._to_c_decimal(Decimal(2**127))
        with self.assertRaises(ValueError):
            wkr._to_c_decimal(Decimal("1E-31"))
        self.assertEqual(wkr._to_c_decimal(Decimal("1E+3")).lo, 1000)


def lib():
    return _native.lib


class Limits(unittest.TestCase):
    """docs/limits.md: the same out-of-range inputs as the command, C and C# tests, the same code and
    message (tests/cli/test_cli.py, tests/capi/capi_test.c, tests/csharp/WkrTests.cs)."""

    def test_the_largest_amount(self):
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.settle(2026, Decimal("1000000000000.01"), Decimal("0"))
        self.assertEqual(caught.exception.status, wkr.Status.E_INVALID_ARGUMENT)
        self.assertEqual(caught.exception.message, "the wage bill is 1000000000000.01, more than 1000000000000 euros, "
                                                   "the most wkr accepts (docs/limits.md)")

    def test_the_years(self):
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.settle(2100, Decimal("1000000000000"), Decimal("0"))
        self.assertEqual(caught.exception.status, wkr.Status.E_INVALID_ARGUMENT)
        self.assertEqual(caught.exception.message,
                         "the year 2100 is outside 2000–2099, the years wkr accepts (docs/limits.md)")


class Errors(unittest.TestCase):
    def test_status_and_message(self):
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.free_space(2014, Decimal("400000"))
        error = caught.exception
        self.assertEqual(error.status, wkr.Status.E_NOT_COVERED)
        self.assertEqual(error.status, -5)
        self.assertEqual(error.status_name, "WKR_E_NOT_COVERED")
        self.assertIn("2014", error.message)
        self.assertIn("WKR_E_NOT_COVERED", str(error))

    def test_invalid_argument(self):
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.settle(2026, Decimal("400000"), Decimal("-5"))
        self.assertEqual(caught.exception.status, wkr.Status.E_INVALID_ARGUMENT)
        self.assertIn("negative", caught.exception.message)

    def test_message_in_dutch_is_the_commands(self):
        # The same sentence as `wkr free-space --year 2014 --wage-bill 4000 --lang nl` writes after
        # "wkr: fout: " (compared with the built command itself when WKR_CLI names it).
        dutch = "de tabellen hebben geen waarden voor het jaar 2014: zij dekken 2015–2026"
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.free_space(2014, Decimal("4000"))
        error = caught.exception
        self.assertEqual(error.message_nl, dutch)
        self.assertEqual(error.message_in("nl"), dutch)
        self.assertEqual(error.message_in("en"), error.message)
        self.assertNotEqual(error.message, dutch)
        self.assertIn("WKR_E_NOT_COVERED: " + error.message, str(error))
        with self.assertRaises(ValueError):
            error.message_in("de")
        if os.environ.get("WKR_CLI"):
            command = subprocess.run([os.environ["WKR_CLI"], "free-space", "--year", "2014", "--wage-bill", "4000",
                                      "--lang", "nl"], capture_output=True, text=True, timeout=60)
            self.assertEqual(command.stderr, "wkr: fout: " + dutch + "\n")

    def test_dutch_numbers_in_a_message(self):
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.free_space(2026, Decimal("-0.01"))
        self.assertEqual(caught.exception.message_nl, "de loonsom is -€ 0,01; dat kan niet negatief zijn (geef 0 of meer)")
        self.assertEqual(caught.exception.message, "the wage bill is -0.01; it cannot be negative (give 0 or more)")

    def test_statuses_mirror_the_header(self):
        self.assertEqual(_native.status_name(wkr.Status.E_ROWS_FAILED), "WKR_E_ROWS_FAILED")
        for status in wkr.Status:
            self.assertEqual(_native.status_name(status), "WKR_" + status.name)

    def test_messages_are_per_thread(self):
        seen = {}

        def fail(year):
            try:
                wkr.free_space(year, Decimal("1"))
            except wkr.WkrError as error:
                seen[year] = error.message

        threads = [threading.Thread(target=fail, args=(2000 + i,)) for i in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        for year, message in seen.items():
            self.assertIn(str(year), message)
        self.assertEqual(len(seen), 8)


class Contexts(unittest.TestCase):
    def test_context_manager(self):
        with wkr.Context(UPDATE_2027) as tables:
            self.assertEqual(tables.free_space(2027, Decimal("400000")), Decimal("8640.00"))
            self.assertEqual(len(tables.digest), 64)
            self.assertNotEqual(tables.digest, wkr.Context().digest)
        with self.assertRaises(ValueError):
            tables.free_space(2027, Decimal("400000"))
        tables.close()  # twice is fine

    def test_embedded_tables_do_not_cover_2027(self):
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.free_space(2027, Decimal("400000"))
        self.assertIn("2027", caught.exception.message)

    def test_missing_directory(self):
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.Context(os.path.join(SOURCE_DIR, "no-such-directory"))
        self.assertEqual(caught.exception.status, wkr.Status.E_IO)

    def test_a_directory_that_replaces_an_embedded_value(self):
        redated = os.path.join(SOURCE_DIR, "tests", "data", "redated")
        with wkr.Context(redated) as tables:
            self.assertEqual(tables.settle(2026, Decimal("400000"), Decimal("8100")).final_levy, Decimal("75.00"))
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.Context(redated, strict_data=True)
        self.assertEqual(caught.exception.status, wkr.Status.E_DATA)
        self.assertIn("final_levy.yaml:6:7", caught.exception.message)
        self.assertIn("final_levy.rate from 2015-01-01 replaces the value the tables already give",
                      caught.exception.message)
        with self.assertRaises(ValueError):
            wkr.Context(strict_data=True)

    def test_parameter(self):
        rate = wkr.parameter("final_levy.rate", 2025)
        self.assertEqual(rate, Decimal("0.80"))
        self.assertEqual(str(rate), "0.80")
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.parameter("free_space.rates", 2025)
        self.assertEqual(caught.exception.status, wkr.Status.E_DATA)

    def test_shared_between_threads(self):
        errors = []
        with wkr.Context() as tables:

            def work():
                for _ in range(200):
                    if tables.free_space(2026, Decimal("1600000")) != Decimal("22160.00"):
                        errors.append("wrong")

            threads = [threading.Thread(target=work) for _ in range(4)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        self.assertEqual(errors, [])


class Groups(unittest.TestCase):
    def test_group_scheme(self):
        members = [Decimal("1000000")] * 5
        self.assertEqual(wkr.group_free_space(2022, members), Decimal("61080.00"))
        settlement = wkr.group_settle(2022, members, Decimal("62080"))
        self.assertEqual(settlement.final_levy, Decimal("800.00"))
        self.assertEqual(settlement.wage_bill, Decimal("5000000.00"))

    def test_member_not_in_the_group_all_year(self):
        members = [wkr.Member(Decimal("1000000")), wkr.Member(Decimal("1000000"), whole_year=False)]
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.group_free_space(2022, members)
        self.assertEqual(caught.exception.status, wkr.Status.E_INVALID_ARGUMENT)
        self.assertIn("member 2", caught.exception.message)
        with self.assertRaises(TypeError):
            wkr.group_free_space(2022, [wkr.Member(Decimal("1"), whole_year=1)])


class GroupScheme(unittest.TestCase):
    """The group scheme as the law has it (docs/group-scheme.md, GS-part-year-member): 2025, Holding BV
    €1,000,000 / €20,000 and Werk BV €600,000 / €10,000 all year; Nieuw BV €200,000 / €5,000 joined
    during the year. The group: 2% × 400,000 + 1.18% × 1,200,000 = 22,160; 7,840 excess; levy 6,272
    = 4,181.33 + 2,090.67 by designated amounts; Nieuw BV alone: 4,000 free space, levy 800."""

    members = [wkr.Member(Decimal("1000000"), designated=Decimal("20000"), name="Holding BV"),
               wkr.Member(Decimal("600000"), designated=Decimal("10000"), name="Werk BV"),
               wkr.Member(Decimal("200000"), whole_year=False, designated=Decimal("5000"), name="Nieuw BV")]

    def test_part_year_member_filer_and_shares(self):
        g = wkr.group_scheme_settle(2025, self.members)
        self.assertEqual((g.settlement.free_space, g.settlement.excess, g.settlement.final_levy),
                         (Decimal("22160.00"), Decimal("7840.00"), Decimal("6272.00")))
        self.assertEqual(g.members, ["Holding BV", "Werk BV"])
        self.assertEqual((g.filing_member, g.filing_member_named, g.needs_permission), ("Holding BV", False, False))
        self.assertEqual(g.allocation_key, "designated")
        self.assertEqual([(s.member, s.share) for s in g.allocation],
                         [("Holding BV", Decimal("4181.33")), ("Werk BV", Decimal("2090.67"))])
        self.assertEqual(sum(s.share for s in g.allocation), g.settlement.final_levy)
        (nieuw,) = g.part_year_members
        self.assertEqual((nieuw.name, nieuw.settlement.free_space, nieuw.settlement.final_levy),
                         ("Nieuw BV", Decimal("4000.00"), Decimal("800.00")))
        self.assertEqual(nieuw.settlement.due, wkr.Due(2026, 2))

    def test_named_filer_total_and_own_key(self):
        g = wkr.group_scheme_settle(2025, self.members, filing_member="Werk BV")
        self.assertEqual((g.filing_member, g.filing_member_named, g.needs_permission), ("Werk BV", True, True))
        with self.assertRaises(ValueError):
            wkr.group_scheme_settle(2025, self.members, filing_member="Ander BV")
        # GS-own-key-tie: 2026, one total of €125 → levy 100.00 by equal weights: 33.34, 33.33, 33.33
        equal = [wkr.Member(0, allocation_weight=1, name=n) for n in "XYZ"]
        g = wkr.group_scheme_settle(2026, equal, designated=125, allocation_key="own")
        self.assertEqual([s.share for s in g.allocation], [Decimal("33.34"), Decimal("33.33"), Decimal("33.33")])
        self.assertEqual(g.allocation[0].weight, Decimal("1"))
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.group_scheme_settle(2026, equal, designated=125)
        self.assertIn("choose the allocation key wage-bill or own", caught.exception.message)
        with self.assertRaises(ValueError):
            wkr.group_scheme_settle(2026, equal, designated=125, allocation_key="headcount")

    def test_the_older_calls_take_no_amount_per_member(self):
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.group_settle(2025, self.members[:2], Decimal("30000"))
        self.assertIn("wkr_group_scheme_settle()", caught.exception.message)
        self.assertEqual(wkr.group_free_space(2025, [wkr.Member(m.wage_bill) for m in self.members[:2]]),
                         Decimal("22160.00"))


class WageBills(unittest.TestCase):
    def test_ten_percent_of_former_wage_counts_one_cent_more_does_not(self):
        bill = wkr.wage_bill(2025, [(Decimal("500000"), False), (Decimal("400000"), False), (Decimal("100000"), True)])
        self.assertEqual(bill, wkr.WageBill(2025, Decimal("900000.00"), Decimal("100000.00"), True,
                                            Decimal("1000000.00")))
        bill = wkr.wage_bill(2025, [wkr.EmployeeWage(Decimal("900000")), wkr.EmployeeWage(Decimal("100000.01"), True)])
        self.assertEqual((bill.former_included, bill.wage_bill), (False, Decimal("900000.00")))
        with self.assertRaises(TypeError):
            wkr.wage_bill(2025, [(Decimal("1"), "yes")])

    def test_a_group_on_its_totals_or_per_member(self):
        # WB-group-method / WB-member-method: A 900,000 + 150,000 former, B 1,000,000
        members = [wkr.MemberPayroll([(900000, False), (150000, True)], name="A"),
                   wkr.MemberPayroll([(1000000, False)], name="B")]
        group = wkr.group_wage_bill(2026, members)
        self.assertEqual((group.former_wage_test, group.wage_bill), ("group", Decimal("2050000.00")))
        per_member = wkr.group_wage_bill(2026, members, former_wage_test="member")
        self.assertEqual(per_member.wage_bill, Decimal("1900000.00"))
        self.assertEqual([(m.name, m.former_included, m.wage_bill) for m in per_member.members],
                         [("A", False, Decimal("900000.00")), ("B", True, Decimal("1000000.00"))])
        # its members' wage bills are what the group scheme takes
        scheme = wkr.group_scheme_settle(2026, [wkr.Member(m.wage_bill, m.whole_year, designated=0, name=m.name)
                                                for m in per_member.members])
        self.assertEqual(scheme.settlement.wage_bill, Decimal("1900000.00"))
        with self.assertRaises(ValueError):
            wkr.group_wage_bill(2026, members, former_wage_test="both")


class Ledgers(unittest.TestCase):
    @staticmethod
    def w6(levy_paid=None):
        """2025 (W6 over a year): €40,000 a month, €60,000 in December, €14,180 designated in December."""
        return [wkr.Period(p, 60000 if p == 12 else 40000, 14180 if p == 12 else 0, levy_paid.get(p) if levy_paid else None)
                for p in range(12, 0, -1)]

    def test_after_the_year_and_as_you_go(self):
        after = wkr.ledger(2025, self.w6())
        self.assertEqual([row.period for row in after.rows], list(range(1, 13)))
        # January, the threshold prorated: (8,000 + 944) / 12 = 745.33; November 8,198.66; December the year's
        self.assertEqual(after.rows[0].free_space_cumulative, Decimal("745.33"))
        self.assertEqual(after.rows[10].free_space_cumulative, Decimal("8198.66"))
        self.assertEqual((after.rows[11].excess_cumulative, after.rows[11].final_levy_so_far),
                         (Decimal("5000.00"), Decimal("4000.00")))
        self.assertEqual(after.totals, wkr.YearEnd(2025, Decimal("500000.00"), Decimal("9180.00"), Decimal("14180.00"),
                                                   Decimal("5000.00"), Decimal("4000.00"), Decimal("4000.00"),
                                                   wkr.Due(2026, 2), Decimal("0.00"), Decimal("4000.00")))
        self.assertIsNone(after.rows[0].estimate)
        go = wkr.ledger(2025, self.w6(), strategy="as-you-go")
        self.assertEqual((go.strategy, go.rows[11].levy_declared, go.totals.correction),
                         ("as-you-go", Decimal("4000.00"), Decimal("0.00")))
        # €500 in June and €4,000 in December declared: €500 comes back (ledger-W6-refund)
        refund = wkr.ledger(2025, self.w6({6: 500, 12: 4000}))
        self.assertEqual((refund.totals.levy_paid, refund.totals.correction), (Decimal("4500.00"), Decimal("-500.00")))
        # the settlement of the year is settle()'s
        self.assertEqual(wkr.settle(2025, 500000, 14180).final_levy, after.totals.final_levy)

    def test_estimate_basis(self):
        # 2026, €100,000 a month against the free space on an estimate of €1,200,000 (17,440); €2,000 a
        # month to August, €3,000 in September: 1,560 above it, €1,248 declared in September
        periods = [wkr.Period(p, 100000, 2000 if p <= 8 else 3000 if p == 9 else 0, None,
                              1200000 if p == 1 else None) for p in range(1, 13)]
        year = wkr.ledger(2026, periods, strategy="as-you-go", basis="estimate")
        self.assertEqual((year.rows[0].estimate, year.rows[0].free_space_estimate),
                         (Decimal("1200000.00"), Decimal("17440.00")))
        self.assertEqual(year.rows[8].levy_declared, Decimal("1248.00"))
        self.assertEqual([r.levy_declared for r in year.rows if r.levy_declared], [Decimal("1248.00")])
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.ledger(2026, [p._replace(estimate=None) for p in periods], basis="estimate")
        self.assertIn("give the estimate from period 1 on", caught.exception.message)
        whole = wkr.ledger(2026, periods, threshold_to_date="whole")
        self.assertEqual(whole.rows[0].free_space_cumulative, Decimal("2000.00"))  # 0.02 × 100,000

    def test_errors(self):
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.ledger(2025, self.w6()[1:])
        self.assertIn("period 12 of 2025 is missing", caught.exception.message)  # w6() runs 12 → 1
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.ledger(2025, self.w6({6: Decimal("12.50")}))
        self.assertIn("whole euros", caught.exception.message)
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.ledger(2025, self.w6(), four_weekly=True)
        self.assertIn("period 13 of 2025 is missing", caught.exception.message)
        with self.assertRaises(ValueError):
            wkr.ledger(2025, self.w6(), strategy="monthly")
        with self.assertRaises(TypeError):
            wkr.ledger(2025, [wkr.Period(1, 40000.0, 0)])


class Distribution(unittest.TestCase):
    def test_the_parts_add_up_exactly(self):
        self.assertEqual(wkr.distribute(Decimal("1000"), 12), [Decimal("83.34")] * 4 + [Decimal("83.33")] * 8)
        self.assertEqual(wkr.distribute(1, [1, 0, 2]), [Decimal("0.33"), Decimal("0.00"), Decimal("0.67")])
        rng = random.Random(7)
        for _ in range(200):
            amount = Decimal(rng.randrange(0, 10**9)).scaleb(-2)
            weights = [rng.randrange(0, 5) for _ in range(rng.randrange(1, 14))]
            if not any(weights):
                continue
            parts = wkr.distribute(amount, weights)
            self.assertEqual(sum(parts), amount)
            total = sum(weights)
            for part, weight in zip(parts, weights):  # each part is its share, rounded down, or a cent more
                share = amount * weight / total
                self.assertLess(abs(part - share), Decimal("0.01"))

    def test_errors(self):
        for amount, periods, message in ((Decimal("-1"), 12, "negative"), (Decimal("1.001"), 12, ValueError),
                                         (Decimal("1"), 0, "at least one period"), (Decimal("1"), [0, 0], "all 0")):
            with self.subTest(amount=amount, periods=periods):
                if message is ValueError:
                    with self.assertRaises(ValueError):
                        wkr.distribute(amount, periods)
                    continue
                with self.assertRaises(wkr.WkrError) as caught:
                    wkr.distribute(amount, periods)
                self.assertIn(message, caught.exception.message)


class Batches(unittest.TestCase):
    def test_sequences_in_results_out(self):
        rows = [(2026, Decimal("1600000")), (2025, Decimal("900000")), (2026, Decimal("400000.01"), "ceiling")]
        results = wkr.free_space_batch(rows)
        self.assertEqual([r.free_space for r in results],
                         [Decimal("22160.00"), Decimal("13900.00"), Decimal("8000.01")])
        settlements = wkr.settle_batch(iter([(2025, 500000, Decimal("14180")), (2021, 400000, 12000)]))
        self.assertEqual([s.final_levy for s in settlements], [Decimal("4000.00"), Decimal("0.00")])
        self.assertEqual(wkr.free_space_batch([]), [])

    def test_a_bad_row_does_not_stop_the_batch(self):
        rows = [(2025, 500000, 14180), (2014, 500000, 14180), (2025, 500000, -1), (2026, 400000, 8000)]
        with self.assertRaises(wkr.BatchError) as caught:
            wkr.settle_batch(rows)
        error = caught.exception
        self.assertEqual(error.status, wkr.Status.E_ROWS_FAILED)
        self.assertIn("2 of 4 rows failed", error.message)
        self.assertEqual(sorted(error.errors), [1, 2])
        self.assertEqual(error.errors[1].status, wkr.Status.E_NOT_COVERED)
        self.assertIn("2014", error.errors[1].message)
        self.assertNotIn("rows failed", error.errors[1].message)
        self.assertEqual(error.errors[2].status, wkr.Status.E_INVALID_ARGUMENT)
        self.assertEqual(error.results[0].final_levy, Decimal("4000.00"))
        self.assertIsNone(error.results[1])
        self.assertEqual(error.results[3].final_levy, Decimal("0.00"))

        mixed = wkr.settle_batch(rows, raise_on_error=False)
        self.assertIsInstance(mixed[1], wkr.WkrError)
        self.assertEqual(mixed[0].final_levy, Decimal("4000.00"))


class Columns(unittest.TestCase):
    """The columnar calls and the bulk path of the sequence calls against the single calls, row by row,
    on seeded random rows (the single call is the independent computation)."""

    def setUp(self):
        rng = random.Random(20261201)
        self.rows = 3000
        self.years = [rng.choice(range(2015, 2027)) for _ in range(self.rows)]
        self.bills = [rng.randrange(0, 5_000_000_000) for _ in range(self.rows)]
        self.designated = [rng.randrange(0, 200_000_000) for _ in range(self.rows)]

    def single(self, i, year=None):
        return wkr.settle(year or self.years[i], Decimal(self.bills[i]).scaleb(-2), Decimal(self.designated[i]).scaleb(-2))

    def test_settle_columns_equal_the_single_calls(self):
        from array import array

        for threads in (1, 2, None):
            got = wkr.settle_columns(array("i", self.years), array("q", self.bills), memoryview(array("q", self.designated)),
                                     threads=threads)
            self.assertIsInstance(got.free_space_cents, array)
            self.assertEqual(got.free_space_cents.typecode, "q")
            for i in range(self.rows):
                s = self.single(i)
                cents = [int(v.scaleb(2)) for v in (s.free_space, s.excess, s.final_levy, s.final_levy_return)]
                self.assertEqual(cents, [got.free_space_cents[i], got.excess_cents[i], got.final_levy_cents[i],
                                         got.final_levy_return_cents[i]], i)
                self.assertEqual((s.due.year, s.due.period, got.status[i]), (self.years[i] + 1, got.due_period[i], 0))

    def test_free_space_columns_one_year(self):
        got = wkr.free_space_columns(2026, self.bills)  # a list of int is converted once
        for i in range(0, self.rows, 7):
            self.assertEqual(Decimal(got.free_space_cents[i]).scaleb(-2), wkr.free_space(2026, Decimal(self.bills[i]).scaleb(-2)))

    def test_numpy_when_present(self):
        try:
            import numpy
        except ImportError:
            self.skipTest("NumPy is optional")
        bills = numpy.array(self.bills, dtype=numpy.int64)
        designated = numpy.array(self.designated, dtype=numpy.int64)
        designated.flags.writeable = False  # a read-only buffer is read too
        got = wkr.settle_columns(2025, bills, designated)
        levy = numpy.frombuffer(got.final_levy_cents, dtype=numpy.int64)
        self.assertEqual(int(levy[5]), int(self.single(5, 2025).final_levy.scaleb(2)))

    def test_bad_rows_and_bad_columns(self):
        from array import array

        years = array("i", [2025, 2014, 2025])
        with self.assertRaises(wkr.ColumnsError) as caught:
            wkr.settle_columns(years, [50000000, 50000000, 50000000], [1418000, 1418000, -1])
        error = caught.exception
        self.assertIn("2 of 3 rows failed; the first, row 1", error.message)
        self.assertTrue(error.message_nl.startswith("mislukte rijen: 2 van 3; de eerste, rij 1: de tabellen hebben"))
        self.assertEqual(list(error.columns.status), [0, wkr.Status.E_NOT_COVERED, wkr.Status.E_INVALID_ARGUMENT])
        self.assertEqual(list(error.columns.final_levy_cents), [400000, 0, 0])
        quiet = wkr.settle_columns(years, [50000000] * 3, [1418000, 1418000, -1], raise_on_error=False)
        self.assertEqual(quiet.status[2], wkr.Status.E_INVALID_ARGUMENT)
        with self.assertRaises(TypeError):
            wkr.free_space_columns(2025, [1.5])
        with self.assertRaises(TypeError):
            wkr.free_space_columns(2025, array("d", [1.0]))
        with self.assertRaises(ValueError):
            wkr.settle_columns(2025, [1, 2], [1])
        with self.assertRaises(ValueError):
            wkr.free_space_columns(array("i", [2025, 2026]), [1, 2, 3])
        self.assertEqual(len(wkr.free_space_columns(2025, []).free_space_cents), 0)

    def test_sequence_calls_take_the_bulk_path_and_agree(self):
        rows = [(self.years[i], Decimal(self.bills[i]).scaleb(-2), Decimal(self.designated[i]).scaleb(-2))
                for i in range(self.rows)]
        rows[3] = (rows[3][0], int(self.bills[3] // 100), rows[3][2])  # an int amount among Decimals
        got = wkr.settle_batch(rows)
        for i in range(0, self.rows, 3):
            self.assertEqual(got[i], wkr.settle(*rows[i]), i)
            self.assertEqual(str(got[i].final_levy), str(wkr.settle(*rows[i]).final_levy))  # two decimals
        spaces = wkr.free_space_batch([(2026, bill) for _, bill, _ in rows[:50]])
        self.assertEqual((spaces[7].year, spaces[7].wage_bill, spaces[7].free_space),
                         (2026, rows[7][1], wkr.free_space(2026, rows[7][1])))
        # a row the bulk path cannot take falls back and is reported as before
        with self.assertRaises(ValueError):
            wkr.settle_batch([(2025, Decimal("1.001"), 0)])
        with self.assertRaises(TypeError):
            wkr.settle_batch([(2025, 1.5, 0)])

    def test_bulk_path_gives_every_amount_as_the_single_call_does(self):
        # Amounts written with other exponents, a negative zero and ints come back with two decimals
        # exactly as the single call gives them (the single call is the independent computation: it
        # converts each amount alone); amounts with two decimals already are returned as they are.
        odd = [Decimal("500000"), Decimal("1E+3"), Decimal("123.4500"), Decimal("-0"), Decimal("-0.00"),
               Decimal("5.00E+2"), Decimal("0.1"), 7, 0, Decimal("999999999999.99"), Decimal("0.00")]
        context = wkr.Context()
        two_decimals = [Decimal("1600000.00"), Decimal("0.00"), Decimal("400000.01")]
        for amounts in (odd, two_decimals, two_decimals + [Decimal("-0.00")]):
            rows = [(2026, amount, amounts[-1 - i]) for i, amount in enumerate(amounts)]
            for got, row in zip(wkr.settle_batch(rows), rows):
                self.assertEqual(list(map(str, got[1:7])), list(map(str, wkr.settle(*row)[1:7])), row)
            for got, row in zip(wkr.free_space_batch([row[:2] for row in rows]), rows):
                self.assertEqual(list(map(str, got)), list(map(str, context.free_space_result(*row[:2]))), row)
        # fractions of a cent that would cancel in a sum, a bool, a NaN: refused by the row-by-row path
        for bad, error in (((Decimal("0.005"), Decimal("-0.005")), ValueError), ((True, True), TypeError),
                           ((Decimal("NaN"), Decimal("1")), ValueError)):
            with self.assertRaises(error):
                wkr.settle_batch([(2026, amount, Decimal("1.00")) for amount in bad])


class Json(unittest.TestCase):
    def test_request_and_response(self):
        result = wkr.evaluate({"command": "settle", "year": 2025, "wage_bill": [Decimal("500000")],
                               "designated": "14180"})
        self.assertEqual(result["final_levy"], "4000.00")
        self.assertEqual(result["receipt"]["library_version"], wkr.version())
        self.assertEqual(result["receipt"]["parameters_digest"], wkr.Context().digest)
        self.assertTrue(result["explanation"])
        text = wkr.evaluate('{"command": "free-space", "year": 2026, "wage_bill": "1600000"}')
        self.assertEqual(text["free_space"], "22160.00")

    def test_errors(self):
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.evaluate("{not json")
        self.assertEqual(caught.exception.status, wkr.Status.E_PARSE)
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.evaluate('{"command": "settle", "year": 2025, "wage_bill": "1", "designated": 1.5}')
        self.assertEqual(caught.exception.status, wkr.Status.E_INVALID_ARGUMENT)
        with self.assertRaises(TypeError):
            wkr.evaluate(42)


class HomeWorkingAllowance(unittest.TestCase):
    """The home-working allowance through its typed calls (golden cases of tests/golden/allowances.yaml)."""

    def test_per_day(self):
        r = wkr.home_working(2022, 100, Decimal("250"))  # HW-2022-per-day
        self.assertEqual((r.days, r.daily_amount, r.cap), (Decimal("100"), Decimal("2.00"), Decimal("200.00")))
        self.assertEqual((r.exempt, r.excess, r.designated, r.wage), (Decimal("200.00"), Decimal("50.00"),
                                                                      Decimal("50.00"), Decimal("0.00")))
        self.assertEqual((r.excess_treatment, r.fixed, r.exemption_in_force, r.monthly_cap),
                         ("designate", False, True, None))
        self.assertEqual(str(r.daily_amount), "2.00")
        wage = wkr.home_working(2026, 100, Decimal("300"), excess="wage")  # HW-2026-per-day-wage
        self.assertEqual((wage.cap, wage.wage, wage.designated, wage.excess_treatment),
                         (Decimal("245.00"), Decimal("55.00"), Decimal("0.00"), "wage"))
        before = wkr.home_working(2021, 100, 200)  # HW-2021-no-exemption
        self.assertEqual((before.exemption_in_force, before.cap, before.excess), (False, Decimal("0.00"),
                                                                                  Decimal("200.00")))
        cap_only = wkr.home_working(2025, Decimal("10"))
        self.assertEqual((cap_only.cap, cap_only.paid, cap_only.exempt, cap_only.excess_treatment),
                         (Decimal("24.00"), None, None, None))

    def test_fixed(self):
        r = wkr.home_working_fixed(2025, 1, Decimal("120"))  # W14-home-paid-above
        self.assertEqual((r.days, r.cap, r.monthly_cap, r.excess), (Decimal("42.8"), Decimal("102.72"),
                                                                    Decimal("8.56"), Decimal("17.28")))
        self.assertTrue(r.fixed)
        june = wkr.home_working_fixed(2025, 2, from_month=6)  # HW-fixed-from-june-exact
        self.assertEqual((str(june.days), june.cap, june.monthly_cap), ("49.93", Decimal("119.83"), Decimal("17.11")))
        up = wkr.home_working_fixed(2025, 2, from_month=6, round_days="up")
        self.assertEqual((str(up.days), up.cap, up.monthly_cap), ("50", Decimal("120.00"), Decimal("17.14")))

    def test_errors(self):
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.home_working(2014, 1, 2)
        self.assertEqual(caught.exception.status, wkr.Status.E_NOT_COVERED)
        self.assertIn("for the year 2014", caught.exception.message)
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.home_working(2025, 366, 2)
        self.assertEqual(caught.exception.status, wkr.Status.E_INVALID_ARGUMENT)
        self.assertIn("2025 has 365 days", caught.exception.message)
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.home_working_fixed(2025, 2, from_month=13)
        self.assertIn("months 1 to 12", caught.exception.message)
        with self.assertRaises(ValueError):
            wkr.home_working(2025, Decimal("12.5"), 30)  # a partial day counts as a day
        with self.assertRaises(ValueError):
            wkr.home_working(2025, 10, 30, excess="later")
        with self.assertRaises(ValueError):
            wkr.home_working_fixed(2025, 2, round_days="down")

    def test_float_is_a_type_error(self):
        with self.assertRaises(TypeError) as caught:
            wkr.home_working(2025, 10.0, 30)
        self.assertIn("int", str(caught.exception))
        with self.assertRaises(TypeError) as caught:
            wkr.home_working(2025, 10, 30.5)
        self.assertIn("Decimal", str(caught.exception))
        with self.assertRaises(TypeError):
            wkr.home_working_fixed(2025, 2.0)


class TravelByKm(unittest.TestCase):
    def test_commute_per_day(self):
        r = wkr.commute(2022, 10, 129, Decimal("490.20"))  # W11-travel-per-day
        self.assertEqual((str(r.km), str(r.rate), r.cap, r.exempt, r.excess),
                         ("2580", "0.19", Decimal("490.20"), Decimal("490.20"), Decimal("0.00")))
        self.assertEqual((r.purpose, r.km_one_way, r.days), ("commuting", Decimal("10"), Decimal("129")))
        r = wkr.commute(2025, Decimal("12.35"), 3, 20)  # TR-km-with-decimals
        self.assertEqual((str(r.km), r.cap, r.excess), ("74.10", Decimal("17.04"), Decimal("2.96")))

    def test_travel_km(self):
        r = wkr.travel_km(2025, 155, purpose="business_trip")
        self.assertEqual((r.purpose, r.cap, r.km_one_way, r.days, r.paid), ("business_trip", Decimal("35.65"),
                                                                            None, None, None))
        r = wkr.travel_km(2025, Decimal("4000"), Decimal("1000"), excess="wage")
        self.assertEqual((r.cap, r.exempt, r.wage, r.designated), (Decimal("920.00"), Decimal("920.00"),
                                                                   Decimal("80.00"), Decimal("0.00")))
        with self.assertRaises(ValueError):
            wkr.travel_km(2025, 1, purpose="holiday")
        with self.assertRaises(TypeError):
            wkr.travel_km(2025, 155.5)
        with self.assertRaises(TypeError):
            wkr.commute(2025, 12.35, 3)
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.commute(2025, -1, 3)
        self.assertIn("the distance one way is -1", caught.exception.message)


class FixedCommuteAllowance(unittest.TestCase):
    def test_pattern(self):
        r = wkr.fixed_commute(2025, 20, 4)  # W14-travel
        self.assertEqual((str(r.days), str(r.rate), r.cap, r.monthly_cap), ("171.2", "0.23", Decimal("1575.04"),
                                                                           Decimal("131.25")))
        self.assertEqual((r.regime, r.days_per_week, r.months, str(r.minimum_days), str(r.minimum_weeks)),
                         ("travel_pattern", 4, 12, "102.4", "36"))
        self.assertEqual((r.qualifies, r.recalculation_required, r.stopped_months, r.actual_cap, r.paid),
                         (True, False, [], None, None))
        old = wkr.fixed_commute(2021, 20, 4)  # REGIME-2021-home-days-ignored
        self.assertEqual((old.regime, old.days_per_week, str(old.days), old.cap), ("working_week", 5, "214",
                                                                                 Decimal("1626.40")))
        r = wkr.fixed_commute(2022, 20, 3, Decimal("984"), round_days="up")  # W12-travel-82-a-month
        self.assertEqual((str(r.days), r.cap, r.excess, r.designated), ("129", Decimal("980.40"), Decimal("3.60"),
                                                                        Decimal("3.60")))
        r = wkr.fixed_commute(2025, 10, 3, travel_days=76, travel_weeks=Decimal("36"))  # TR-36-week-rule
        self.assertEqual((r.qualifies, r.recalculation_required), (True, False))
        r = wkr.fixed_commute(2025, 10, 3, travel_days=76)  # TR-128-rule-missed
        self.assertEqual((r.qualifies, r.recalculation_required), (False, True))
        r = wkr.fixed_commute(2025, 20, 5, from_month=4)  # TR-from-april
        self.assertEqual((str(r.days), str(r.minimum_days), r.months, r.cap), ("160.5", "96", 9, Decimal("1476.60")))

    def test_recalculation_and_absence(self):
        import datetime

        r = wkr.fixed_commute(2024, 100, 5, Decimal("9844"), actual_km=40000)  # W15-2024
        self.assertEqual((r.actual_cap, r.exempt, r.excess), (Decimal("9200.00"), Decimal("9200.00"),
                                                              Decimal("644.00")))
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.fixed_commute(2025, 75, 5, actual_km=30000)
        self.assertIn("here the fixed allowance stands", caught.exception.message)
        r = wkr.fixed_commute(2024, 20, 5, long_absences=[(datetime.date(2024, 9, 7), "2024-12-11")])  # W16
        self.assertEqual((r.stopped_months, r.cap_before_absence, r.cap), ([11, 12], Decimal("1968.80"),
                                                                           Decimal("1640.66")))
        across = [("2024-11-10", "2025-03-05")]
        self.assertEqual(wkr.fixed_commute(2025, 20, 5, long_absences=across).stopped_months, [1, 2, 3])
        self.assertEqual(wkr.fixed_commute(2025, 20, 5, long_absences=across,
                                           absence_new_cause_each_year=True).stopped_months, [3])
        self.assertEqual(wkr.fixed_commute(2024, 20, 5, long_absences=[("2024-10-15", None)]).cap,
                         Decimal("1804.73"))
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.fixed_commute(2024, 20, 5, long_absences=[("2024-10-15", "2024-09-01")])
        self.assertIn("cannot end before it", caught.exception.message)
        with self.assertRaises(ValueError):
            wkr.fixed_commute(2024, 20, 5, long_absences=[("2024-02-30", None)])
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.fixed_commute(2025, 20, 5, work_days_per_week=4)
        self.assertIn("cannot be more than the working days", caught.exception.message)
        with self.assertRaises(TypeError):
            wkr.fixed_commute(2025, 20.0, 5)
        with self.assertRaises(TypeError):
            wkr.fixed_commute(2025, 20, 5, travel_days=76.0)

    def test_batch(self):
        rows = [
            dict(year=2025, km_one_way=20, office_days_per_week=4),
            dict(year=2025, km_one_way=20, office_days_per_week=5, long_absences=[("2024-11-10", "2025-03-05")]),
            dict(year=2014, km_one_way=20, office_days_per_week=5),
            dict(year=2025, km_one_way=20, office_days_per_week=5, long_absences=[("2024-11-10", "2025-03-05")],
                 absence_new_cause_each_year=True),
            dict(year=2024, km_one_way=100, office_days_per_week=5, paid=Decimal("9844"), actual_km=40000),
        ]
        with self.assertRaises(wkr.BatchError) as caught:
            wkr.fixed_commute_batch(rows)
        error = caught.exception
        self.assertIn("1 of 5 rows failed", error.message)
        self.assertEqual(sorted(error.errors), [2])
        self.assertEqual(error.errors[2].status, wkr.Status.E_NOT_COVERED)
        self.assertIn("2014", error.errors[2].message)
        self.assertIsNone(error.results[2])
        del rows[2]
        results = wkr.fixed_commute_batch(rows)
        self.assertEqual([r.cap for r in results], [Decimal("1575.04"), Decimal("1476.60"), Decimal("1804.73"),
                                                    Decimal("9844.00")])
        self.assertEqual([r.stopped_months for r in results], [[], [1, 2, 3], [3], []])
        self.assertEqual(results[3].excess, Decimal("644.00"))
        self.assertEqual(wkr.fixed_commute_batch([]), [])


def eval_2025_items():
    """The items of the golden case EVAL-2025."""
    return [
        wkr.Item("Anna", "home_working", 500, 200),
        wkr.Item("Anna", "commute_km", 1000, 4000),
        wkr.Item("Anna", "internet_necessary", 360),
        wkr.Item("Anna", "arbo", 650, 400),
        wkr.Item("Anna", "free_space", 300),
        wkr.Item("Anna", "intermediary", Decimal("45.50")),
        ("Bram", "public_transport", 1200),
        ("Bram", "internet_other", 240),
        ("Bram", "company_car", 3600),
        ("Bram", "flex_workplace", 1500),
        ("Bram", "coworking", 900),
        ("Bram", "free_space", 1500),
    ]


class ItemEvaluations(unittest.TestCase):
    def test_eval_2025(self):
        e = wkr.evaluate_items(2025, eval_2025_items())
        self.assertEqual((e.exempt, e.designated, e.wage), (Decimal("4905.50"), Decimal("3290.00"), Decimal("3600.00")))
        self.assertEqual((e.targeted_exempt, e.nil_valued, e.intermediary),
                         (Decimal("3360.00"), Decimal("1500.00"), Decimal("45.50")))
        self.assertEqual(e.customary_review, ["Bram"])
        anna, bram = e.employees
        self.assertEqual((anna.employee, anna.exempt, anna.designated, anna.customary_review),
                         ("Anna", Decimal("2205.50"), Decimal("650.00"), False))
        self.assertEqual((bram.designated, bram.wage, bram.customary_review, bram.safe_harbour),
                         (Decimal("2640.00"), Decimal("3600.00"), True, Decimal("2400.00")))
        self.assertEqual(len(anna.items), 6)
        home = e.items[0]
        self.assertEqual((home.employee, home.category, home.cap, home.targeted_exempt, home.designated),
                         ("Anna", "home_working", Decimal("480.00"), Decimal("480.00"), Decimal("20.00")))
        self.assertIs(anna.items[0], home)
        self.assertIsNone(e.items[4].cap)
        self.assertEqual(e.items[9].nil_valued, Decimal("1500.00"))
        # the designated total feeds the settlement (EVAL-settlement)
        self.assertEqual(wkr.settle(2025, 500000, e.designated).free_space, Decimal("9180.00"))

    def test_options(self):
        # no safe harbour for an intern or below the minimum wage: anything designated is flagged
        intern = wkr.evaluate_items(2025, eval_2025_items(), interns=["Anna"])
        self.assertEqual(intern.customary_review, ["Anna", "Bram"])
        self.assertFalse(intern.employees[0].customary_test_applies)
        self.assertTrue(intern.employees[1].customary_test_applies)
        self.assertEqual(wkr.evaluate_items(2025, eval_2025_items(), below_minimum_wage=["Anna"]).customary_review,
                         ["Anna", "Bram"])
        wage = wkr.evaluate_items(2025, eval_2025_items(), excess="wage")  # EVAL-excess-as-wage
        self.assertEqual((wage.designated, wage.wage), (Decimal("1800.00"), Decimal("5090.00")))
        with self.assertRaises(ValueError) as caught:
            wkr.evaluate_items(2025, eval_2025_items(), interns=["Cas"])
        self.assertIn("'Cas' is named for the customary test but has no items", str(caught.exception))
        bicycle = [("Dirk", "company_bicycle", 700)]
        self.assertEqual(wkr.evaluate_items(2025, bicycle).designated, Decimal("700.00"))
        self.assertEqual(wkr.evaluate_items(2025, bicycle, company_bicycle_designation=False).wage,
                         Decimal("700.00"))
        own = [("Dirk", "commute_km", 1000, 4000, "wage")]  # the item's own treatment
        self.assertEqual(wkr.evaluate_items(2025, own).items[0].wage, Decimal("80.00"))
        self.assertEqual(wkr.evaluate_items(2025, []).employees, [])
        # numbers as employees, codes as categories
        self.assertEqual(wkr.evaluate_items(2025, [(17, 10, 5)]).employees[0].employee, 17)

    def test_bad_items(self):
        items = eval_2025_items()
        items[1] = wkr.Item("Anna", "home_working", 500, Decimal("12.5"))
        items[8] = ("Bram", "company_car", 3600, None, "designate")
        items[10] = ("Bram", "commute_km", 80)
        with self.assertRaises(wkr.ItemsError) as caught:
            wkr.evaluate_items(2025, items)
        error = caught.exception
        self.assertEqual(error.status, wkr.Status.E_INVALID_ARGUMENT)
        self.assertIn("3 bad rows, nothing was evaluated", error.message)
        self.assertEqual(sorted(error.rows), [1, 8, 10])
        self.assertIn("items[1]: the days 12.5 are not a whole number", error.rows[1].message)
        self.assertIn("company_car is always the employee's wage", error.rows[8].message)
        self.assertNotIn("items[1]", error.rows[8].message)
        self.assertIn("commute_km needs a quantity", error.rows[10].message)
        with self.assertRaises(wkr.WkrError) as caught:
            wkr.evaluate_items(2014, eval_2025_items())
        self.assertEqual(caught.exception.status, wkr.Status.E_NOT_COVERED)
        self.assertNotIsInstance(caught.exception, wkr.ItemsError)
        with self.assertRaises(ValueError):
            wkr.evaluate_items(2025, [("Anna", "bonus", 100)])
        with self.assertRaises(TypeError):
            wkr.evaluate_items(2025, [("Anna", "free_space", 100.0)])
        with self.assertRaises(TypeError):
            wkr.evaluate_items(2025, [("Anna", "commute_km", 100, 40.5)])
        # refused by a rule of the year: before 2024 a public-transport pass needs the cost of its trips
        items = eval_2025_items()
        items[9] = ("Bram", "public_transport_pass", 1500)
        with self.assertRaises(wkr.ItemsError) as caught:
            wkr.evaluate_items(2023, items)
        self.assertEqual(list(caught.exception.rows), [9])
        self.assertIn("public_transport_pass in 2023 needs a quantity", caught.exception.rows[9].message)

    def test_own_contribution(self):
        # €300 of gifts with €100 paid by the employee: €200 designated; more than the value: nothing
        e = wkr.evaluate_items(2025, [wkr.Item("Anna", "free_space", 300, own_contribution=100),
                                      wkr.Item("Anna", "free_space", 300, own_contribution=Decimal("450.50"))])
        self.assertEqual([(i.designated, i.own_contribution) for i in e.items],
                         [(Decimal("200.00"), Decimal("100.00")), (Decimal("0.00"), Decimal("300.00"))])
        self.assertEqual((e.own_contribution, e.employees[0].own_contribution), (Decimal("400.00"), Decimal("400.00")))
        with self.assertRaises(wkr.ItemsError) as caught:  # not for an allowance paid in money
            wkr.evaluate_items(2025, [("Anna", "home_working", 500, 200, None, 10)])
        self.assertIn("home_working takes no own contribution", caught.exception.rows[0].message)

    def test_category_names_mirror_the_library(self):
        for name, code in _native.ITEM_CATEGORIES.items():
            self.assertEqual(lib().wkr_item_category_name(code).decode(), name)
        self.assertIsNone(lib().wkr_item_category_name(0))
        self.assertIsNone(lib().wkr_item_category_name(len(_native.ITEM_CATEGORIES) + 1))

    def test_categories_are_the_librarys(self):
        # ITEM_CATEGORIES (generated) against the library's table, as the wkr_item_categories tool lists it
        path = os.environ.get("WKR_ITEM_CATEGORIES")
        if not path:
            self.skipTest("WKR_ITEM_CATEGORIES is not set")
        with open(path, encoding="utf-8") as listing:
            library = [line.split("\t")[0] for line in listing]
        self.assertEqual(sorted(_native.ITEM_CATEGORIES), sorted(library))
        self.assertEqual(len(set(_native.ITEM_CATEGORIES.values())), len(library))


class Policy(unittest.TestCase):
    """The policy engine (docs/policy.md): the typed budget call and the scenario through the JSON call."""

    HYBRID = dict(office_days=3, home_days=2, km_one_way=20, mode="car", internet_necessary=True,
                  internet_per_month=30, free_space_left=500)

    def test_budget_wage_route(self):
        # budget-hybrid-wage (tests/golden/policy.yaml): exempt 209.72 + 1181.28 + 360.00, 500.00 in the
        # free space, of the 749.00 left floor(749 × 0.6244) = 467.67 net as wage, gross 749.00.
        b = wkr.budget(2026, 3000, marginal_rate=Decimal("0.3756"), **self.HYBRID)
        self.assertEqual((b.year, b.budget, b.route), (2026, Decimal("3000.00"), "wage"))
        self.assertEqual((b.exempt, b.free_space_used, b.wage_net, b.wage_gross),
                         (Decimal("1751.00"), Decimal("500.00"), Decimal("467.67"), Decimal("749.00")))
        self.assertEqual((b.net_value, b.employer_cost, b.left_over), (Decimal("2718.67"), Decimal("3000.00"),
                                                                      Decimal("0.00")))
        self.assertEqual([s.category for s in b.shares], ["home_working", "commuting", "internet", "arbo",
                                                          "coworking_travel", "coworking_space", "rest"])
        self.assertEqual([s.exempt for s in b.shares[:3]], [Decimal("209.72"), Decimal("1181.28"), Decimal("360.00")])
        self.assertEqual(b.shares[-1].net, Decimal("967.67"))
        self.assertFalse(b.customary_review)

    def test_budget_final_levy_is_exact(self):
        # budget-hybrid-levy: at 0.4950 floor(749 / 1.80) = 416.11 net, the levy 0.80 × 416.11 = 332.888.
        b = wkr.budget(2026, 3000, marginal_rate=Decimal("0.4950"), **self.HYBRID)
        self.assertEqual(b.route, "final-levy")
        self.assertEqual((b.above_free_space, b.final_levy, b.employer_cost, b.left_over),
                         (Decimal("416.11"), Decimal("332.888"), Decimal("2999.998"), Decimal("0.002")))
        self.assertEqual(str(b.final_levy), "332.888")

    def test_budget_coworking_and_errors(self):
        # budget-coworking: travel to the co-working space exempt (78.75), the space itself designated.
        b = wkr.budget(2026, 2000, office_days=2, home_days=2, coworking_days=1, km_one_way=15,
                       coworking_km_one_way=4, mode="bike", coworking_cost=300, free_space_left=100, rest="keep")
        self.assertEqual(b.shares[4].exempt, Decimal("78.75"))
        self.assertEqual((b.shares[5].free_space, b.shares[5].above_free_space, b.shares[5].levy),
                         (Decimal("100.00"), Decimal("200.00"), Decimal("160.00")))
        self.assertEqual((b.employer_cost, b.left_over), (Decimal("1339.11"), Decimal("660.89")))
        with self.assertRaisesRegex(wkr.WkrError, "the marginal rate is 1; give a fraction"):
            wkr.budget(2026, 3000, marginal_rate=1, **self.HYBRID)
        with self.assertRaisesRegex(ValueError, "mode is 'train'"):
            wkr.budget(2026, 3000, office_days=3, home_days=2, km_one_way=20, mode="train")
        with self.assertRaises(TypeError):
            wkr.budget(2026, 3000, marginal_rate=0.3756, **self.HYBRID)

    def test_scenario_of_the_shipped_examples(self):
        # examples/policy/README.md: the three policies for the 300 employees.
        folder = os.path.join(SOURCE_DIR, "examples", "policy")
        files = [os.path.join(folder, name) for name in ("today.yaml", "budget.yaml", "anywhere.yaml")]
        result = wkr.scenario(2026, files, os.path.join(folder, "population.csv"))
        self.assertEqual(result["employees"], 300)
        self.assertEqual(result["free_space"], "190607.36")
        self.assertEqual([p["employer_cost"] for p in result["policies"]], ["635320.66", "508444.27", "583018.77"])
        self.assertEqual([p["tax_free"] for p in result["policies"]], ["468832.86", "501064.67", "544498.77"])
        elsewhere = wkr.scenario(2026, files, os.path.join(folder, "population.csv"),
                                 designated_elsewhere=Decimal("180000"))
        self.assertEqual([p["final_levy"] for p in elsewhere["policies"]], ["124704.35", "0.00", "758.91"])
        self.assertEqual(elsewhere["policies"][2]["levy_or_wage_saving"], "5351.22")


class Layout(unittest.TestCase):
    """Every ctypes mirror has exactly the layout the C compiler gave wkr.h's structs."""

    def test_structs_match_the_c_layout(self):
        path = os.environ.get("WKR_LAYOUT")
        if not path:
            self.skipTest("WKR_LAYOUT is not set")
        structs, fields = {}, {}
        with open(path, encoding="ascii") as layout:
            for line in layout:
                parts = line.split()
                if parts[0] == "struct":
                    structs[parts[1]] = int(parts[2])
                else:
                    fields.setdefault(parts[1], []).append((parts[2], int(parts[3]), int(parts[4])))
        self.assertEqual(sorted(structs), sorted(_native.STRUCTS))
        for name, size in structs.items():
            mirror = _native.STRUCTS[name]
            with self.subTest(struct=name):
                self.assertEqual(ctypes.sizeof(mirror), size)
                self.assertEqual([f[0] for f in mirror._fields_], [f[0] for f in fields[name]])
                for field, offset, field_size in fields[name]:
                    self.assertEqual(getattr(mirror, field).offset, offset, field)
                    self.assertEqual(getattr(mirror, field).size, field_size, field)

    def test_documented_sizes(self):
        self.assertEqual(ctypes.sizeof(_native.wkr_decimal), 24)
        self.assertEqual(ctypes.sizeof(_native.wkr_settlement), 64)

    def test_python_init_agrees_with_the_library(self):
        # _native.new() makes a struct as its WKR_*_INIT macro does; the library's _init() must agree.
        self.assertEqual(len(_native.VERSIONED_STRUCTS), len(_native.STRUCTS) - 1)  # all but wkr_decimal
        for struct in _native.VERSIONED_STRUCTS:
            ours = _native.new(struct)
            theirs = struct()
            ctypes.memset(ctypes.byref(theirs), 0xAB, ctypes.sizeof(struct))
            init = getattr(lib(), struct.__name__ + "_init")
            self.assertEqual(init(ctypes.byref(theirs), ctypes.sizeof(struct)), 0)
            self.assertEqual(bytes(ours), bytes(theirs), struct.__name__)
        self.assertEqual(_native.new(_native.wkr_group_member).whole_year, 1)


class Loading(unittest.TestCase):
    """The library is found through WKR_LIBRARY, next to the package, or by SONAME."""

    def run_python(self, environment, code="import wkr; print(wkr._native.library_path)", path=None):
        env = {k: v for k, v in os.environ.items() if k not in ("WKR_LIBRARY", "LD_LIBRARY_PATH", "PYTHONPATH")}
        env.update(environment)
        env["PYTHONPATH"] = path or os.path.dirname(os.path.dirname(os.path.abspath(wkr.__file__)))
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)

    def test_next_to_the_package(self):
        with tempfile.TemporaryDirectory() as directory:
            package = os.path.join(directory, "wkr")
            shutil.copytree(os.path.dirname(os.path.abspath(wkr.__file__)), package,
                            ignore=shutil.ignore_patterns("__pycache__", "libwkr*"))
            shutil.copy(os.path.realpath(_native.library_path), os.path.join(package, "libwkr.so.1"))
            run = self.run_python({}, "import wkr; from decimal import Decimal; "
                                      "print(wkr._native.library_path, wkr.free_space(2026, Decimal(1600000)))",
                                  path=directory)
            self.assertEqual(run.returncode, 0, run.stderr)
            self.assertEqual(run.stdout.split(), [os.path.join(package, "libwkr.so.1"), "22160.00"])

    def test_by_soname(self):
        directory = os.path.dirname(os.path.realpath(_native.library_path))
        if not os.path.exists(os.path.join(directory, "libwkr.so.1")):
            self.skipTest("no libwkr.so.1 link next to the library under test")
        run = self.run_python({"LD_LIBRARY_PATH": directory})
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(run.stdout.strip(), "libwkr.so.1")

    def test_wkr_library_wins_and_is_reported(self):
        run = self.run_python({"WKR_LIBRARY": "/nonexistent/libwkr.so.1"})
        self.assertNotEqual(run.returncode, 0)
        self.assertIn("ImportError", run.stderr)
        self.assertIn("/nonexistent/libwkr.so.1", run.stderr)


class Documentation(unittest.TestCase):
    def test_the_python_example_of_the_guide_runs(self):
        with open(os.path.join(SOURCE_DIR, "docs", "c-api.md"), encoding="utf-8") as guide:
            text = guide.read()
        section = text[text.index("\n### Python\n"):]
        code = section[section.index("```python\n") + len("```python\n"):]
        code = code[:code.index("\n```\n")]
        here = os.getcwd()
        os.chdir(SOURCE_DIR)  # the example names data/updates/2027 relative to the source directory
        try:
            exec(compile(code, "docs/c-api.md (Python example)", "exec"), {"__name__": "example"})
        finally:
            os.chdir(here)


if __name__ == "__main__":
    unittest.main()
