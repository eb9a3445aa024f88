"""The wkr command as an accountant uses it: text output in Dutch and English, explanations, JSON
without binary floating point, help and the man page, output files, the progress line, and every
documented exit code (docs/cli.md) with a clear one-line error.

The golden cases (tests/golden) check the amounts; these tests check the command around them.
Run by ctest with WKR_CLI (the built program), WKR_SOURCE_DIR and WKR_MAN_PAGE set.
"""
import json
import os
import pty
import re
import resource
import select
import shlex
import shutil
import subprocess
import tempfile
import time
import unittest

WKR = os.environ["WKR_CLI"]
SOURCE = os.environ["WKR_SOURCE_DIR"]
MAN_PAGE = os.environ.get("WKR_MAN_PAGE", "")

COMMANDS = ("free-space", "settle", "home-working", "commute", "same-day", "evaluate", "ledger", "wage-bill",
            "parameters", "report")
ITEMS = os.path.join(SOURCE, "examples", "items.csv")
PERIODS = os.path.join(SOURCE, "examples", "periods.csv")
MEMBERS = os.path.join(SOURCE, "examples", "group-members.csv")
PAYROLLS = os.path.join(SOURCE, "examples", "group-payrolls.csv")


def wkr(*args, **kwargs):
    return subprocess.run([WKR, *args], capture_output=True, text=True, timeout=120, **kwargs)


def no_floats(text):
    def refuse(literal):
        raise AssertionError(f"a JSON number with a fraction: {literal}")
    return json.loads(text, parse_float=refuse)


def write(directory, name, text, encoding="utf-8"):
    path = os.path.join(directory, name)
    with open(path, "w", encoding=encoding) as f:
        f.write(text)
    return path


def telltales():
    """The English words that must not appear in Dutch output: the list of tests/unit/telltales.hpp."""
    with open(os.path.join(SOURCE, "tests", "unit", "telltales.hpp"), encoding="utf-8") as f:
        header = f.read()
    body = re.search(r"english_telltales = \{(.*?)\};", header, re.S).group(1)
    return set(re.findall(r'"([a-z]+)"', body))


TELLTALES = telltales()


def english_words(text):
    """The tell-tales in `text`, scanned as tests/unit/telltales.hpp does: a name (joined by '_', '.',
    '-', '/', ':' or digits), a list of values (joined by '|'), a CSV header (joined by ',' with no space),
    a word in single quotes and the value after an option are not words."""
    def name_char(c):
        return (c.isascii() and c.isalnum()) or c in "_.-/:|"
    found, after_option, i = [], False, 0
    while i < len(text):
        if not name_char(text[i]):
            i += 1
            continue
        end = i
        while end < len(text) and (name_char(text[end]) or (
                text[end] == "," and end + 1 < len(text) and text[end + 1].isascii() and text[end + 1].isalnum())):
            end += 1
        token = text[i:end]
        quoted = i > 0 and text[i - 1] == "'" and end < len(text) and text[end] == "'"
        option_value = after_option and i > 0 and text[i - 1] == " "
        after_option = token.startswith("--")
        token = token.rstrip(".:-")
        if token.isalpha() and not quoted and not option_value and token.lower() in TELLTALES:
            found.append("%r in …%s…" % (token, text[max(0, i - 30):i + 40]))
        i = end
    return found


class Help(unittest.TestCase):
    def test_help_lists_the_commands_an_example_the_years_and_the_exit_codes(self):
        result = wkr("--help")
        self.assertEqual(result.returncode, 0)
        for command in COMMANDS:
            self.assertIn(command, result.stdout)
        self.assertIn("Examples:\n  $ wkr ", result.stdout)
        self.assertIn("The embedded tables cover 2015–2026", result.stdout)
        self.assertEqual(re.findall(r"^  ([0-5])  ", result.stdout, re.M), ["0", "1", "2", "3", "4", "5"])
        self.assertNotIn("Needs:", result.stdout)

    def test_every_command_has_an_example_the_years_the_exit_codes_and_clean_placeholders(self):
        for command in COMMANDS:
            with self.subTest(command=command):
                result = wkr(command, "--help")
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertIn(f"Examples:\n  $ wkr {command} ", result.stdout)
                self.assertIn("The embedded tables cover 2015–2026", result.stdout)
                self.assertIn("Exit codes:", result.stdout)
                self.assertIn("--year YEAR", result.stdout)
                # CLI11's own type names and validator text ("AMOUNT:AMOUNT", "INT:INT in [1 - 7]").
                for leftover in ("AMOUNT:", "INT", "TEXT", " in [", "REQUIRED", "Needs:", "Excludes:"):
                    self.assertNotIn(leftover, result.stdout)

    def test_every_example_in_the_help_runs(self):
        for command in COMMANDS + ("",):
            text = wkr(*([command] if command else []), "--help").stdout
            for example in re.findall(r"^  \$ (wkr .*)$", text, re.M):
                with self.subTest(example=example):
                    result = subprocess.run([WKR, *shlex.split(example)[1:]], capture_output=True, text=True,
                                            cwd=SOURCE, timeout=120)
                    self.assertEqual(result.returncode, 0, result.stderr)
                    self.assertTrue(result.stdout)

    def test_evaluate_lists_the_categories_of_the_library(self):
        listed = re.findall(r"^  ([a-z_]+)  +\S", wkr("evaluate", "--help").stdout.split("Categories")[1], re.M)
        # The reader's message names the same table: a copy in the help would drift from it.
        with tempfile.TemporaryDirectory() as directory:
            items = write(directory, "items.csv", "employee,category,amount,quantity\nAnna,bonus,1,\n")
            message = wkr("evaluate", "--year", "2025", "--items", items).stderr
        accepted = re.search(r"the categories are ([a-z_, ]+)", message).group(1).split(", ")
        self.assertEqual(listed, accepted)
        self.assertIn("company_bicycle", listed)

    def test_help_as_a_command(self):
        self.assertEqual(wkr("help").stdout, wkr("--help").stdout)
        self.assertEqual(wkr("help", "settle").stdout, wkr("settle", "--help").stdout)
        self.assertEqual(wkr("help", "nope").returncode, 2)

    def test_the_notes_in_dutch(self):
        result = wkr("settle", "--help", "--lang", "nl")
        self.assertIn("Voorbeelden:", result.stdout)
        self.assertIn("Schrijf het resultaat naar BESTAND", result.stdout)
        self.assertIn("De ingebouwde tabellen dekken 2015–2026", result.stdout)
        self.assertIn("Exitcodes:", result.stdout)

    def test_version(self):
        result = wkr("--version")
        self.assertEqual(result.returncode, 0)
        self.assertRegex(result.stdout.strip(), r"^\d+\.\d+\.\d+$")


