"""The policy engine's commands as an HR lead and an accountant use them: `wkr budget`, `wkr
levy-or-wage` and `wkr scenario` — their help, their text in Dutch and English, the explanation
behind every figure, the errors in policy and population files (file:line, exit 3), and the
examples of examples/policy/README.md and docs/cli.md, whose every `$ wkr …` line is run from the
top of the source tree and its output compared with the lines that follow it.

The golden cases (tests/golden/policy.yaml) check the amounts of the JSON; the figures here are
those of the same worked examples and of examples/policy/README.md (checked against the library
by tests/unit/policy_examples_test.cpp).
Run by ctest with WKR_CLI and WKR_SOURCE_DIR set.
"""
import os
import re
import tempfile
import unittest

from test_cli import SOURCE, WKR, no_floats, wkr, write
from test_readme import blocks, run_wkr

COMMANDS = ("budget", "levy-or-wage", "scenario")
POLICY = os.path.join(SOURCE, "examples", "policy")
POLICIES = [os.path.join(POLICY, name) for name in ("today.yaml", "budget.yaml", "anywhere.yaml")]
POPULATION = os.path.join(POLICY, "population.csv")
HYBRID = ["--year", "2026", "--budget", "3000", "--office-days", "3", "--home-days", "2", "--km-one-way", "20",
          "--mode", "car", "--internet-necessary", "--internet-per-month", "30", "--free-space-left", "500"]


def scenario(*extra):
    args = ["scenario", "--year", "2026"]
    for policy in POLICIES:
        args += ["--policy", policy]
    return wkr(*args, "--population", POPULATION, *extra)


class Help(unittest.TestCase):
    def test_listed_with_an_example_the_years_and_the_exit_codes(self):
        listing = wkr("--help").stdout
        for command in COMMANDS:
            with self.subTest(command=command):
                self.assertIn(command, listing)
                result = wkr(command, "--help")
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertIn(f"Examples:\n  $ wkr {command} ", result.stdout)
                self.assertIn("The embedded tables cover 2015–2026", result.stdout)
                self.assertIn("Exit codes:", result.stdout)
                for leftover in ("AMOUNT:", "INT", "TEXT", " in [", "REQUIRED"):
                    self.assertNotIn(leftover, result.stdout)

    def test_every_example_in_the_help_runs(self):
        for command in COMMANDS:
            for example in re.findall(r"^  \$ (wkr .*)$", wkr(command, "--help").stdout, re.M):
                with self.subTest(example=example):
                    result = run_wkr(example)
                    self.assertEqual(result.returncode, 0, result.stderr)
                    self.assertTrue(result.stdout)


class Budget(unittest.TestCase):
    # budget-hybrid-wage and budget-hybrid-levy (tests/golden/policy.yaml): exempt 209.72 + 1181.28 +
    # 360.00, 500.00 in the free space; the rest as wage (467.67 net, 749.00 gross) at 0.3756, with the
    # final levy (416.11 net, levy 332.888) at 0.4950.
    def test_in_dutch(self):
        result = wkr("budget", *HYBRID, "--marginal-rate", "0.3756")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Waar-je-werkt-budget 2026", result.stdout)
        self.assertRegex(result.stdout, r"woon-werkverkeer +1\.181,28 +1\.181,28 ")
        self.assertRegex(result.stdout, r"netto voor de werknemer +€ 2\.718,67")
        self.assertRegex(result.stdout, r"loon, bruto +€ 749,00")
        self.assertIn("--explain of --json", result.stdout)

    def test_in_english_the_exact_levy(self):
        result = wkr("budget", *HYBRID, "--marginal-rate", "0.4950", "--lang", "en")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertRegex(result.stdout, r"final levy +€332\.888\n")
        self.assertRegex(result.stdout, r"employer's cost +€2,999\.998\n")
        self.assertRegex(result.stdout, r"left over +€0\.002\n")

    def test_explain_names_the_rules_and_their_sources(self):
        result = wkr("budget", *HYBRID, "--marginal-rate", "0.3756", "--lang", "en", "--explain")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("art. 31a lid 2 onderdeel g Wet LB 1964", result.stdout)  # internet
        self.assertIn("From the budget, exempt", result.stdout)
        self.assertIn("0.3756", result.stdout)
        self.assertIn("sha256", result.stdout.lower())

    def test_json(self):
        result = wkr("budget", *HYBRID, "--marginal-rate", "0.3756", "--json")
        data = no_floats(result.stdout)
        self.assertEqual((data["route"], data["wage_gross"], data["net_value"]), ("wage", "749.00", "2718.67"))
        self.assertTrue(data["explanation"])

    def test_a_bad_rate_is_exit_3(self):
        result = wkr("budget", *HYBRID, "--marginal-rate", "1")
        self.assertEqual(result.returncode, 3)
        self.assertIn("the marginal rate is 1", result.stderr)
        self.assertEqual(result.stdout, "")


