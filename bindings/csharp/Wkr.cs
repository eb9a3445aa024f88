// Wkr.cs — the C# binding of libwkr: exact calculations for the Dutch werkkostenregeling (WKR).
//
// P/Invoke over the stable C interface (wkr.h); no other dependency. Builds with Mono's mcs
// (mcs -target:library -out:Wkr.dll Wkr.cs Abi.cs) and with modern .NET (Wkr.csproj). Abi.cs holds
// the structs, the function declarations and the item categories, generated from capi/abi.py,
// wkr.h and the library's item table by capi/generate_abi.py; this file is the binding on top.
// Amounts are decimal in and out; a failure is a WkrException with the library's status and
// message; contexts are SafeHandles, so the tables are released exactly once even when Dispose is
// forgotten.
//
// Finding libwkr.so.1: the DllImport name is "wkr".
//   - Mono maps it to the SONAME libwkr.so.1 through Wkr.dll.config (dllmap), which the system
//     loader finds through LD_LIBRARY_PATH or ld.so.cache.
//   - .NET (Core) resolves it through NativeLibrary.SetDllImportResolver below, trying the SONAME.
//   - On both, the environment variable WKR_LIBRARY (a path) takes precedence: the library is
//     loaded from there before the first call.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Wkr.Native
{
    /// <summary>The P/Invoke declarations of wkr.h are generated into Abi.cs (with the structs);
    /// these are the binding's own members.</summary>
    public static partial class Methods
    {
        public const string Library = "wkr";
        public const int AbiVersion = 1;

        /// <summary>sizeof a struct, as its struct_size field wants it.</summary>
        public static uint SizeOf<T>() where T : struct
        {
            return (uint)Marshal.SizeOf(typeof(T));
        }

        /// <summary>sizeof a struct as a stride or a count of the C interface.</summary>
        public static UIntPtr Stride<T>() where T : struct
        {
            return new UIntPtr(SizeOf<T>());
        }

        /// <summary>`count` structs with their struct_size set, as the WKR_*_INIT macros of the result
        /// structs make them.</summary>
        public static T[] Sized<T>(int count) where T : struct
        {
            object first = new T();
            typeof(T).GetField("struct_size").SetValue(first, SizeOf<T>());
            var array = new T[count];
            for (int i = 0; i < count; ++i) array[i] = (T)first;
            return array;
        }
    }

    /// <summary>Loads libwkr from WKR_LIBRARY (when set) before the first call, and on .NET (Core)
    /// resolves "wkr" to the SONAME.</summary>
    internal static class Loader
    {
        private static readonly object Gate = new object();
        private static bool done;

        [DllImport("libdl.so.2", EntryPoint = "dlopen")]
        private static extern IntPtr DlOpen(string path, int mode);

        [DllImport("libdl.so.2", EntryPoint = "dlerror")]
        private static extern IntPtr DlError();

        internal static void Ensure()
        {
            lock (Gate)
            {
                if (done) return;
                string path = Environment.GetEnvironmentVariable("WKR_LIBRARY");
#if NETCOREAPP3_0_OR_GREATER
                NativeLibrary.SetDllImportResolver(typeof(Loader).Assembly, (name, assembly, search) =>
                {
                    if (name != Methods.Library) return IntPtr.Zero;
                    IntPtr loaded;
                    if (!string.IsNullOrEmpty(path)) return NativeLibrary.Load(path);
                    if (NativeLibrary.TryLoad("libwkr.so." + Methods.AbiVersion, assembly, search, out loaded)) return loaded;
                    return IntPtr.Zero;
                });
#else
                if (!string.IsNullOrEmpty(path) && Environment.OSVersion.Platform == PlatformID.Unix)
                {
                    // Mono: load the file by path; the dllmap's dlopen("libwkr.so.1") then finds the
                    // object already loaded under that SONAME.
                    const int RTLD_NOW_GLOBAL = 0x002 | 0x100;
                    if (DlOpen(path, RTLD_NOW_GLOBAL) == IntPtr.Zero)
                    {
                        throw new DllNotFoundException("WKR_LIBRARY=" + path + ": " + Utf8.FromPointer(DlError()));
                    }
                }
#endif
                CheckAbi();
                done = true;
            }
        }

        // The first call into libwkr: where it fails because the library is not found, say what to set.
        private static void CheckAbi()
        {
            int abi;
            try
            {
                abi = LoadedAbiVersion();
            }
            catch (DllNotFoundException e)
            {
                string message = "libwkr.so." + Methods.AbiVersion + " (the native library of the Wkr binding) " +
                                 "was not found. Install it where the system loader finds it (ldconfig), add its " +
                                 "directory to LD_LIBRARY_PATH, set WKR_LIBRARY to its path, or (Mono) map \"wkr\" " +
                                 "to its path in Wkr.dll.config next to Wkr.dll. (" + e.Message + ")";
                throw new DllNotFoundException(message, e);
            }
            if (abi != Methods.AbiVersion)
            {
                throw new DllNotFoundException("libwkr has ABI version " + abi + "; this binding needs " +
                                               Methods.AbiVersion);
            }
        }

        // Mono binds a P/Invoke when it compiles the method that calls it, and remembers a failure.
        // So no method that runs before the WKR_LIBRARY preload may contain a call into libwkr: the
        // calls sit in methods of their own (NoInlining), compiled at their first call, after Ensure().
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int LoadedAbiVersion()
        {
            return Methods.wkr_abi_version();
        }
    }

    internal static class Utf8
    {
        internal static byte[] Bytes(string text)
        {
            if (text == null) throw new ArgumentNullException("text");
            return Encoding.UTF8.GetBytes(text);
        }

        /// <summary>A NUL-terminated UTF-8 string the library owns, copied.</summary>
        internal static string FromPointer(IntPtr pointer)
        {
            if (pointer == IntPtr.Zero) return null;
            int length = 0;
            while (Marshal.ReadByte(pointer, length) != 0) ++length;
            return FromPointer(pointer, length);
        }

        internal static string FromPointer(IntPtr pointer, int length)
        {
            var bytes = new byte[length];
            Marshal.Copy(pointer, bytes, 0, length);
            return Encoding.UTF8.GetString(bytes);
        }

        internal static string FromBuffer(byte[] buffer)
        {
            int length = Array.IndexOf(buffer, (byte)0);
            return Encoding.UTF8.GetString(buffer, 0, length < 0 ? buffer.Length : length);
        }
    }
}

namespace Wkr
{
    using Wkr.Native;

    /// <summary>The status codes of wkr.h (stable numbering).</summary>
    public enum Status
    {
        Ok = Codes.OK,
        InvalidArgument = Codes.E_INVALID_ARGUMENT,
        Parse = Codes.E_PARSE,
        Overflow = Codes.E_OVERFLOW,
        Data = Codes.E_DATA,
        NotCovered = Codes.E_NOT_COVERED,
        IO = Codes.E_IO,
        DivisionByZero = Codes.E_DIVISION_BY_ZERO,
        NoMemory = Codes.E_NOMEM,
        Internal = Codes.E_INTERNAL,
        Range = Codes.E_RANGE,
        BufferTooSmall = Codes.E_BUFFER_TOO_SMALL,
        Unsupported = Codes.E_UNSUPPORTED,
        RowsFailed = Codes.E_ROWS_FAILED,
    }

    /// <summary>How the free space is brought to cents. Tables (the default): the parameter tables'
    /// rule, down to the cent.</summary>
    public enum Rounding
    {
        Tables = Codes.ROUNDING_TABLES,
        HalfUp = Codes.ROUNDING_HALF_UP,
        HalfEven = Codes.ROUNDING_HALF_EVEN,
        Floor = Codes.ROUNDING_FLOOR,
        Ceiling = Codes.ROUNDING_CEILING,
        TowardZero = Codes.ROUNDING_TOWARD_ZERO,
    }

    /// <summary>A failure reported by libwkr: its status code and its message.</summary>
    public class WkrException : Exception
    {
        public WkrException(int code, string message) : this(code, message, message)
        {
        }

        /// <summary>An error with its message in English and in Dutch.</summary>
        public WkrException(int code, string message, string messageNl) : base(Names.Of(code) + ": " + message)
        {
            Code = code;
            Status = (Status)code;
            StatusName = Names.Of(code);
            Detail = message;
            DetailNl = messageNl;
        }

        /// <summary>The status (a code this binding does not know keeps its number).</summary>
        public Status Status { get; private set; }
        public int Code { get; private set; }
        /// <summary>"WKR_E_NOT_COVERED".</summary>
        public string StatusName { get; private set; }
        /// <summary>The library's message: what was wrong and what would be right (English).</summary>
        public string Detail { get; private set; }
        /// <summary>The same in Dutch, as the wkr command says it with --lang nl; the English where
        /// the library has no Dutch for it (the C layer's own messages, a batch's summary).</summary>
        public string DetailNl { get; private set; }

        /// <summary>The message in "nl" or "en".</summary>
        public string DetailIn(string language)
        {
            if (language == "nl")
                return DetailNl;
            if (language == "en")
                return Detail;
            throw new ArgumentException("language is \"nl\" or \"en\", not \"" + language + "\"", "language");
        }
    }

    /// <summary>Some rows of a batch failed: Results holds one entry per row (null for a failed
    /// row), Errors the exception of each failed row by its index.</summary>
    public class BatchException<T> : WkrException where T : class
    {
        public BatchException(string message, T[] results, IDictionary<int, WkrException> errors)
            : base((int)Status.RowsFailed, message)
        {
            Results = results;
            Errors = errors;
        }

        public T[] Results { get; private set; }
        public IDictionary<int, WkrException> Errors { get; private set; }
    }

    /// <summary>A string as a JSON string literal (for the requests the binding builds).</summary>
    internal static class RequestJson
    {
        public static string Quote(string text)
        {
            var out_ = new StringBuilder("\"");
            foreach (char c in text)
            {
                if (c == '"' || c == '\\')
                    out_.Append('\\').Append(c);
                else if (c < ' ')
                    out_.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                else
                    out_.Append(c);
            }
            return out_.Append('"').ToString();
        }
    }

    internal static class Names
    {
        internal static string Of(int code)
        {
            return Utf8.FromPointer(Methods.wkr_status_name(code));
        }
    }

    internal static class Check
    {
        /// <summary>This thread's last error message, in English or (Codes.LANG_NL) in Dutch.</summary>
        internal static string LastMessage(int language = Codes.LANG_EN)
        {
            UIntPtr needed;
            Methods.wkr_last_error_copy_in(language, null, UIntPtr.Zero, out needed);
            var buffer = new byte[(int)needed.ToUInt32()];
            Methods.wkr_last_error_copy_in(language, buffer, new UIntPtr((uint)buffer.Length), out needed);
            return Utf8.FromBuffer(buffer);
        }

        /// <summary>Throws for a status other than WKR_OK, with this thread's message in both
        /// languages.</summary>
        internal static void Status(int status)
        {
            if (status != 0)
                throw new WkrException(status, LastMessage(), LastMessage(Codes.LANG_NL));
        }
    }

    /// <summary>The exact conversions between decimal and the C interface: int64 cents and
    /// wkr_decimal. Never through a double.</summary>
    public static class Money
    {
        /// <summary>An amount as whole cents; ArgumentException for a fraction of a cent,
        /// OverflowException beyond int64 cents.</summary>
        public static long ToCents(decimal amount, string what)
        {
            decimal scaled;
            try
            {
                scaled = amount * 100m;
            }
            catch (OverflowException)
            {
                throw new OverflowException(what + " is " + amount + ": beyond the range of int64 cents");
            }
            if (scaled != decimal.Truncate(scaled))
            {
                throw new ArgumentException(what + " is " + amount.ToString(CultureInfo.InvariantCulture) +
                                            ": libwkr takes whole cents (at most two decimals)", what);
            }
            if (scaled < long.MinValue || scaled > long.MaxValue)
            {
                throw new OverflowException(what + " is " + amount + ": beyond the range of int64 cents");
            }
            return decimal.ToInt64(scaled);
        }

        /// <summary>Cents as a decimal with two decimals: 2216000 → 22160.00m.</summary>
        public static decimal FromCents(long cents)
        {
            bool negative = cents < 0;
            ulong magnitude = negative ? (ulong)(-(cents + 1)) + 1UL : (ulong)cents;
            return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, negative, 2);
        }