class ManPage(unittest.TestCase):
    def test_the_built_man_page_is_the_help_as_roff(self):
        page = wkr("--man").stdout
        with open(MAN_PAGE, encoding="ascii") as f:
            self.assertEqual(f.read(), page)
        self.assertTrue(page.isascii())
        self.assertIn('.SH "EXIT STATUS"', page)
        for command in COMMANDS:
            self.assertIn(".SS wkr " + command.replace("-", "\\-"), page)
            options = re.findall(r"^  (--[a-z-]+)", wkr(command, "--help").stdout, re.M)
            for option in options:
                self.assertIn(".B " + option.replace("-", "\\-"), page)

    @unittest.skipUnless(shutil.which("groff"), "groff is not installed")
    def test_groff_reads_it_without_a_warning(self):
        result = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z", MAN_PAGE], capture_output=True, text=True)
        self.assertEqual(result.returncode, 0)
        self.assertEqual(result.stderr, "")

    def test_output_writes_it_to_a_file(self):
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "wkr.1")
            self.assertEqual(wkr("--man", "--output", path).returncode, 0)
            with open(path, encoding="ascii") as f:
                self.assertEqual(f.read(), wkr("--man").stdout)
        self.assertEqual(wkr("--output", "x").returncode, 2)  # --output of wkr itself needs --man


class TextOutput(unittest.TestCase):
    def test_settle_in_dutch(self):
        result = wkr("settle", "--year", "2025", "--wage-bill", "500000", "--designated", "14180")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Afrekening werkkostenregeling 2025", result.stdout)
        self.assertRegex(result.stdout, r"vrije ruimte\s+€ 9\.180,00")
        self.assertRegex(result.stdout, r"eindheffing\s+€ 4\.000,00")
        self.assertRegex(result.stdout, r"in de aangifte \(hele euro's\)\s+€ 4\.000\n")
        self.assertIn("tijdvak 2 van 2026", result.stdout)
        self.assertEqual(result.stderr, "")

    def test_settle_in_english(self):
        result = wkr("settle", "--year", "2015", "--wage-bill", "1000000", "--designated", "15000", "--lang", "en")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertRegex(result.stdout, r"free space\s+€12,000\.00")
        self.assertIn("period 1 of 2016", result.stdout)

    def test_explain_cites_the_law_the_tables_and_the_receipt(self):
        result = wkr("free-space", "--year", "2026", "--wage-bill", "1600000", "--explain")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("grondslag: art. 31a lid 3 Wet LB 1964", result.stdout)
        self.assertIn("free_space.rates = € 0 → 0,02; € 400.000 → 0,0118", result.stdout)
        self.assertIn("berekening: 0,02 × € 400.000 + 0,0118 × € 1.200.000", result.stdout)
        self.assertRegex(result.stdout, r"Verantwoording: wkr \S+, tabellen sha256:[0-9a-f]{64}")

    def test_group_scheme_explains_the_sum(self):
        result = wkr("free-space", "--year", "2022", "--lang", "en", "--explain",
                     *sum((["--wage-bill", "1000000"] for _ in range(5)), []))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertRegex(result.stdout, r"free space\s+€61,080\.00")
        self.assertIn("art. 32 Wet LB 1964", result.stdout)
        self.assertIn("member 5", result.stdout)

    def test_ledger_is_one_table_with_a_row_per_period_then_the_year_end(self):
        # examples/periods.csv: 2025, €40,000 a month (December €60,000), €1,000 designated a month
        # (December €3,180). January: (0.02 × 480000 + 0.0118 × 0) / 12 → the prorated bracket gives
        # (8000 + 944) / 12 = 745.33 free space, 254.67 excess; as you go 0.80 × 254.67 = 203.736 → €203.
        result = wkr("ledger", "--year", "2025", "--periods", PERIODS, "--strategy", "as-you-go")
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = result.stdout.splitlines()
        self.assertEqual(lines[0], "Verloop werkkostenregeling 2025")
        rows = [line.split() for line in lines if re.match(r"^\s+\d+\s+\d", line)]
        self.assertEqual([row[0] for row in rows], [str(p) for p in range(1, 13)])
        self.assertEqual(rows[0], ["1", "40.000,00", "40.000,00", "745,33", "1.000,00", "1.000,00", "0,00", "254,67",
                                   "203"])
        # December: the year's 9,180 free space, 14,180 designated, 5,000 excess; the levy so far is
        # 0.80 × 5000 = 4000, of which everything before December was declared already.
        self.assertEqual(rows[11][2:4] + rows[11][5:8], ["500.000,00", "9.180,00", "14.180,00", "0,00", "5.000,00"])
        self.assertEqual(sum(int(row[8].replace(".", "")) for row in rows), 4000)
        self.assertRegex(result.stdout, r"Jaareinde\n(.*\n)*  al aangegeven in het jaar\s+€ 4\.000\n")
        self.assertRegex(result.stdout, r"nog aan te geven\s+€ 0\n")

    def test_ledger_in_english_with_an_estimate(self):
        # The estimate's free space: 0.02 × 400000 + 0.0118 × 100000 = 9180. October: 10,000 designated
        # so far, 820 above it, 0.80 × 820 = €656 declared; the year-end has nothing left to declare.
        result = wkr("ledger", "--year", "2025", "--periods", PERIODS, "--strategy", "as-you-go", "--basis", "estimate",
                     "--estimate", "500000", "--lang", "en")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("designated wage measured against the free space on the estimated wage bill", result.stdout)
        self.assertIn("on estimate", result.stdout)
        october = next(line.split() for line in result.stdout.splitlines() if re.match(r"^\s+10\s", line))
        self.assertEqual(october, ["10", "40,000.00", "400,000.00", "7,453.33", "9,180.00", "1,000.00", "10,000.00",
                                   "0.00", "820.00", "656"])
        self.assertRegex(result.stdout, r"still to declare\s+€0\n")

    def test_group_settlement_names_the_scheme_the_filer_and_the_shares(self):
        result = wkr("settle", "--year", "2025", "--members", MEMBERS, "--filing-member", "Werk BV", "--lang", "en")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Group scheme (art. 32 Wet LB 1964): Holding BV, Werk BV\n", result.stdout)
        self.assertIn("Member filing the levy: Werk BV (named; needs the inspector's permission, art. 64 AWR)",
                      result.stdout)
        self.assertRegex(result.stdout, r"Holding BV\s+20,000\.00\s+4,181\.33\n")
        self.assertRegex(result.stdout, r"Werk BV\s+10,000\.00\s+2,090\.67\n")
        self.assertRegex(result.stdout, r"Nieuw BV\s+200,000\.00\s+4,000\.00\s+5,000\.00\s+1,000\.00\s+800\.00\s+800\n")

    def test_wage_bill_of_a_group_reads_each_members_payroll_next_to_the_members_file(self):
        result = wkr("wage-bill", "--year", "2026", "--members", PAYROLLS, "--former-wage-test", "member", "--json")
        self.assertEqual(result.returncode, 0, result.stderr)
        answer = no_floats(result.stdout)
        # Holding BV: 150,000 former of 1,050,000 is more than 10%, so left out; Werk BV has none.
        self.assertEqual([(m["name"], m["former_included"], m["wage_bill"]) for m in answer["members"]],
                         [("Holding BV", False, "900000.00"), ("Werk BV", True, "1000000.00")])
        self.assertEqual(answer["wage_bill"], "1900000.00")
        text = wkr("wage-bill", "--year", "2026", "--members", PAYROLLS).stdout
        self.assertRegex(text, r"Holding BV\s+ja\s+900\.000,00\s+150\.000,00\s+ja\s+1\.050\.000,00\n")

    def test_several_values_after_one_repeatable_option(self):
        # 400000 + 600000 = 1000000 in 2022: 0.017 × 400000 + 0.0118 × 600000 (the tables' brackets).
        result = wkr("free-space", "--year", "2022", "--wage-bill", "400000", "600000", "--json")
        self.assertEqual(no_floats(result.stdout)["free_space"], "13880.00")


