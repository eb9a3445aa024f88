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

    // ---- the targeted exemptions

    [StructLayout(LayoutKind.Sequential)]
    public struct wkr_home_working_days_input
    {
        public uint struct_size;
        public int year;
        public int days;
        public int excess;
        public uint paid_given;
        public uint reserved;
        public long paid_cents;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct wkr_home_working_fixed_input
    {
        public uint struct_size;
        public int year;
        public int home_days_per_week;
        public int from_month;
        public int to_month;
        public int day_rounding;
        public int excess;
        public uint paid_given;
        public long paid_cents;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct wkr_home_working_result
    {
        public uint struct_size;
        public int year;
        public wkr_decimal days;
        public wkr_decimal daily_amount;
        public long cap_cents;
        public long monthly_cap_cents;
        public long paid_cents;
        public long exempt_cents;
        public long excess_cents;
        public long designated_cents;
        public long wage_cents;
        public uint @fixed;
        public uint exemption_in_force;
        public uint paid_given;
        public int excess_treatment;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct wkr_commute_days_input
    {
        public uint struct_size;
        public int year;
        public wkr_decimal km_one_way;
        public int days;
        public int excess;
        public uint paid_given;
        public uint reserved;
        public long paid_cents;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct wkr_travel_km_input
    {
        public uint struct_size;
        public int year;
        public wkr_decimal km;
        public int purpose;
        public int excess;
        public uint paid_given;
        public uint reserved;
        public long paid_cents;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct wkr_travel_result
    {
        public uint struct_size;
        public int year;
        public int purpose;
        public uint paid_given;
        public wkr_decimal km_one_way;
        public wkr_decimal days;
        public wkr_decimal km;
        public wkr_decimal rate;
        public long cap_cents;
        public long paid_cents;
        public long exempt_cents;
        public long excess_cents;
        public long designated_cents;
        public long wage_cents;
        public int excess_treatment;
        public uint reserved;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct wkr_absence
    {
        public uint struct_size;
        public int start;
        public int returned;
        public uint reserved;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct wkr_fixed_commute_input
    {
        public uint struct_size;
        public int year;
        public wkr_decimal km_one_way;
        public int office_days_per_week;
        public int work_days_per_week;
        public int from_month;
        public int to_month;
        public int day_rounding;
        public int excess;
        public uint paid_given;
        public uint travel_days_given;
        public uint travel_weeks_given;
        public uint actual_km_given;
        public long paid_cents;
        public wkr_decimal travel_days;
        public wkr_decimal travel_weeks;
        public wkr_decimal actual_km;
        public uint absence_first;
        public uint absence_count;
        public uint absence_new_cause_each_year;
        public uint reserved;
        public uint corona_approval; // appended after the first version (168 bytes)
        public uint reserved2;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct wkr_fixed_commute_result
    {
        public uint struct_size;
        public int year;
        public wkr_decimal km_one_way;
        public wkr_decimal days;
        public wkr_decimal minimum_days;
        public wkr_decimal minimum_weeks;
        public wkr_decimal rate;
        public long pattern_cap_cents;
        public long cap_cents;
        public long monthly_cap_cents;
        public long actual_cap_cents;
        public long paid_cents;
        public long exempt_cents;
        public long excess_cents;
        public long designated_cents;
        public long wage_cents;
        public int days_per_week;
        public int months;
        public uint stopped_months;
        public uint pattern_based;
        public uint qualifies;
        public uint recalculation_required;
        public uint actual_cap_given;
        public uint paid_given;
        public int excess_treatment;
        public uint reserved;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct wkr_item
    {
        public uint struct_size;
        public int category;
        public long employee_id;
        public long amount_cents;
        public wkr_decimal quantity;
        public uint quantity_given;
        public int treatment;
        public int customary_test;
        public uint reserved;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct wkr_item_result
    {
        public uint struct_size;
        public uint employee_index;
        public long amount_cents;
        public long exempt_cents;
        public long targeted_exempt_cents;
        public long nil_valued_cents;
        public long intermediary_cents;
        public long designated_cents;
        public long wage_cents;
        public long cap_cents;
        public uint cap_given;
        public int category;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct wkr_employee_totals
    {
        public uint struct_size;
        public uint item_count;
        public long employee_id;
        public long exempt_cents;
        public long targeted_exempt_cents;
        public long nil_valued_cents;
        public long intermediary_cents;
        public long designated_cents;
        public long wage_cents;
        public long safe_harbour_cents;
        public uint customary_test_applies;
        public uint customary_review;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct wkr_evaluation_input
    {
        public uint struct_size;
        public int year;
        public int excess;
        public uint company_bicycle_designation;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct wkr_evaluation_result
    {
        public uint struct_size;
        public int year;
        public uint employee_count;
        public uint customary_review_count;
        public long exempt_cents;
        public long targeted_exempt_cents;
        public long nil_valued_cents;
        public long intermediary_cents;
        public long designated_cents;
        public long wage_cents;
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

        // ---- the targeted exemptions
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_home_working_days_input_init(out wkr_home_working_days_input input, UIntPtr size);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_home_working_fixed_input_init(out wkr_home_working_fixed_input input, UIntPtr size);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_home_working_result_init(out wkr_home_working_result result, UIntPtr size);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_commute_days_input_init(out wkr_commute_days_input input, UIntPtr size);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_travel_km_input_init(out wkr_travel_km_input input, UIntPtr size);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_travel_result_init(out wkr_travel_result result, UIntPtr size);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_absence_init(out wkr_absence absence, UIntPtr size);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_fixed_commute_input_init(out wkr_fixed_commute_input input, UIntPtr size);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_fixed_commute_result_init(out wkr_fixed_commute_result result, UIntPtr size);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_item_init(out wkr_item item, UIntPtr size);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_item_result_init(out wkr_item_result result, UIntPtr size);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_employee_totals_init(out wkr_employee_totals totals, UIntPtr size);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_evaluation_input_init(out wkr_evaluation_input input, UIntPtr size);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_evaluation_result_init(out wkr_evaluation_result result, UIntPtr size);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_home_working_per_day(ContextHandle context, ref wkr_home_working_days_input input,
                                                          ref wkr_home_working_result result);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_home_working_fixed(ContextHandle context, ref wkr_home_working_fixed_input input,
                                                        ref wkr_home_working_result result);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_commute_per_day(ContextHandle context, ref wkr_commute_days_input input,
                                                     ref wkr_travel_result result);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_travel_per_km(ContextHandle context, ref wkr_travel_km_input input,
                                                   ref wkr_travel_result result);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_fixed_commute(ContextHandle context, ref wkr_fixed_commute_input input,
                                                   [In] wkr_absence[] absences, UIntPtr absenceCount,
                                                   UIntPtr absenceStride, ref wkr_fixed_commute_result result);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_fixed_commute_batch(ContextHandle context, [In] wkr_fixed_commute_input[] rows,
                                                         UIntPtr count, UIntPtr rowStride, [In] wkr_absence[] absences,
                                                         UIntPtr absenceCount, UIntPtr absenceStride,
                                                         [In, Out] wkr_fixed_commute_result[] results,
                                                         UIntPtr resultStride, [Out] int[] rowStatus);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern IntPtr wkr_item_category_name(int category);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int wkr_evaluate_items(ContextHandle context, ref wkr_evaluation_input input,
                                                    [In] wkr_item[] items, UIntPtr itemCount, UIntPtr itemStride,
                                                    [Out] int[] itemStatus, [In, Out] wkr_item_result[] itemResults,
                                                    UIntPtr itemResultStride,
                                                    [In, Out] wkr_employee_totals[] employees,
                                                    UIntPtr employeeCapacity, UIntPtr employeeStride,
                                                    ref wkr_evaluation_result result);

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

    // ---- the targeted exemptions ------------------------------------------------------------------

    /// <summary>What becomes of the part of an allowance above its exempt maximum (WKR_EXCESS_*).
    /// Default: designated (for an item: the evaluation's choice).</summary>
    public enum Excess
    {
        Default = 0,
        Designate = 1,
        Wage = 2,
    }

    /// <summary>How the days of a fixed allowance (k/5 × 214) are rounded (WKR_DAYS_*).</summary>
    public enum DayRounding
    {
        Exact = 0,
        Up = 1,
    }

    /// <summary>What a kilometre allowance reimburses (WKR_TRAVEL_*).</summary>
    public enum TravelPurpose
    {
        Commuting = 0,
        BusinessTrip = 1,
    }

    /// <summary>The categories of an evaluation item (WKR_ITEM_*); ItemCategories.Name gives the
    /// items CSV spelling.</summary>
    public enum ItemCategory
    {
        HomeWorking = 1,
        CommuteKm = 2,
        BusinessKm = 3,
        PublicTransport = 4,
        InternetNecessary = 5,
        InternetOther = 6,
        Arbo = 7,
        FlexWorkplace = 8,
        Coworking = 9,
        FreeSpace = 10,
        Intermediary = 11,
        AlwaysWage = 12,
        CompanyCar = 13,
        Housing = 14,
        Fine = 15,
        CompanyBicycle = 16,
        StayCosts = 17,
        Course = 18,
        Vog = 19,
        Outplacement = 20,
        MovingCosts = 21,
        MovingGoods = 22,
        StaffDiscount = 23,
        WorkClothing = 24,
        ClothingOther = 25,
        WorkplaceDrinks = 26,
        WorkplaceMeal = 27,
        BusinessMeal = 28,
        PublicTransportPass = 29,
        NecessaryEquipment = 30,
        EquipmentOther = 31,
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
            f.SetSplit(r.paid_given, r.paid_cents, r.exempt_cents, r.excess_cents, r.designated_cents, r.wage_cents,
                       r.excess_treatment);
            return f;
        }
    }

    /// <summary>One item of the per-employee evaluation.</summary>
    public sealed class Item
    {
        public Item(string employee, ItemCategory category, decimal amount, decimal? quantity = null,
                    Excess treatment = Excess.Default)
        {
            Employee = employee;
            Category = category;
            Amount = amount;
            Quantity = quantity;
            Treatment = treatment;
        }

        public string Employee { get; set; }
        public ItemCategory Category { get; set; }
        public decimal Amount { get; set; }
        /// <summary>Days, km or an amount, as the category says; null when not given.</summary>
        public decimal? Quantity { get; set; }
        /// <summary>Excess.Default: the evaluation's.</summary>
        public Excess Treatment { get; set; }
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

    /// <summary>The five parts of an amount and their exempt sum.</summary>
    public abstract class Parts
    {
        public decimal Exempt { get; internal set; }
        public decimal TargetedExempt { get; internal set; }
        public decimal NilValued { get; internal set; }
        public decimal Intermediary { get; internal set; }
        public decimal Designated { get; internal set; }
        public decimal Wage { get; internal set; }

        internal void SetParts(long exempt, long targeted, long nil, long intermediary, long designated, long wage)
        {
            Exempt = Money.FromCents(exempt);
            TargetedExempt = Money.FromCents(targeted);
            NilValued = Money.FromCents(nil);
            Intermediary = Money.FromCents(intermediary);
            Designated = Money.FromCents(designated);
            Wage = Money.FromCents(wage);
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
                                                   new UIntPtr(Methods.SizeOf<wkr_absence>()), ref result));
            return FixedCommuteResult.From(result);
        }

        /// <summary>Fixed travel allowances of many employees in one call; errors as FreeSpaceBatch.</summary>
        public FixedCommuteResult[] FixedCommuteBatch(IList<FixedCommuteRequest> requests)
        {
            var absences = new List<wkr_absence>();
            var inputs = new wkr_fixed_commute_input[requests.Count];
            var outputs = new wkr_fixed_commute_result[requests.Count];
            for (int i = 0; i < requests.Count; ++i)
            {
                inputs[i] = FixedCommuteInput(requests[i], absences);
                outputs[i].struct_size = Methods.SizeOf<wkr_fixed_commute_result>();
            }
            wkr_absence[] array = absences.Count > 0 ? absences.ToArray() : null;
            var statuses = new int[requests.Count];
            int status = Methods.wkr_fixed_commute_batch(
                Handle, inputs, new UIntPtr((uint)inputs.Length), new UIntPtr(Methods.SizeOf<wkr_fixed_commute_input>()),
                array, new UIntPtr((uint)absences.Count), new UIntPtr(Methods.SizeOf<wkr_absence>()), outputs,
                new UIntPtr(Methods.SizeOf<wkr_fixed_commute_result>()), statuses);
            var results = new FixedCommuteResult[requests.Count];
            for (int i = 0; i < requests.Count; ++i)
            {
                if (statuses[i] == 0) results[i] = FixedCommuteResult.From(outputs[i]);
            }
            ThrowIfRowsFailed(status, statuses, results, i =>
            {
                try
                {
                    FixedCommute(requests[i]);
                    return null;
                }
                catch (WkrException e)
                {
                    return e;
                }
            });
            return results;
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
                customary[name] = 1;
            }
            foreach (string name in options.BelowMinimumWage ?? new string[0])
            {
                if (!ids.ContainsKey(name)) throw new ArgumentException("'" + name + "' is named for the customary test but has no items");
                if (!customary.ContainsKey(name)) customary[name] = 2;
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
                array[i].treatment = (int)item.Treatment;
                int code;
                array[i].customary_test = customary.TryGetValue(item.Employee, out code) ? code : 0;
            }
            var input = new wkr_evaluation_input();
            input.struct_size = Methods.SizeOf<wkr_evaluation_input>();
            input.year = year;
            input.excess = (int)options.Excess;
            input.company_bicycle_designation = options.CompanyBicycleDesignation ? 1u : 0u;
            var itemResults = new wkr_item_result[items.Count];
            for (int i = 0; i < itemResults.Length; ++i) itemResults[i].struct_size = Methods.SizeOf<wkr_item_result>();
            var totals = new wkr_employee_totals[employees.Count];
            for (int i = 0; i < totals.Length; ++i) totals[i].struct_size = Methods.SizeOf<wkr_employee_totals>();
            var statuses = new int[items.Count];
            var result = new wkr_evaluation_result();
            result.struct_size = Methods.SizeOf<wkr_evaluation_result>();
            int status = Methods.wkr_evaluate_items(
                Handle, ref input, array, new UIntPtr((uint)array.Length), new UIntPtr(Methods.SizeOf<wkr_item>()),
                statuses, itemResults, new UIntPtr(Methods.SizeOf<wkr_item_result>()), totals,
                new UIntPtr((uint)totals.Length), new UIntPtr(Methods.SizeOf<wkr_employee_totals>()), ref result);
            if (status != 0)
            {
                string message = Check.LastMessage();
                var rows = new Dictionary<int, WkrException>();
                for (int i = 0; i < statuses.Length; ++i)
                {
                    if (statuses[i] != 0) rows[i] = new WkrException(statuses[i], RowMessage(message, i));
                }
                if (rows.Count > 0) throw new ItemsException(status, message, rows);
                throw new WkrException(status, message);
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
                           r.designated_cents, r.wage_cents);
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
                    Employee = employees[e],
                    Items = perEmployee[e].ToArray(),
                    SafeHarbour = Money.FromCents(t.safe_harbour_cents),
                    CustomaryTestApplies = t.customary_test_applies != 0,
                    CustomaryReview = t.customary_review != 0,
                };
                p.SetParts(t.exempt_cents, t.targeted_exempt_cents, t.nil_valued_cents, t.intermediary_cents,
                           t.designated_cents, t.wage_cents);
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
                                result.intermediary_cents, result.designated_cents, result.wage_cents);
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
    }
}