class LevyOrWage(unittest.TestCase):
    def test_the_cheapest_allocation(self):
        # levy-or-wage-worked: A as wage (gross 1245.14), B and C designated; 194.86 saved.
        result = wkr("levy-or-wage", "--year", "2026", "--wage-bill", "50000", "--items",
                     os.path.join(POLICY, "levy-items.csv"), "--rates", os.path.join(POLICY, "levy-rates.csv"),
                     "--lang", "en")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertRegex(result.stdout, r"A +800\.00 +0\.3575 +wage +1,245\.14 +445\.14")
        self.assertRegex(result.stdout, r"B +600\.00 +0\.495 +designate")
        self.assertRegex(result.stdout, r"saving +€194\.86")


class Scenario(unittest.TestCase):
    def test_side_by_side_with_the_readme_figures(self):
        result = scenario("--lang", "en")
        self.assertEqual(result.returncode, 0, result.stderr)
        out = result.stdout
        self.assertIn("300 employees, wage bill €15,875,200.00 (the sum of their fiscal wages), free space "
                      "€190,607.36.", out)
        self.assertRegex(out, r"employer's cost +635,320\.66 +508,444\.27 +583,018\.77\n")
        self.assertRegex(out, r"tax-free \(targeted exemptions\) +468,832\.86 +501,064\.67 +544,498\.77\n")
        self.assertRegex(out, r"budget left over +0\.00 +172,555\.73 +0\.00\n")
        self.assertRegex(out, r"… per employee +2,466\.79 +2,466\.79 +3,558\.16\n")
        self.assertRegex(out, r"… per employee +73\.27 +73\.27 +104\.94\n")
        self.assertRegex(out, r"… per employee +283\.74 +283\.74 +414\.52\n")
        self.assertIn("CO₂ per km (list 2026): car 0.19, public transport 0.036, bicycle 0 kg.", out)

    def test_in_dutch_with_free_space_taken_elsewhere(self):
        result = scenario("--designated-elsewhere", "180000")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertRegex(result.stdout, r"kosten werkgever +760\.025,01 +508\.444,27 +599\.997,66\n")
        self.assertRegex(result.stdout, r"eindheffing +124\.704,35 +0,00 +758,91\n")
        self.assertIn("€ 180.000,00 elders aangewezen: € 10.607,36 over voor het beleid", result.stdout)

    def test_explain_traces_every_policy_and_an_employee(self):
        result = scenario("--lang", "en", "--explain", "--trace-employee", "E001")
        self.assertEqual(result.returncode, 0, result.stderr)
        names = re.findall(r"^Policy: (.*)$", result.stdout, re.M)
        self.assertEqual(len(names), 3, names)
        self.assertIn("Cost for the employer", result.stdout)
        self.assertIn("\nEmployee E001\n", result.stdout)
        self.assertIn("art. 31a", result.stdout)

    def test_a_year_without_emission_factors_says_so(self):
        result = wkr("scenario", "--year", "2025", "--policy", POLICIES[0], "--population", POPULATION, "--lang", "en")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertNotIn("CO₂ a year", result.stdout)
        self.assertIn("CO₂: the tables have no emission factors for 2025", result.stdout)

    def test_bad_files_name_file_and_line_and_exit_3(self):
        with tempfile.TemporaryDirectory() as directory:
            policy = write(directory, "bad.yaml", "policy: today\nambition_level: 3\ntravell: {kind: fixed}\n")
            result = wkr("scenario", "--year", "2026", "--policy", policy, "--population", POPULATION)
            self.assertEqual(result.returncode, 3, result.stderr)
            self.assertIn(policy + ":3:1: unknown key 'travell'", result.stderr)
            self.assertEqual(result.stderr.count("\n"), 1)
            self.assertEqual(result.stdout, "")
            population = write(directory, "people.csv",
                               "id,group,office_days,home_days,coworking_days,km_one_way,mode,minutes_one_way\n"
                               "H1,henry,3,2,0,20,car,29\nM1,molly,2,2,0,30,train,60\n")
            result = wkr("scenario", "--year", "2026", "--policy", POLICIES[0], "--population", population)
            self.assertEqual(result.returncode, 3, result.stderr)
            self.assertIn(population + ": 1 bad row", result.stderr)
            self.assertIn("line 3: 'train' is not a travel mode", result.stderr)
            self.assertEqual(result.stdout, "")


class Documented(unittest.TestCase):
    """The examples of examples/policy/README.md and of the policy sections of docs/cli.md give the
    output shown (the README's figures are what the command prints)."""

    def examples(self, path):
        with open(os.path.join(SOURCE, path), encoding="utf-8") as f:
            text = f.read()
        found = []
        for block in blocks("", text):
            for part in re.split(r"^\$ ", block, flags=re.M)[1:]:
                command, _, shown = part.partition("\n")
                if command.split()[1] in COMMANDS:
                    found.append((command, shown.rstrip("\n") + "\n"))
        return found

    def test_every_example_gives_the_output_shown(self):
        for path, least in (("examples/policy/README.md", 1), ("docs/cli.md", 3)):
            examples = self.examples(path)
            self.assertGreaterEqual(len(examples), least, path)
            for command, shown in examples:
                with self.subTest(path=path, command=command):
                    result = run_wkr(command)
                    self.assertEqual(result.returncode, 0, result.stderr)
                    self.assertEqual(result.stdout, shown)


if __name__ == "__main__":
    unittest.main()
