// Tests of the C# binding (bindings/csharp/Wkr.cs) over libwkr, run with Mono by ctest
// (tests/csharp/CMakeLists.txt): the contract of issue 4, decimals in and out, exceptions, the
// SafeHandle contexts, batches, JSON, threads, the allowance rules (home working, travel, the fixed
// travel allowance and its batch, the per-employee evaluation), the struct layouts against the C
// compiler's (layout.txt), and every golden case (golden.tsv) through the JSON entry point and the
// typed calls.
//
//   usage: mono WkrTests.exe <golden.tsv> <layout.txt> <source dir> [expected version]
//   prints "N passed, N failed"; exits 1 on any failure.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using Wkr;
using Wkr.Native;

internal static class WkrTests
{
    private static int passed;
    private static int failed;

    private static void Check(bool condition, string what)
    {
        if (condition)
        {
            ++passed;
        }
        else
        {
            ++failed;
            Console.WriteLine("FAIL " + what);
        }
    }

    private static void Equal<T>(T expected, T actual, string what)
    {
        Check(Equals(expected, actual), what + ": expected " + expected + ", got " + actual);
    }

    private static void Throws<E>(Action action, string what, Func<E, bool> inspect = null) where E : Exception
    {
        try
        {
            action();
            Check(false, what + ": no " + typeof(E).Name);
        }
        catch (E e)
        {
            Check(inspect == null || inspect(e), what + ": " + e.Message);
        }
        catch (Exception e)
        {
            Check(false, what + ": " + e.GetType().Name + " instead of " + typeof(E).Name + ": " + e.Message);
        }
    }

    private static void Run(string name, Action test)
    {
        try
        {
            test();
        }
        catch (Exception e)
        {
            Check(false, name + " threw " + e);
        }
    }

    private static string sourceDir;

    private static int Main(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: WkrTests.exe <golden.tsv> <layout.txt> <source dir> [expected version]");
            return 2;
        }
        sourceDir = args[2];
        string expectedVersion = args.Length > 3 ? args[3] : null;
        Run("contract", Contract);
        Run("versions", () => Versions(expectedVersion));
        Run("money", MoneyConversions);
        Run("decimals", DecimalsThroughC);
        Run("errors", Errors);
        Run("limits", Limits);
        Run("contexts", Contexts);
        Run("groups", Groups);
        Run("batches", Batches);
        Run("columns", Columns);
        Run("json", Json);
        Run("threads", Threads);
        Run("home working", HomeWorkingCalls);
        Run("travel", TravelCalls);
        Run("fixed commute", FixedCommuteCalls);
        Run("evaluation", EvaluationCalls);
        Run("group scheme", GroupSchemeCalls);
        Run("wage bill", WageBillCalls);
        Run("ledger", LedgerCalls);
        Run("policy", PolicyCalls);
        Run("distribute", DistributeCalls);
        Run("allowance inits", AllowanceInits);
        Run("item categories", ItemCategoryList);
        Run("layout", () => Layout(args[1]));
        Run("golden", () => Golden(args[0]));
        Console.WriteLine(passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }

    // The policy engine (docs/policy.md): budget-hybrid-wage and budget-hybrid-levy of
    // tests/golden/policy.yaml, and the scenario of the shipped examples (examples/policy/README.md).
    private static void PolicyCalls()
    {
        var request = new BudgetRequest {
            Year = 2026,
            Budget = 3000m,
            OfficeDays = 3,
            HomeDays = 2,
            KmOneWay = 20m,
            Mode = TravelMode.Car,
            InternetNecessary = true,
            InternetPerMonth = 30m,
            MarginalRate = 0.3756m,
            FreeSpaceLeft = 500m,
        };
        using (var context = Context.Embedded())
        {
            BudgetResult wage = context.Budget(request);
            Equal(BudgetRoute.Wage, wage.Route, "budget route");
            Equal(1751.00m, wage.Exempt, "budget exempt");
            Equal(467.67m, wage.WageNet, "budget wage net");
            Equal(749.00m, wage.WageGross, "budget wage gross");
            Equal(2718.67m, wage.NetValue, "budget net value");
            Equal("3000.00", wage.EmployerCost.ToString(CultureInfo.InvariantCulture), "budget employer cost");
            Equal(7, wage.Shares.Length, "budget shares");
            Equal(1181.28m, wage.Shares[(int)BudgetCategory.Commuting].Exempt, "budget commuting");
            Equal(967.67m, wage.Shares[(int)BudgetCategory.Rest].Net, "budget rest");

            request.MarginalRate = 0.4950m;
            BudgetResult levy = context.Budget(request);
            Equal(BudgetRoute.FinalLevy, levy.Route, "budget levy route");
            Equal("332.888", levy.FinalLevy.ToString(CultureInfo.InvariantCulture), "budget exact levy");
            Equal("2999.998", levy.EmployerCost.ToString(CultureInfo.InvariantCulture), "budget employer cost, exact");
            Equal("0.002", levy.LeftOver.ToString(CultureInfo.InvariantCulture), "budget left over");

            request.MarginalRate = 1m;
            Throws<WkrException>(() => context.Budget(request), "budget rate 1",
                                 e => e.Message.Contains("the marginal rate is 1; give a fraction"));

            string folder = Path.Combine(sourceDir, "examples", "policy");
            string json =
                context.Scenario(2026,
                                 new[] { Path.Combine(folder, "today.yaml"), Path.Combine(folder, "budget.yaml"),
                                         Path.Combine(folder, "anywhere.yaml") },
                                 Path.Combine(folder, "population.csv"), 180000m);
            Equal("190607.36", JsonText.Find(json, "free_space_of_wage_bill"), "scenario free space");
            Equal("760025.01", JsonText.Find(json, "policies/0/employer_cost"), "scenario today's cost");
            Equal("599997.66", JsonText.Find(json, "policies/2/employer_cost"), "scenario level-4 cost");
            Equal("5351.22", JsonText.Find(json, "policies/2/levy_or_wage_saving"), "scenario levy-or-wage saving");
        }
    }

    private static void Contract()
    {
        Check(Calculator.FreeSpace(2026, 1600000m) == 22160.00m, "Calculator.FreeSpace(2026, 1600000m) == 22160.00m");
        Equal("22160.00", Calculator.FreeSpace(2026, 1600000m).ToString(CultureInfo.InvariantCulture), "two decimals");
        Settlement s = Calculator.Settle(2025, 500000m, 14180m);
        Equal(4000.00m, s.FinalLevy, "W6 final levy");
        Equal(9180.00m, s.FreeSpace, "W6 free space");
        Equal(5000.00m, s.Excess, "W6 excess");
        Equal(4000m, s.FinalLevyReturn, "W6 final levy in the return");
        Equal(2026, s.DueYear, "W6 due year");
        Equal(2, s.DuePeriod, "W6 due period");
    }

    private static void Versions(string expected)
    {
        if (expected != null)
        {
            Equal(expected, Calculator.VersionString, "version string");
            string[] parts = expected.Split('.');
            Equal(int.Parse(parts[0]) * 10000 + int.Parse(parts[1]) * 100 + int.Parse(parts[2]),
                  Calculator.VersionNumber, "version number");
        }
        Equal(1, Calculator.AbiVersion, "ABI version");
        // The library really came from WKR_LIBRARY's directory, or else from LD_LIBRARY_PATH.
        string wanted = Environment.GetEnvironmentVariable("WKR_LIBRARY");
        wanted = !string.IsNullOrEmpty(wanted) ? Path.GetDirectoryName(wanted)
                                               : (Environment.GetEnvironmentVariable("LD_LIBRARY_PATH") ?? "").Split(':')[0];
        if (wanted.Length > 0 && File.Exists("/proc/self/maps"))
        {
            string loaded = null;
            foreach (string line in File.ReadAllLines("/proc/self/maps"))
            {
                int at = line.IndexOf('/');
                if (at >= 0 && line.Contains("/libwkr.so")) loaded = line.Substring(at);
            }
            Console.WriteLine("libwkr loaded from " + loaded);
            Check(loaded != null && loaded.StartsWith(wanted.TrimEnd('/') + "/libwkr.so"),
                  "libwkr loaded from " + wanted + ", not " + loaded);
        }
        Equal(Methods.AbiVersion, Calculator.AbiVersion, "the binding's ABI version");
    }

    private static void MoneyConversions()
    {
        Equal(160000000L, Money.ToCents(1600000m, "x"), "to cents");
        Equal(40000001L, Money.ToCents(400000.0100m, "x"), "trailing zeros are whole cents");
        Equal(-5L, Money.ToCents(-0.05m, "x"), "negative cents");
        Throws<ArgumentException>(() => Money.ToCents(100.005m, "x"), "a fraction of a cent");
        Throws<OverflowException>(() => Money.ToCents(decimal.MaxValue, "x"), "beyond int64 cents");
        Equal(92233720368547758.07m, Money.FromCents(long.MaxValue), "largest cents");
        Equal(-92233720368547758.08m, Money.FromCents(long.MinValue), "smallest cents");
        Equal("-0.05", Money.FromCents(-5).ToString(CultureInfo.InvariantCulture), "scale 2");
        Throws<ArgumentException>(() => Calculator.FreeSpace(2026, 1.001m), "the binding refuses sub-cent amounts");
    }

