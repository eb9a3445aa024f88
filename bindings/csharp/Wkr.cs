// Wkr.cs — the C# binding of libwkr: exact calculations for the Dutch werkkostenregeling (WKR).
//
// P/Invoke over the stable C interface (wkr.h); no other dependency. Builds with Mono's mcs
// (mcs -target:library -out:Wkr.dll Wkr.cs) and with modern .NET (Wkr.csproj). Amounts are
// decimal in and out; a failure is a WkrException with the library's status and message; contexts
// are SafeHandles, so the tables are released exactly once even when Dispose is forgotten.
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
    // The structs of wkr.h, field for field, with the C names. Blittable: only fixed-width integers.

    /// <summary>(hi × 2^64 + lo) × 10^-scale: 128-bit two's complement, low word first.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct wkr_decimal
    {
        public ulong lo;
        public long hi;
        public int scale;
        public uint reserved;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct wkr_free_space_input
    {
        public uint struct_size;
        public int year;
        public long wage_bill_cents;
        public int free_space_rounding;
        public uint reserved;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct wkr_settle_input
    {
        public uint struct_size;
        public int year;
        public long wage_bill_cents;
        public long designated_cents;
        public int free_space_rounding;
        public uint reserved;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct wkr_group_member
    {
        public uint struct_size;
        public uint whole_year;
        public long wage_bill_cents;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct wkr_free_space_result
    {
        public uint struct_size;
        public int year;
        public long wage_bill_cents;
        public long free_space_cents;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct wkr_settlement
    {
        public uint struct_size;
        public int year;
        public long wage_bill_cents;
        public long free_space_cents;
        public long designated_cents;
        public long excess_cents;
        public long final_levy_cents;
        public long final_levy_return_cents;
        public int due_year;
        public int due_period;
    }

    /// <summary>The P/Invoke declarations of wkr.h. Library-owned strings are returned as IntPtr
    /// (the marshaller would otherwise free them); strings go in as UTF-8 bytes with a length.</summary>
    public static class Methods
    {
        public const string Library = "wkr";
        public const int AbiVersion = 1;

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_version_number();
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern IntPtr wkr_version_string();
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_abi_version();
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern IntPtr wkr_status_name(int status);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_last_error_copy(byte[] buffer, UIntPtr capacity, out UIntPtr needed);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern void wkr_free(IntPtr pointer);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_decimal_parse(byte[] text, UIntPtr length, out wkr_decimal value);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_decimal_format(ref wkr_decimal value, byte[] buffer, UIntPtr capacity,
                                                    out UIntPtr needed);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_context_new(out ContextHandle context);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_context_new_from_directory(byte[] path, UIntPtr length,
                                                                out ContextHandle context);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern void wkr_context_free(IntPtr context);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_context_parameters_digest(ContextHandle context, byte[] buffer,
                                                               UIntPtr capacity, out UIntPtr needed);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_parameter_number(ContextHandle context, byte[] name, UIntPtr length, int year,
                                                      out wkr_decimal value);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_free_space_input_init(out wkr_free_space_input input, UIntPtr size);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_settle_input_init(out wkr_settle_input input, UIntPtr size);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_group_member_init(out wkr_group_member member, UIntPtr size);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_free_space_result_init(out wkr_free_space_result result, UIntPtr size);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_settlement_init(out wkr_settlement result, UIntPtr size);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_free_space(ContextHandle context, ref wkr_free_space_input input,
                                                ref wkr_free_space_result result);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_group_free_space(ContextHandle context, ref wkr_free_space_input input,
                                                      [In] wkr_group_member[] members, UIntPtr count,
                                                      UIntPtr stride, ref wkr_free_space_result result);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_settle(ContextHandle context, ref wkr_settle_input input,
                                            ref wkr_settlement result);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_group_settle(ContextHandle context, ref wkr_settle_input input,
                                                  [In] wkr_group_member[] members, UIntPtr count, UIntPtr stride,
                                                  ref wkr_settlement result);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_free_space_batch(ContextHandle context, [In] wkr_free_space_input[] rows,
                                                      UIntPtr count, UIntPtr rowStride,
                                                      [In, Out] wkr_free_space_result[] results,
                                                      UIntPtr resultStride, [Out] int[] rowStatus);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_settle_batch(ContextHandle context, [In] wkr_settle_input[] rows,
                                                  UIntPtr count, UIntPtr rowStride, [In, Out] wkr_settlement[] results,
                                                  UIntPtr resultStride, [Out] int[] rowStatus);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_evaluate_json(ContextHandle context, byte[] request, UIntPtr length,
                                                   out IntPtr response, out UIntPtr responseLength);

        /// <summary>sizeof a struct, as its struct_size field wants it.</summary>
        public static uint SizeOf<T>() where T : struct
        {
            return (uint)Marshal.SizeOf(typeof(T));
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

        // Mono binds a P/Invoke when it compiles the method that calls it, and remembers a failure.
        // So no method that runs before the WKR_LIBRARY preload may contain a call into libwkr: the
        // calls sit in methods of their own (NoInlining), compiled at their first call, after Ensure().
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void CheckAbi()
        {
            int abi = Methods.wkr_abi_version();
            if (abi != Methods.AbiVersion)
            {
                throw new DllNotFoundException("libwkr has ABI version " + abi + "; this binding needs " +
                                               Methods.AbiVersion);
            }
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
        Ok = 0,
        InvalidArgument = -1,
        Parse = -2,
        Overflow = -3,
        Data = -4,
        NotCovered = -5,
        IO = -6,
        DivisionByZero = -7,
        NoMemory = -100,
        Internal = -101,
        Range = -102,
        BufferTooSmall = -103,
        Unsupported = -104,
        RowsFailed = -105,
    }

    /// <summary>How the free space is brought to cents. Tables (the default): the parameter tables'
    /// rule, down to the cent.</summary>
    public enum Rounding
    {
        Tables = 0,
        HalfUp = 1,
        HalfEven = 2,
        Floor = 3,
        Ceiling = 4,
        TowardZero = 5,
    }

    /// <summary>A failure reported by libwkr: its status code and its message.</summary>
    public class WkrException : Exception
    {
        public WkrException(int code, string message)
            : base(Names.Of(code) + ": " + message)
        {
            Code = code;
            Status = (Status)code;
            StatusName = Names.Of(code);
            Detail = message;
        }

        /// <summary>The status (a code this binding does not know keeps its number).</summary>
        public Status Status { get; private set; }
        public int Code { get; private set; }
        /// <summary>"WKR_E_NOT_COVERED".</summary>
        public string StatusName { get; private set; }
        /// <summary>The library's message: what was wrong and what would be right.</summary>
        public string Detail { get; private set; }
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

    internal static class Names
    {
        internal static string Of(int code)
        {
            return Utf8.FromPointer(Methods.wkr_status_name(code));
        }
    }

    internal static class Check
    {
        internal static string LastMessage()
        {
            UIntPtr needed;
            Methods.wkr_last_error_copy(null, UIntPtr.Zero, out needed);
            var buffer = new byte[(int)needed.ToUInt32()];
            Methods.wkr_last_error_copy(buffer, new UIntPtr((uint)buffer.Length), out needed);
            return Utf8.FromBuffer(buffer);
        }

        /// <summary>Throws for a status other than WKR_OK, with this thread's message.</summary>
        internal static void Status(int status)
        {
            if (status != 0) throw new WkrException(status, LastMessage());
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

    /// <summary>A member of a group scheme: its wage bill and whether it was in the group all year.</summary>
    public struct GroupMember
    {
        public GroupMember(decimal wageBill, bool wholeYear = true)
            : this()
        {
            WageBill = wageBill;
            WholeYear = wholeYear;
        }

        public decimal WageBill { get; set; }
        public bool WholeYear { get; set; }
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
            return new Settlement
            {
                Year = r.year,
                WageBill = Money.FromCents(r.wage_bill_cents),
                FreeSpace = Money.FromCents(r.free_space_cents),
                Designated = Money.FromCents(r.designated_cents),
                Excess = Money.FromCents(r.excess_cents),
                FinalLevy = Money.FromCents(r.final_levy_cents),
                FinalLevyReturn = Money.FromCents(r.final_levy_return_cents),
                DueYear = r.due_year,
                DuePeriod = r.due_period,
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

        /// <summary>The embedded tables with every *.yaml file of a directory layered on top.</summary>
        public static Context FromDirectory(string directory)
        {
            Loader.Ensure();
            return NewFromDirectory(directory);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Context NewFromDirectory(string directory)
        {
            byte[] path = Utf8.Bytes(directory);
            ContextHandle handle;
            int status = Methods.wkr_context_new_from_directory(path, new UIntPtr((uint)path.Length), out handle);
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
                var m = new wkr_group_member();
                m.struct_size = Methods.SizeOf<wkr_group_member>();
                m.whole_year = member.WholeYear ? 1u : 0u;
                m.wage_bill_cents = Money.ToCents(member.WageBill, "members[" + list.Count + "].WageBill");
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

        /// <summary>The free space (vrije ruimte) of one employer (art. 31a lid 2 Wet LB 1964).</summary>
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
                                                      new UIntPtr(Methods.SizeOf<wkr_group_member>()), ref result));
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
                                                  new UIntPtr(Methods.SizeOf<wkr_group_member>()), ref result));
            return Settlement.From(result);
        }

        /// <summary>Free spaces of many employers in one call. A bad row does not stop the others:
        /// a BatchException at the end carries every result and every row's error.</summary>
        public FreeSpaceResult[] FreeSpaceBatch(IList<FreeSpaceRow> rows)
        {
            var inputs = new wkr_free_space_input[rows.Count];
            var outputs = new wkr_free_space_result[rows.Count];
            for (int i = 0; i < rows.Count; ++i)
            {
                inputs[i] = FreeSpaceInput(rows[i].Year, rows[i].WageBill, rows[i].Rounding);
                outputs[i].struct_size = Methods.SizeOf<wkr_free_space_result>();
            }
            var statuses = new int[rows.Count];
            int status = Methods.wkr_free_space_batch(Handle, inputs, new UIntPtr((uint)inputs.Length),
                                                      new UIntPtr(Methods.SizeOf<wkr_free_space_input>()), outputs,
                                                      new UIntPtr(Methods.SizeOf<wkr_free_space_result>()), statuses);
            var results = new FreeSpaceResult[rows.Count];
            for (int i = 0; i < rows.Count; ++i)
            {
                if (statuses[i] == 0) results[i] = Wkr.FreeSpaceResult.From(outputs[i]);
            }
            ThrowIfRowsFailed(status, statuses, results, i =>
            {
                // The row's own message: the row computed alone (failures are rare, so cheap).
                try
                {
                    FreeSpaceResult(rows[i].Year, rows[i].WageBill, rows[i].Rounding);
                    return null;
                }
                catch (WkrException e)
                {
                    return e;
                }
            });
            return results;
        }

        /// <summary>Settlements of many employers in one call; errors as FreeSpaceBatch.</summary>
        public Settlement[] SettleBatch(IList<SettleRow> rows)
        {
            var inputs = new wkr_settle_input[rows.Count];
            var outputs = new wkr_settlement[rows.Count];
            for (int i = 0; i < rows.Count; ++i)
            {
                inputs[i] = SettleInput(rows[i].Year, rows[i].WageBill, rows[i].Designated, rows[i].Rounding);
                outputs[i].struct_size = Methods.SizeOf<wkr_settlement>();
            }
            var statuses = new int[rows.Count];
            int status = Methods.wkr_settle_batch(Handle, inputs, new UIntPtr((uint)inputs.Length),
                                                  new UIntPtr(Methods.SizeOf<wkr_settle_input>()), outputs,
                                                  new UIntPtr(Methods.SizeOf<wkr_settlement>()), statuses);
            var results = new Settlement[rows.Count];
            for (int i = 0; i < rows.Count; ++i)
            {
                if (statuses[i] == 0) results[i] = Settlement.From(outputs[i]);
            }
            ThrowIfRowsFailed(status, statuses, results, i =>
            {
                try
                {
                    Settle(rows[i].Year, rows[i].WageBill, rows[i].Designated, rows[i].Rounding);
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

        public static string Evaluate(string requestJson)
        {
            return Embedded.Evaluate(requestJson);
        }

        public static decimal Parameter(string name, int year)
        {
            return Embedded.Parameter(name, year);
        }
    }
}