class JsonOutput(unittest.TestCase):
    def test_one_object_with_strings_for_money_and_no_floats(self):
        result = wkr("settle", "--year", "2025", "--wage-bill", "500000", "--designated", "14180", "--json")
        self.assertEqual(result.returncode, 0, result.stderr)
        data = no_floats(result.stdout)
        self.assertEqual(data["final_levy_return"], "4000")
        self.assertEqual(data["due"], {"year": 2026, "period": 2})
        self.assertEqual(len(data["receipt"]["parameters_digest"]), 64)
        self.assertTrue(all("reference" in step for step in data["explanation"]))

    def test_the_receipt_changes_with_the_tables(self):
        embedded = no_floats(wkr("free-space", "--year", "2026", "--wage-bill", "1", "--json").stdout)
        updated = no_floats(wkr("free-space", "--year", "2026", "--wage-bill", "1", "--json",
                                "--data", os.path.join(SOURCE, "data/updates/2027")).stdout)
        self.assertNotEqual(embedded["receipt"]["parameters_digest"], updated["receipt"]["parameters_digest"])
        self.assertTrue(updated["receipt"]["parameters_sources"][-1].endswith("wkr-2027.yaml"))


class StreamedEvaluation(unittest.TestCase):
    """`wkr evaluate` streams its file (docs/cli.md, "Large files"): the same result whether or not
    the file is grouped by employee, every row checked before anything is written."""

    ROWS = [("Anna", "home_working", "500", "200"), ("Bram", "commute_km", "3000", "9000"),
            ("Anna", "free_space", "2600", ""), ("Cees", "internet_necessary", "300", ""),
            ("Bram", "free_space", "150", ""), ("Anna", "commute_km", "40", "100")]

    def run_both(self, *options):
        header = "employee,category,amount,quantity\n"
        first = {}
        grouped = sorted(self.ROWS, key=lambda row: [r[0] for r in self.ROWS].index(row[0]))  # stable
        with tempfile.TemporaryDirectory() as directory:
            files = {name: write(directory, name + ".csv", header + "".join(",".join(r) + "\n" for r in rows))
                     for name, rows in (("ungrouped", self.ROWS), ("grouped", grouped))}
            return {name: wkr("evaluate", "--year", "2025", "--items", path, *options) for name, path in files.items()}

    def test_grouped_or_not_the_same_totals(self):
        results = self.run_both("--json", "--wage-bill", "100000")
        documents = {}
        for name, result in results.items():
            self.assertEqual(result.returncode, 0, result.stderr)
            documents[name] = no_floats(result.stdout)
        ungrouped, grouped = documents["ungrouped"], documents["grouped"]
        self.assertEqual([e["employee"] for e in grouped["employees"]], ["Anna", "Bram", "Cees"])
        for key in ("year", "exempt", "designated", "wage", "customary_review", "settlement", "rows"):
            self.assertEqual(ungrouped[key], grouped[key], key)
        # Every row accounted for (docs/limits.md, "No loss"): the six rows of the file, all evaluated.
        self.assertEqual(grouped["rows"], {"read": len(self.ROWS), "evaluated": len(self.ROWS), "bad": 0})
        self.assertEqual(sum(len(e["items"]) for e in grouped["employees"]), len(self.ROWS))
        for mine, theirs in zip(ungrouped["employees"], grouped["employees"]):
            self.assertEqual({k: mine[k] for k in ("employee", "exempt", "designated", "wage")},
                             {k: theirs[k] for k in ("employee", "exempt", "designated", "wage")})
            self.assertEqual(len(mine["items"]), len(theirs["items"]))
        # Anna (by hand, data/nl): 200 home-working days × €2.40 (2025) = €480 exempt of €500, €20
        # designated; 100 km × €0.23 = €23 exempt of €40, €17 designated; €2,600 of the free space
        # designated: exempt 480 + 23, designated 20 + 17 + 2600.
        anna = grouped["employees"][0]
        self.assertEqual((anna["exempt"], anna["designated"]), ("503.00", "2637.00"))
        self.assertTrue(anna["customary_review"])  # above the €2,400 safe harbour

    def test_text_ends_with_the_employer_total(self):
        for name, result in self.run_both("--lang", "en").items():
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertTrue(result.stdout.startswith("Evaluation of allowances 2025\n"), name)
            self.assertIn("\nEmployer total\n", result.stdout)
            self.assertLess(result.stdout.index("\nAnna\n"), result.stdout.index("\nBram\n"))

    def test_a_bad_row_anywhere_writes_nothing(self):
        with tempfile.TemporaryDirectory() as directory:
            rows = "".join("E%d,home_working,100,40\n" % i for i in range(5000)) + "E9,bonus,1,\n"
            items = write(directory, "items.csv", "employee,category,amount,quantity\n" + rows)
            for view in ((), ("--json",)):
                result = wkr("evaluate", "--year", "2025", "--items", items, *view)
                self.assertEqual((result.returncode, result.stdout), (3, ""))
                self.assertIn("line 5002: unknown category 'bonus'", result.stderr)
                self.assertIn("1 bad row", result.stderr)  # the bad rows are counted; nothing is evaluated
            output = os.path.join(directory, "out.json")
            result = wkr("evaluate", "--year", "2025", "--items", items, "--json", "--output", output)
            self.assertEqual(result.returncode, 3)
            self.assertFalse(os.path.exists(output))
            self.assertEqual(os.listdir(directory), ["items.csv"])  # no temporary file left

    def test_a_row_refused_only_by_its_rule_writes_nothing(self):
        # The one pass checks and evaluates each row as it writes: a row that reads well but that its
        # rule refuses (the cost of 10 workplace meals, €1, is below their standard value — found
        # only with the year's table) comes after 5,000 employees were evaluated, and still nothing
        # is written, to standard output or to a file.
        with tempfile.TemporaryDirectory() as directory:
            rows = "".join("E%d,home_working,100,40\n" % i for i in range(5000)) + "Z,workplace_meal,1,10\n"
            items = write(directory, "items.csv", "employee,category,amount,quantity\n" + rows)
            for view in ((), ("--json",), ("--json", "--explain")):
                result = wkr("evaluate", "--year", "2025", "--items", items, *view)
                self.assertEqual((result.returncode, result.stdout), (3, ""))
                self.assertIn("line 5002: ", result.stderr)
            output = os.path.join(directory, "out.txt")
            self.assertEqual(wkr("evaluate", "--year", "2025", "--items", items, "--output", output).returncode, 3)
            self.assertEqual(os.listdir(directory), ["items.csv"])  # no file, no temporary file left