    private static void DecimalsThroughC()
    {
        // System.Decimal ↔ wkr_decimal, checked against the library's own parser and formatter.
        var values = new List<decimal>
        {
            0m, -0.5m, 9180.00m, 1m, -1m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m,
            -0.0000000000000000000000000001m, 18446744073709551616m, -18446744073709551616m, 12193263113559823.186308m,
        };
        var random = new Random(4);
        for (int i = 0; i < 300; ++i)
        {
            values.Add(new decimal(random.Next(), random.Next(), random.Next(), random.Next(2) == 1, (byte)random.Next(29)));
        }
        foreach (decimal value in values)
        {
            string text = value.ToString(CultureInfo.InvariantCulture);
            wkr_decimal ours = Money.ToNative(value);
            wkr_decimal theirs = Money.Parse(text);
            Check(ours.lo == theirs.lo && ours.hi == theirs.hi && ours.scale == theirs.scale && theirs.reserved == 0,
                  "decimal → wkr_decimal agrees with wkr_decimal_parse for " + text);
            Equal(text, Money.Format(ours), "wkr_decimal_format of " + text);
            Equal(value, Money.FromNative(theirs), "wkr_decimal → decimal of " + text);
        }
        Throws<OverflowException>(() => Money.FromNative(Money.Parse("79228162514264337593543950336")), "2^96");
        Throws<OverflowException>(() => Money.FromNative(Money.Parse("0.00000000000000000000000000001")), "29 decimals");
        Throws<WkrException>(() => Money.Parse("1,5"), "a comma", e => e.Status == Status.Parse);
    }

    // docs/limits.md: the same out-of-range inputs as the command, C and Python tests, the same code and
    // message (tests/cli/test_cli.py, tests/capi/capi_test.c, tests/python/test_binding.py).
    private static void Limits()
    {
        Throws<WkrException>(
            () => Calculator.Settle(2026, 1000000000000.01m, 0m), "the largest amount",
            e => e.Status == Status.InvalidArgument &&
                 e.Detail == "the wage bill is 1000000000000.01, more than 1000000000000 euros, the most wkr accepts " +
                                 "(docs/limits.md)");
        Throws<WkrException>(() => Calculator.Settle(2100, 1000000000000m, 0m), "the years",
                             e => e.Status == Status.InvalidArgument &&
                                  e.Detail ==
                                      "the year 2100 is outside 2000–2099, the years wkr accepts (docs/limits.md)");
    }

    private static void Errors()
    {
        Throws<WkrException>(() => Calculator.FreeSpace(2014, 400000m), "2014 is not covered",
            e => e.Status == Status.NotCovered && e.Code == -5 && e.StatusName == "WKR_E_NOT_COVERED" &&
                 e.Detail.Contains("2014") && e.Message.StartsWith("WKR_E_NOT_COVERED: "));
        Throws<WkrException>(() => Calculator.Settle(2026, 400000m, -5m), "negative designated",
            e => e.Status == Status.InvalidArgument && e.Detail.Contains("negative"));
        Throws<WkrException>(() => Calculator.Parameter("free_space.rates", 2025), "brackets are not a number",
            e => e.Status == Status.Data);
        // The Dutch is the wkr command's with --lang nl for the same input (`wkr free-space --year 2014
        // --wage-bill 4000 --lang nl`: "wkr: fout: " and this sentence; tests/capi, tests/python).
        const string notCoveredNl = "de tabellen hebben geen waarden voor het jaar 2014: zij dekken 2015–2026";
        Throws<WkrException>(() => Calculator.FreeSpace(2014, 4000m), "the Dutch message",
                             e => e.DetailNl == notCoveredNl && e.DetailIn("nl") == notCoveredNl &&
                                  e.DetailIn("en") == e.Detail && e.Detail != notCoveredNl &&
                                  e.Detail.Contains("2014"));
        Throws<WkrException>(() => Calculator.FreeSpace(2026, -0.01m), "Dutch numbers in a message",
                             e => e.DetailNl == "de loonsom is -€ 0,01; dat kan niet negatief zijn (geef 0 of meer)" &&
                                  e.Detail == "the wage bill is -0.01; it cannot be negative (give 0 or more)");
        Throws<ArgumentException>(() => new WkrException(-5, "english", "nederlands").DetailIn("de"),
                                  "a language wkr does not speak");
    }

    private static void Contexts()
    {
        string updates = Path.Combine(Path.Combine(Path.Combine(sourceDir, "data"), "updates"), "2027");
        Context kept;
        using (Context tables = Context.FromDirectory(updates))
        {
            Equal(8640.00m, tables.FreeSpace(2027, 400000m), "2027 from the run-time update");
            Equal(64, tables.Digest.Length, "digest length");
            Check(tables.Digest != Calculator.Embedded.Digest, "the update changes the digest");
            kept = tables;
        }
        Throws<ObjectDisposedException>(() => kept.FreeSpace(2027, 400000m), "a disposed context");
        kept.Dispose(); // twice is fine
        Throws<WkrException>(() => Calculator.FreeSpace(2027, 400000m), "the embedded tables stop at 2026",
            e => e.Detail.Contains("2027"));
        Throws<WkrException>(() => Context.FromDirectory(Path.Combine(sourceDir, "no-such-directory")),
            "a missing directory", e => e.Status == Status.IO);
        string redated = Path.Combine(Path.Combine(Path.Combine(sourceDir, "tests"), "data"), "redated");
        using (Context tables = Context.FromDirectory(redated))
        {
            Equal(75.00m, tables.Settle(2026, 400000m, 8100m).FinalLevy, "a replaced embedded value is used");
        }
        Throws<WkrException>(
            () => Context.FromDirectory(redated, strictData: true), "strict data",
            e => e.Status == Status.Data && e.Detail.Contains("final_levy.yaml:6:7") &&
                 e.Detail.Contains("final_levy.rate from 2015-01-01 replaces the value the tables already give"));
        Equal(0.80m, Calculator.Parameter("final_levy.rate", 2025), "final_levy.rate 2025");
        Equal("0.80", Calculator.Parameter("final_levy.rate", 2025).ToString(CultureInfo.InvariantCulture),
              "the rate as the tables write it");
        // A context that is never disposed is released by its SafeHandle's finalizer.
        for (int i = 0; i < 50; ++i) Context.Embedded();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Check(true, "finalized contexts");
    }

    private static void Groups()
    {
        var members = new List<GroupMember>();
        for (int i = 0; i < 5; ++i) members.Add(new GroupMember(1000000m));
        FreeSpaceResult group = Calculator.GroupFreeSpace(2022, members);
        Equal(61080.00m, group.FreeSpace, "W4 group free space");
        Equal(5000000.00m, group.WageBill, "W4 total wage bill");
        Equal(800.00m, Calculator.GroupSettle(2022, members, 62080m).FinalLevy, "group settlement");
        members[1] = new GroupMember(1000000m, false);
        Throws<WkrException>(() => Calculator.GroupFreeSpace(2022, members), "a member not in the group all year",
            e => e.Status == Status.InvalidArgument && e.Detail.Contains("member 2"));
    }

    private static void Batches()
    {
        var rows = new List<SettleRow>
        {
            new SettleRow { Year = 2025, WageBill = 500000m, Designated = 14180m },
            new SettleRow { Year = 2014, WageBill = 500000m, Designated = 14180m },
            new SettleRow { Year = 2025, WageBill = 500000m, Designated = -1m },
            new SettleRow { Year = 2026, WageBill = 400000m, Designated = 8000m },
        };
        Throws<BatchException<Settlement>>(() => Calculator.SettleBatch(rows), "a batch with two bad rows", e =>
            e.Status == Status.RowsFailed && e.Detail.Contains("2 of 4 rows failed") &&
            e.Errors.Count == 2 && e.Errors[1].Status == Status.NotCovered && e.Errors[1].Detail.Contains("2014") &&
            !e.Errors[1].Detail.Contains("rows failed") && e.Errors[2].Status == Status.InvalidArgument &&
            e.Results[0].FinalLevy == 4000.00m && e.Results[1] == null && e.Results[3].FinalLevy == 0.00m);
        rows.RemoveAt(2);
        rows.RemoveAt(1);
        Settlement[] good = Calculator.SettleBatch(rows);
        Equal(2, good.Length, "batch size");
        Equal(4000.00m, good[0].FinalLevy, "batch row 0");
        FreeSpaceResult[] spaces = Calculator.FreeSpaceBatch(new[]
        {
            new FreeSpaceRow { Year = 2026, WageBill = 1600000m },
            new FreeSpaceRow { Year = 2026, WageBill = 400000.01m, Rounding = Rounding.Ceiling },
        });
        Equal(22160.00m, spaces[0].FreeSpace, "free-space batch row 0");
        Equal(8000.01m, spaces[1].FreeSpace, "free-space batch row 1, rounded up");
        Equal(0, Calculator.FreeSpaceBatch(new FreeSpaceRow[0]).Length, "an empty batch");
    }

