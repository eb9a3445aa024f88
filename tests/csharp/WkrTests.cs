// Tests of the C# binding (bindings/csharp/Wkr.cs) over libwkr, run with Mono by ctest
// (tests/csharp/CMakeLists.txt): the contract of issue 4, decimals in and out, exceptions, the
// SafeHandle contexts, batches, JSON, threads, the struct layouts against the C compiler's
// (layout.txt), and every golden case (golden.tsv) through the JSON entry point and the typed calls.
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
        Run("contexts", Contexts);
        Run("groups", Groups);
        Run("batches", Batches);
        Run("json", Json);
        Run("threads", Threads);
        Run("layout", () => Layout(args[1]));
        Run("golden", () => Golden(args[0]));
        Console.WriteLine(passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
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

    private static void Errors()
    {
        Throws<WkrException>(() => Calculator.FreeSpace(2014, 400000m), "2014 is not covered",
            e => e.Status == Status.NotCovered && e.Code == -5 && e.StatusName == "WKR_E_NOT_COVERED" &&
                 e.Detail.Contains("2014") && e.Message.StartsWith("WKR_E_NOT_COVERED: "));
        Throws<WkrException>(() => Calculator.Settle(2026, 400000m, -5m), "negative designated",
            e => e.Status == Status.InvalidArgument && e.Detail.Contains("negative"));
        Throws<WkrException>(() => Calculator.Parameter("free_space.rates", 2025), "brackets are not a number",
            e => e.Status == Status.Data);
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
                    break;
                default:
                    Check(false, "golden.tsv: unknown line " + parts[0]);
                    break;
            }
        }
        foreach (Context context in contexts.Values) context.Dispose();
        Check(cases > 0, "golden cases found");
        Console.WriteLine("golden cases through the C# binding: " + cases + " run, " + skipped + " skipped (command-line only)");
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