class ParametersCommand(unittest.TestCase):
    def by_name(self, data):
        return {p["name"]: p for p in data["parameters"]}

    def test_lists_every_figure_in_force_with_its_source(self):
        result = wkr("parameters", "--year", "2026", "--json")
        self.assertEqual(result.returncode, 0, result.stderr)
        data = no_floats(result.stdout)
        rates = self.by_name(data)["free_space.rates"]
        self.assertEqual(rates["value"], "0 → 0.02, 400000 → 0.0118")
        self.assertEqual(rates["effective_from"], "2026-01-01")
        self.assertIn("art. 31a lid 3 Wet LB 1964", rates["reference"])
        self.assertEqual(self.by_name(data)["final_levy.rate"]["value"], "0.80")
        self.assertTrue(all(p["reference"] for p in data["parameters"]))
        self.assertEqual(data["not_covered"], [])

    def test_a_year_covered_in_part_lists_the_rest_as_not_covered(self):
        updated = no_floats(wkr("parameters", "--year", "2027", "--json",
                                "--data", os.path.join(SOURCE, "data/updates/2027")).stdout)
        self.assertNotIn("free_space.rates", updated["not_covered"])
        self.assertIn("home_working.daily_amount", updated["not_covered"])
        self.assertEqual(self.by_name(updated)["free_space.rates"]["value"], "0 → 0.0216, 400000 → 0.0118")

    def test_text_in_dutch(self):
        result = wkr("parameters", "--year", "2019")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("final_levy.return_period = tijdvak 1", result.stdout)
        self.assertIn("final_levy.return_rounding = 0 decimalen, naar beneden", result.stdout)
        self.assertIn("zekerheid: niet bevestigd", result.stdout)
        self.assertIn("geldig vanaf 2015-01-01", result.stdout)
        self.assertRegex(result.stdout, r"Verantwoording: wkr \S+, tabellen sha256:[0-9a-f]{64}")


class Limits(unittest.TestCase):
    """docs/limits.md: the same out-of-range inputs as the C, Python and C# tests, the same code (the
    command's exit 3 for invalid_argument) and the same message (tests/capi/capi_test.c,
    tests/python/test_binding.py, tests/csharp/WkrTests.cs)."""

    def assert_refused(self, args, message):
        result = wkr(*args)
        self.assertEqual(result.returncode, 3, result.stderr)
        self.assertEqual(result.stdout, "")
        self.assertEqual(result.stderr, "wkr: error: " + message + "\n")

    def test_the_largest_amount(self):
        self.assert_refused(["settle", "--year", "2026", "--wage-bill", "1000000000000.01", "--designated", "0"],
                            "the wage bill is 1000000000000.01, more than 1000000000000 euros, the most wkr accepts "
                            "(docs/limits.md)")
        # More digits than int64 cents hold: the same limit, not a bigger answer.
        self.assert_refused(["settle", "--year", "2026", "--wage-bill", "123456789012345678901234567890",
                             "--designated", "0"],
                            "the wage bill is 123456789012345678901234567890, more than 1000000000000 euros, the "
                            "most wkr accepts (docs/limits.md)")

    def test_the_years(self):
        self.assert_refused(["settle", "--year", "2100", "--wage-bill", "1000000000000", "--designated", "0"],
                            "the year 2100 is outside 2000–2099, the years wkr accepts (docs/limits.md)")
        self.assert_refused(["free-space", "--year", "-2025", "--wage-bill", "1"],
                            "the year -2025 is outside 2000–2099, the years wkr accepts (docs/limits.md)")

    def test_weekly_patterns(self):
        self.assert_refused(["home-working", "--year", "2026", "--fixed", "--home-days-per-week", "8"],
                            "the days a week of the pattern is 8; give 1 to 7 days a week (docs/limits.md)")


class NothingSilent(unittest.TestCase):
    """docs/limits.md, "Nothing silent": a --data table that replaces an embedded value says so in the
    receipt (JSON) and the explanation (text); --strict-data refuses it. A long absence that does not
    touch the year asked is a warning: in the JSON, the text and the explanation; the answer stands."""

    W16_NEXT_YEAR = ["commute", "--year", "2025", "--km-one-way", "20", "--office-days-per-week", "5", "--fixed",
                     "--long-absence", "2024-09-07:2024-12-11"]

    def test_a_long_absence_in_another_year_is_a_warning(self):
        result = wkr(*self.W16_NEXT_YEAR, "--json")
        self.assertEqual(result.returncode, 0, result.stderr)
        out = no_floats(result.stdout)
        self.assertEqual(out["cap"], "1968.80")  # golden W16-next-year: nothing stopped
        self.assertEqual(out["stopped_months"], [])
        self.assertEqual(out["warnings"], [{
            "key": "warning.long_absence.other_year",
            "text": "the long absence (absent from 2024-09-07, back 2024-12-11) does not touch 2025: it changes "
                    "nothing in the exemption for 2025"}])
        dutch = wkr(*self.W16_NEXT_YEAR, "--lang", "nl")
        self.assertEqual(dutch.returncode, 0, dutch.stderr)
        self.assertIn("\nlet op: de langdurige afwezigheid (afwezig vanaf 2024-09-07, terug 2024-12-11) valt niet in "
                      "2025: zij verandert niets aan de vrijstelling over 2025\n", dutch.stdout)
        english = wkr(*self.W16_NEXT_YEAR, "--lang", "en", "--explain")
        self.assertIn("\nwarning: the long absence (absent from 2024-09-07, back 2024-12-11) does not touch 2025",
                      english.stdout)
        self.assertIn(". Warning\n", english.stdout)  # the explanation's step
        quiet = wkr("commute", "--year", "2024", *self.W16_NEXT_YEAR[3:], "--json")
        self.assertNotIn("warnings", no_floats(quiet.stdout))
        self.assertNotIn("warning", wkr("commute", "--year", "2024", *self.W16_NEXT_YEAR[3:], "--lang", "en").stdout)

    REDATED = ("parameters:\n  final_levy.rate:\n    unit: ratio\n    until: 2026-12-31\n    values:\n"
               "      2015-01-01:\n        value: 0.75\n        reference: a test\n")

    def test_a_table_that_replaces_an_embedded_value(self):
        with tempfile.TemporaryDirectory() as directory:
            path = write(directory, "final_levy.yaml", self.REDATED)
            args = ["settle", "--year", "2026", "--wage-bill", "400000", "--designated", "8100", "--data", directory]
            result = wkr(*args, "--json")
            self.assertEqual(result.returncode, 0, result.stderr)
            out = no_floats(result.stdout)
            self.assertEqual(out["final_levy"], "75.00")
            [override] = out["receipt"]["parameters_overrides"]
            self.assertEqual(override["parameter"], "final_levy.rate")
            self.assertEqual(override["effective_from"], "2015-01-01")
            self.assertTrue(override["by"].startswith(path + ":6:7"), override)
            self.assertTrue(override["replaced"].startswith("embedded:nl/final_levy.yaml:"), override)
            text = wkr(*args, "--explain", "--lang", "en")
            self.assertIn("NOTE: final_levy.rate from 2015-01-01: " + path + ":6:7", text.stdout)
            strict = wkr(*args, "--strict-data")
            self.assertEqual(strict.returncode, 3, strict.stderr)
            self.assertEqual(strict.stdout, "")
            self.assertIn(path + ":6:7", strict.stderr)
            self.assertIn("final_levy.rate from 2015-01-01 replaces the value the tables already give at "
                          "embedded:nl/final_levy.yaml:", strict.stderr)
        plain = no_floats(wkr("settle", "--year", "2026", "--wage-bill", "400000", "--designated", "8100",
                              "--json").stdout)
        self.assertNotIn("parameters_overrides", plain["receipt"])