    /// <summary>The columnar calls against the single calls, row by row, on seeded random rows.</summary>
    private static void Columns()
    {
        var random = new Random(20261201);
        const int rows = 2000;
        var years = new int[rows];
        var bills = new long[rows];
        var designated = new long[rows];
        for (int i = 0; i < rows; ++i)
        {
            years[i] = 2015 + random.Next(12);
            bills[i] = (long)random.Next(0, 2000000000) * 2 + random.Next(2);
            designated[i] = random.Next(0, 200000000);
        }
        int mismatches = 0;
        foreach (int threads in new[] { 1, 2, -1 })
        {
            SettlementColumns got =
                Calculator.Embedded.SettleColumns(years, bills, designated, Rounding.Tables, threads);
            for (int i = 0; i < rows; ++i)
            {
                Settlement s = Calculator.Settle(years[i], bills[i] / 100m, designated[i] / 100m);
                if (s.FreeSpace != got.FreeSpaceCents[i] / 100m || s.Excess != got.ExcessCents[i] / 100m ||
                    s.FinalLevy != got.FinalLevyCents[i] / 100m ||
                    s.FinalLevyReturn != got.FinalLevyReturnCents[i] / 100m || s.DuePeriod != got.DuePeriod[i] ||
                    s.DueYear != years[i] + 1 || got.Status[i] != 0)
                {
                    ++mismatches;
                }
            }
        }
        Equal(0, mismatches, "settle columns against single settlements");
        long[] space = Calculator.FreeSpaceColumns(2026, bills);
        Equal(Calculator.FreeSpace(2026, bills[17] / 100m), space[17] / 100m, "free space column");
        Throws<ColumnsException>(() => Calculator.SettleColumns(2014, new long[] { 1, 2 }, new long[] { 0, 0 }),
                                 "a year not covered",
                                 e => e.Status == Status.RowsFailed && e.Detail.Contains("2 of 2 rows failed") &&
                                      e.DetailNl.StartsWith("mislukte rijen: 2 van 2; de eerste, rij 0: de tabellen " +
                                                            "hebben geen waarden voor het jaar 2014") &&
                                      e.Statuses[1] == (int)Status.NotCovered);
        Throws<ArgumentException>(() => Calculator.SettleColumns(2025, new long[] { 1, 2 }, new long[] { 0 }),
                                  "columns of different lengths");
    }

    private static void Json()
    {
        string response = Calculator.Evaluate(
            "{\"command\":\"settle\",\"year\":2025,\"wage_bill\":[\"500000\"],\"designated\":\"14180\"}");
        Equal("4000.00", JsonText.Find(response, "final_levy"), "JSON final levy");
        Equal(Calculator.VersionString, JsonText.Find(response, "receipt/library_version"), "JSON receipt version");
        Equal(Calculator.Embedded.Digest, JsonText.Find(response, "receipt/parameters_digest"), "JSON receipt digest");
        Check(JsonText.ArraySize(response, "explanation") > 0, "JSON explanation");
        Throws<WkrException>(() => Calculator.Evaluate("{not json"), "not JSON", e => e.Status == Status.Parse);
        Throws<WkrException>(() => Calculator.Evaluate(
            "{\"command\":\"settle\",\"year\":2025,\"wage_bill\":\"1\",\"designated\":1.5}"), "a JSON fraction",
            e => e.Status == Status.InvalidArgument && e.Detail.Contains("fraction"));
        // UTF-8 both ways: a key with an accent comes back in the message.
        Throws<WkrException>(() => Calculator.Evaluate(
            "{\"command\":\"free-space\",\"year\":2026,\"wage_bill\":\"1\",\"toelichting_\u00e9\u20ac\":\"x\"}"),
            "a UTF-8 key", e => e.Status == Status.InvalidArgument && e.Detail.Contains("toelichting_\u00e9\u20ac"));
    }

    private static void Threads()
    {
        int wrong = 0;
        var threads = new List<Thread>();
        for (int t = 0; t < 4; ++t)
        {
            int index = t;
            var thread = new Thread(() =>
            {
                for (int i = 0; i < 200; ++i)
                {
                    if (index % 2 == 0)
                    {
                        try
                        {
                            Calculator.FreeSpace(2000 + index, 1m);
                            Interlocked.Increment(ref wrong);
                        }
                        catch (WkrException e)
                        {
                            if (!e.Detail.Contains((2000 + index).ToString(CultureInfo.InvariantCulture)))
                                Interlocked.Increment(ref wrong);
                        }
                    }
                    else if (Calculator.FreeSpace(2026, 1600000m) != 22160.00m)
                    {
                        Interlocked.Increment(ref wrong);
                    }
                }
            });
            threads.Add(thread);
            thread.Start();
        }
        foreach (Thread thread in threads) thread.Join();
        Equal(0, wrong, "one context shared by threads, messages per thread");
    }

    private static void Layout(string path)
    {
        // Every struct of layout.txt (all structs of wkr.h) has a mirror in Wkr.Native with the
        // same size, the same fields in the same order, and the same offsets.
        var sizes = new Dictionary<string, int>();
        var fields = new Dictionary<string, List<string[]>>();
        foreach (string line in File.ReadAllLines(path))
        {
            string[] parts = line.Split(' ');
            if (parts[0] == "struct")
            {
                sizes[parts[1]] = int.Parse(parts[2]);
                fields[parts[1]] = new List<string[]>();
            }
            else
            {
                fields[parts[1]].Add(parts);
            }
        }
        Check(sizes.Count >= 6, "layout.txt lists the structs");
        Assembly binding = typeof(Context).Assembly;
        foreach (KeyValuePair<string, int> entry in sizes)
        {
            Type mirror = binding.GetType("Wkr.Native." + entry.Key);
            if (mirror == null)
            {
                Check(false, "no C# mirror of " + entry.Key);
                continue;
            }
            Equal(entry.Value, Marshal.SizeOf(mirror), "Marshal.SizeOf(" + entry.Key + ")");
            FieldInfo[] declared = mirror.GetFields(BindingFlags.Public | BindingFlags.Instance);
            Equal(fields[entry.Key].Count, declared.Length, entry.Key + " field count");
            for (int i = 0; i < fields[entry.Key].Count; ++i)
            {
                string[] f = fields[entry.Key][i];
                Equal(f[2], i < declared.Length ? declared[i].Name : null, entry.Key + " field " + i);
                Equal(int.Parse(f[3]), (int)Marshal.OffsetOf(mirror, f[2]), "Marshal.OffsetOf(" + entry.Key + ", " + f[2] + ")");
                if (i < declared.Length)
                    Equal(int.Parse(f[4]), Marshal.SizeOf(declared[i].FieldType), entry.Key + "." + f[2] + " size");
            }
        }
        // The library's _init functions agree with what the binding sets.
        wkr_group_member member;
        Equal(0, Methods.wkr_group_member_init(out member, new UIntPtr(Methods.SizeOf<wkr_group_member>())), "init");
        Equal(Methods.SizeOf<wkr_group_member>(), member.struct_size, "init struct_size");
        Equal(1u, member.whole_year, "init whole_year");
    }

    // ---- the targeted exemptions --------------------------------------------------------------------

    private static void HomeWorkingCalls()
    {
        HomeWorkingResult r = Calculator.HomeWorkingPerDay(2022, 100, 250m); // HW-2022-per-day
        Equal("100", Text(r.Days), "HW-2022 days");
        Equal("2.00", Text(r.DailyAmount), "HW-2022 daily amount");
        Equal(200.00m, r.Cap, "HW-2022 cap");
        Check(r.Exempt == 200.00m && r.ExcessAmount == 50.00m && r.Designated == 50.00m && r.Wage == 0m,
              "HW-2022 split");
        Check(r.ExcessTreatment == Excess.Designate && !r.Fixed && r.ExemptionInForce && r.MonthlyCap == null,
              "HW-2022 flags");
        HomeWorkingResult wage = Calculator.HomeWorkingPerDay(2026, 100, 300m, Excess.Wage); // HW-2026-per-day-wage
        Check(wage.Cap == 245.00m && wage.Wage == 55.00m && wage.Designated == 0m && wage.ExcessTreatment == Excess.Wage,
              "HW-2026 the excess as wage");
        HomeWorkingResult before = Calculator.HomeWorkingPerDay(2021, 100, 200m);
        Check(!before.ExemptionInForce && before.Cap == 0m && before.ExcessAmount == 200.00m, "HW-2021 no exemption");
        HomeWorkingResult capOnly = Calculator.HomeWorkingPerDay(2025, 10);
        Check(capOnly.Cap == 24.00m && capOnly.Paid == null && capOnly.ExcessTreatment == Excess.Default, "cap only");

        HomeWorkingResult fixedDays = Calculator.HomeWorkingFixed(2025, 1, 120m); // W14-home-paid-above
        Check(fixedDays.Fixed && Text(fixedDays.Days) == "42.8" && fixedDays.Cap == 102.72m &&
              fixedDays.MonthlyCap == 8.56m && fixedDays.ExcessAmount == 17.28m, "W14-home");
        HomeWorkingResult june = Calculator.HomeWorkingFixed(2025, 2, null, 6);
        Check(Text(june.Days) == "49.93" && june.Cap == 119.83m && june.MonthlyCap == 17.11m, "HW-fixed-from-june-exact");
        HomeWorkingResult up = Calculator.HomeWorkingFixed(2025, 2, null, 6, 0, DayRounding.Up);
        Check(Text(up.Days) == "50" && up.Cap == 120.00m && up.MonthlyCap == 17.14m, "HW-fixed-from-june-rounded-up");

        Throws<WkrException>(() => Calculator.HomeWorkingPerDay(2014, 1, 2m), "HW-2014-not-covered",
            e => e.Status == Status.NotCovered && e.Detail.Contains("for the year 2014"));
        Throws<WkrException>(() => Calculator.HomeWorkingPerDay(2025, 366, 2m), "HW-days-more-than-the-year",
            e => e.Status == Status.InvalidArgument && e.Detail.Contains("2025 has 365 days"));
        Throws<WkrException>(() => Calculator.HomeWorkingPerDay(2025, 10, 2m, (Excess)7), "an unknown excess code",
            e => e.Status == Status.InvalidArgument && e.Detail.Contains("input.excess is 7"));
        Throws<ArgumentException>(() => Calculator.HomeWorkingPerDay(2025, 10, 2.001m), "a fraction of a cent");
    }