        /// <summary>decimal → wkr_decimal, exactly (a decimal always fits: 96 bits, 0–28 decimals).</summary>
        public static wkr_decimal ToNative(decimal value)
        {
            int[] bits = decimal.GetBits(value);
            ulong lo = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
            ulong hi = (uint)bits[2];
            bool negative = bits[3] < 0;
            int scale = (bits[3] >> 16) & 0xFF;
            if (negative)
            {
                lo = ~lo + 1UL;
                hi = ~hi + (lo == 0 ? 1UL : 0UL);
            }
            var result = new wkr_decimal();
            result.lo = lo;
            result.hi = unchecked((long)hi);
            result.scale = scale;
            return result;
        }

        /// <summary>wkr_decimal → decimal; OverflowException when the value needs more than
        /// decimal's 96 bits or 28 decimals (format it with wkr_decimal_format instead).</summary>
        public static decimal FromNative(wkr_decimal value)
        {
            bool negative = value.hi < 0;
            ulong lo = value.lo;
            ulong hi = unchecked((ulong)value.hi);
            if (negative)
            {
                lo = ~lo + 1UL;
                hi = ~hi + (lo == 0 ? 1UL : 0UL);
            }
            if ((hi >> 32) != 0 || value.scale < 0 || value.scale > 28)
            {
                throw new OverflowException("the exact value does not fit System.Decimal (96 bits, 28 decimals)");
            }
            return new decimal((int)(uint)lo, (int)(uint)(lo >> 32), (int)(uint)hi, negative, (byte)value.scale);
        }