class ExitCodes(unittest.TestCase):
    """Every code of the table in docs/cli.md, each with one line on stderr and nothing on stdout."""

    def assert_error(self, result, code, *parts):
        self.assertEqual(result.returncode, code, result.stderr)
        self.assertEqual(result.stdout, "", "no partial result")
        self.assertEqual(result.stderr.count("\n"), 1, result.stderr)
        for part in parts:
            self.assertIn(part, result.stderr)

    def test_the_documented_table_is_the_help_table(self):
        with open(os.path.join(SOURCE, "docs", "cli.md"), encoding="utf-8") as f:
            documented = re.findall(r"^\| ([0-9]) \|", f.read(), re.M)
        shown = re.findall(r"^  ([0-9])  ", wkr("--help").stdout, re.M)
        self.assertEqual(documented, shown)

    def test_0_success(self):
        self.assertEqual(wkr("free-space", "--year", "2026", "--wage-bill", "1").returncode, 0)

    def test_1_internal_error_out_of_memory(self):
        # Memory is the one failure no input can cause on purpose: wkr is given too little of it. The
        # file is not grouped by employee (each comes back once), so the streaming evaluation keeps
        # every item until the end (docs/cli.md); a grouped file would stream in flat memory.
        limit = 200 * 2 ** 20
        def limited():
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        if wkr("--version", preexec_fn=limited).returncode != 0:
            self.skipTest("this build does not start with a 200 MB address space (a sanitizer build)")
        with tempfile.TemporaryDirectory() as directory:
            items = os.path.join(directory, "items.csv")
            with open(items, "w", encoding="utf-8") as f:
                f.write("employee,category,amount,quantity\n")
                f.writelines(f"E{i % 200000},home_working,100,40\n" for i in range(400000))
            self.assert_error(wkr("evaluate", "--year", "2025", "--items", items, preexec_fn=limited), 1,
                              "wkr: internal error: out of memory")

    def test_2_usage(self):
        self.assert_error(wkr(), 2, "usage error", "give a command: free-space, settle")
        self.assert_error(wkr("vrije-ruimte"), 2, "usage error")
        self.assert_error(wkr("help", "vrije-ruimte"), 2, "'vrije-ruimte' is not a command of wkr")
        self.assert_error(wkr("free-space", "--year", "2026", "--wage-bill", "1", "--wagebill", "2"), 2, "--wagebill")
        self.assert_error(wkr("free-space", "--wage-bill", "1"), 2, "--year is required")
        self.assert_error(wkr("free-space", "--wage-bill", "1", "--year"), 2, "--year")
        self.assert_error(wkr("settle", "--year", "2026", "--wage-bill", "1"), 2, "--designated is required")
        self.assert_error(wkr("settle", "--year", "2026", "--wage-bill", "1", "--designated", "1", "--designated", "2"),
                          2, "--designated")
        self.assert_error(wkr("home-working", "--year", "2025", "--fixed"), 2,
                          "--home-days-per-week is required with --fixed")
        self.assert_error(wkr("home-working", "--year", "2025", "--days", "3"), 2, "--paid is required with --days")
        self.assert_error(wkr("home-working", "--year", "2025", "--days", "3", "--paid", "1", "--fixed",
                              "--home-days-per-week", "2"), 2, "--days counts actual days")
        self.assert_error(wkr("commute", "--year", "2025", "--km-one-way", "10", "--days", "3", "--paid", "1",
                              "--from-month", "3"), 2, "--from-month is for a fixed allowance (--fixed)")
        self.assert_error(wkr("evaluate", "--year", "2025", "--items", ITEMS, "--company-bicycle-as-wage",
                              "--company-bicycle-designation"), 2, "contradict each other")
        self.assert_error(wkr("ledger", "--year", "2025"), 2, "--periods is required")
        self.assert_error(wkr("ledger", "--year", "2025", "--periods", PERIODS, "--basis", "estimate"), 2,
                          "--estimate is required with --basis estimate")
        self.assert_error(wkr("settle", "--year", "2025", "--filing-member", "A", "--wage-bill", "1",
                              "--designated", "1"), 2, "--members is required with --filing-member")
        self.assert_error(wkr("settle", "--year", "2025", "--members", MEMBERS, "--wage-bill", "1"), 2,
                          "--wage-bill and --members cannot both be given")
        self.assert_error(wkr("wage-bill", "--year", "2025", "--employees", ITEMS, "--members", PAYROLLS), 2,
                          "--members and --employees exclude each other")
        self.assert_error(wkr("wage-bill", "--year", "2025", "--employees", ITEMS, "--former-wage-test", "group"), 2,
                          "--former-wage-test is for a group; give the members' payrolls in --members")

    def test_3_bad_input(self):
        def free_space(*args):
            return wkr("free-space", "--year", "2026", *args)
        self.assert_error(free_space("--wage-bill", "1 000"), 3, "'1 000' is not an AMOUNT")
        self.assert_error(free_space("--wage-bill", "1600000,50"), 3, "plain decimal with '.'")
        self.assert_error(free_space("--wage-bill=-5"), 3, "no sign")
        self.assert_error(free_space("--wage-bill", "100.005"), 3, "at most two decimals")
        self.assert_error(free_space("--wage-bill", "1" * 40), 3, "too large")
        self.assert_error(free_space("--wage-bill", "1", "--lang", "de"), 3, "--lang 'de' is not a language")
        self.assert_error(free_space("--wage-bill", "1", "--free-space-rounding", "up"), 3, "'up'")
        self.assert_error(wkr("free-space", "--year", "twenty", "--wage-bill", "1"), 3,
                          "--year 'twenty' is not a whole number")
        fixed = ("home-working", "--year", "2025", "--fixed", "--home-days-per-week")
        self.assert_error(wkr(*fixed, "2", "--from-month", "13"), 3, "give months 1 to 12")
        self.assert_error(wkr(*fixed, "2", "--from-month", "10", "--to-month", "3"), 3, "give months 1 to 12")
        self.assert_error(wkr(*fixed, "8"), 3, "the days a week of the pattern is 8; give 1 to 7 days a week (docs/limits.md)")
        self.assert_error(wkr(*fixed, "99999999999999999999"), 3, "'99999999999999999999' is too large")
        self.assert_error(wkr("home-working", "--year", "2025", "--days", "99999999999999999999", "--paid", "1"), 3,
                          "is 99999999999999999999, more than 1000000000000, the most wkr accepts")
        self.assert_error(wkr("commute", "--year", "2025", "--km-one-way", "20", "--office-days-per-week", "3",
                              "--fixed", "--long-absence", "2025-09-07"), 3, "is not START:RETURN")
        self.assert_error(wkr("ledger", "--year", "2025", "--periods", PERIODS, "--strategy", "monthly"), 3,
                          "'monthly' is not a strategy; expected after-year or as-you-go")
        self.assert_error(wkr("ledger", "--year", "2025", "--periods", PERIODS, "--estimate", "1.000.000"), 3,
                          "--estimate '1.000.000' is not an AMOUNT")
        self.assert_error(wkr("ledger", "--year", "2025", "--periods", PERIODS, "--four-weekly"), 3,
                          "period 13 is missing; every period 1–13 appears once")
        with tempfile.TemporaryDirectory() as directory:
            members = write(directory, "members.csv", "name,employees,whole_year\nA,a.csv,yes\nB,,maybe\n")
            self.assert_error(wkr("wage-bill", "--year", "2025", "--members", members), 3,
                              "members.csv: 2 bad rows, nothing was evaluated — line 3: employees is empty",
                              "line 3: whole_year 'maybe' is not yes or no")
            write(directory, "a.csv", "employee,fiscal_wage,former\nAnna,1000,perhaps\n")
            members = write(directory, "members.csv", "name,employees\nA,a.csv\n")
            self.assert_error(wkr("wage-bill", "--year", "2025", "--members", members), 3,
                              os.path.join(directory, "a.csv") + ": 1 bad row", "former 'perhaps'")

    def test_3_a_broken_csv_says_what_and_where(self):
        with tempfile.TemporaryDirectory() as directory:
            header = "employee,category,amount,quantity\n"
            cases = [
                ("Anna,home_working,500,200\nPiet,free\"space,10,\n",
                 "items.csv: line 3: malformed CSV at column 10: a quote (\") inside a field that does not start"),
                ("\"Anna\"x,free_space,1,\n", "line 2: malformed CSV at column 7: 'x' after the closing quote"),
                ("\"Anna,free_space,1,\n", "line 2: malformed CSV: a quoted field of the record that starts on this line is not closed"),
            ]
            for body, message in cases:
                with self.subTest(body=body):
                    items = write(directory, "items.csv", header + body)
                    result = wkr("evaluate", "--year", "2025", "--items", items)
                    self.assert_error(result, 3, message)
                    self.assertNotIn("strict checking", result.stderr)
            latin1 = write(directory, "latin1.csv", header + "José,free_space,10,\n", encoding="latin-1")
            self.assert_error(wkr("evaluate", "--year", "2025", "--items", latin1, "--json"), 3,
                              "latin1.csv: line 2: byte 4 is not UTF-8 text")

    def test_3_a_bad_table_file_names_its_line(self):
        with tempfile.TemporaryDirectory() as directory:
            write(directory, "2027.yaml",
                  "parameters:\n  free_space.rates:\n    unit: marginal_rates\n    until: 2027-12-31\n"
                  "    values:\n      2027-01-01:\n        brackets:\n          - from: 0\n"
                  "            rate: 2,16%\n        reference: a comma and a percent sign\n")
            result = wkr("free-space", "--year", "2027", "--wage-bill", "1", "--data", directory)
            self.assert_error(result, 3, "2027.yaml:9:", "'2,16%' is not a plain decimal")

    def test_4_not_covered(self):
        self.assert_error(wkr("free-space", "--year", "2014", "--wage-bill", "1"), 4,
                          "for the year 2014: they cover 2015–2026")
        self.assertNotIn("--data", wkr("free-space", "--year", "2014", "--wage-bill", "1").stderr)
        self.assert_error(wkr("parameters", "--year", "2014"), 4, "for the year 2014: they cover 2015–2026")
        # A year after the tables: newer tables are the way.
        self.assert_error(wkr("free-space", "--year", "2027", "--wage-bill", "1"), 4,
                          "for the year 2027: they cover 2015–2026 (load tables for 2027 with --data DIR)")
        self.assert_error(wkr("parameters", "--year", "2027"), 4, "(load tables for 2027 with --data DIR)")
        self.assert_error(wkr("home-working", "--year", "2027", "--days", "1", "--paid", "1", "--lang", "nl"), 4,
                          "(laad tabellen voor 2027 met --data MAP)")

    def test_5_files(self):
        self.assert_error(wkr("free-space", "--year", "2026", "--wage-bill", "1", "--data", "/no/such/dir"), 5,
                          "/no/such/dir does not exist")
        with tempfile.TemporaryDirectory() as directory:
            self.assert_error(wkr("evaluate", "--year", "2025", "--items", directory), 5,
                              directory + " is a directory, not a file")
            self.assert_error(wkr("evaluate", "--year", "2025", "--items", os.path.join(directory, "no.csv")), 5,
                              "no.csv: No such file or directory")
            self.assert_error(wkr("free-space", "--year", "2026", "--wage-bill", "1", "--output",
                                  os.path.join(directory, "no", "such.txt")), 5, "cannot write")
            self.assert_error(wkr("ledger", "--year", "2025", "--periods", os.path.join(directory, "no.csv")), 5,
                              "no.csv: No such file or directory")
            members = write(directory, "members.csv", "name,employees\nA,missing.csv\n")
            self.assert_error(wkr("wage-bill", "--year", "2025", "--members", members), 5,
                              os.path.join(directory, "missing.csv") + ": No such file or directory")

    @unittest.skipUnless(os.path.exists("/dev/full"), "no /dev/full")
    def test_5_a_full_disk(self):
        for args in (("free-space", "--year", "2026", "--wage-bill", "1"), ("--help",), ("--man",)):
            with self.subTest(args=args), open("/dev/full", "w") as full:
                result = subprocess.run([WKR, *args], stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
                self.assertEqual(result.returncode, 5)
                self.assertEqual(result.stderr,
                                 "wkr: error: cannot write to standard output: No space left on device\n")

    def test_5_a_closed_standard_output(self):
        for lang, message in (("en", "error: cannot write to standard output: it is closed"),
                              ("nl", "fout: kan de standaarduitvoer niet schrijven: die is gesloten")):
            result = subprocess.run(f"exec {shlex.quote(WKR)} free-space --year 2026 --wage-bill 1 --lang {lang} >&-",
                                    shell=True, stderr=subprocess.PIPE, text=True, timeout=60)
            self.assertEqual(result.returncode, 5)
            self.assertEqual(result.stderr, f"wkr: {message}\n")


class DutchMessages(unittest.TestCase):
    """With --lang nl every usage error, every error of the command itself and every heading is Dutch:
    no English tell-tale (tests/unit/telltales.hpp); the English stays as it was."""

    USAGE = [
        ("--bogus",),
        ("vrije-ruimte",),
        (),
        ("help", "vrije-ruimte"),
        ("--output", "x"),
        ("free-space", "--year", "2026", "--wage-bill", "1", "--wagebill", "2"),
        ("parameters", "--year", "2026", "free", "space"),
        ("free-space", "--year", "2026", "--wage-bill"),
        ("free-space", "--year", "2026", "--wage-bill", "1", "--json=maybe"),
        ("settle", "--year", "2026", "--wage-bill", "1", "--designated", "1", "--designated", "2"),
        ("explain",),
        ("params", "--check"),
        ("report", "--year", "2025", "--items", ITEMS, "--wage-bill", "1", "--json", "--format", "md"),
        ("report", "--year", "2025", "--items", ITEMS, "--wage-bill", "1", "--format", "pdf"),
    ]

    def assert_dutch(self, text):
        self.assertEqual(english_words(text), [], text)

    def test_usage_errors(self):
        for args in self.USAGE:
            with self.subTest(args=args):
                result = wkr("--lang", "nl", *args)
                self.assertEqual(result.returncode, 2, result.stderr)
                self.assertEqual(result.stderr.count("\n"), 1, result.stderr)
                self.assertTrue(result.stderr.startswith("wkr: gebruiksfout: "), result.stderr)
                self.assertIn("(zie 'wkr", result.stderr)
                self.assert_dutch(result.stderr)
                english = wkr("--lang", "en", *args)
                self.assertEqual(english.returncode, 2)
                self.assertTrue(english.stderr.startswith("wkr: usage error: "), english.stderr)

    def test_usage_errors_name_the_option_and_the_value(self):
        def stderr(*args):
            return wkr("--lang", "nl", *args).stderr
        self.assertEqual(stderr("free-space", "--year", "2026", "--wage-bill", "1", "--wagebill", "2"),
                         "wkr: gebruiksfout: deze argumenten kent wkr hier niet: '--wagebill', '2' "
                         "(zie 'wkr free-space --help')\n")
        self.assertEqual(wkr("free-space", "--year", "2026", "--wage-bill", "1", "--wagebill", "2").stderr,
                         "wkr: usage error: The following arguments were not expected: '--wagebill', '2' "
                         "(see 'wkr free-space --help')\n")
        self.assertIn("--wage-bill heeft een waarde nodig", stderr("free-space", "--year", "2026", "--wage-bill"))
        self.assertIn("'maybe' is geen geldige waarde voor --json",
                      stderr("free-space", "--year", "2026", "--wage-bill", "1", "--json=maybe"))
        self.assertIn("--designated neemt ten hoogste 1 waarde, maar kreeg er 2",
                      stderr("settle", "--year", "2026", "--wage-bill", "1", "--designated", "1", "--designated", "2"))
        self.assertIn("BESTAND is verplicht", stderr("explain"))

    def test_the_commands_own_errors(self):
        with tempfile.TemporaryDirectory() as directory:
            saved = write(directory, "saved.json", "{}")
            broken = write(directory, "broken.json", "{\"explanation\": ")
            cases = [
                (("explain", directory), 5, directory + " is een map, geen bestand"),
                (("explain", os.path.join(directory, "no.json")), 5, "het bestand of de map bestaat niet"),
                (("explain", saved), 3, "heeft geen \"explanation\""),
                (("explain", broken), 3, "is geen JSON: een fout bij byte 17"),
                (("free-space", "--year", "2026", "--wage-bill", "1", "--output",
                  os.path.join(directory, "no", "such.txt")), 5, "niet schrijven: het bestand of de map bestaat niet"),
                (("free-space", "--year", "2026", "--wage-bill", "1", "--output", os.path.join(saved, "x")), 5,
                 "niet schrijven: een deel van het pad is geen map"),
            ]
            for args, code, part in cases:
                with self.subTest(args=args):
                    result = wkr(*args, "--lang", "nl")
                    self.assertEqual(result.returncode, code, result.stderr)
                    self.assertTrue(result.stderr.startswith("wkr: fout: "), result.stderr)
                    self.assertIn(part, result.stderr)
                    self.assert_dutch(result.stderr.replace(directory, "DIR"))

    def test_wkrs_own_lang_reaches_the_command(self):
        args = ("settle", "--year", "2026", "--wage-bill", "400000", "--designated", "8100")
        self.assertEqual(wkr("--lang", "en", *args).stdout, wkr(*args, "--lang", "en").stdout)
        self.assertEqual(wkr(*args).stdout, wkr(*args, "--lang", "nl").stdout)  # Dutch without --lang
        self.assertEqual(wkr("--lang", "de", *args).returncode, 3)

    def test_headings_of_every_command(self):
        # The first lines of each command's text (its title and intro) for the examples of its help.
        for command in COMMANDS + ("budget", "levy-or-wage", "scenario", "params", "explain"):
            for example in re.findall(r"^  \$ (wkr .*)$", wkr(command, "--help").stdout, re.M):
                args = shlex.split(example)[1:]
                if {"--json", "--output", "csv"} & set(args) or args[:1] == ["explain"]:  # no text for people
                    continue
                with self.subTest(example=example):
                    result = subprocess.run([WKR, *[a for a in args if a not in ("--lang", "en")], "--lang", "nl"],
                                            capture_output=True, text=True, cwd=SOURCE, timeout=120)
                    self.assertEqual(result.returncode, 0, result.stderr)
                    heading = "\n".join(result.stdout.splitlines()[:2])
                    self.assert_dutch(heading)


class DutchHelp(unittest.TestCase):
    """`wkr --lang nl --help`, the help of every command and the Dutch man page have no English: no
    tell-tale (tests/unit/telltales.hpp), none of CLI11's own words and no English name of a value."""

    # What CLI11 writes itself: its headings and labels, and its help and version flags.
    CLI11_WORDS = ("Usage:", "Options:", "Positionals:", "Subcommands:", "[OPTIONS]", "REQUIRED", "[COMMAND]",
                   "[SUBCOMMAND]", "Print this help message", "Display program version")

    @staticmethod
    def commands():
        """The commands `wkr --help` lists (the lines under "Commands:")."""
        listing = wkr("--help").stdout.split("\nCommands:\n")[1].split("\n\n")[0]
        return re.findall(r"^  ([a-z][a-z-]*)  ", listing, re.M)

    @staticmethod
    def value_names(text):
        """The names of the values in a help ("--items FILE" gives FILE) that are words: three letters
        or more (N, K, KM and ID are the same in both languages)."""
        return {name for name in re.findall(r"^  \S*--[a-z-]+ ([A-Z][A-Z.:]+)", text, re.M) if len(name) >= 3}

    def assert_dutch(self, what, text, english=""):
        found = english_words(text)
        found += [word for word in self.CLI11_WORDS if word in text]
        found += sorted(self.value_names(english) & self.value_names(text))
        self.assertEqual(found, [], f"English in the Dutch help of {what}:\n" + "\n".join(found))

    def test_the_command_list_is_found(self):
        self.assertGreaterEqual(set(self.commands()), set(COMMANDS) | {"budget", "scenario", "explain", "help"})

    def test_wkr_help(self):
        result = wkr("--lang", "nl", "--help")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(result.stdout.startswith("wkr — exacte berekeningen voor de werkkostenregeling (WKR)\n"
                                                 "Gebruik: wkr [OPTIES] [OPDRACHT]\n"), result.stdout)
        self.assertIn("\nOpdrachten:\n", result.stdout)
        self.assert_dutch("wkr", result.stdout, wkr("--help").stdout)

    def test_every_command(self):
        for command in self.commands():
            with self.subTest(command=command):
                result = wkr("--lang", "nl", command, "--help")
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertIn("Gebruik: wkr " + command, result.stdout)
                self.assert_dutch("wkr " + command, result.stdout, wkr(command, "--help").stdout)

    def test_value_names_are_dutch_and_values_stay_as_typed(self):
        text = wkr("--lang", "nl", "settle", "--help").stdout
        for line in ("--year JAAR ", "--wage-bill BEDRAG ...", "--members BESTAND",
                     "--free-space-rounding AFRONDING", "--allocation-key designated|wage-bill|own", "--data MAP"):
            self.assertIn(line, text)
        self.assertIn("Argumenten:\n  BESTAND BESTAND.json VERPLICHT", wkr("--lang", "nl", "explain", "--help").stdout)

    def test_the_man_page_has_every_option_of_every_command(self):
        # A run completes only the commands its command line names (complete_commands in
        # examples/cli): --man must still see every command whole, and each command's help its own.
        page = wkr("--man").stdout.replace("\\-", "-")
        self.assertEqual(wkr("--man", "settle").stdout.replace("\\-", "-"), page)
        for command in set(self.commands()) - {"help"}:
            with self.subTest(command=command):
                section = page.split(f".SS wkr {command}\n")[1].split(".SS ")[0]
                options = set(re.findall(r"^  (?:-[a-z],)?(--[a-z][a-z-]*)", wkr(command, "--help").stdout, re.M))
                self.assertGreater(len(options), 2)
                self.assertEqual(options - {"--help"}, set(re.findall(r"^\.B (--[a-z][a-z-]*)", section, re.M)))

    def test_the_man_page(self):
        page = wkr("--lang", "nl", "--man").stdout
        self.assertTrue(page.isascii())
        for heading in ("NAAM", "OVERZICHT", "BESCHRIJVING", "OPDRACHTEN", "AFSLUITSTATUS", "ZIE OOK"):
            self.assertIn(f'.SH "{heading}"\n', page)
        self.assertIn(".B \\-\\-wage\\-bill BEDRAG ...", page)
        # What a reader sees: no comment lines (.\"), and roff's escapes read as the text they stand for:
        # \- is '-', \[u00E9] a letter, \fI a font.
        shown = "\n".join(line for line in page.splitlines() if not line.startswith('.\\"'))
        text = re.sub(r"\\\[u[0-9A-F]{4}\]", "e", shown.replace("\\-", "-"))
        text = re.sub(r"\\f[IRB]", " ", text)
        self.assert_dutch("wkr --man", text)
        if shutil.which("groff"):
            result = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z"], input=page, capture_output=True,
                                    text=True)
            self.assertEqual((result.returncode, result.stderr), (0, ""))