    private static void TravelCalls()
    {
        TravelResult r = Calculator.CommutePerDay(2022, 10m, 129, 490.20m); // W11-travel-per-day
        Check(Text(r.Km) == "2580" && Text(r.Rate) == "0.19" && r.Cap == 490.20m && r.Exempt == 490.20m &&
              r.ExcessAmount == 0m && r.KmOneWay == 10m && r.Days == 129m, "W11-travel-per-day");
        r = Calculator.CommutePerDay(2025, 12.35m, 3, 20m); // TR-km-with-decimals
        Check(Text(r.Km) == "74.10" && r.Cap == 17.04m && r.ExcessAmount == 2.96m, "TR-km-with-decimals");
        r = Calculator.TravelPerKm(2025, 155m, TravelPurpose.BusinessTrip);
        Check(r.Purpose == TravelPurpose.BusinessTrip && r.Cap == 35.65m && r.KmOneWay == null && r.Paid == null,
              "business trips");
        r = Calculator.TravelPerKm(2025, 4000m, TravelPurpose.Commuting, 1000m, Excess.Wage);
        Check(r.Cap == 920.00m && r.Wage == 80.00m && r.Designated == 0m, "commuting km, the excess as wage");
        Throws<WkrException>(() => Calculator.CommutePerDay(2025, -1m, 3), "a negative distance",
            e => e.Status == Status.InvalidArgument && e.Detail.Contains("the distance one way is -1"));
        Throws<WkrException>(() => Calculator.TravelPerKm(2025, 1m, (TravelPurpose)5), "an unknown purpose",
            e => e.Detail.Contains("input.purpose is 5"));
    }

    private static FixedCommuteRequest Commute(int year, decimal km, int officeDays)
    {
        return new FixedCommuteRequest { Year = year, KmOneWay = km, OfficeDaysPerWeek = officeDays };
    }

    private static void FixedCommuteCalls()
    {
        FixedCommuteResult r = Calculator.FixedCommute(Commute(2025, 20m, 4)); // W14-travel
        Check(Text(r.Days) == "171.2" && Text(r.Rate) == "0.23" && r.Cap == 1575.04m && r.MonthlyCap == 131.25m &&
              r.PatternBased && r.DaysPerWeek == 4 && r.Months == 12 && Text(r.MinimumDays) == "102.4" &&
              r.Qualifies && !r.RecalculationRequired && r.StoppedMonths.Length == 0 && r.ActualCap == null,
              "W14-travel");
        r = Calculator.FixedCommute(Commute(2021, 20m, 4)); // REGIME-2021-home-days-ignored
        Check(!r.PatternBased && r.DaysPerWeek == 5 && Text(r.Days) == "214" && r.Cap == 1626.40m, "REGIME-2021");
        FixedCommuteRequest w12 = Commute(2022, 20m, 3);
        w12.DayRounding = DayRounding.Up;
        w12.Paid = 984m;
        r = Calculator.FixedCommute(w12);
        Check(Text(r.Days) == "129" && r.Cap == 980.40m && r.ExcessAmount == 3.60m && r.Designated == 3.60m,
              "W12-travel-82-a-month");
        FixedCommuteRequest w15 = Commute(2024, 100m, 5);
        w15.Paid = 9844m;
        w15.ActualKm = 40000m;
        r = Calculator.FixedCommute(w15);
        Check(r.RecalculationRequired && r.ActualCap == 9200.00m && r.ExcessAmount == 644.00m, "W15-2024");
        FixedCommuteRequest rule = Commute(2025, 10m, 3);
        rule.TravelDays = 76m;
        Check(!Calculator.FixedCommute(rule).Qualifies, "TR-128-rule-missed");
        rule.TravelWeeks = 36m;
        Check(Calculator.FixedCommute(rule).Qualifies, "TR-36-week-rule");
        FixedCommuteRequest w16 = Commute(2024, 20m, 5);
        w16.LongAbsences.Add(new Absence(new DateTime(2024, 9, 7), new DateTime(2024, 12, 11)));
        r = Calculator.FixedCommute(w16);
        Check(r.StoppedMonths.Length == 2 && r.StoppedMonths[0] == 11 && r.StoppedMonths[1] == 12 &&
              r.CapBeforeAbsence == 1968.80m && r.Cap == 1640.66m, "W16");
        FixedCommuteRequest back = Commute(2024, 20m, 5);
        back.LongAbsences.Add(new Absence(new DateTime(2024, 10, 15), new DateTime(2024, 9, 1)));
        Throws<WkrException>(() => Calculator.FixedCommute(back), "ABS-return-before-start",
            e => e.Status == Status.InvalidArgument && e.Detail.Contains("cannot end before it"));
        FixedCommuteRequest tooMany = Commute(2025, 20m, 5);
        tooMany.WorkDaysPerWeek = 4;
        Throws<WkrException>(() => Calculator.FixedCommute(tooMany), "TR-office-days-above-working-days",
            e => e.Detail.Contains("cannot be more than the working days"));

        // a batch: the absences of all rows in one array; a bad row fails alone
        var across = new Absence(new DateTime(2024, 11, 10), new DateTime(2025, 3, 5));
        var rows = new List<FixedCommuteRequest> { Commute(2025, 20m, 4), Commute(2025, 20m, 5), Commute(2014, 20m, 5),
                                                   Commute(2025, 20m, 5) };
        rows[1].LongAbsences.Add(across);
        rows[3].LongAbsences.Add(across);
        rows[3].AbsenceNewCauseEachYear = true;
        Throws<BatchException<FixedCommuteResult>>(() => Calculator.FixedCommuteBatch(rows), "a batch with a bad row",
            e => e.Status == Status.RowsFailed && e.Detail.Contains("1 of 4 rows failed") && e.Errors.Count == 1 &&
                 e.Errors[2].Status == Status.NotCovered && e.Errors[2].Detail.Contains("2014") && e.Results[2] == null &&
                 e.Results[0].Cap == 1575.04m && e.Results[1].Cap == 1476.60m && e.Results[3].Cap == 1804.73m &&
                 e.Results[3].StoppedMonths.Length == 1 && e.Results[3].StoppedMonths[0] == 3);
        rows.RemoveAt(2);
        FixedCommuteResult[] good = Calculator.FixedCommuteBatch(rows);
        Check(good.Length == 3 && good[1].StoppedMonths.Length == 3 && good[2].Cap == 1804.73m, "a good batch");
        Equal(0, Calculator.FixedCommuteBatch(new FixedCommuteRequest[0]).Length, "an empty batch");
    }

    private static List<Item> Eval2025Items()
    {
        return new List<Item>
        {
            new Item("Anna", ItemCategory.HomeWorking, 500m, 200m),
            new Item("Anna", ItemCategory.CommuteKm, 1000m, 4000m),
            new Item("Anna", ItemCategory.InternetNecessary, 360m),
            new Item("Anna", ItemCategory.Arbo, 650m, 400m),
            new Item("Anna", ItemCategory.FreeSpace, 300m),
            new Item("Anna", ItemCategory.Intermediary, 45.50m),
            new Item("Bram", ItemCategory.PublicTransport, 1200m),
            new Item("Bram", ItemCategory.InternetOther, 240m),
            new Item("Bram", ItemCategory.CompanyCar, 3600m),
            new Item("Bram", ItemCategory.FlexWorkplace, 1500m),
            new Item("Bram", ItemCategory.Coworking, 900m),
            new Item("Bram", ItemCategory.FreeSpace, 1500m),
        };
    }