        /// <summary>Parses a plain decimal with libwkr (wkr_decimal_parse).</summary>
        public static wkr_decimal Parse(string text)
        {
            Loader.Ensure();
            return ParseLoaded(text);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static wkr_decimal ParseLoaded(string text)
        {
            byte[] bytes = Utf8.Bytes(text);
            wkr_decimal value;
            Check.Status(Methods.wkr_decimal_parse(bytes, new UIntPtr((uint)bytes.Length), out value));
            return value;
        }

        /// <summary>Formats a wkr_decimal with libwkr (wkr_decimal_format): all its decimals.</summary>
        public static string Format(wkr_decimal value)
        {
            Loader.Ensure();
            return FormatLoaded(value);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static string FormatLoaded(wkr_decimal value)
        {
            var buffer = new byte[48];
            UIntPtr needed;
            Check.Status(Methods.wkr_decimal_format(ref value, buffer, new UIntPtr((uint)buffer.Length), out needed));
            return Utf8.FromBuffer(buffer);
        }
    }

    /// <summary>The handle of a wkr_context: released once, by wkr_context_free.</summary>
    public sealed class ContextHandle : SafeHandle
    {
        public ContextHandle() : base(IntPtr.Zero, true) { }

        public override bool IsInvalid
        {
            get { return handle == IntPtr.Zero; }
        }

        protected override bool ReleaseHandle()
        {
            Methods.wkr_context_free(handle);
            return true;
        }
    }

    /// <summary>A member of a group scheme: its wage bill and whether it was in the group all year; for
    /// GroupSchemeSettle also its own designated amount, its weight in the group's own key and a name
    /// (null: "member N", N its place counted from 1). GroupFreeSpace and GroupSettle take the wage bill
    /// and WholeYear only.</summary>
    public struct GroupMember
    {
        public GroupMember(decimal wageBill, bool wholeYear = true, decimal? designated = null,
                           decimal? allocationWeight = null, string name = null)
            : this()
        {
            WageBill = wageBill;
            WholeYear = wholeYear;
            Designated = designated;
            AllocationWeight = allocationWeight;
            Name = name;
        }

        public decimal WageBill { get; set; }
        public bool WholeYear { get; set; }
        public decimal? Designated { get; set; }
        public decimal? AllocationWeight { get; set; }
        public string Name { get; set; }
    }

    /// <summary>A free space (vrije ruimte).</summary>
    public sealed class FreeSpaceResult
    {
        public int Year { get; internal set; }
        /// <summary>The (group's total) wage bill the rates applied to.</summary>
        public decimal WageBill { get; internal set; }
        public decimal FreeSpace { get; internal set; }

        internal static FreeSpaceResult From(wkr_free_space_result r)
        {
            return new FreeSpaceResult
            {
                Year = r.year,
                WageBill = Money.FromCents(r.wage_bill_cents),
                FreeSpace = Money.FromCents(r.free_space_cents),
            };
        }
    }

    /// <summary>A year-end settlement; amounts with two decimals. FinalLevyReturn is the levy as
    /// declared (whole euros); DueYear/DuePeriod the return it is due in at the latest.</summary>
    /// <summary>The settlements of Context.SettleColumns, one element per row: amounts in cents
    /// (FinalLevyReturnCents whole euros, as declared), DuePeriod the period of the return in the
    /// year after the row's year, Status 0 for a row computed or its WKR_E_* code (its amounts 0).</summary>
    public sealed class SettlementColumns
    {
        public long[] FreeSpaceCents { get; internal set; }
        public long[] ExcessCents { get; internal set; }
        public long[] FinalLevyCents { get; internal set; }
        public long[] FinalLevyReturnCents { get; internal set; }
        public int[] DuePeriod { get; internal set; }
        public int[] Status { get; internal set; }
    }

    /// <summary>Some rows of a columnar call failed: Columns holds every column as the call made it
    /// (a SettlementColumns, or the long[] free space of FreeSpaceColumns), Statuses each row's code;
    /// the message counts the failed rows and says what was wrong with the first.</summary>
    public class ColumnsException : WkrException
    {
        public ColumnsException(string message, string messageNl, object columns, int[] statuses)
            : base((int)Wkr.Status.RowsFailed, message, messageNl)
        {
            Columns = columns;
            Statuses = statuses;
        }

        public object Columns { get; private set; }
        public int[] Statuses { get; private set; }
    }

    public sealed class Settlement
    {
        public int Year { get; internal set; }
        public decimal WageBill { get; internal set; }
        public decimal FreeSpace { get; internal set; }
        public decimal Designated { get; internal set; }
        public decimal Excess { get; internal set; }
        public decimal FinalLevy { get; internal set; }
        public decimal FinalLevyReturn { get; internal set; }
        public int DueYear { get; internal set; }
        public int DuePeriod { get; internal set; }

        internal static Settlement From(wkr_settlement r)
        {
            return Of(r.year, r.wage_bill_cents, r.free_space_cents, r.designated_cents, r.excess_cents,
                      r.final_levy_cents, r.final_levy_return_cents, r.due_year, r.due_period);
        }

        /// <summary>A settlement from the fields every settlement struct of wkr.h has.</summary>
        internal static Settlement Of(int year, long wageBill, long freeSpace, long designated, long excess,
                                      long finalLevy, long finalLevyReturn, int dueYear, int duePeriod)
        {
            return new Settlement
            {
                Year = year,
                WageBill = Money.FromCents(wageBill),
                FreeSpace = Money.FromCents(freeSpace),
                Designated = Money.FromCents(designated),
                Excess = Money.FromCents(excess),
                FinalLevy = Money.FromCents(finalLevy),
                FinalLevyReturn = Money.FromCents(finalLevyReturn),
                DueYear = dueYear,
                DuePeriod = duePeriod,
            };
        }
    }

    /// <summary>A row of a free-space batch.</summary>
    public struct FreeSpaceRow
    {
        public int Year;
        public decimal WageBill;
        public Rounding Rounding;
    }

    /// <summary>A row of a settlement batch.</summary>
    public struct SettleRow
    {
        public int Year;
        public decimal WageBill;
        public decimal Designated;
        public Rounding Rounding;
    }

    // ---- the targeted exemptions ------------------------------------------------------------------

    /// <summary>What becomes of the part of an allowance above its exempt maximum (WKR_EXCESS_*).
    /// Default: designated (for an item: the evaluation's choice).</summary>
    public enum Excess
    {
        Default = Codes.EXCESS_DEFAULT,
        Designate = Codes.EXCESS_DESIGNATE,
        Wage = Codes.EXCESS_WAGE,
    }

    /// <summary>How the days of a fixed allowance (k/5 × 214) are rounded (WKR_DAYS_*).</summary>
    public enum DayRounding
    {
        Exact = Codes.DAYS_EXACT,
        Up = Codes.DAYS_UP,
    }

    /// <summary>What a kilometre allowance reimburses (WKR_TRAVEL_*).</summary>
    public enum TravelPurpose
    {
        Commuting = Codes.TRAVEL_COMMUTING,
        BusinessTrip = Codes.TRAVEL_BUSINESS_TRIP,
    }

    /// <summary>The names of the item categories as the items CSV spells them ("home_working").</summary>
    public static class ItemCategories
    {
        /// <summary>The library's name of a category, or null for a code that is not one.</summary>
        public static string Name(ItemCategory category)
        {
            Loader.Ensure();
            return NameLoaded(category);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static string NameLoaded(ItemCategory category)
        {
            return Utf8.FromPointer(Methods.wkr_item_category_name((int)category));
        }

        /// <summary>The category of a CSV name; ArgumentException for an unknown one.</summary>
        public static ItemCategory Parse(string name)
        {
            foreach (ItemCategory category in Enum.GetValues(typeof(ItemCategory)))
            {
                if (Name(category) == name) return category;
            }
            throw new ArgumentException("'" + name + "' is not an item category", "name");
        }
    }

    /// <summary>The split of an amount paid into its exempt part and the excess: null members
    /// when no amount was paid.</summary>
    public abstract class AllowanceSplit
    {
        public decimal? Paid { get; internal set; }
        public decimal? Exempt { get; internal set; }
        public decimal? ExcessAmount { get; internal set; }
        /// <summary>Excess.Designate or Excess.Wage as applied; Excess.Default without an amount paid.</summary>
        public Excess ExcessTreatment { get; internal set; }
        public decimal? Designated { get; internal set; }
        public decimal? Wage { get; internal set; }

        internal void SetSplit(uint given, long paid, long exempt, long excess, long designated, long wage, int treatment)
        {
            if (given == 0) return;
            Paid = Money.FromCents(paid);
            Exempt = Money.FromCents(exempt);
            ExcessAmount = Money.FromCents(excess);
            Designated = Money.FromCents(designated);
            Wage = Money.FromCents(wage);
            ExcessTreatment = (Excess)treatment;
        }
    }

    /// <summary>A home-working allowance (thuiswerkvergoeding).</summary>
    public sealed class HomeWorkingResult : AllowanceSplit
    {
        public int Year { get; internal set; }
        public bool Fixed { get; internal set; }
        /// <summary>False before 2022: no targeted exemption existed, the cap is 0.00.</summary>
        public bool ExemptionInForce { get; internal set; }
        public decimal Days { get; internal set; }
        public decimal DailyAmount { get; internal set; }
        public decimal Cap { get; internal set; }
        /// <summary>A fixed allowance's exempt maximum per month; null per actual day.</summary>
        public decimal? MonthlyCap { get; internal set; }

        internal static HomeWorkingResult From(wkr_home_working_result r)
        {
            var h = new HomeWorkingResult
            {
                Year = r.year,
                Fixed = r.@fixed != 0,
                ExemptionInForce = r.exemption_in_force != 0,
                Days = Money.FromNative(r.days),
                DailyAmount = Money.FromNative(r.daily_amount),
                Cap = Money.FromCents(r.cap_cents),
                MonthlyCap = r.@fixed != 0 ? Money.FromCents(r.monthly_cap_cents) : (decimal?)null,
            };
            h.SetSplit(r.paid_given, r.paid_cents, r.exempt_cents, r.excess_cents, r.designated_cents, r.wage_cents,
                       r.excess_treatment);
            return h;
        }
    }

    /// <summary>A travel allowance by the km.</summary>
    public sealed class TravelResult : AllowanceSplit
    {
        public int Year { get; internal set; }
        public TravelPurpose Purpose { get; internal set; }
        /// <summary>CommutePerDay: the distance one way and the days; null for TravelPerKm.</summary>
        public decimal? KmOneWay { get; internal set; }
        public decimal? Days { get; internal set; }
        public decimal Km { get; internal set; }
        public decimal Rate { get; internal set; }
        public decimal Cap { get; internal set; }

        internal static TravelResult From(wkr_travel_result r, bool perDay)
        {
            var t = new TravelResult
            {
                Year = r.year,
                Purpose = (TravelPurpose)r.purpose,
                KmOneWay = perDay ? Money.FromNative(r.km_one_way) : (decimal?)null,
                Days = perDay ? Money.FromNative(r.days) : (decimal?)null,
                Km = Money.FromNative(r.km),
                Rate = Money.FromNative(r.rate),
                Cap = Money.FromCents(r.cap_cents),
            };
            t.SetSplit(r.paid_given, r.paid_cents, r.exempt_cents, r.excess_cents, r.designated_cents, r.wage_cents,
                       r.excess_treatment);
            return t;
        }
    }

    /// <summary>A long absence: from Start to the first day back (null: not back).</summary>
    public struct Absence
    {
        public Absence(DateTime start, DateTime? returned)
            : this()
        {
            Start = start;
            Returned = returned;
        }

        public DateTime Start { get; set; }
        public DateTime? Returned { get; set; }
    }

    /// <summary>The inputs of a fixed travel allowance for commuting. Optional members are null (or
    /// 0 for the months and the working week: January, December, 5 days).</summary>
    public sealed class FixedCommuteRequest
    {
        public FixedCommuteRequest()
        {
            LongAbsences = new List<Absence>();
        }

        public int Year { get; set; }
        public decimal KmOneWay { get; set; }
        public int OfficeDaysPerWeek { get; set; }
        /// <summary>The contract's days a week (the basis before 2022); 0 means 5.</summary>
        public int WorkDaysPerWeek { get; set; }
        public int FromMonth { get; set; }
        public int ToMonth { get; set; }
        public DayRounding DayRounding { get; set; }
        public decimal? Paid { get; set; }
        /// <summary>Days and weeks actually travelled, to test the 128-day and 36-week rules.</summary>
        public decimal? TravelDays { get; set; }
        public decimal? TravelWeeks { get; set; }
        /// <summary>The year-end recalculation: commuting km actually travelled.</summary>
        public decimal? ActualKm { get; set; }
        public IList<Absence> LongAbsences { get; set; }
        public bool AbsenceNewCauseEachYear { get; set; }
        /// <summary>The corona approval (2020 and 2021 only): the allowance was in place, unchanged, before
        /// 13 March 2020 and goes on while the employee works at home; OfficeDaysPerWeek may be 0.</summary>
        public bool CoronaApproval { get; set; }
        public Excess Excess { get; set; }
    }

    /// <summary>A fixed travel allowance (vaste reiskostenvergoeding).</summary>
    public sealed class FixedCommuteResult : AllowanceSplit
    {
        public int Year { get; internal set; }
        public decimal KmOneWay { get; internal set; }
        /// <summary>True from 2022 (the days follow the travel pattern), false before (the working week).</summary>
        public bool PatternBased { get; internal set; }
        public int DaysPerWeek { get; internal set; }
        public decimal Days { get; internal set; }
        public decimal MinimumDays { get; internal set; }
        public decimal MinimumWeeks { get; internal set; }
        public int Months { get; internal set; }
        public decimal Rate { get; internal set; }
        public decimal CapBeforeAbsence { get; internal set; }
        public decimal Cap { get; internal set; }
        public decimal MonthlyCap { get; internal set; }
        /// <summary>The months (1–12) a long absence makes taxable, ascending.</summary>
        public int[] StoppedMonths { get; internal set; }
        public bool Qualifies { get; internal set; }
        public bool RecalculationRequired { get; internal set; }
        /// <summary>Actual km × rate after the year-end recalculation; null without one.</summary>
        public decimal? ActualCap { get; internal set; }
        /// <summary>The inputs that changed nothing in the answer (a long absence that does not touch the
        /// year); their texts are the "warnings" of the JSON entry point (Evaluate).</summary>
        public int WarningCount { get; internal set; }

        internal static FixedCommuteResult From(wkr_fixed_commute_result r)
        {
            var months = new List<int>();
            for (int m = 1; m <= 12; ++m)
            {
                if ((r.stopped_months & (1u << (m - 1))) != 0) months.Add(m);
            }
            var f = new FixedCommuteResult
            {
                Year = r.year,
                KmOneWay = Money.FromNative(r.km_one_way),
                PatternBased = r.pattern_based != 0,
                DaysPerWeek = r.days_per_week,
                Days = Money.FromNative(r.days),
                MinimumDays = Money.FromNative(r.minimum_days),
                MinimumWeeks = Money.FromNative(r.minimum_weeks),
                Months = r.months,
                Rate = Money.FromNative(r.rate),
                CapBeforeAbsence = Money.FromCents(r.pattern_cap_cents),
                Cap = Money.FromCents(r.cap_cents),
                MonthlyCap = Money.FromCents(r.monthly_cap_cents),
                StoppedMonths = months.ToArray(),
                Qualifies = r.qualifies != 0,
                RecalculationRequired = r.recalculation_required != 0,
                ActualCap = r.actual_cap_given != 0 ? Money.FromCents(r.actual_cap_cents) : (decimal?)null,
            };
            f.WarningCount = checked((int)r.warning_count);
            f.SetSplit(r.paid_given, r.paid_cents, r.exempt_cents, r.excess_cents, r.designated_cents, r.wage_cents,
                       r.excess_treatment);
            return f;
        }
    }

    /// <summary>One item of the per-employee evaluation.</summary>
    public sealed class Item
    {
        public Item(string employee, ItemCategory category, decimal amount, decimal? quantity = null,
                    Excess treatment = Excess.Default, decimal? ownContribution = null)
        {
            Employee = employee;
            Category = category;
            Amount = amount;
            Quantity = quantity;
            Treatment = treatment;
            OwnContribution = ownContribution;
        }

        public string Employee { get; set; }
        public ItemCategory Category { get; set; }
        public decimal Amount { get; set; }
        /// <summary>Days, km or an amount, as the category says; null when not given.</summary>
        public decimal? Quantity { get; set; }
        /// <summary>Excess.Default: the evaluation's.</summary>
        public Excess Treatment { get; set; }
        /// <summary>What the employee pays towards the item himself (eigen bijdrage, the items CSV's
        /// own_contribution column); null when none.</summary>
        public decimal? OwnContribution { get; set; }
    }

    /// <summary>The options of an evaluation.</summary>
    public sealed class EvaluationOptions
    {
        public EvaluationOptions()
        {
            Interns = new List<string>();
            BelowMinimumWage = new List<string>();
            CompanyBicycleDesignation = true;
        }

        public Excess Excess { get; set; }
        /// <summary>Interns and employees below the minimum wage: no safe harbour of the customary test,
        /// anything designated for them is flagged for review.</summary>
        public ICollection<string> Interns { get; set; }
        public ICollection<string> BelowMinimumWage { get; set; }
        /// <summary>Designate a company bicycle's private-use addition (true, the default); false treats it
        /// as the employee's wage.</summary>
        public bool CompanyBicycleDesignation { get; set; }
    }

    /// <summary>The parts of an amount (targeted exempt, nil valued, intermediary, designated, wage and
    /// the employee's own contribution add up to it) and their exempt sum.</summary>
    public abstract class Parts
    {
        public decimal Exempt { get; internal set; }
        public decimal TargetedExempt { get; internal set; }
        public decimal NilValued { get; internal set; }
        public decimal Intermediary { get; internal set; }
        public decimal Designated { get; internal set; }
        public decimal Wage { get; internal set; }
        public decimal OwnContribution { get; internal set; }

        internal void SetParts(long exempt, long targeted, long nil, long intermediary, long designated, long wage,
                               long ownContribution)
        {
            Exempt = Money.FromCents(exempt);
            TargetedExempt = Money.FromCents(targeted);
            NilValued = Money.FromCents(nil);
            Intermediary = Money.FromCents(intermediary);
            Designated = Money.FromCents(designated);
            Wage = Money.FromCents(wage);
            OwnContribution = Money.FromCents(ownContribution);
        }
    }

    /// <summary>The evaluation of one item.</summary>
    public sealed class ItemEvaluation : Parts
    {
        public string Employee { get; internal set; }
        public ItemCategory Category { get; internal set; }
        public decimal Amount { get; internal set; }
        /// <summary>The rule's exempt maximum; null when it has none.</summary>
        public decimal? Cap { get; internal set; }
    }

    /// <summary>One employee's items and totals, with the customary test.</summary>
    public sealed class EmployeeEvaluation : Parts
    {
        public string Employee { get; internal set; }
        public ItemEvaluation[] Items { get; internal set; }
        public decimal SafeHarbour { get; internal set; }
        /// <summary>True when the safe harbour may be used; false for an intern or an employee below the
        /// minimum wage, for whom anything designated is flagged.</summary>
        public bool CustomaryTestApplies { get; internal set; }
        /// <summary>Review whether the designated items are customary: above the safe harbour, or anything
        /// designated when the safe harbour may not be used.</summary>
        public bool CustomaryReview { get; internal set; }
    }

    /// <summary>The evaluation: every item in input order, the employees in the order they first
    /// appear, the employer's totals (settle Designated with Settle).</summary>
    public sealed class Evaluation : Parts
    {
        public int Year { get; internal set; }
        public ItemEvaluation[] Items { get; internal set; }
        public EmployeeEvaluation[] Employees { get; internal set; }
        public string[] CustomaryReview { get; internal set; }
    }

    /// <summary>Some items are bad, so nothing was evaluated: Rows holds each bad item's error by
    /// its index.</summary>
    public class ItemsException : WkrException
    {
        public ItemsException(int code, string message, IDictionary<int, WkrException> rows)
            : base(code, message)
        {
            Rows = rows;
        }

        public IDictionary<int, WkrException> Rows { get; private set; }
    }

    // ---- the group scheme as the law has it, the wage bill, the ledger --------------------------------

    /// <summary>How the group's final levy is shared among the members of the group scheme.</summary>
    public enum AllocationKey
    {
        /// <summary>In proportion to each member's designated amount (the default).</summary>
        Designated = Codes.ALLOCATION_DESIGNATED,
        /// <summary>In proportion to each member's wage bill.</summary>
        WageBill = Codes.ALLOCATION_WAGE_BILL,
        /// <summary>The group's own key: each member's AllocationWeight.</summary>
        Own = Codes.ALLOCATION_OWN,
    }

    /// <summary>A member's share of the group's final levy.</summary>
    public sealed class LevyShare
    {
        public string Member { get; internal set; }
        /// <summary>Its value in the key.</summary>
        public decimal Weight { get; internal set; }
        /// <summary>In cents; the shares add up to the group's final levy exactly.</summary>
        public decimal Share { get; internal set; }
    }

    /// <summary>A member in the group for part of the year, with its own settlement.</summary>
    public sealed class PartYearMember
    {
        public string Name { get; internal set; }
        public Settlement Settlement { get; internal set; }
    }

    /// <summary>The settlement of a group scheme as the law has it (art. 32 Wet LB 1964).</summary>
    public sealed class GroupSchemeSettlement
    {
        /// <summary>The group scheme's: the members in the group the whole year together.</summary>
        public Settlement Settlement { get; internal set; }
        /// <summary>The names of the members in the group scheme.</summary>
        public string[] Members { get; internal set; }
        public PartYearMember[] PartYearMembers { get; internal set; }
        public string FilingMember { get; internal set; }
        public bool FilingMemberNamed { get; internal set; }
        /// <summary>Named, and its wage bill is not the largest: it files only with the inspector's
        /// permission (art. 64 AWR) and the consent of all members.</summary>
        public bool NeedsPermission { get; internal set; }
        public AllocationKey AllocationKey { get; internal set; }
        public LevyShare[] Allocation { get; internal set; }
    }

    /// <summary>Where the 10% test applies in a group.</summary>
    public enum FormerWageTest
    {
        /// <summary>To the group scheme's totals (the default; the Kennisgroep's conclusion).</summary>
        Group = Codes.FORMER_WAGE_TEST_GROUP,
        /// <summary>To each member's own payroll (also arguable).</summary>
        Member = Codes.FORMER_WAGE_TEST_MEMBER,
    }

    /// <summary>One payroll row: the fiscal wage of the year (column 14; may be negative) and whether it
    /// is wage from former employment.</summary>
    public struct EmployeeWage
    {
        public EmployeeWage(decimal fiscalWage, bool former = false)
            : this()
        {
            FiscalWage = fiscalWage;
            Former = former;
        }

        public decimal FiscalWage { get; set; }
        public bool Former { get; set; }
    }

    /// <summary>A group member's payroll.</summary>
    public sealed class MemberPayroll
    {
        public MemberPayroll(IEnumerable<EmployeeWage> employees, bool wholeYear = true, string name = null)
        {
            Employees = new List<EmployeeWage>(employees);
            WholeYear = wholeYear;
            Name = name;
        }

        public IList<EmployeeWage> Employees { get; set; }
        public bool WholeYear { get; set; }
        /// <summary>null: "member N".</summary>
        public string Name { get; set; }
    }

    /// <summary>A wage bill: wage from current and from former employment, whether the former counts
    /// (at most 10% of the total) and the wage bill.</summary>
    public class WageBillResult
    {
        public int Year { get; internal set; }
        public decimal Current { get; internal set; }
        public decimal Former { get; internal set; }
        public bool FormerIncluded { get; internal set; }
        public decimal WageBill { get; internal set; }

        internal void Set(wkr_wage_bill_result r)
        {
            Year = r.year;
            Current = Money.FromCents(r.current_cents);
            Former = Money.FromCents(r.former_cents);
            FormerIncluded = r.former_included != 0;
            WageBill = Money.FromCents(r.wage_bill_cents);
        }
    }

    /// <summary>A group member's wage bill.</summary>
    public sealed class MemberWageBill : WageBillResult
    {
        public string Name { get; internal set; }
        public bool WholeYear { get; internal set; }
    }

    /// <summary>A group's wage bills: the method, the wage bill of the members in the group scheme
    /// together, and each member's.</summary>
    public sealed class GroupWageBillResult
    {
        public int Year { get; internal set; }
        public FormerWageTest Method { get; internal set; }
        public decimal WageBill { get; internal set; }
        public MemberWageBill[] Members { get; internal set; }
    }

    /// <summary>When the final levy is declared.</summary>
    public enum LevyStrategy
    {
        /// <summary>No levy during the year; all of it in the return after the year (the default).</summary>
        AfterYear = Codes.LEVY_AFTER_YEAR,
        /// <summary>As soon as the free space so far is exceeded, in every period.</summary>
        AsYouGo = Codes.LEVY_AS_YOU_GO,
    }

    /// <summary>The free space the designated wage so far is measured against.</summary>
    public enum LevyBasis
    {
        /// <summary>On the actual wage bill so far (the default).</summary>
        Actual = Codes.BASIS_ACTUAL,
        /// <summary>On the estimate of the year's wage bill in force (a period 1 estimate is needed).</summary>
        Estimate = Codes.BASIS_ESTIMATE,
    }

    /// <summary>How the bracket threshold (from 2020) applies to the wage bill so far.</summary>
    public enum ThresholdToDate
    {
        /// <summary>Prorated to the periods so far (the default, the conservative choice).</summary>
        Prorated = Codes.THRESHOLD_PRORATED,
        /// <summary>The whole threshold from period 1.</summary>
        Whole = Codes.THRESHOLD_WHOLE,
    }

    /// <summary>One return period for the ledger: every period of the year once, in any order.</summary>
    public struct Period
    {
        public Period(int number, decimal wageBill, decimal designated, decimal? levyPaid = null,
                      decimal? estimate = null)
            : this()
        {
            Number = number;
            WageBill = wageBill;
            Designated = designated;
            LevyPaid = levyPaid;
            Estimate = estimate;
        }

        /// <summary>1–12, or 1–13 four-weekly.</summary>
        public int Number { get; set; }
        public decimal WageBill { get; set; }
        public decimal Designated { get; set; }
        /// <summary>The levy declared in this period's return (whole euros), when known.</summary>
        public decimal? LevyPaid { get; set; }
        /// <summary>An estimate of the year's wage bill, in force from this period.</summary>
        public decimal? Estimate { get; set; }
    }

    /// <summary>How a ledger is kept.</summary>
    public sealed class LedgerOptions
    {
        public LevyStrategy Strategy { get; set; }
        public LevyBasis Basis { get; set; }
        public bool FourWeekly { get; set; }
        public ThresholdToDate ThresholdToDate { get; set; }
        public Rounding Rounding { get; set; }
    }

    /// <summary>One period of the ledger and the year so far (docs/ledger.md).</summary>
    public sealed class LedgerRow
    {
        public int Period { get; internal set; }
        public decimal WageBill { get; internal set; }
        public decimal WageBillCumulative { get; internal set; }
        public decimal FreeSpaceCumulative { get; internal set; }
        public decimal Designated { get; internal set; }
        public decimal DesignatedCumulative { get; internal set; }
        public decimal FreeSpaceLeft { get; internal set; }
        public decimal ExcessCumulative { get; internal set; }
        public decimal FinalLevySoFar { get; internal set; }
        public decimal LevyDeclared { get; internal set; }
        /// <summary>The estimate in force and the free space on it; null without one.</summary>
        public decimal? Estimate { get; internal set; }
        public decimal? FreeSpaceEstimate { get; internal set; }
    }

    /// <summary>The year-end of the ledger: the year's settlement, the levy declared during the year and
    /// the correction (negative: a refund), due in the return of Settlement.DueYear/DuePeriod.</summary>
    public sealed class YearEnd
    {
        public Settlement Settlement { get; internal set; }
        public decimal LevyPaid { get; internal set; }
        public decimal Correction { get; internal set; }
    }

    /// <summary>The ledger of a year.</summary>
    public sealed class LedgerYear
    {
        public int Year { get; internal set; }
        public LevyStrategy Strategy { get; internal set; }
        /// <summary>One per period, in period order.</summary>
        public LedgerRow[] Rows { get; internal set; }
        public YearEnd Totals { get; internal set; }
    }

    /// <summary>How an employee travels (WKR_MODE_*).</summary>
    public enum TravelMode
    {
        Car = Codes.MODE_CAR,
        Bike = Codes.MODE_BIKE,
        PublicTransport = Codes.MODE_PUBLIC_TRANSPORT,
        CompanyBicycle = Codes.MODE_COMPANY_BICYCLE,
    }

    /// <summary>How the part of a budget beyond the free space is paid (WKR_ROUTE_*).</summary>
    public enum BudgetRoute
    {
        None = Codes.ROUTE_NONE,
        FinalLevy = Codes.ROUTE_FINAL_LEVY,
        Wage = Codes.ROUTE_WAGE,
    }

    /// <summary>The parts of a budget, in the order the budget pays them (WKR_BUDGET_*).</summary>
    public enum BudgetCategory
    {
        HomeWorking = Codes.BUDGET_HOME_WORKING,
        Commuting = Codes.BUDGET_COMMUTING,
        Internet = Codes.BUDGET_INTERNET,
        Arbo = Codes.BUDGET_ARBO,
        CoworkingTravel = Codes.BUDGET_COWORKING_TRAVEL,
        CoworkingSpace = Codes.BUDGET_COWORKING_SPACE,
        Rest = Codes.BUDGET_REST,
    }

    /// <summary>One employee's where-you-work budget for wkr_budget() (docs/policy.md). Amounts in
    /// euros (whole cents), distances in km; a null optional is not given.</summary>
    public sealed class BudgetRequest
    {
        public int Year { get; set; }
        public decimal Budget { get; set; }
        /// <summary>Budget is for a month (× 12) instead of the year.</summary>
        public bool Monthly { get; set; }
        public int OfficeDays { get; set; }
        public int HomeDays { get; set; }
        public int CoworkingDays { get; set; }
        public decimal KmOneWay { get; set; }
        public TravelMode Mode { get; set; }
        /// <summary>Public transport: a return ticket to the office (exempt at actual cost).</summary>
        public decimal? FarePerDay { get; set; }
        public decimal? CoworkingKmOneWay { get; set; }
        public decimal? CoworkingFarePerDay { get; set; }
        /// <summary>The employee's own co-working space for the year (no exemption).</summary>
        public decimal CoworkingCost { get; set; }
        public bool InternetNecessary { get; set; }
        public decimal InternetPerMonth { get; set; }
        public decimal ArboCost { get; set; }
        /// <summary>The employee's marginal rate (0 ≤ r &lt; 1); null: no wage route.</summary>
        public decimal? MarginalRate { get; set; }
        public decimal FreeSpaceLeft { get; set; }
        /// <summary>The part the costs do not need stays with the employer instead of being paid out.</summary>
        public bool KeepRest { get; set; }
    }

    /// <summary>One part of a budget: what it asked and how each euro paid is treated (net to the
    /// employee; the levy, exact, on top).</summary>
    public sealed class BudgetShare
    {
        public BudgetCategory Category { get; internal set; }
        public decimal Wanted { get; internal set; }
        public decimal Exempt { get; internal set; }
        public decimal FreeSpace { get; internal set; }
        public decimal AboveFreeSpace { get; internal set; }
        public decimal Levy { get; internal set; }
        public decimal Wage { get; internal set; }
        public decimal Net { get; internal set; }
    }

    /// <summary>The tax-optimal use of a budget. FinalLevy, EmployerCost and LeftOver are exact (a share
    /// of the employer's levy, rounded once at its total).</summary>
    public sealed class BudgetResult
    {
        public int Year { get; internal set; }
        public decimal Budget { get; internal set; }
        public BudgetRoute Route { get; internal set; }
        public decimal Exempt { get; internal set; }
        public decimal FreeSpaceUsed { get; internal set; }
        public decimal AboveFreeSpace { get; internal set; }
        public decimal FinalLevy { get; internal set; }
        public decimal WageNet { get; internal set; }
        public decimal WageGross { get; internal set; }
        public decimal NetValue { get; internal set; }
        public decimal EmployerCost { get; internal set; }
        public decimal LeftOver { get; internal set; }
        public decimal FreeSpaceLeft { get; internal set; }
        public bool CustomaryReview { get; internal set; }
        public bool RecalculationRequired { get; internal set; }
        /// <summary>One per BudgetCategory, in its order.</summary>
        public BudgetShare[] Shares { get; internal set; }
    }

    /// <summary>Loaded parameter tables: the embedded ones, or with a directory of newer tables on
    /// top. Immutable and safe to share between threads; Dispose releases it (or the SafeHandle
    /// does when it is collected).</summary>
    public sealed class Context : IDisposable
    {
        private readonly ContextHandle handle;

        private Context(ContextHandle handle)
        {
            this.handle = handle;
        }

        /// <summary>The tables compiled into the library.</summary>
        public static Context Embedded()
        {
            Loader.Ensure();
            return NewEmbedded();
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Context NewEmbedded()
        {
            ContextHandle handle;
            int status = Methods.wkr_context_new(out handle);
            if (status != 0)
            {
                handle.Dispose();
                Check.Status(status);
            }
            return new Context(handle);
        }

        /// <summary>The embedded tables with every *.yaml file of a directory layered on top. A value the
        /// directory gives for a date the embedded tables already have replaces it (listed in every
        /// result's receipt); <paramref name="strictData"/> refuses it instead (WkrException, WKR_E_DATA,
        /// naming the file and line).</summary>
        public static Context FromDirectory(string directory, bool strictData = false)
        {
            Loader.Ensure();
            return NewFromDirectory(directory, strictData);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Context NewFromDirectory(string directory, bool strictData)
        {
            byte[] path = Utf8.Bytes(directory);
            ContextHandle handle;
            uint flags = strictData ? (uint)Codes.DATA_STRICT : (uint)Codes.DATA_ALLOW_OVERRIDES;
            int status =
                Methods.wkr_context_new_from_directory_flags(path, new UIntPtr((uint)path.Length), flags, out handle);
            if (status != 0)
            {
                handle.Dispose();
                Check.Status(status);
            }
            return new Context(handle);
        }

        public void Dispose()
        {
            handle.Dispose();
        }

        private ContextHandle Handle
        {
            get
            {
                if (handle.IsClosed) throw new ObjectDisposedException("Wkr.Context");
                return handle;
            }
        }

        /// <summary>The SHA-256 (hex) of the exact tables loaded: the receipt of every result.</summary>
        public string Digest
        {
            get
            {
                var buffer = new byte[65];
                UIntPtr needed;
                Check.Status(Methods.wkr_context_parameters_digest(Handle, buffer, new UIntPtr(65u), out needed));
                return Utf8.FromBuffer(buffer);
            }
        }

        /// <summary>A numeric parameter for a year, exactly as the tables state it:
        /// Parameter("final_levy.rate", 2025) == 0.80m.</summary>
        public decimal Parameter(string name, int year)
        {
            byte[] bytes = Utf8.Bytes(name);
            wkr_decimal value;
            Check.Status(Methods.wkr_parameter_number(Handle, bytes, new UIntPtr((uint)bytes.Length), year, out value));
            return Money.FromNative(value);
        }

        private static wkr_free_space_input FreeSpaceInput(int year, decimal wageBill, Rounding rounding)
        {
            var input = new wkr_free_space_input();
            input.struct_size = Methods.SizeOf<wkr_free_space_input>();
            input.year = year;
            input.wage_bill_cents = Money.ToCents(wageBill, "wageBill");
            input.free_space_rounding = (int)rounding;
            return input;
        }

        private static wkr_settle_input SettleInput(int year, decimal wageBill, decimal designated, Rounding rounding)
        {
            var input = new wkr_settle_input();
            input.struct_size = Methods.SizeOf<wkr_settle_input>();
            input.year = year;
            input.wage_bill_cents = Money.ToCents(wageBill, "wageBill");
            input.designated_cents = Money.ToCents(designated, "designated");
            input.free_space_rounding = (int)rounding;
            return input;
        }

        private static wkr_group_member[] Members(IEnumerable<GroupMember> members)
        {
            var list = new List<wkr_group_member>();
            foreach (GroupMember member in members)
            {
                string where = "members[" + list.Count + "]";
                var m = new wkr_group_member();
                m.struct_size = Methods.SizeOf<wkr_group_member>();
                m.whole_year = member.WholeYear ? 1u : 0u;
                m.wage_bill_cents = Money.ToCents(member.WageBill, where + ".WageBill");
                if (member.Designated != null)
                {
                    m.designated_given = 1;
                    m.designated_cents = Money.ToCents(member.Designated.Value, where + ".Designated");
                }
                if (member.AllocationWeight != null)
                {
                    m.allocation_weight_given = 1;
                    m.allocation_weight = Money.ToNative(member.AllocationWeight.Value);
                }
                list.Add(m);
            }
            return list.ToArray();
        }

        /// <summary>The free space of one employer, with its wage bill.</summary>
        public FreeSpaceResult FreeSpaceResult(int year, decimal wageBill, Rounding rounding = Rounding.Tables)
        {
            wkr_free_space_input input = FreeSpaceInput(year, wageBill, rounding);
            var result = new wkr_free_space_result();
            result.struct_size = Methods.SizeOf<wkr_free_space_result>();
            Check.Status(Methods.wkr_free_space(Handle, ref input, ref result));
            return Wkr.FreeSpaceResult.From(result);
        }

        /// <summary>The free space (vrije ruimte) of one employer (art. 31a Wet LB 1964, lid 3 from 2021).</summary>
        public decimal FreeSpace(int year, decimal wageBill, Rounding rounding = Rounding.Tables)
        {
            return FreeSpaceResult(year, wageBill, rounding).FreeSpace;
        }

        /// <summary>The free space of a group scheme (concernregeling, art. 32 Wet LB 1964).</summary>
        public FreeSpaceResult GroupFreeSpace(int year, IEnumerable<GroupMember> members,
                                              Rounding rounding = Rounding.Tables)
        {
            wkr_group_member[] array = Members(members);
            wkr_free_space_input input = FreeSpaceInput(year, 0m, rounding);
            var result = new wkr_free_space_result();
            result.struct_size = Methods.SizeOf<wkr_free_space_result>();
            Check.Status(Methods.wkr_group_free_space(Handle, ref input, array, new UIntPtr((uint)array.Length),
                                                      Methods.Stride<wkr_group_member>(), ref result));
            return Wkr.FreeSpaceResult.From(result);
        }

        /// <summary>The year-end settlement of one employer (art. 31a Wet LB 1964).</summary>
        public Settlement Settle(int year, decimal wageBill, decimal designated, Rounding rounding = Rounding.Tables)
        {
            wkr_settle_input input = SettleInput(year, wageBill, designated, rounding);
            var result = new wkr_settlement();
            result.struct_size = Methods.SizeOf<wkr_settlement>();
            Check.Status(Methods.wkr_settle(Handle, ref input, ref result));
            return Settlement.From(result);
        }

        /// <summary>The settlement of a group scheme: the designated total of the whole group.</summary>
        public Settlement GroupSettle(int year, IEnumerable<GroupMember> members, decimal designated,
                                      Rounding rounding = Rounding.Tables)
        {
            wkr_group_member[] array = Members(members);
            wkr_settle_input input = SettleInput(year, 0m, designated, rounding);
            var result = new wkr_settlement();
            result.struct_size = Methods.SizeOf<wkr_settlement>();
            Check.Status(Methods.wkr_group_settle(Handle, ref input, array, new UIntPtr((uint)array.Length),
                                                  Methods.Stride<wkr_group_member>(), ref result));
            return Settlement.From(result);
        }

        /// <summary>Free spaces of many employers in one call. A bad row does not stop the others:
        /// a BatchException at the end carries every result and every row's error.</summary>
        public FreeSpaceResult[] FreeSpaceBatch(IList<FreeSpaceRow> rows)
        {
            return Batch(rows, row => FreeSpaceInput(row.Year, row.WageBill, row.Rounding),
                         (wkr_free_space_input[] inputs, wkr_free_space_result[] outputs, int[] statuses) =>
                             Methods.wkr_free_space_batch(Handle, inputs, new UIntPtr((uint)inputs.Length),
                                                          Methods.Stride<wkr_free_space_input>(), outputs,
                                                          Methods.Stride<wkr_free_space_result>(), statuses),
                         Wkr.FreeSpaceResult.From, row => FreeSpaceResult(row.Year, row.WageBill, row.Rounding));
        }

        /// <summary>Settlements of many employers in one call; errors as FreeSpaceBatch.</summary>
        public Settlement[] SettleBatch(IList<SettleRow> rows)
        {
            return Batch(rows, row => SettleInput(row.Year, row.WageBill, row.Designated, row.Rounding),
                         (wkr_settle_input[] inputs, wkr_settlement[] outputs, int[] statuses) =>
                             Methods.wkr_settle_batch(Handle, inputs, new UIntPtr((uint)inputs.Length),
                                                      Methods.Stride<wkr_settle_input>(), outputs,
                                                      Methods.Stride<wkr_settlement>(), statuses),
                         Settlement.From, row => Settle(row.Year, row.WageBill, row.Designated, row.Rounding));
        }

        /// <summary>The options of a columnar call; threads: up to that many (-1: one per hardware thread).</summary>
        private static wkr_columns_options ColumnsOptions(Rounding rounding, int threads)
        {
            var options = new wkr_columns_options();
            options.struct_size = Methods.SizeOf<wkr_columns_options>();
            options.free_space_rounding = (int)rounding;
            options.threads = threads;
            return options;
        }

        private static void ThrowIfColumnsFailed(int status, object columns, int[] statuses)
        {
            if (status == 0)
                return;
            if (status != (int)Status.RowsFailed)
                Check.Status(status);
            throw new ColumnsException(Check.LastMessage(), Check.LastMessage(Codes.LANG_NL), columns, statuses);
        }

        /// <summary>Settlements of many employers from columns of cents, computed in place with no
        /// work per row in .NET: years holds one year for every row or one per row. A bad row does not
        /// stop the others: a ColumnsException at the end carries the columns and every row's status.</summary>
        public SettlementColumns SettleColumns(int[] years, long[] wageBillCents, long[] designatedCents,
                                               Rounding rounding = Rounding.Tables, int threads = 1)
        {
            if (years == null || wageBillCents == null || designatedCents == null)
                throw new ArgumentNullException();
            if (designatedCents.Length != wageBillCents.Length)
            {
                throw new ArgumentException("designatedCents has " + designatedCents.Length +
                                            " elements and wageBillCents " + wageBillCents.Length +
                                            "; one per row each");
            }
            int rows = wageBillCents.Length;
            var result = new SettlementColumns {
                FreeSpaceCents = new long[rows],       ExcessCents = new long[rows], FinalLevyCents = new long[rows],
                FinalLevyReturnCents = new long[rows], DuePeriod = new int[rows],    Status = new int[rows],
            };
            wkr_columns_options options = ColumnsOptions(rounding, threads);
            int status = Methods.wkr_settle_columns(Handle, ref options, years, new UIntPtr((uint)years.Length),
                                                    new UIntPtr((uint)rows), wageBillCents, designatedCents,
                                                    result.FreeSpaceCents, result.ExcessCents, result.FinalLevyCents,
                                                    result.FinalLevyReturnCents, result.DuePeriod, result.Status);
            ThrowIfColumnsFailed(status, result, result.Status);
            return result;
        }

        /// <summary>SettleColumns with one year for every row.</summary>
        public SettlementColumns SettleColumns(int year, long[] wageBillCents, long[] designatedCents,
                                               Rounding rounding = Rounding.Tables, int threads = 1)
        {
            return SettleColumns(new[] { year }, wageBillCents, designatedCents, rounding, threads);
        }

        /// <summary>The free space of many employers from a column of cents, in cents; errors as
        /// SettleColumns (the exception's Columns is the long[] free space).</summary>
        public long[] FreeSpaceColumns(int[] years, long[] wageBillCents, Rounding rounding = Rounding.Tables,
                                       int threads = 1)
        {
            if (years == null || wageBillCents == null)
                throw new ArgumentNullException();
            int rows = wageBillCents.Length;
            var freeSpace = new long[rows];
            var statuses = new int[rows];
            wkr_columns_options options = ColumnsOptions(rounding, threads);
            int status = Methods.wkr_free_space_columns(Handle, ref options, years, new UIntPtr((uint)years.Length),
                                                        new UIntPtr((uint)rows), wageBillCents, freeSpace, statuses);
            ThrowIfColumnsFailed(status, freeSpace, statuses);
            return freeSpace;
        }

        /// <summary>FreeSpaceColumns with one year for every row.</summary>
        public long[] FreeSpaceColumns(int year, long[] wageBillCents, Rounding rounding = Rounding.Tables,
                                       int threads = 1)
        {
            return FreeSpaceColumns(new[] { year }, wageBillCents, rounding, threads);
        }

        /// <summary>A batch entry point of the C interface, called with every row's input and result.</summary>
        private delegate int BatchCall<TIn, TOut>(TIn[] inputs, TOut[] outputs, int[] statuses);

        /// <summary>Rows through a batch entry point: each row's input, the call, each row's result.
        /// A failed row's own error comes from computing that row alone (failures are rare, so
        /// cheap); the BatchException carries every result and error.</summary>
        private static TResult[] Batch<TRow, TIn, TOut, TResult>(IList<TRow> rows, Func<TRow, TIn> input,
                                                                 BatchCall<TIn, TOut> call, Func<TOut, TResult> result,
                                                                 Action<TRow> alone)
            where TOut : struct where TResult : class
        {
            var inputs = new TIn[rows.Count];
            for (int i = 0; i < rows.Count; ++i) inputs[i] = input(rows[i]);
            TOut[] outputs = Methods.Sized<TOut>(rows.Count);
            var statuses = new int[rows.Count];
            int status = call(inputs, outputs, statuses);
            var results = new TResult[rows.Count];
            for (int i = 0; i < rows.Count; ++i)
            {
                if (statuses[i] == 0) results[i] = result(outputs[i]);
            }
            ThrowIfRowsFailed(status, statuses, results, i =>
            {
                try
                {
                    alone(rows[i]);
                    return null;
                }
                catch (WkrException e)
                {
                    return e;
                }
            });
            return results;
        }

        private static void ThrowIfRowsFailed<T>(int status, int[] statuses, T[] results, Func<int, WkrException> rowError)
            where T : class
        {
            if (status == 0) return;
            if (status != (int)Status.RowsFailed) Check.Status(status);
            string message = Check.LastMessage();
            var errors = new Dictionary<int, WkrException>();
            for (int i = 0; i < statuses.Length; ++i)
            {
                if (statuses[i] != 0) errors[i] = rowError(i) ?? new WkrException(statuses[i], message);
            }
            throw new BatchException<T>(message, results, errors);
        }

        // ---- the targeted exemptions

        private static void SetPaid(decimal? paid, ref uint given, ref long cents)
        {
            if (paid == null) return;
            given = 1;
            cents = Money.ToCents(paid.Value, "paid");
        }

        /// <summary>The home-working allowance for actual home-working days (art. 31a lid 2
        /// onderdeel k Wet LB 1964): days × the amount per day, and the split of an amount paid.</summary>
        public HomeWorkingResult HomeWorkingPerDay(int year, int days, decimal? paid = null, Excess excess = Excess.Default)
        {
            var input = new wkr_home_working_days_input();
            input.struct_size = Methods.SizeOf<wkr_home_working_days_input>();
            input.year = year;
            input.days = days;
            input.excess = (int)excess;
            SetPaid(paid, ref input.paid_given, ref input.paid_cents);
            var result = new wkr_home_working_result();
            result.struct_size = Methods.SizeOf<wkr_home_working_result>();
            Check.Status(Methods.wkr_home_working_per_day(Handle, ref input, ref result));
            return HomeWorkingResult.From(result);
        }

        /// <summary>The fixed home-working allowance from a weekly pattern: k/5 × 214 days
        /// (× months/12), exact or rounded up.</summary>
        public HomeWorkingResult HomeWorkingFixed(int year, int homeDaysPerWeek, decimal? paid = null, int fromMonth = 0,
                                                  int toMonth = 0, DayRounding dayRounding = DayRounding.Exact,
                                                  Excess excess = Excess.Default)
        {
            var input = new wkr_home_working_fixed_input();
            input.struct_size = Methods.SizeOf<wkr_home_working_fixed_input>();
            input.year = year;
            input.home_days_per_week = homeDaysPerWeek;
            input.from_month = fromMonth;
            input.to_month = toMonth;
            input.day_rounding = (int)dayRounding;
            input.excess = (int)excess;
            SetPaid(paid, ref input.paid_given, ref input.paid_cents);
            var result = new wkr_home_working_result();
            result.struct_size = Methods.SizeOf<wkr_home_working_result>();
            Check.Status(Methods.wkr_home_working_fixed(Handle, ref input, ref result));
            return HomeWorkingResult.From(result);
        }

        /// <summary>Commuting by the day: km one way × 2 × days × the rate per km.</summary>
        public TravelResult CommutePerDay(int year, decimal kmOneWay, int days, decimal? paid = null,
                                          Excess excess = Excess.Default)
        {
            var input = new wkr_commute_days_input();
            input.struct_size = Methods.SizeOf<wkr_commute_days_input>();
            input.year = year;
            input.km_one_way = Money.ToNative(kmOneWay);
            input.days = days;
            input.excess = (int)excess;
            SetPaid(paid, ref input.paid_given, ref input.paid_cents);
            var result = new wkr_travel_result();
            result.struct_size = Methods.SizeOf<wkr_travel_result>();
            Check.Status(Methods.wkr_commute_per_day(Handle, ref input, ref result));
            return TravelResult.From(result, true);
        }

        /// <summary>Kilometres travelled in total × the rate per km, commuting or business trips.</summary>
        public TravelResult TravelPerKm(int year, decimal km, TravelPurpose purpose = TravelPurpose.Commuting,
                                        decimal? paid = null, Excess excess = Excess.Default)
        {
            var input = new wkr_travel_km_input();
            input.struct_size = Methods.SizeOf<wkr_travel_km_input>();
            input.year = year;
            input.km = Money.ToNative(km);
            input.purpose = (int)purpose;
            input.excess = (int)excess;
            SetPaid(paid, ref input.paid_given, ref input.paid_cents);
            var result = new wkr_travel_result();
            result.struct_size = Methods.SizeOf<wkr_travel_result>();
            Check.Status(Methods.wkr_travel_per_km(Handle, ref input, ref result));
            return TravelResult.From(result, false);
        }

        private static int Date(DateTime date)
        {
            return date.Year * 10000 + date.Month * 100 + date.Day;
        }

        /// <summary>A wkr_fixed_commute_input; its absences are appended to `absences`.</summary>
        private static wkr_fixed_commute_input FixedCommuteInput(FixedCommuteRequest request, List<wkr_absence> absences)
        {
            if (request == null) throw new ArgumentNullException("request");
            var input = new wkr_fixed_commute_input();
            input.struct_size = Methods.SizeOf<wkr_fixed_commute_input>();
            input.year = request.Year;
            input.km_one_way = Money.ToNative(request.KmOneWay);
            input.office_days_per_week = request.OfficeDaysPerWeek;
            input.work_days_per_week = request.WorkDaysPerWeek;
            input.from_month = request.FromMonth;
            input.to_month = request.ToMonth;
            input.day_rounding = (int)request.DayRounding;
            input.excess = (int)request.Excess;
            SetPaid(request.Paid, ref input.paid_given, ref input.paid_cents);
            if (request.TravelDays != null)
            {
                input.travel_days_given = 1;
                input.travel_days = Money.ToNative(request.TravelDays.Value);
            }
            if (request.TravelWeeks != null)
            {
                input.travel_weeks_given = 1;
                input.travel_weeks = Money.ToNative(request.TravelWeeks.Value);
            }
            if (request.ActualKm != null)
            {
                input.actual_km_given = 1;
                input.actual_km = Money.ToNative(request.ActualKm.Value);
            }
            input.absence_new_cause_each_year = request.AbsenceNewCauseEachYear ? 1u : 0u;
            input.corona_approval = request.CoronaApproval ? 1u : 0u;
            input.absence_first = (uint)absences.Count;
            if (request.LongAbsences != null)
            {
                foreach (Absence a in request.LongAbsences)
                {
                    var absence = new wkr_absence();
                    absence.struct_size = Methods.SizeOf<wkr_absence>();
                    absence.start = Date(a.Start);
                    absence.returned = a.Returned != null ? Date(a.Returned.Value) : 0;
                    absences.Add(absence);
                }
            }
            input.absence_count = (uint)absences.Count - input.absence_first;
            return input;
        }

        /// <summary>The fixed travel allowance for commuting from the weekly pattern (vaste
        /// reiskostenvergoeding): days, cap, monthly cap, long absences, the year-end recalculation.</summary>
        public FixedCommuteResult FixedCommute(FixedCommuteRequest request)
        {
            var absences = new List<wkr_absence>();
            wkr_fixed_commute_input input = FixedCommuteInput(request, absences);
            var result = new wkr_fixed_commute_result();
            result.struct_size = Methods.SizeOf<wkr_fixed_commute_result>();
            Check.Status(Methods.wkr_fixed_commute(Handle, ref input, absences.Count > 0 ? absences.ToArray() : null,
                                                   new UIntPtr((uint)absences.Count),
                                                   Methods.Stride<wkr_absence>(), ref result));
            return FixedCommuteResult.From(result);
        }

        /// <summary>Fixed travel allowances of many employees in one call; errors as FreeSpaceBatch.</summary>
        public FixedCommuteResult[] FixedCommuteBatch(IList<FixedCommuteRequest> requests)
        {
            var absences = new List<wkr_absence>();  // every row's long absences, one array for the call
            return Batch(requests, request => FixedCommuteInput(request, absences),
                         (wkr_fixed_commute_input[] inputs, wkr_fixed_commute_result[] outputs, int[] statuses) =>
                             Methods.wkr_fixed_commute_batch(
                                 Handle, inputs, new UIntPtr((uint)inputs.Length),
                                 Methods.Stride<wkr_fixed_commute_input>(),
                                 absences.Count > 0 ? absences.ToArray() : null, new UIntPtr((uint)absences.Count),
                                 Methods.Stride<wkr_absence>(), outputs, Methods.Stride<wkr_fixed_commute_result>(),
                                 statuses),
                         FixedCommuteResult.From, request => FixedCommute(request));
        }

        /// <summary>The per-employee evaluation of items: per item its exempt, nil-valued,
        /// intermediary, designated and wage parts; per employee the totals and the customary test;
        /// the employer's totals. Bad items throw ItemsException with every bad item by index, and
        /// nothing is evaluated.</summary>
        public Evaluation EvaluateItems(int year, IList<Item> items, EvaluationOptions options = null)
        {
            options = options ?? new EvaluationOptions();
            var ids = new Dictionary<string, int>();
            var employees = new List<string>();
            foreach (Item item in items)
            {
                if (item.Employee == null) throw new ArgumentException("an item has no employee", "items");
                if (!ids.ContainsKey(item.Employee))
                {
                    ids[item.Employee] = employees.Count;
                    employees.Add(item.Employee);
                }
            }
            var customary = new Dictionary<string, int>();
            foreach (string name in options.Interns ?? new string[0])
            {
                if (!ids.ContainsKey(name)) throw new ArgumentException("'" + name + "' is named for the customary test but has no items");
                customary[name] = Codes.CUSTOMARY_TEST_INTERN;
            }
            foreach (string name in options.BelowMinimumWage ?? new string[0])
            {
                if (!ids.ContainsKey(name)) throw new ArgumentException("'" + name + "' is named for the customary test but has no items");
                if (!customary.ContainsKey(name)) customary[name] = Codes.CUSTOMARY_TEST_BELOW_MINIMUM_WAGE;
            }
            var array = new wkr_item[items.Count];
            for (int i = 0; i < items.Count; ++i)
            {
                Item item = items[i];
                array[i].struct_size = Methods.SizeOf<wkr_item>();
                array[i].category = (int)item.Category;
                array[i].employee_id = ids[item.Employee];
                array[i].amount_cents = Money.ToCents(item.Amount, "items[" + i + "].Amount");
                if (item.Quantity != null)
                {
                    array[i].quantity_given = 1;
                    array[i].quantity = Money.ToNative(item.Quantity.Value);
                }
                if (item.OwnContribution != null)
                {
                    array[i].own_contribution_given = 1;
                    array[i].own_contribution_cents = Money.ToCents(item.OwnContribution.Value,
                                                                    "items[" + i + "].OwnContribution");
                }
                array[i].treatment = (int)item.Treatment;
                int code;
                array[i].customary_test = customary.TryGetValue(item.Employee, out code) ? code : Codes.CUSTOMARY_TEST_APPLIES;
            }
            var input = new wkr_evaluation_input();
            input.struct_size = Methods.SizeOf<wkr_evaluation_input>();
            input.year = year;
            input.excess = (int)options.Excess;
            input.company_bicycle_designation = options.CompanyBicycleDesignation ? 1u : 0u;
            wkr_item_result[] itemResults = Methods.Sized<wkr_item_result>(items.Count);
            wkr_employee_totals[] totals = Methods.Sized<wkr_employee_totals>(employees.Count);
            var statuses = new int[items.Count];
            var result = new wkr_evaluation_result();
            result.struct_size = Methods.SizeOf<wkr_evaluation_result>();
            int status = Methods.wkr_evaluate_items(
                Handle, ref input, array, new UIntPtr((uint)array.Length), Methods.Stride<wkr_item>(),
                statuses, itemResults, Methods.Stride<wkr_item_result>(), totals,
                new UIntPtr((uint)totals.Length), Methods.Stride<wkr_employee_totals>(), ref result);
            if (status != 0)
            {
                string message = Check.LastMessage();
                var rows = new Dictionary<int, WkrException>();
                for (int i = 0; i < statuses.Length; ++i)
                {
                    if (statuses[i] != 0) rows[i] = new WkrException(statuses[i], RowMessage(message, i));
                }
                if (rows.Count > 0) throw new ItemsException(status, message, rows);
                throw new WkrException(status, message, Check.LastMessage(Codes.LANG_NL));
            }
            var evaluated = new ItemEvaluation[items.Count];
            var perEmployee = new List<ItemEvaluation>[employees.Count];
            for (int e = 0; e < perEmployee.Length; ++e) perEmployee[e] = new List<ItemEvaluation>();
            for (int i = 0; i < items.Count; ++i)
            {
                wkr_item_result r = itemResults[i];
                var x = new ItemEvaluation
                {
                    Employee = items[i].Employee,
                    Category = (ItemCategory)r.category,
                    Amount = Money.FromCents(r.amount_cents),
                    Cap = r.cap_given != 0 ? Money.FromCents(r.cap_cents) : (decimal?)null,
                };
                x.SetParts(r.exempt_cents, r.targeted_exempt_cents, r.nil_valued_cents, r.intermediary_cents,
                           r.designated_cents, r.wage_cents, r.own_contribution_cents);
                evaluated[i] = x;
                perEmployee[r.employee_index].Add(x);
            }
            var people = new EmployeeEvaluation[employees.Count];
            var review = new List<string>();
            for (int e = 0; e < people.Length; ++e)
            {
                wkr_employee_totals t = totals[e];
                var p = new EmployeeEvaluation
                {
                    Employee = employees[(int)t.employee_id],
                    Items = perEmployee[e].ToArray(),
                    SafeHarbour = Money.FromCents(t.safe_harbour_cents),
                    CustomaryTestApplies = t.customary_test_applies != 0,
                    CustomaryReview = t.customary_review != 0,
                };
                p.SetParts(t.exempt_cents, t.targeted_exempt_cents, t.nil_valued_cents, t.intermediary_cents,
                           t.designated_cents, t.wage_cents, t.own_contribution_cents);
                people[e] = p;
                if (p.CustomaryReview) review.Add(p.Employee);
            }
            var evaluation = new Evaluation
            {
                Year = result.year,
                Items = evaluated,
                Employees = people,
                CustomaryReview = review.ToArray(),
            };
            evaluation.SetParts(result.exempt_cents, result.targeted_exempt_cents, result.nil_valued_cents,
                                result.intermediary_cents, result.designated_cents, result.wage_cents,
                                result.own_contribution_cents);
            return evaluation;
        }

        /// <summary>The parts of the library's message about item i ("items[3]: …").</summary>
        private static string RowMessage(string message, int index)
        {
            string tag = "items[" + index + "]";
            var parts = new List<string>();
            int at = message.IndexOf(tag, StringComparison.Ordinal);
            while (at >= 0)
            {
                int end = message.IndexOf("; items[", at + tag.Length, StringComparison.Ordinal);
                parts.Add(end < 0 ? message.Substring(at) : message.Substring(at, end - at));
                at = end < 0 ? -1 : message.IndexOf(tag, end, StringComparison.Ordinal);
            }
            return parts.Count > 0 ? string.Join("; ", parts.ToArray()) : message;
        }

        /// <summary>The settlement of a group scheme as the law has it (art. 32 Wet LB 1964): the members
        /// in the group the whole year share one free space; a member in it for part of the year settles
        /// its own. Designated amounts per member, or `designated`, the group scheme's total. The filing
        /// member by name (null: the largest wage bill). Messages name members "member N".</summary>
        public GroupSchemeSettlement GroupSchemeSettle(int year, IList<GroupMember> members, decimal? designated = null,
                                                       string filingMember = null,
                                                       AllocationKey allocationKey = AllocationKey.Designated,
                                                       Rounding rounding = Rounding.Tables)
        {
            var names = new string[members.Count];
            for (int i = 0; i < names.Length; ++i) names[i] = members[i].Name ?? "member " + (i + 1);
            var input = new wkr_group_scheme_input();
            input.struct_size = Methods.SizeOf<wkr_group_scheme_input>();
            input.year = year;
            input.free_space_rounding = (int)rounding;
            input.allocation_key = (int)allocationKey;
            if (filingMember != null)
            {
                int index = Array.IndexOf(names, filingMember);
                if (index < 0) throw new ArgumentException("filingMember '" + filingMember + "' is not a member");
                input.filing_member = (uint)(index + 1);
            }
            if (designated != null)
            {
                input.designated_given = 1;
                input.designated_cents = Money.ToCents(designated.Value, "designated");
            }
            wkr_group_member[] array = Members(members);
            wkr_group_member_result[] parts = Methods.Sized<wkr_group_member_result>(array.Length);
            var result = new wkr_group_scheme_settlement();
            result.struct_size = Methods.SizeOf<wkr_group_scheme_settlement>();
            Check.Status(Methods.wkr_group_scheme_settle(Handle, ref input, array, new UIntPtr((uint)array.Length),
                                                         Methods.Stride<wkr_group_member>(), ref result, parts,
                                                         Methods.Stride<wkr_group_member_result>()));
            var inGroup = new List<string>();
            var shares = new List<LevyShare>();
            var partYear = new List<PartYearMember>();
            for (int i = 0; i < parts.Length; ++i)
            {
                wkr_group_member_result r = parts[i];
                if (r.in_group != 0)
                {
                    inGroup.Add(names[i]);
                    shares.Add(new LevyShare
                    {
                        Member = names[i],
                        Weight = Money.FromNative(r.allocation_weight),
                        Share = Money.FromCents(r.levy_share_cents),
                    });
                }
                else
                {
                    partYear.Add(new PartYearMember
                    {
                        Name = names[i],
                        Settlement = Settlement.Of(result.year, r.wage_bill_cents, r.free_space_cents,
                                                   r.designated_cents, r.excess_cents, r.final_levy_cents,
                                                   r.final_levy_return_cents, r.due_year, r.due_period),
                    });
                }
            }
            return new GroupSchemeSettlement
            {
                Settlement = Settlement.Of(result.year, result.wage_bill_cents, result.free_space_cents,
                                           result.designated_cents, result.excess_cents, result.final_levy_cents,
                                           result.final_levy_return_cents, result.due_year, result.due_period),
                Members = inGroup.ToArray(),
                PartYearMembers = partYear.ToArray(),
                FilingMember = names[result.filing_member - 1],
                FilingMemberNamed = result.filing_member_named != 0,
                NeedsPermission = result.needs_permission != 0,
                AllocationKey = (AllocationKey)result.allocation_key,
                Allocation = shares.ToArray(),
            };
        }

        private static wkr_employee_wage[] EmployeeRows(IEnumerable<EmployeeWage> employees, List<wkr_employee_wage> into)
        {
            foreach (EmployeeWage employee in employees)
            {
                var row = new wkr_employee_wage();
                row.struct_size = Methods.SizeOf<wkr_employee_wage>();
                row.former = employee.Former ? 1u : 0u;
                row.fiscal_wage_cents = Money.ToCents(employee.FiscalWage, "employees[" + into.Count + "].FiscalWage");
                into.Add(row);
            }
            return into.ToArray();
        }

        /// <summary>One employer's wage bill from its payroll: wage from former employment counts while it
        /// is at most 10% of the total; when it is more, all of it is left out.</summary>
        public WageBillResult WageBill(int year, IEnumerable<EmployeeWage> employees)
        {
            wkr_employee_wage[] rows = EmployeeRows(employees, new List<wkr_employee_wage>());
            var input = new wkr_wage_bill_input();
            input.struct_size = Methods.SizeOf<wkr_wage_bill_input>();
            input.year = year;
            var result = new wkr_wage_bill_result();
            result.struct_size = Methods.SizeOf<wkr_wage_bill_result>();
            Check.Status(Methods.wkr_wage_bill(Handle, ref input, rows, new UIntPtr((uint)rows.Length),
                                               Methods.Stride<wkr_employee_wage>(), ref result));
            var bill = new WageBillResult();
            bill.Set(result);
            return bill;
        }

        /// <summary>The wage bills of a group's members, the 10% test on the group scheme's totals (the
        /// default) or on each member's own payroll.</summary>
        public GroupWageBillResult GroupWageBill(int year, IList<MemberPayroll> members,
                                                 FormerWageTest method = FormerWageTest.Group)
        {
            var rows = new List<wkr_employee_wage>();
            var payrolls = new wkr_payroll_member[members.Count];
            for (int i = 0; i < payrolls.Length; ++i)
            {
                int first = rows.Count;
                EmployeeRows(members[i].Employees, rows);
                payrolls[i].struct_size = Methods.SizeOf<wkr_payroll_member>();
                payrolls[i].whole_year = members[i].WholeYear ? 1u : 0u;
                payrolls[i].employee_first = (uint)first;
                payrolls[i].employee_count = (uint)(rows.Count - first);
            }
            wkr_employee_wage[] employees = rows.ToArray();
            var input = new wkr_wage_bill_input();
            input.struct_size = Methods.SizeOf<wkr_wage_bill_input>();
            input.year = year;
            input.former_wage_test = (int)method;
            wkr_wage_bill_result[] perMember = Methods.Sized<wkr_wage_bill_result>(payrolls.Length);
            var result = new wkr_group_wage_bill_result();
            result.struct_size = Methods.SizeOf<wkr_group_wage_bill_result>();
            Check.Status(Methods.wkr_group_wage_bill(Handle, ref input, employees, new UIntPtr((uint)employees.Length),
                                                     Methods.Stride<wkr_employee_wage>(), payrolls,
                                                     new UIntPtr((uint)payrolls.Length),
                                                     Methods.Stride<wkr_payroll_member>(), perMember,
                                                     Methods.Stride<wkr_wage_bill_result>(), ref result));
            var bills = new MemberWageBill[payrolls.Length];
            for (int i = 0; i < bills.Length; ++i)
            {
                bills[i] = new MemberWageBill { Name = members[i].Name ?? "member " + (i + 1),
                                                WholeYear = perMember[i].whole_year != 0 };
                bills[i].Set(perMember[i]);
            }
            return new GroupWageBillResult
            {
                Year = result.year,
                Method = (FormerWageTest)result.former_wage_test,
                WageBill = Money.FromCents(result.wage_bill_cents),
                Members = bills,
            };
        }

        /// <summary>The free space period by period (docs/ledger.md): every period of the year once (12,
        /// or 13 four-weekly), its rows in period order and the year-end.</summary>
        public LedgerYear Ledger(int year, IList<Period> periods, LedgerOptions options = null)
        {
            options = options ?? new LedgerOptions();
            var array = new wkr_ledger_period[periods.Count];
            for (int i = 0; i < array.Length; ++i)
            {
                string where = "periods[" + i + "]";
                Period p = periods[i];
                array[i].struct_size = Methods.SizeOf<wkr_ledger_period>();
                array[i].period = p.Number;
                array[i].wage_bill_cents = Money.ToCents(p.WageBill, where + ".WageBill");
                array[i].designated_cents = Money.ToCents(p.Designated, where + ".Designated");
                if (p.LevyPaid != null)
                {
                    array[i].levy_paid_given = 1;
                    array[i].levy_paid_cents = Money.ToCents(p.LevyPaid.Value, where + ".LevyPaid");
                }
                if (p.Estimate != null)
                {
                    array[i].estimate_given = 1;
                    array[i].estimate_cents = Money.ToCents(p.Estimate.Value, where + ".Estimate");
                }
            }
            var input = new wkr_ledger_input();
            input.struct_size = Methods.SizeOf<wkr_ledger_input>();
            input.year = year;
            input.four_weekly = options.FourWeekly ? 1u : 0u;
            input.strategy = (int)options.Strategy;
            input.basis = (int)options.Basis;
            input.threshold_to_date = (int)options.ThresholdToDate;
            input.free_space_rounding = (int)options.Rounding;
            wkr_ledger_row[] rows = Methods.Sized<wkr_ledger_row>(array.Length);
            var end = new wkr_ledger_year_end();
            end.struct_size = Methods.SizeOf<wkr_ledger_year_end>();
            Check.Status(Methods.wkr_ledger(Handle, ref input, array, new UIntPtr((uint)array.Length),
                                            Methods.Stride<wkr_ledger_period>(), rows, Methods.Stride<wkr_ledger_row>(),
                                            ref end));
            var out_ = new LedgerRow[rows.Length];
            for (int i = 0; i < rows.Length; ++i)
            {
                wkr_ledger_row r = rows[i];
                out_[i] = new LedgerRow
                {
                    Period = r.period,
                    WageBill = Money.FromCents(r.wage_bill_cents),
                    WageBillCumulative = Money.FromCents(r.wage_bill_cumulative_cents),
                    FreeSpaceCumulative = Money.FromCents(r.free_space_cumulative_cents),
                    Designated = Money.FromCents(r.designated_cents),
                    DesignatedCumulative = Money.FromCents(r.designated_cumulative_cents),
                    FreeSpaceLeft = Money.FromCents(r.free_space_left_cents),
                    ExcessCumulative = Money.FromCents(r.excess_cumulative_cents),
                    FinalLevySoFar = Money.FromCents(r.final_levy_so_far_cents),
                    LevyDeclared = Money.FromCents(r.levy_declared_cents),
                    Estimate = r.estimate_given != 0 ? Money.FromCents(r.estimate_cents) : (decimal?)null,
                    FreeSpaceEstimate = r.estimate_given != 0 ? Money.FromCents(r.free_space_estimate_cents) : (decimal?)null,
                };
            }
            return new LedgerYear
            {
                Year = end.year,
                Strategy = options.Strategy,
                Rows = out_,
                Totals = new YearEnd
                {
                    Settlement = Settlement.Of(end.year, end.wage_bill_cents, end.free_space_cents, end.designated_cents,
                                               end.excess_cents, end.final_levy_cents, end.final_levy_return_cents,
                                               end.due_year, end.due_period),
                    LevyPaid = Money.FromCents(end.levy_paid_cents),
                    Correction = Money.FromCents(end.correction_cents),
                },
            };
        }

        /// <summary>The tax-optimal use of one employee's where-you-work budget (docs/policy.md).</summary>
        public BudgetResult Budget(BudgetRequest request)
        {
            var input = new wkr_budget_input();
            input.struct_size = Methods.SizeOf<wkr_budget_input>();
            input.year = request.Year;
            input.budget_cents = Money.ToCents(request.Budget, "Budget");
            input.budget_period = request.Monthly ? Codes.BUDGET_PERIOD_MONTH : Codes.BUDGET_PERIOD_YEAR;
            input.office_days = request.OfficeDays;
            input.home_days = request.HomeDays;
            input.coworking_days = request.CoworkingDays;
            input.km_one_way = Money.ToNative(request.KmOneWay);
            input.mode = (int)request.Mode;
            input.internet_necessary = request.InternetNecessary ? 1u : 0u;
            if (request.FarePerDay != null)
            {
                input.fare_per_day_given = 1;
                input.fare_per_day_cents = Money.ToCents(request.FarePerDay.Value, "FarePerDay");
            }
            if (request.CoworkingKmOneWay != null)
            {
                input.coworking_km_one_way_given = 1;
                input.coworking_km_one_way = Money.ToNative(request.CoworkingKmOneWay.Value);
            }
            if (request.CoworkingFarePerDay != null)
            {
                input.coworking_fare_per_day_given = 1;
                input.coworking_fare_per_day_cents =
                    Money.ToCents(request.CoworkingFarePerDay.Value, "CoworkingFarePerDay");
            }
            input.coworking_cost_cents = Money.ToCents(request.CoworkingCost, "CoworkingCost");
            input.internet_per_month_cents = Money.ToCents(request.InternetPerMonth, "InternetPerMonth");
            input.arbo_cost_cents = Money.ToCents(request.ArboCost, "ArboCost");
            if (request.MarginalRate != null)
            {
                input.marginal_rate_given = 1;
                input.marginal_rate = Money.ToNative(request.MarginalRate.Value);
            }
            input.free_space_left_cents = Money.ToCents(request.FreeSpaceLeft, "FreeSpaceLeft");
            input.rest = request.KeepRest ? Codes.BUDGET_REST_KEEP : Codes.BUDGET_REST_PAY_OUT;
            var result = new wkr_budget_result();
            result.struct_size = Methods.SizeOf<wkr_budget_result>();
            wkr_budget_share[] shares = Methods.Sized<wkr_budget_share>(Codes.BUDGET_CATEGORY_COUNT);
            Check.Status(Methods.wkr_budget(Handle, ref input, ref result, shares, new UIntPtr((uint)shares.Length),
                                            Methods.Stride<wkr_budget_share>()));
            var parts = new BudgetShare[shares.Length];
            for (int i = 0; i < shares.Length; ++i)
            {
                wkr_budget_share s = shares[i];
                parts[i] = new BudgetShare {
                    Category = (BudgetCategory)s.category,
                    Wanted = Money.FromCents(s.wanted_cents),
                    Exempt = Money.FromCents(s.exempt_cents),
                    FreeSpace = Money.FromCents(s.free_space_cents),
                    AboveFreeSpace = Money.FromCents(s.above_free_space_cents),
                    Levy = Money.FromNative(s.levy),
                    Wage = Money.FromCents(s.wage_cents),
                    Net = Money.FromCents(s.net_cents),
                };
            }
            return new BudgetResult {
                Year = result.year,
                Budget = Money.FromCents(result.budget_cents),
                Route = (BudgetRoute)result.route,
                Exempt = Money.FromCents(result.exempt_cents),
                FreeSpaceUsed = Money.FromCents(result.free_space_used_cents),
                AboveFreeSpace = Money.FromCents(result.above_free_space_cents),
                FinalLevy = Money.FromNative(result.final_levy),
                WageNet = Money.FromCents(result.wage_net_cents),
                WageGross = Money.FromCents(result.wage_gross_cents),
                NetValue = Money.FromCents(result.net_value_cents),
                EmployerCost = Money.FromNative(result.employer_cost),
                LeftOver = Money.FromNative(result.left_over),
                FreeSpaceLeft = Money.FromCents(result.free_space_left_cents),
                CustomaryReview = result.customary_review != 0,
                RecalculationRequired = result.recalculation_required != 0,
                Shares = parts,
            };
        }

        /// <summary>Home-working policies side by side for a population (docs/policy.md), as `wkr
        /// scenario --json` gives them: the policy files (YAML) and the population CSV are read here and
        /// named in the messages. Returns the result as JSON with its explanation and receipt.</summary>
        public string Scenario(int year, IList<string> policyFiles, string populationFile,
                               decimal? designatedElsewhere = null)
        {
            var json = new StringBuilder();
            json.Append("{\"command\":\"scenario\",\"year\":").Append(year.ToString(CultureInfo.InvariantCulture));
            json.Append(",\"policy_yaml\":[");
            for (int i = 0; i < policyFiles.Count; ++i)
            {
                json.Append(i == 0 ? "" : ",")
                    .Append(RequestJson.Quote(System.IO.File.ReadAllText(policyFiles[i], Encoding.UTF8)));
            }
            json.Append("],\"policy_file\":[");
            for (int i = 0; i < policyFiles.Count; ++i)
                json.Append(i == 0 ? "" : ",").Append(RequestJson.Quote(policyFiles[i]));
            json.Append("],\"population_csv\":")
                .Append(RequestJson.Quote(System.IO.File.ReadAllText(populationFile, Encoding.UTF8)));
            json.Append(",\"population_file\":").Append(RequestJson.Quote(populationFile));
            if (designatedElsewhere != null)
            {
                json.Append(",\"designated_elsewhere\":")
                    .Append(RequestJson.Quote(designatedElsewhere.Value.ToString(CultureInfo.InvariantCulture)));
            }
            return Evaluate(json.Append('}').ToString());
        }

        /// <summary>One request as the wkr command takes it, as JSON (amounts as strings), returning
        /// the result as JSON with its explanation and receipt.</summary>
        public string Evaluate(string requestJson)
        {
            byte[] request = Utf8.Bytes(requestJson);
            IntPtr response;
            UIntPtr length;
            Check.Status(Methods.wkr_evaluate_json(Handle, request, new UIntPtr((uint)request.Length), out response,
                                                   out length));
            try
            {
                return Utf8.FromPointer(response, (int)length.ToUInt32());
            }
            finally
            {
                Methods.wkr_free(response);
            }
        }
    }

    /// <summary>The calculations on the tables compiled into libwkr:
    /// Wkr.Calculator.FreeSpace(2026, 1600000m) == 22160.00m.</summary>
    public static class Calculator
    {
        private static readonly object Gate = new object();
        private static Context embedded;

        /// <summary>The shared context of the embedded tables.</summary>
        public static Context Embedded
        {
            get
            {
                lock (Gate)
                {
                    if (embedded == null) embedded = Context.Embedded();
                    return embedded;
                }
            }
        }

        /// <summary>"MAJOR.MINOR.PATCH" of the loaded libwkr.</summary>
        public static string VersionString
        {
            get
            {
                Loader.Ensure();
                return Versions.String();
            }
        }

        /// <summary>MAJOR × 10000 + MINOR × 100 + PATCH of the loaded libwkr.</summary>
        public static int VersionNumber
        {
            get
            {
                Loader.Ensure();
                return Versions.Number();
            }
        }

        /// <summary>The ABI version (the N of libwkr.so.N) of the loaded libwkr.</summary>
        public static int AbiVersion
        {
            get
            {
                Loader.Ensure();
                return Versions.Abi();
            }
        }

        private static class Versions
        {
            [MethodImpl(MethodImplOptions.NoInlining)]
            internal static string String() { return Utf8.FromPointer(Methods.wkr_version_string()); }

            [MethodImpl(MethodImplOptions.NoInlining)]
            internal static int Number() { return Methods.wkr_version_number(); }

            [MethodImpl(MethodImplOptions.NoInlining)]
            internal static int Abi() { return Methods.wkr_abi_version(); }
        }

        public static decimal FreeSpace(int year, decimal wageBill, Rounding rounding = Rounding.Tables)
        {
            return Embedded.FreeSpace(year, wageBill, rounding);
        }

        public static FreeSpaceResult GroupFreeSpace(int year, IEnumerable<GroupMember> members,
                                                     Rounding rounding = Rounding.Tables)
        {
            return Embedded.GroupFreeSpace(year, members, rounding);
        }

        public static Settlement Settle(int year, decimal wageBill, decimal designated,
                                        Rounding rounding = Rounding.Tables)
        {
            return Embedded.Settle(year, wageBill, designated, rounding);
        }

        public static Settlement GroupSettle(int year, IEnumerable<GroupMember> members, decimal designated,
                                             Rounding rounding = Rounding.Tables)
        {
            return Embedded.GroupSettle(year, members, designated, rounding);
        }

        public static FreeSpaceResult[] FreeSpaceBatch(IList<FreeSpaceRow> rows)
        {
            return Embedded.FreeSpaceBatch(rows);
        }

        public static Settlement[] SettleBatch(IList<SettleRow> rows)
        {
            return Embedded.SettleBatch(rows);
        }

        public static SettlementColumns SettleColumns(int year, long[] wageBillCents, long[] designatedCents,
                                                      Rounding rounding = Rounding.Tables, int threads = 1)
        {
            return Embedded.SettleColumns(year, wageBillCents, designatedCents, rounding, threads);
        }

        public static long[] FreeSpaceColumns(int year, long[] wageBillCents, Rounding rounding = Rounding.Tables,
                                              int threads = 1)
        {
            return Embedded.FreeSpaceColumns(year, wageBillCents, rounding, threads);
        }

        public static string Evaluate(string requestJson)
        {
            return Embedded.Evaluate(requestJson);
        }

        public static decimal Parameter(string name, int year)
        {
            return Embedded.Parameter(name, year);
        }

        public static HomeWorkingResult HomeWorkingPerDay(int year, int days, decimal? paid = null,
                                                          Excess excess = Excess.Default)
        {
            return Embedded.HomeWorkingPerDay(year, days, paid, excess);
        }

        public static HomeWorkingResult HomeWorkingFixed(int year, int homeDaysPerWeek, decimal? paid = null,
                                                         int fromMonth = 0, int toMonth = 0,
                                                         DayRounding dayRounding = DayRounding.Exact,
                                                         Excess excess = Excess.Default)
        {
            return Embedded.HomeWorkingFixed(year, homeDaysPerWeek, paid, fromMonth, toMonth, dayRounding, excess);
        }

        public static TravelResult CommutePerDay(int year, decimal kmOneWay, int days, decimal? paid = null,
                                                 Excess excess = Excess.Default)
        {
            return Embedded.CommutePerDay(year, kmOneWay, days, paid, excess);
        }

        public static TravelResult TravelPerKm(int year, decimal km, TravelPurpose purpose = TravelPurpose.Commuting,
                                               decimal? paid = null, Excess excess = Excess.Default)
        {
            return Embedded.TravelPerKm(year, km, purpose, paid, excess);
        }

        public static FixedCommuteResult FixedCommute(FixedCommuteRequest request)
        {
            return Embedded.FixedCommute(request);
        }

        public static FixedCommuteResult[] FixedCommuteBatch(IList<FixedCommuteRequest> requests)
        {
            return Embedded.FixedCommuteBatch(requests);
        }

        public static Evaluation EvaluateItems(int year, IList<Item> items, EvaluationOptions options = null)
        {
            return Embedded.EvaluateItems(year, items, options);
        }

        public static GroupSchemeSettlement GroupSchemeSettle(int year, IList<GroupMember> members,
                                                              decimal? designated = null, string filingMember = null,
                                                              AllocationKey allocationKey = AllocationKey.Designated,
                                                              Rounding rounding = Rounding.Tables)
        {
            return Embedded.GroupSchemeSettle(year, members, designated, filingMember, allocationKey, rounding);
        }

        public static WageBillResult WageBill(int year, IEnumerable<EmployeeWage> employees)
        {
            return Embedded.WageBill(year, employees);
        }

        public static GroupWageBillResult GroupWageBill(int year, IList<MemberPayroll> members,
                                                        FormerWageTest method = FormerWageTest.Group)
        {
            return Embedded.GroupWageBill(year, members, method);
        }

        public static LedgerYear Ledger(int year, IList<Period> periods, LedgerOptions options = null)
        {
            return Embedded.Ledger(year, periods, options);
        }

        /// <summary>`amount` (whole cents, not negative) split evenly over `periods` periods in cents, the
        /// parts adding up to it exactly: each its share rounded down, the cents left to the largest
        /// remainders, the earliest first (1000.00 over 12: 83.34 four times, then 83.33).</summary>
        public static decimal[] Distribute(decimal amount, int periods)
        {
            if (periods < 0) throw new ArgumentException("periods is " + periods + "; give at least one period");
            Loader.Ensure();
            return Distribution.Split(amount, null, periods);
        }

        /// <summary>`amount` split over periods in proportion to `weights` (not negative, not all 0), by the
        /// same rule.</summary>
        public static decimal[] Distribute(decimal amount, int[] weights)
        {
            if (weights == null) throw new ArgumentNullException("weights");
            Loader.Ensure();
            return Distribution.Split(amount, weights, weights.Length);
        }

        private static class Distribution
        {
            [MethodImpl(MethodImplOptions.NoInlining)]
            internal static decimal[] Split(decimal amount, int[] weights, int count)
            {
                var parts = new long[Math.Max(count, 1)];
                Check.Status(Methods.wkr_distribute(Money.ToCents(amount, "amount"), weights, new UIntPtr((uint)count),
                                                    parts));
                var result = new decimal[count];
                for (int i = 0; i < count; ++i) result[i] = Money.FromCents(parts[i]);
                return result;
            }
        }
    }
}