class OutputFile(unittest.TestCase):
    def leftovers(self, directory):
        return [name for name in os.listdir(directory) if ".wkr-" in name]

    def test_the_file_holds_what_standard_output_would(self):
        args = ("evaluate", "--year", "2025", "--items", ITEMS, "--json")
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "evaluation.json")
            write(directory, "evaluation.json", "an older report\n")
            result = wkr(*args, "--output", path)
            self.assertEqual((result.returncode, result.stdout, result.stderr), (0, "", ""))
            with open(path, encoding="utf-8") as f:
                self.assertEqual(f.read(), wkr(*args).stdout)
            self.assertEqual(self.leftovers(directory), [])

    def test_an_error_leaves_no_file(self):
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "report.txt")
            self.assertEqual(wkr("free-space", "--year", "2014", "--wage-bill", "1", "--output", path).returncode, 4)
            self.assertEqual(os.listdir(directory), [])

    def test_standard_output_is_copied_whole_to_a_file_opened_for_appending(self):
        # Standard output is staged and copied out at the end (sendfile, or read and write where
        # sendfile refuses the output, as it does a file opened with O_APPEND on many kernels): the
        # bytes after what the file held are those --output writes, and a run with a bad row adds none.
        with tempfile.TemporaryDirectory() as directory:
            rows = "".join("E%d,home_working,100,40\n" % i for i in range(3000))
            items = write(directory, "items.csv", "employee,category,amount,quantity\n" + rows)
            bad = write(directory, "bad.csv", "employee,category,amount,quantity\n" + rows + "E9,bonus,1,\n")
            expected = os.path.join(directory, "expected.json")
            args = ("evaluate", "--year", "2025", "--json")
            self.assertEqual(wkr(*args, "--items", items, "--output", expected).returncode, 0)
            appended = write(directory, "appended.json", "what was there\n")
            for path, code in ((items, 0), (bad, 3)):
                with open(appended, "a", encoding="utf-8") as out:
                    result = subprocess.run([WKR, *args, "--items", path], stdout=out, stderr=subprocess.PIPE,
                                            text=True, timeout=120)
                self.assertEqual(result.returncode, code, result.stderr)
            with open(expected, encoding="utf-8") as f, open(appended, encoding="utf-8") as g:
                self.assertEqual(g.read(), "what was there\n" + f.read())

    def test_a_failed_write_leaves_no_half_file(self):
        with tempfile.TemporaryDirectory() as directory:
            target = os.path.join(directory, "report")
            os.mkdir(target)  # the rename onto a directory fails after the text was written
            result = wkr("free-space", "--year", "2026", "--wage-bill", "1", "--output", target)
            self.assertEqual(result.returncode, 5, result.stderr)
            self.assertIn("cannot write " + target, result.stderr)
            self.assertEqual(self.leftovers(directory), [])
            self.assertEqual(os.listdir(target), [])