    private static void EvaluationCalls()
    {
        Evaluation e = Calculator.EvaluateItems(2025, Eval2025Items()); // EVAL-2025
        Check(e.Exempt == 4905.50m && e.Designated == 3290.00m && e.Wage == 3600.00m && e.TargetedExempt == 3360.00m &&
              e.NilValued == 1500.00m && e.Intermediary == 45.50m, "EVAL-2025 totals");
        Check(e.CustomaryReview.Length == 1 && e.CustomaryReview[0] == "Bram", "EVAL-2025 customary review");
        EmployeeEvaluation anna = e.Employees[0];
        EmployeeEvaluation bram = e.Employees[1];
        Check(anna.Employee == "Anna" && anna.Exempt == 2205.50m && anna.Designated == 650.00m && !anna.CustomaryReview &&
              anna.Items.Length == 6 && anna.SafeHarbour == 2400.00m, "EVAL-2025 Anna");
        Check(bram.Designated == 2640.00m && bram.Wage == 3600.00m && bram.CustomaryReview, "EVAL-2025 Bram");
        Check(e.Items[0].Cap == 480.00m && e.Items[0].TargetedExempt == 480.00m && e.Items[0].Designated == 20.00m &&
              e.Items[0].Category == ItemCategory.HomeWorking && ReferenceEquals(anna.Items[0], e.Items[0]),
              "EVAL-2025 home working item");
        Check(e.Items[4].Cap == null && e.Items[9].NilValued == 1500.00m, "EVAL-2025 items");
        Equal(9180.00m, Calculator.Settle(2025, 500000m, e.Designated).FreeSpace, "EVAL-settlement");

        var options = new EvaluationOptions();
        options.Interns.Add("Anna");
        e = Calculator.EvaluateItems(2025, Eval2025Items(), options);
        Check(e.CustomaryReview.Length == 2 && e.CustomaryReview[0] == "Anna" && !e.Employees[0].CustomaryTestApplies &&
              e.Employees[0].CustomaryReview && e.Employees[1].CustomaryTestApplies, "EVAL-intern-below-safe-harbour");
        e = Calculator.EvaluateItems(2025, Eval2025Items(), new EvaluationOptions { Excess = Excess.Wage });
        Check(e.Designated == 1800.00m && e.Wage == 5090.00m, "EVAL-excess-as-wage");
        var cas = new EvaluationOptions();
        cas.Interns.Add("Cas");
        Throws<ArgumentException>(() => Calculator.EvaluateItems(2025, Eval2025Items(), cas), "EVAL-intern-without-items",
            x => x.Message.Contains("'Cas' is named for the customary test but has no items"));

        List<Item> bad = Eval2025Items();
        bad[1] = new Item("Anna", ItemCategory.HomeWorking, 500m, 12.5m);
        bad[8] = new Item("Bram", ItemCategory.CompanyCar, 3600m, null, Excess.Designate);
        bad[10] = new Item("Bram", ItemCategory.CommuteKm, 80m);
        Throws<ItemsException>(() => Calculator.EvaluateItems(2025, bad), "bad items, nothing evaluated",
            x => x.Status == Status.InvalidArgument && x.Detail.Contains("3 bad rows, nothing was evaluated") &&
                 x.Rows.Count == 3 && x.Rows[1].Detail.StartsWith("items[1]: the days 12.5 are not a whole number") &&
                 x.Rows[8].Detail.Contains("company_car is always the employee's wage") &&
                 !x.Rows[8].Detail.Contains("items[1]") && x.Rows[10].Detail.Contains("commute_km needs a quantity"));
        Throws<WkrException>(() => Calculator.EvaluateItems(2014, Eval2025Items()), "the year",
            x => x.Status == Status.NotCovered && !(x is ItemsException));
        // refused by a rule of the year: before 2024 a public-transport pass needs the cost of its trips
        List<Item> pass = Eval2025Items();
        pass[9] = new Item("Bram", ItemCategory.PublicTransportPass, 1500m);
        Throws<ItemsException>(() => Calculator.EvaluateItems(2023, pass), "a rule of the year marks its item",
            x => x.Rows.Count == 1 && x.Rows.ContainsKey(9) &&
                 x.Rows[9].Detail.Contains("public_transport_pass in 2023 needs a quantity"));

        // an own contribution comes off the value: €300 of gifts, €100 paid by the employee → €200 designated
        var own = new List<Item>
        {
            new Item("Anna", ItemCategory.FreeSpace, 300m, null, Excess.Default, 100m),
            new Item("Anna", ItemCategory.FreeSpace, 300m, null, Excess.Default, 450.50m),
        };
        e = Calculator.EvaluateItems(2025, own);
        Check(e.Items[0].Designated == 200.00m && e.Items[0].OwnContribution == 100.00m, "own contribution deducted");
        Check(e.Items[1].Designated == 0.00m && e.Items[1].OwnContribution == 300.00m, "not below nil");
        Check(e.OwnContribution == 400.00m && e.Employees[0].OwnContribution == 400.00m, "own contribution totals");
        own[0] = new Item("Anna", ItemCategory.HomeWorking, 500m, 200m, Excess.Default, 10m);
        Throws<ItemsException>(() => Calculator.EvaluateItems(2025, own), "no own contribution to money paid",
            x => x.Rows.Count == 1 && x.Rows[0].Detail.Contains("home_working takes no own contribution"));

        foreach (ItemCategory category in Enum.GetValues(typeof(ItemCategory)))
        {
            string name = ItemCategories.Name(category);
            Check(name != null && ItemCategories.Parse(name) == category, "the name of " + category + ": " + name);
        }
        Equal("home_working", ItemCategories.Name(ItemCategory.HomeWorking), "home_working");
        Equal(null, ItemCategories.Name((ItemCategory)0), "no category 0");
    }

    // GS-part-year-member (docs/group-scheme.md): 2025, Holding BV €1,000,000 / €20,000 and Werk BV
    // €600,000 / €10,000 all year; Nieuw BV €200,000 / €5,000 joined during the year. The group:
    // 2% × 400,000 + 1.18% × 1,200,000 = 22,160; levy 6,272 = 4,181.33 + 2,090.67; Nieuw BV alone 800.
    private static void GroupSchemeCalls()
    {
        var members = new List<GroupMember>
        {
            new GroupMember(1000000m, true, 20000m, null, "Holding BV"),
            new GroupMember(600000m, true, 10000m, null, "Werk BV"),
            new GroupMember(200000m, false, 5000m, null, "Nieuw BV"),
        };
        GroupSchemeSettlement g = Calculator.GroupSchemeSettle(2025, members);
        Check(g.Settlement.FreeSpace == 22160.00m && g.Settlement.Excess == 7840.00m && g.Settlement.FinalLevy == 6272.00m,
              "the group scheme's settlement");
        Check(g.Members.Length == 2 && g.Members[0] == "Holding BV" && g.FilingMember == "Holding BV" &&
              !g.FilingMemberNamed && !g.NeedsPermission && g.AllocationKey == AllocationKey.Designated, "the filer");
        Check(g.Allocation.Length == 2 && g.Allocation[0].Share == 4181.33m && g.Allocation[1].Share == 2090.67m &&
              g.Allocation[1].Member == "Werk BV" && g.Allocation[1].Weight == 10000m, "the shares");
        Check(g.PartYearMembers.Length == 1 && g.PartYearMembers[0].Name == "Nieuw BV" &&
              g.PartYearMembers[0].Settlement.FreeSpace == 4000.00m && g.PartYearMembers[0].Settlement.FinalLevy == 800.00m &&
              g.PartYearMembers[0].Settlement.DueYear == 2026, "the part-year member settles alone");
        g = Calculator.GroupSchemeSettle(2025, members, null, "Werk BV");
        Check(g.FilingMember == "Werk BV" && g.FilingMemberNamed && g.NeedsPermission, "another filer needs permission");
        Throws<ArgumentException>(() => Calculator.GroupSchemeSettle(2025, members, null, "Ander BV"), "an unknown filer");
        // GS-own-key-tie: 2026, one total of €125 → levy 100.00 by equal weights: 33.34, 33.33, 33.33
        var equal = new List<GroupMember>
        {
            new GroupMember(0m, true, null, 1m, "X"), new GroupMember(0m, true, null, 1m, "Y"),
            new GroupMember(0m, true, null, 1m, "Z"),
        };
        g = Calculator.GroupSchemeSettle(2026, equal, 125m, null, AllocationKey.Own);
        Check(g.Allocation[0].Share == 33.34m && g.Allocation[1].Share == 33.33m && g.Allocation[2].Share == 33.33m,
              "the cent to the first listed");
        Throws<WkrException>(() => Calculator.GroupSchemeSettle(2026, equal, 125m), "a total by designated amounts",
            x => x.Status == Status.InvalidArgument && x.Detail.Contains("choose the allocation key wage-bill or own"));
        Throws<WkrException>(() => Calculator.GroupSettle(2025, members.GetRange(0, 2), 30000m),
            "the older call takes no amount per member", x => x.Detail.Contains("wkr_group_scheme_settle()"));
    }

    private static void WageBillCalls()
    {
        // WB-ten-percent-in: 100,000 former of 1,000,000 is exactly 10% and counts; a cent more and it does not
        var rows = new List<EmployeeWage>
        {
            new EmployeeWage(500000m), new EmployeeWage(400000m), new EmployeeWage(100000m, true),
        };
        WageBillResult bill = Calculator.WageBill(2025, rows);
        Check(bill.Current == 900000.00m && bill.Former == 100000.00m && bill.FormerIncluded &&
              bill.WageBill == 1000000.00m, "exactly 10% counts");
        rows[2] = new EmployeeWage(100000.01m, true);
        bill = Calculator.WageBill(2025, rows);
        Check(!bill.FormerIncluded && bill.WageBill == 900000.00m, "more than 10% is left out entirely");
        // WB-group-method / WB-member-method
        var members = new List<MemberPayroll>
        {
            new MemberPayroll(new[] { new EmployeeWage(900000m), new EmployeeWage(150000m, true) }, true, "A"),
            new MemberPayroll(new[] { new EmployeeWage(1000000m) }, true, "B"),
        };
        GroupWageBillResult group = Calculator.GroupWageBill(2026, members);
        Check(group.Method == FormerWageTest.Group && group.WageBill == 2050000.00m && group.Members[0].FormerIncluded,
              "on the group's totals");
        group = Calculator.GroupWageBill(2026, members, FormerWageTest.Member);
        Check(group.WageBill == 1900000.00m && group.Members[0].Name == "A" && !group.Members[0].FormerIncluded &&
              group.Members[0].WageBill == 900000.00m && group.Members[1].WageBill == 1000000.00m, "per member");
    }

    private static List<Period> W6Periods()
    {
        // 2025 (W6 over a year): €40,000 a month, €60,000 in December, €14,180 designated in December
        var periods = new List<Period>();
        for (int p = 12; p >= 1; --p) periods.Add(new Period(p, p == 12 ? 60000m : 40000m, p == 12 ? 14180m : 0m));
        return periods;
    }

    private static void LedgerCalls()
    {
        LedgerYear after = Calculator.Ledger(2025, W6Periods());
        Check(after.Rows.Length == 12 && after.Rows[0].Period == 1 && after.Rows[11].Period == 12, "rows in period order");
        // January, the threshold prorated: (8,000 + 944) / 12 = 745.33; November 8,198.66
        Check(after.Rows[0].FreeSpaceCumulative == 745.33m && after.Rows[10].FreeSpaceCumulative == 8198.66m &&
              after.Rows[11].FreeSpaceCumulative == 9180.00m && after.Rows[11].ExcessCumulative == 5000.00m,
              "the free space so far");
        Check(after.Totals.Settlement.FinalLevy == 4000.00m && after.Totals.LevyPaid == 0.00m &&
              after.Totals.Correction == 4000.00m && after.Totals.Settlement.DuePeriod == 2, "after the year");
        LedgerYear go = Calculator.Ledger(2025, W6Periods(), new LedgerOptions { Strategy = LevyStrategy.AsYouGo });
        Check(go.Rows[11].LevyDeclared == 4000.00m && go.Totals.Correction == 0.00m, "as you go");
        List<Period> paid = W6Periods();
        paid[6] = new Period(6, 40000m, 0m, 500m); // W6Periods runs 12 → 1: index 6 is June
        paid[0] = new Period(12, 60000m, 14180m, 4000m);
        LedgerYear refund = Calculator.Ledger(2025, paid);
        Check(refund.Totals.LevyPaid == 4500.00m && refund.Totals.Correction == -500.00m, "a refund of €500");
        // the estimate basis (ledger-estimate-basis): €1,248 declared in September of 2026
        var periods = new List<Period>();
        for (int p = 1; p <= 12; ++p)
        {
            periods.Add(new Period(p, 100000m, p <= 8 ? 2000m : p == 9 ? 3000m : 0m, null, p == 1 ? 1200000m : (decimal?)null));
        }
        LedgerYear estimate = Calculator.Ledger(2026, periods,
            new LedgerOptions { Strategy = LevyStrategy.AsYouGo, Basis = LevyBasis.Estimate });
        Check(estimate.Rows[0].FreeSpaceEstimate == 17440.00m && estimate.Rows[8].LevyDeclared == 1248.00m &&
              estimate.Totals.Correction == 0.00m, "the estimate basis");
        Throws<WkrException>(() => Calculator.Ledger(2025, W6Periods(), new LedgerOptions { FourWeekly = true }),
            "twelve periods are not thirteen", x => x.Detail.Contains("period 13 of 2025 is missing"));
        paid[6] = new Period(6, 40000m, 0m, 12.50m);
        Throws<WkrException>(() => Calculator.Ledger(2025, paid), "a levy in cents", x => x.Detail.Contains("whole euros"));
    }

    private static void DistributeCalls()
    {
        decimal[] parts = Calculator.Distribute(1000m, 12);
        Check(parts.Length == 12 && parts[3] == 83.34m && parts[4] == 83.33m, "€1,000.00 over 12 periods");
        parts = Calculator.Distribute(1m, new[] { 1, 0, 2 });
        Check(parts[0] == 0.33m && parts[1] == 0.00m && parts[2] == 0.67m, "by weights, the cent to the larger remainder");
        Throws<WkrException>(() => Calculator.Distribute(-1m, 12), "a negative amount",
            x => x.Status == Status.InvalidArgument);
        Throws<WkrException>(() => Calculator.Distribute(1m, new[] { 0, 0 }), "weights all 0",
            x => x.Detail.Contains("all 0"));
    }

    private static void ItemCategoryList()
    {
        // The enum ItemCategory (generated) against the library's table, as the wkr_item_categories
        // tool lists it: the same categories, each member named as the library names its value.
        string path = Environment.GetEnvironmentVariable("WKR_ITEM_CATEGORIES");
        if (string.IsNullOrEmpty(path))
        {
            Check(false, "WKR_ITEM_CATEGORIES is not set");
            return;
        }
        var library = new List<string>();
        foreach (string line in File.ReadAllLines(path)) library.Add(line.Split('\t')[0]);
        var values = (ItemCategory[])Enum.GetValues(typeof(ItemCategory));
        Equal(library.Count, values.Length, "ItemCategory has the library's categories");
        foreach (ItemCategory category in values)
        {
            string name = ItemCategories.Name(category);
            Check(name != null && library.Contains(name), "the library has " + category);
            var pascal = new StringBuilder();
            foreach (string part in (name ?? "").Split('_'))
            {
                if (part.Length > 0) pascal.Append(char.ToUpperInvariant(part[0])).Append(part.Substring(1));
            }
            Equal(pascal.ToString(), category.ToString(), "the member of " + name);
        }
    }

    private static string Text(decimal value)
    {
        return value.ToString(CultureInfo.InvariantCulture);
    }

    private static string Text(decimal? value)
    {
        return value == null ? null : Text(value.Value);
    }

    /// <summary>The _init functions of the allowance structs agree with what the binding sets:
    /// struct_size, and zero everywhere else.</summary>
    private static void AllowanceInits()
    {
        InitAgrees<wkr_home_working_days_input>((out wkr_home_working_days_input x, UIntPtr n) => Methods.wkr_home_working_days_input_init(out x, n));
        InitAgrees<wkr_home_working_fixed_input>((out wkr_home_working_fixed_input x, UIntPtr n) => Methods.wkr_home_working_fixed_input_init(out x, n));
        InitAgrees<wkr_home_working_result>((out wkr_home_working_result x, UIntPtr n) => Methods.wkr_home_working_result_init(out x, n));
        InitAgrees<wkr_commute_days_input>((out wkr_commute_days_input x, UIntPtr n) => Methods.wkr_commute_days_input_init(out x, n));
        InitAgrees<wkr_travel_km_input>((out wkr_travel_km_input x, UIntPtr n) => Methods.wkr_travel_km_input_init(out x, n));
        InitAgrees<wkr_travel_result>((out wkr_travel_result x, UIntPtr n) => Methods.wkr_travel_result_init(out x, n));
        InitAgrees<wkr_absence>((out wkr_absence x, UIntPtr n) => Methods.wkr_absence_init(out x, n));
        InitAgrees<wkr_fixed_commute_input>((out wkr_fixed_commute_input x, UIntPtr n) => Methods.wkr_fixed_commute_input_init(out x, n));
        InitAgrees<wkr_fixed_commute_result>((out wkr_fixed_commute_result x, UIntPtr n) => Methods.wkr_fixed_commute_result_init(out x, n));
        InitAgrees<wkr_item>((out wkr_item x, UIntPtr n) => Methods.wkr_item_init(out x, n));
        InitAgrees<wkr_item_result>((out wkr_item_result x, UIntPtr n) => Methods.wkr_item_result_init(out x, n));
        InitAgrees<wkr_employee_totals>((out wkr_employee_totals x, UIntPtr n) => Methods.wkr_employee_totals_init(out x, n));
        InitAgrees<wkr_evaluation_input>((out wkr_evaluation_input x, UIntPtr n) => Methods.wkr_evaluation_input_init(out x, n));
        InitAgrees<wkr_evaluation_result>((out wkr_evaluation_result x, UIntPtr n) => Methods.wkr_evaluation_result_init(out x, n));
        InitAgrees<wkr_group_scheme_input>((out wkr_group_scheme_input x, UIntPtr n) => Methods.wkr_group_scheme_input_init(out x, n));
        InitAgrees<wkr_group_scheme_settlement>((out wkr_group_scheme_settlement x, UIntPtr n) => Methods.wkr_group_scheme_settlement_init(out x, n));
        InitAgrees<wkr_group_member_result>((out wkr_group_member_result x, UIntPtr n) => Methods.wkr_group_member_result_init(out x, n));
        InitAgrees<wkr_wage_bill_input>((out wkr_wage_bill_input x, UIntPtr n) => Methods.wkr_wage_bill_input_init(out x, n));
        InitAgrees<wkr_employee_wage>((out wkr_employee_wage x, UIntPtr n) => Methods.wkr_employee_wage_init(out x, n));
        wkr_payroll_member payroll; // its INIT makes a member of the whole year
        Equal(0, Methods.wkr_payroll_member_init(out payroll, Methods.Stride<wkr_payroll_member>()), "wkr_payroll_member_init");
        Check(payroll.whole_year == 1 && payroll.employee_count == 0 && payroll.struct_size == Methods.SizeOf<wkr_payroll_member>(),
              "wkr_payroll_member_init: the whole year");
        InitAgrees<wkr_wage_bill_result>((out wkr_wage_bill_result x, UIntPtr n) => Methods.wkr_wage_bill_result_init(out x, n));
        InitAgrees<wkr_group_wage_bill_result>((out wkr_group_wage_bill_result x, UIntPtr n) => Methods.wkr_group_wage_bill_result_init(out x, n));
        InitAgrees<wkr_ledger_input>((out wkr_ledger_input x, UIntPtr n) => Methods.wkr_ledger_input_init(out x, n));
        InitAgrees<wkr_ledger_period>((out wkr_ledger_period x, UIntPtr n) => Methods.wkr_ledger_period_init(out x, n));
        InitAgrees<wkr_ledger_row>((out wkr_ledger_row x, UIntPtr n) => Methods.wkr_ledger_row_init(out x, n));
        InitAgrees<wkr_ledger_year_end>((out wkr_ledger_year_end x, UIntPtr n) => Methods.wkr_ledger_year_end_init(out x, n));
    }

    private delegate int Init<T>(out T value, UIntPtr size);

    private static void InitAgrees<T>(Init<T> init) where T : struct
    {
        T value;
        Equal(0, init(out value, new UIntPtr(Methods.SizeOf<T>())), typeof(T).Name + "_init");
        object expected = new T();
        typeof(T).GetField("struct_size").SetValue(expected, Methods.SizeOf<T>());
        Check(expected.Equals(value), typeof(T).Name + "_init gives struct_size and zeros");
    }

    // ---- the golden allowance cases through the typed calls ---------------------------------------------