class Progress(unittest.TestCase):
    """The progress line shows on a terminal for work of more than a second, and never elsewhere."""

    def slow_items(self, directory):
        # As many rows as this build needs for more than a second and a half (a release build is faster).
        rows = 25000
        while True:
            path = os.path.join(directory, "items.csv")
            with open(path, "w", encoding="utf-8") as f:
                f.write("employee,category,amount,quantity\n")
                f.writelines(f"E{i % 3000},home_working,{i % 300},{i % 200}\n" for i in range(rows))
            start = time.monotonic()
            quiet = wkr("evaluate", "--year", "2025", "--items", path)
            if time.monotonic() - start > 1.5 or rows >= 1600000:
                return path, quiet
            rows *= 2

    def test_on_a_terminal_only(self):
        self.check_progress("evaluate", [])

    def test_the_report_too(self):
        self.check_progress("report", ["--wage-bill", "5000000"])

    def check_progress(self, command, more):
        with tempfile.TemporaryDirectory() as directory:
            items, _ = self.slow_items(directory)
            args = [WKR, command, "--year", "2025", "--items", items, *more]
            quiet = subprocess.run(args, capture_output=True, text=True, timeout=300)
            self.assertEqual((quiet.returncode, quiet.stderr), (0, ""))  # stderr is a pipe here: no progress
            controller, terminal = pty.openpty()
            out_file = open(os.path.join(directory, "out.txt"), "w+b")  # a file: a full pipe would stall wkr
            process = subprocess.Popen(args, stdout=out_file, stderr=terminal)
            os.close(terminal)
            seen = b""
            while True:
                ready, _, _ = select.select([controller], [], [], 60)
                if not ready:
                    break
                try:
                    chunk = os.read(controller, 4096)
                except OSError:  # the terminal is gone: wkr has ended
                    break
                if not chunk:
                    break
                seen += chunk
            process.wait(timeout=120)
            os.close(controller)
            out_file.seek(0)
            out = out_file.read().decode()
            out_file.close()
            self.assertEqual(process.returncode, 0)
            self.assertEqual(out, quiet.stdout, "the result is the same with a progress line")
            text = seen.decode()
            self.assertRegex(text, r"\rwkr " + command + r": working on \S+items\.csv \(\d+ (kB|MB)\), \d+ s")
            self.assertTrue(text.endswith("\r\x1b[K"), "the line is cleared at the end: " + repr(text[-40:]))


if __name__ == "__main__":
    unittest.main()