    private static readonly string[] HomeDaysKeys = { "command", "year", "days", "paid", "excess" };
    private static readonly string[] HomeFixedKeys =
        { "command", "year", "fixed", "home_days_per_week", "paid", "excess", "from_month", "to_month", "round_days" };
    private static readonly string[] CommuteDaysKeys = { "command", "year", "km_one_way", "days", "paid", "excess" };
    private static readonly string[] CommuteFixedKeys =
    {
        "command", "year", "fixed", "km_one_way", "office_days_per_week", "work_days_per_week", "from_month", "to_month",
        "round_days", "paid", "excess", "travel_days", "travel_weeks", "actual_km", "long_absence",
        "absence_new_cause_each_year", "corona_approval",
    };

    private static int typedAllowanceCases;

    private static decimal Dec(string text)
    {
        return decimal.Parse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    private static string Money2(decimal value)
    {
        // as the JSON response writes money: at least two decimals
        string text = Text(value);
        int dot = text.IndexOf('.');
        if (dot < 0) return text + ".00";
        return text.Length - dot - 1 < 2 ? text + new string('0', 2 - (text.Length - dot - 1)) : text;
    }

    private static void AddSplit(Dictionary<string, string> fields, AllowanceSplit s)
    {
        if (s.Paid == null) return;
        fields["paid"] = Text(s.Paid);
        fields["exempt"] = Text(s.Exempt);
        fields["excess"] = Text(s.ExcessAmount);
        fields["designated"] = Text(s.Designated);
        fields["wage"] = Text(s.Wage);
        fields["excess_treatment"] = s.ExcessTreatment == Excess.Wage ? "wage" : "designate";
    }

    private static void GoldenTypedAllowance(GoldenCase c, Context context)
    {
        string command = JsonText.Find(c.Request, "command");
        if (command != "home-working" && command != "commute") return;
        bool isFixed = JsonText.Find(c.Request, "fixed") == "true";
        string[] allowed = command == "home-working" ? (isFixed ? HomeFixedKeys : HomeDaysKeys)
                                                     : (isFixed ? CommuteFixedKeys : CommuteDaysKeys);
        foreach (string key in JsonText.Keys(c.Request))
        {
            if (Array.IndexOf(allowed, key) < 0) return;
        }
        Func<string, string> get = key => JsonText.Find(c.Request, key);
        // The typed calls take whole days: a case with a fraction of a day does not map onto them.
        if (get("days") != null && !int.TryParse(get("days"), NumberStyles.None, CultureInfo.InvariantCulture, out _)) return;
        int year = int.Parse(get("year"), CultureInfo.InvariantCulture);
        decimal? paid = get("paid") != null ? Dec(get("paid")) : (decimal?)null;
        Excess excess = get("excess") == "wage" ? Excess.Wage : get("excess") == "designate" ? Excess.Designate : Excess.Default;
        DayRounding rounding = get("round_days") == "up" ? DayRounding.Up : DayRounding.Exact;
        Func<string, int> integer = key => get(key) != null ? int.Parse(get(key), CultureInfo.InvariantCulture) : 0;
        Func<Dictionary<string, string>> call;
        if (command == "home-working")
        {
            call = () =>
            {
                HomeWorkingResult h = isFixed
                    ? context.HomeWorkingFixed(year, integer("home_days_per_week"), paid, integer("from_month"),
                                               integer("to_month"), rounding, excess)
                    : context.HomeWorkingPerDay(year, integer("days"), paid, excess);
                var f = new Dictionary<string, string>
                {
                    { "year", h.Year.ToString(CultureInfo.InvariantCulture) },
                    { "fixed", h.Fixed ? "true" : "false" },
                    { "exemption_in_force", h.ExemptionInForce ? "true" : "false" },
                    { "days", Text(h.Days) },
                    { "daily_amount", Money2(h.DailyAmount) },
                    { "cap", Text(h.Cap) },
                };
                if (h.MonthlyCap != null) f["monthly_cap"] = Text(h.MonthlyCap);
                AddSplit(f, h);
                return f;
            };
        }
        else if (!isFixed)
        {
            call = () =>
            {
                TravelResult t = context.CommutePerDay(year, Dec(get("km_one_way")), integer("days"), paid, excess);
                var f = new Dictionary<string, string>
                {
                    { "year", t.Year.ToString(CultureInfo.InvariantCulture) },
                    { "purpose", t.Purpose == TravelPurpose.Commuting ? "commuting" : "business_trip" },
                    { "km_one_way", Text(t.KmOneWay) },
                    { "days", Text(t.Days) },
                    { "km", Text(t.Km) },
                    { "rate", Money2(t.Rate) },
                    { "cap", Text(t.Cap) },
                };
                AddSplit(f, t);
                return f;
            };
        }
        else
        {
            var request = new FixedCommuteRequest
            {
                Year = year,
                KmOneWay = Dec(get("km_one_way")),
                OfficeDaysPerWeek = integer("office_days_per_week"),
                WorkDaysPerWeek = integer("work_days_per_week"),
                FromMonth = integer("from_month"),
                ToMonth = integer("to_month"),
                DayRounding = rounding,
                Paid = paid,
                TravelDays = get("travel_days") != null ? Dec(get("travel_days")) : (decimal?)null,
                TravelWeeks = get("travel_weeks") != null ? Dec(get("travel_weeks")) : (decimal?)null,
                ActualKm = get("actual_km") != null ? Dec(get("actual_km")) : (decimal?)null,
                AbsenceNewCauseEachYear = get("absence_new_cause_each_year") == "true",
                CoronaApproval = get("corona_approval") == "true",
                Excess = excess,
            };
            int absences = JsonText.ArraySize(c.Request, "long_absence");
            for (int i = 0; i < absences; ++i)
            {
                string[] span = get("long_absence/" + i).Split(':');
                DateTime start = DateTime.ParseExact(span[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                DateTime? back = span[1].Length > 0
                    ? DateTime.ParseExact(span[1], "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateTime?)null;
                request.LongAbsences.Add(new Absence(start, back));
            }
            call = () =>
            {
                FixedCommuteResult r = context.FixedCommute(request);
                var f = new Dictionary<string, string> {
                    { "year", r.Year.ToString(CultureInfo.InvariantCulture) },
                    { "fixed", "true" },
                    { "regime", r.PatternBased ? "travel_pattern" : "working_week" },
                    { "km_one_way", Text(r.KmOneWay) },
                    { "days_per_week", r.DaysPerWeek.ToString(CultureInfo.InvariantCulture) },
                    { "days", Text(r.Days) },
                    { "minimum_days", Text(r.MinimumDays) },
                    { "minimum_weeks", Text(r.MinimumWeeks) },
                    { "months", r.Months.ToString(CultureInfo.InvariantCulture) },
                    { "rate", Money2(r.Rate) },
                    { "cap", Text(r.Cap) },
                    { "cap_before_absence", Text(r.CapBeforeAbsence) },
                    { "monthly_cap", Text(r.MonthlyCap) },
                    { "qualifies", r.Qualifies ? "true" : "false" },
                    { "recalculation_required", r.RecalculationRequired ? "true" : "false" },
                    { "#stopped_months", r.StoppedMonths.Length.ToString(CultureInfo.InvariantCulture) },
                };
                // the typed result counts the warnings whose keys the case lists
                f["#warnings"] = r.WarningCount.ToString(CultureInfo.InvariantCulture);
                for (int i = 0; i < r.StoppedMonths.Length; ++i)
                    f["stopped_months/" + i] = r.StoppedMonths[i].ToString(CultureInfo.InvariantCulture);
                if (r.ActualCap != null) f["actual_cap"] = Text(r.ActualCap);
                AddSplit(f, r);
                return f;
            };
        }
        ++typedAllowanceCases;
        string what = c.Id + " (typed allowance)";
        if (c.ErrorMessage != null)
        {
            Throws<WkrException>(() => call(), what, e => e.Detail.Contains(c.ErrorMessage));
            return;
        }
        Dictionary<string, string> actual;
        try
        {
            actual = call();
        }
        catch (WkrException e)
        {
            Check(false, what + ": " + e.Message);
            return;
        }
        int compared = 0;
        foreach (string[] e in c.Expect)
        {
            string value;
            if (!actual.TryGetValue(e[1], out value)) continue;
            ++compared;
            Equal(e[2], value, what + " " + e[1]);
        }
        foreach (string[] e in c.ExpectSize)
        {
            string value;
            if (!actual.TryGetValue("#" + e[1], out value)) continue;
            ++compared;
            Equal(e[2], value, what + " size of " + e[1]);
        }
        string count;
        if (actual.TryGetValue("#warnings", out count))
        {
            int expected = c.Warnings.Length == 0 ? 0 : c.Warnings.Split(',').Length;
            Equal(expected.ToString(CultureInfo.InvariantCulture), count, what + " warning_count");
        }
        Check(compared > 0, what + ": no expected value is in the typed result");
    }

    // ---- the golden cases -------------------------------------------------------------------------

    private sealed class GoldenCase
    {
        public string Id;
        public string Data = "";
        public string Request;
        public bool CliOnly;
        public string ErrorMessage;
        public readonly List<string[]> Expect = new List<string[]>();
        public readonly List<string[]> ExpectSize = new List<string[]>();
        public string[] Typed;
        public string Function;
        public readonly List<string[]> TypedExpect = new List<string[]>();
        public string Warnings = ""; // the keys of the expected warnings, comma-separated; "" none
    }

    private static void Golden(string path)
    {
        var contexts = new Dictionary<string, Context>();
        GoldenCase c = null;
        int cases = 0;
        int skipped = 0;
        foreach (string line in File.ReadAllLines(path, Encoding.UTF8))
        {
            string[] parts = line.Split('\t');
            switch (parts[0])
            {
                case "case": c = new GoldenCase { Id = parts[1] }; break;
                case "data": c.Data = parts[1]; break;
                case "request": c.Request = line.Substring("request\t".Length); break;
                case "cli_only": c.CliOnly = true; break;
                case "expect": c.Expect.Add(parts); break;
                case "expect_size": c.ExpectSize.Add(parts); break;
                case "error": c.ErrorMessage = parts[2]; break;
                case "warnings":
                    c.Warnings = parts[1];
                    break;
                case "typed": c.Typed = parts; c.Function = parts[1]; break;
                case "typed_expect": c.TypedExpect.Add(parts); break;
                case "end":
                    if (c.CliOnly)
                    {
                        ++skipped;
                        break;
                    }
                    ++cases;
                    Context context;
                    if (!contexts.TryGetValue(c.Data, out context))
                    {
                        context = c.Data.Length == 0 ? Context.Embedded() : Context.FromDirectory(c.Data);
                        contexts[c.Data] = context;
                    }
                    GoldenJson(c, context);
                    if (c.Typed != null) GoldenTyped(c, context);
                    GoldenTypedAllowance(c, context);
                    break;
                default:
                    Check(false, "golden.tsv: unknown line " + parts[0]);
                    break;
            }
        }
        foreach (Context context in contexts.Values) context.Dispose();
        Check(cases > 0, "golden cases found");
        Console.WriteLine("golden cases through the C# binding: " + cases + " run, " + skipped +
                          " skipped (command-line only), " + typedAllowanceCases + " allowance cases also typed");
        Check(typedAllowanceCases >= 60, "the allowance cases run through the typed calls");
    }

    private static void GoldenJson(GoldenCase c, Context context)
    {
        string what = c.Id + " (json)";
        if (c.ErrorMessage != null)
        {
            Throws<WkrException>(() => context.Evaluate(c.Request), what, e => e.Detail.Contains(c.ErrorMessage));
            return;
        }
        string response;
        try
        {
            response = context.Evaluate(c.Request);
        }
        catch (WkrException e)
        {
            Check(false, what + ": " + e.Message);
            return;
        }
        foreach (string[] e in c.Expect) Equal(e[2], JsonText.Find(response, e[1]), what + " " + e[1]);
        foreach (string[] e in c.ExpectSize) Equal(int.Parse(e[2]), JsonText.ArraySize(response, e[1]), what + " size of " + e[1]);
        var keys = new List<string>();
        for (int i = 0; i < Math.Max(0, JsonText.ArraySize(response, "warnings")); ++i)
            keys.Add(JsonText.Find(response, "warnings/" + i + "/key"));
        Equal(c.Warnings, string.Join(",", keys), what + " warnings");
    }

    private static void GoldenTyped(GoldenCase c, Context context)
    {
        // typed <function> <year> <rounding> <designated_cents> <wage bills in cents>
        string what = c.Id + " (" + c.Function + ")";
        int year = int.Parse(c.Typed[2]);
        var rounding = (Rounding)int.Parse(c.Typed[3]);
        decimal designated = Money.FromCents(long.Parse(c.Typed[4]));
        var members = new List<GroupMember>();
        foreach (string bill in c.Typed[5].Split(',')) members.Add(new GroupMember(Money.FromCents(long.Parse(bill))));
        Func<Dictionary<string, decimal>> call = () =>
        {
            var fields = new Dictionary<string, decimal>();
            if (c.Function.EndsWith("free_space"))
            {
                FreeSpaceResult r = c.Function == "free_space"
                    ? context.FreeSpaceResult(year, members[0].WageBill, rounding)
                    : context.GroupFreeSpace(year, members, rounding);
                fields["year"] = r.Year;
                fields["wage_bill_cents"] = r.WageBill * 100m;
                fields["free_space_cents"] = r.FreeSpace * 100m;
            }
            else
            {
                Settlement s = c.Function == "settle"
                    ? context.Settle(year, members[0].WageBill, designated, rounding)
                    : context.GroupSettle(year, members, designated, rounding);
                fields["year"] = s.Year;
                fields["wage_bill_cents"] = s.WageBill * 100m;
                fields["free_space_cents"] = s.FreeSpace * 100m;
                fields["designated_cents"] = s.Designated * 100m;
                fields["excess_cents"] = s.Excess * 100m;
                fields["final_levy_cents"] = s.FinalLevy * 100m;
                fields["final_levy_return_cents"] = s.FinalLevyReturn * 100m;
                fields["due_year"] = s.DueYear;
                fields["due_period"] = s.DuePeriod;
            }
            return fields;
        };
        if (c.ErrorMessage != null)
        {
            Throws<WkrException>(() => call(), what, e => e.Detail.Contains(c.ErrorMessage));
            return;
        }
        Dictionary<string, decimal> actual;
        try
        {
            actual = call();
        }
        catch (WkrException e)
        {
            Check(false, what + ": " + e.Message);
            return;
        }
        foreach (string[] e in c.TypedExpect)
        {
            decimal value;
            Check(actual.TryGetValue(e[1], out value) && value == decimal.Parse(e[2], CultureInfo.InvariantCulture),
                  what + " " + e[1] + ": expected " + e[2] + ", got " + (actual.ContainsKey(e[1]) ? actual[e[1]].ToString(CultureInfo.InvariantCulture) : "nothing"));
        }
    }
}

/// <summary>Just enough JSON reading for the tests: the text of the value at a path ("due/year"),
/// strings unescaped, other scalars as written.</summary>
internal static class JsonText
{
    public static string Find(string json, string path)
    {
        int at = Locate(json, path);
        if (at < 0) return null;
        return ScalarText(json, ref at);
    }

    /// <summary>The keys of the top-level object.</summary>
    public static List<string> Keys(string json)
    {
        var keys = new List<string>();
        int at = SkipWs(json, 0);
        if (json[at] != '{') return keys;
        at = SkipWs(json, at + 1);
        while (json[at] != '}')
        {
            keys.Add(ScalarText(json, ref at));
            at = SkipWs(json, SkipWs(json, at) + 1); // the ':'
            Skip(json, ref at);
            at = SkipWs(json, at);
            if (json[at] == ',') at = SkipWs(json, at + 1);
        }
        return keys;
    }

    public static int ArraySize(string json, string path)
    {
        int at = Locate(json, path);
        if (at < 0 || json[at] != '[') return -1;
        at = SkipWs(json, at + 1);
        if (json[at] == ']') return 0;
        int count = 0;
        while (true)
        {
            Skip(json, ref at);
            ++count;
            at = SkipWs(json, at);
            if (json[at] == ']') return count;
            at = SkipWs(json, at + 1);
        }
    }

    private static int Locate(string json, string path)
    {
        int at = SkipWs(json, 0);
        foreach (string key in path.Split('/'))
        {
            if (json[at] == '{')
            {
                at = SkipWs(json, at + 1);
                while (true)
                {
                    if (json[at] == '}') return -1;
                    string name = ScalarText(json, ref at);
                    at = SkipWs(json, SkipWs(json, at) + 1); // the ':'
                    if (name == key) break;
                    Skip(json, ref at);
                    at = SkipWs(json, at);
                    if (json[at] != ',') return -1;
                    at = SkipWs(json, at + 1);
                }
            }
            else if (json[at] == '[')
            {
                int index = int.Parse(key, CultureInfo.InvariantCulture);
                at = SkipWs(json, at + 1);
                for (; index > 0; --index)
                {
                    Skip(json, ref at);
                    at = SkipWs(json, at);
                    if (json[at] != ',') return -1;
                    at = SkipWs(json, at + 1);
                }
            }
            else
            {
                return -1;
            }
        }
        return at;
    }

    private static int SkipWs(string json, int at)
    {
        while (at < json.Length && char.IsWhiteSpace(json[at])) ++at;
        return at;
    }

    private static void Skip(string json, ref int at)
    {
        at = SkipWs(json, at);
        char c = json[at];
        if (c == '{' || c == '[')
        {
            int depth = 0;
            bool inString = false;
            for (; at < json.Length; ++at)
            {
                char d = json[at];
                if (inString)
                {
                    if (d == '\\') ++at;
                    else if (d == '"') inString = false;
                }
                else if (d == '"') inString = true;
                else if (d == '{' || d == '[') ++depth;
                else if ((d == '}' || d == ']') && --depth == 0)
                {
                    ++at;
                    return;
                }
            }
            return;
        }
        ScalarText(json, ref at);
    }

    private static string ScalarText(string json, ref int at)
    {
        at = SkipWs(json, at);
        var text = new StringBuilder();
        if (json[at] == '"')
        {
            for (++at; json[at] != '"'; ++at)
            {
                char c = json[at];
                if (c != '\\')
                {
                    text.Append(c);
                    continue;
                }
                c = json[++at];
                switch (c)
                {
                    case 'n': text.Append('\n'); break;
                    case 't': text.Append('\t'); break;
                    case 'r': text.Append('\r'); break;
                    case 'b': text.Append('\b'); break;
                    case 'f': text.Append('\f'); break;
                    case 'u':
                        text.Append((char)int.Parse(json.Substring(at + 1, 4), NumberStyles.HexNumber));
                        at += 4;
                        break;
                    default: text.Append(c); break;
                }
            }
            ++at;
            return text.ToString();
        }
        while (at < json.Length && ",}] \n\r\t".IndexOf(json[at]) < 0) text.Append(json[at++]);
        return text.ToString();
    }
}
