// The C interface of libwkr (wkr.h): a pure translation layer between C and the C++ core. It
// checks and converts arguments, calls the core, converts results back and turns every exception
// into a status code and a thread-local message. It computes nothing of its own: every fiscal
// figure comes from include/wkr/*.hpp.
#include "wkr.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <limits>
#include <map>
#include <new>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "wkr/allowances/evaluation.hpp"
#include "wkr/allowances/fixed_commute.hpp"
#include "wkr/allowances/home_working.hpp"
#include "wkr/allowances/travel.hpp"
#include "wkr/decimal.hpp"
#include "wkr/error.hpp"
#include "wkr/free_space.hpp"
#include "wkr/parameters.hpp"
#include "wkr/request.hpp"

// The opaque handle of wkr.h: loaded, immutable parameter tables.
struct wkr_context {
  wkr::Parameters parameters;
};

namespace {

using wkr::Decimal;
using wkr::Error;
using wkr::ErrorCode;

// ---- the header agrees with the project and with the core ------------------------------------

// WKR_PROJECT_VERSION_* come from CMake's project(VERSION); capi/CMakeLists.txt also checks this
// at configure time, with a message saying what to edit.
static_assert(WKR_VERSION_MAJOR == WKR_PROJECT_VERSION_MAJOR && WKR_VERSION_MINOR == WKR_PROJECT_VERSION_MINOR &&
                  WKR_VERSION_PATCH == WKR_PROJECT_VERSION_PATCH,
              "wkr.h's WKR_VERSION_* differ from the CMake project version");
static_assert(std::string_view(WKR_VERSION_STRING) == WKR_PROJECT_VERSION_STRING,
              "wkr.h's WKR_VERSION_STRING differs from the CMake project version");
static_assert(WKR_ABI_VERSION == WKR_PROJECT_SOVERSION, "WKR_ABI_VERSION differs from the SOVERSION");

// The core's error codes are the C statuses, negated (wkr.h, "status codes").
constexpr int32_t status_of(ErrorCode code) { return -static_cast<int32_t>(code); }
static_assert(status_of(ErrorCode::invalid_argument) == WKR_E_INVALID_ARGUMENT);
static_assert(status_of(ErrorCode::parse) == WKR_E_PARSE);
static_assert(status_of(ErrorCode::overflow) == WKR_E_OVERFLOW);
static_assert(status_of(ErrorCode::data) == WKR_E_DATA);
static_assert(status_of(ErrorCode::not_covered) == WKR_E_NOT_COVERED);
static_assert(status_of(ErrorCode::io) == WKR_E_IO);
static_assert(status_of(ErrorCode::division_by_zero) == WKR_E_DIVISION_BY_ZERO);

// The layouts wkr.h documents (the same numbers are checked in C, Python and C#).
static_assert(sizeof(wkr_decimal) == 24 && offsetof(wkr_decimal, scale) == 16);
static_assert(sizeof(wkr_free_space_input) == 24);
static_assert(sizeof(wkr_settle_input) == 32);
static_assert(sizeof(wkr_group_member) == 16);
static_assert(sizeof(wkr_free_space_result) == 24);
static_assert(sizeof(wkr_settlement) == 64);
static_assert(sizeof(wkr_home_working_days_input) == 32);
static_assert(sizeof(wkr_home_working_fixed_input) == 40);
static_assert(sizeof(wkr_home_working_result) == 128);
static_assert(sizeof(wkr_commute_days_input) == 56);
static_assert(sizeof(wkr_travel_km_input) == 56);
static_assert(sizeof(wkr_travel_result) == 168);
static_assert(sizeof(wkr_absence) == 16);
static_assert(sizeof(wkr_fixed_commute_input) == 176);
static_assert(offsetof(wkr_fixed_commute_input, corona_approval) == 168);
static_assert(sizeof(wkr_fixed_commute_result) == 240);
static_assert(sizeof(wkr_item) == 64);
static_assert(sizeof(wkr_item_result) == 80);
static_assert(sizeof(wkr_employee_totals) == 80);
static_assert(sizeof(wkr_evaluation_input) == 16);
static_assert(sizeof(wkr_evaluation_result) == 64);

// ---- errors ------------------------------------------------------------------------------------

// The last error of this thread. A failure to store a message (out of memory) falls back to a
// static text, so reporting an error never throws.
thread_local std::string last_message;
thread_local const char* last_static_message = nullptr;

const char* current_message() noexcept {
  return last_static_message != nullptr ? last_static_message : last_message.c_str();
}

int32_t succeed() noexcept {
  last_message.clear();  // keeps the capacity: no allocation, no throw
  last_static_message = nullptr;
  return WKR_OK;
}

int32_t fail(int32_t status, std::string_view message) noexcept {
  try {
    last_message.assign(message);
    last_static_message = nullptr;
  } catch (...) {
    last_static_message = "out of memory while reporting an error";
  }
  return status;
}

/// An error of the C layer itself (a NULL pointer, a struct it cannot read, …).
struct CError {
  int32_t status;
  std::string message;
};

[[noreturn]] void throw_c(int32_t status, std::string message) { throw CError{status, std::move(message)}; }

/// Runs `body` (which returns a status) and turns every exception into a status and a message. No
/// exception leaves this function.
template <class Body>
int32_t guarded(const char* function, Body&& body) noexcept {
  try {
    return body();
  } catch (const CError& e) {
    return fail(e.status, std::string(function) + ": " + e.message);
  } catch (const Error& e) {
    return fail(status_of(e.code()), e.what());
  } catch (const nlohmann::json::parse_error& e) {
    return fail(WKR_E_PARSE, std::string("the request is not valid JSON: ") + e.what());
  } catch (const nlohmann::json::exception& e) {
    return fail(WKR_E_INVALID_ARGUMENT, std::string("the request could not be read: ") + e.what());
  } catch (const std::bad_alloc&) {
    return fail(WKR_E_NOMEM, std::string(function) + ": out of memory");
  } catch (const std::overflow_error& e) {
    return fail(WKR_E_OVERFLOW, std::string(function) + ": " + e.what());
  } catch (const std::exception& e) {
    return fail(WKR_E_INTERNAL, std::string(function) + ": internal error: " + e.what());
  } catch (...) {
    return fail(WKR_E_INTERNAL, std::string(function) + ": internal error (unknown exception)");
  }
}

template <class T>
void require_pointer(const T* pointer, const char* name) {
  if (pointer == nullptr) throw_c(WKR_E_INVALID_ARGUMENT, std::string(name) + " is NULL");
}

std::string_view text_of(const char* text, std::size_t length, const char* name) {
  if (text == nullptr && length > 0) throw_c(WKR_E_INVALID_ARGUMENT, std::string(name) + " is NULL");
  return text == nullptr ? std::string_view() : std::string_view(text, length);
}

// ---- structs that grow: struct_size (wkr.h, "conventions") ------------------------------------

/// The size of the first version of each struct: the least a caller may pass. It never changes,
/// while sizeof grows when a 1.x release appends fields.
template <class T>
constexpr std::size_t first_size();
template <>
constexpr std::size_t first_size<wkr_free_space_input>() { return 24; }
template <>
constexpr std::size_t first_size<wkr_settle_input>() { return 32; }
template <>
constexpr std::size_t first_size<wkr_group_member>() { return 16; }
template <>
constexpr std::size_t first_size<wkr_free_space_result>() { return 24; }
template <>
constexpr std::size_t first_size<wkr_settlement>() { return 64; }
template <>
constexpr std::size_t first_size<wkr_home_working_days_input>() { return 32; }
template <>
constexpr std::size_t first_size<wkr_home_working_fixed_input>() { return 40; }
template <>
constexpr std::size_t first_size<wkr_home_working_result>() { return 128; }
template <>
constexpr std::size_t first_size<wkr_commute_days_input>() { return 56; }
template <>
constexpr std::size_t first_size<wkr_travel_km_input>() { return 56; }
template <>
constexpr std::size_t first_size<wkr_travel_result>() { return 168; }
template <>
constexpr std::size_t first_size<wkr_absence>() { return 16; }
template <>
constexpr std::size_t first_size<wkr_fixed_commute_input>() { return 168; }
template <>
constexpr std::size_t first_size<wkr_fixed_commute_result>() { return 240; }
template <>
constexpr std::size_t first_size<wkr_item>() { return 64; }
template <>
constexpr std::size_t first_size<wkr_item_result>() { return 80; }
template <>
constexpr std::size_t first_size<wkr_employee_totals>() { return 80; }
template <>
constexpr std::size_t first_size<wkr_evaluation_input>() { return 16; }
template <>
constexpr std::size_t first_size<wkr_evaluation_result>() { return 64; }

/// Reads a caller's struct of `struct_size` bytes (at most `limit`, the stride of a batch): the
/// fields it has are copied, a newer (larger) struct is accepted only when every byte this library
/// does not know is zero, and a reserved field must be zero.
template <class T>
T read_struct(const T* source, const std::string& name, std::size_t limit = std::numeric_limits<std::size_t>::max()) {
  require_pointer(source, name.c_str());
  const std::size_t size = source->struct_size;
  if (size < first_size<T>()) {
    throw_c(WKR_E_UNSUPPORTED, name + ".struct_size is " + std::to_string(size) + "; it must be at least " +
                                   std::to_string(first_size<T>()) + " (set it with the _INIT macro or the _init function)");
  }
  if (size > limit) {
    throw_c(WKR_E_UNSUPPORTED, name + ".struct_size is " + std::to_string(size) + ", more than the stride " +
                                   std::to_string(limit));
  }
  T value{};
  std::memcpy(&value, source, std::min(size, sizeof(T)));
  const auto* bytes = reinterpret_cast<const unsigned char*>(source);
  for (std::size_t i = sizeof(T); i < size; ++i) {
    if (bytes[i] != 0) {
      throw_c(WKR_E_UNSUPPORTED, name + " sets a field at byte " + std::to_string(i) + " that libwkr " +
                                     WKR_VERSION_STRING + " does not know (struct_size " + std::to_string(size) +
                                     ", known " + std::to_string(sizeof(T)) + "); upgrade libwkr");
    }
  }
  return value;
}

void require_reserved_zero(uint32_t reserved, const std::string& name) {
  if (reserved != 0) {
    throw_c(WKR_E_UNSUPPORTED, name + " is " + std::to_string(reserved) + "; a reserved field must be 0 in libwkr " +
                                   WKR_VERSION_STRING);
  }
}

/// Checks a caller's output struct before anything is computed.
template <class T>
std::size_t output_size(const T* destination, const std::string& name,
                        std::size_t limit = std::numeric_limits<std::size_t>::max()) {
  require_pointer(destination, name.c_str());
  const std::size_t size = destination->struct_size;
  if (size < first_size<T>() || size > limit) {
    throw_c(WKR_E_UNSUPPORTED, name + ".struct_size is " + std::to_string(size) +
                                   (size > limit ? ", more than the stride " + std::to_string(limit)
                                                 : "; set it with the _INIT macro or the _init function (at least " +
                                                       std::to_string(first_size<T>()) + ")"));
  }
  return size;
}

/// Writes `value` into the caller's struct of `size` bytes: the fields the caller knows, zeros for
/// fields the caller knows and this library does not; struct_size stays the caller's.
template <class T>
void write_struct(T* destination, std::size_t size, const T& value) {
  auto* bytes = reinterpret_cast<unsigned char*>(destination);
  const std::size_t known = std::min(size, sizeof(T));
  std::memcpy(bytes + sizeof(uint32_t), reinterpret_cast<const unsigned char*>(&value) + sizeof(uint32_t),
              known - sizeof(uint32_t));
  if (size > known) std::memset(bytes + known, 0, size - known);
}

/// Zero-fills a caller's struct after struct_size (the state of a failed result).
template <class T>
void clear_struct(T* destination, std::size_t size) noexcept {
  std::memset(reinterpret_cast<unsigned char*>(destination) + sizeof(uint32_t), 0, size - sizeof(uint32_t));
}

template <class T>
int32_t init_struct(T* target, std::size_t size, const T& defaults, const char* name) {
  require_pointer(target, name);
  if (size < first_size<T>() || size > std::numeric_limits<uint32_t>::max()) {
    throw_c(WKR_E_UNSUPPORTED, "size " + std::to_string(size) + " is not a size of " + std::string(name) +
                                   " (the first version has " + std::to_string(first_size<T>()) + " bytes)");
  }
  auto* bytes = reinterpret_cast<unsigned char*>(target);
  std::memset(bytes, 0, size);
  std::memcpy(bytes, &defaults, std::min(size, sizeof(T)));
  target->struct_size = static_cast<uint32_t>(size);
  return succeed();
}

// ---- numbers -----------------------------------------------------------------------------------

Decimal from_cents(int64_t cents) { return Decimal::from_coefficient(Decimal::Coefficient(cents), 2); }

/// An exact amount as int64_t cents: WKR_E_RANGE when it has a fraction of a cent or does not fit.
int64_t to_cents(const Decimal& amount, const char* what) {
  const Decimal cents = amount.rounded(2, wkr::Rounding::toward_zero);
  if (cents != amount) {
    throw_c(WKR_E_RANGE, std::string(what) + " is " + amount.to_string() + ", not a whole number of cents");
  }
  const Decimal::Coefficient& c = cents.coefficient();
  if (c > std::numeric_limits<int64_t>::max() || c < std::numeric_limits<int64_t>::min()) {
    throw_c(WKR_E_RANGE, std::string(what) + " is " + amount.to_string() + ", beyond int64_t cents");
  }
  return static_cast<int64_t>(c);
}

const Decimal::Coefficient& two_to_the_64() {
  static const Decimal::Coefficient value = Decimal::Coefficient(1) << 64;
  return value;
}

/// wkr_decimal (two's complement) → Decimal (the core's signed magnitude).
Decimal from_c(const wkr_decimal& value, const std::string& name) {
  require_reserved_zero(value.reserved, name + ".reserved");
  if (value.scale < 0 || value.scale > Decimal::max_scale) {
    throw_c(WKR_E_INVALID_ARGUMENT, name + ".scale is " + std::to_string(value.scale) + "; it must be 0 to 30");
  }
  // hi × 2^64 + lo: −2^127 ≤ value < 2^127, well inside the core's ±(2^128 − 1).
  const Decimal::Coefficient coefficient =
      Decimal::Coefficient(value.hi) * two_to_the_64() + Decimal::Coefficient(value.lo);
  return Decimal::from_coefficient(coefficient, value.scale);
}

/// Decimal → wkr_decimal; WKR_E_RANGE when the significand needs more than 128-bit two's
/// complement.
wkr_decimal to_c(const Decimal& value) {
  using Coefficient = Decimal::Coefficient;
  static const Coefficient max_positive = (Coefficient(1) << 127) - 1;  // 2^127 − 1
  const Coefficient& c = value.coefficient();
  const Coefficient magnitude = boost::multiprecision::abs(c);
  if ((c.sign() >= 0 && magnitude > max_positive) || (c.sign() < 0 && magnitude - 1 > max_positive)) {
    throw_c(WKR_E_RANGE, value.to_string() + " does not fit the 128-bit two's complement of wkr_decimal");
  }
  uint64_t lo = static_cast<uint64_t>(magnitude & std::numeric_limits<uint64_t>::max());
  uint64_t hi = static_cast<uint64_t>(magnitude >> 64);
  if (c.sign() < 0) {  // two's complement negation of the 128-bit magnitude
    lo = ~lo + 1;
    hi = ~hi + (lo == 0 ? 1 : 0);
  }
  return wkr_decimal{lo, static_cast<int64_t>(hi), value.scale(), 0};
}

std::optional<wkr::Rounding> rounding_of(int32_t code, const std::string& name) {
  switch (code) {
    case WKR_ROUNDING_TABLES: return std::nullopt;
    case WKR_ROUNDING_HALF_UP: return wkr::Rounding::half_up;
    case WKR_ROUNDING_HALF_EVEN: return wkr::Rounding::half_even;
    case WKR_ROUNDING_FLOOR: return wkr::Rounding::floor;
    case WKR_ROUNDING_CEILING: return wkr::Rounding::ceiling;
    case WKR_ROUNDING_TOWARD_ZERO: return wkr::Rounding::toward_zero;
    default:
      throw_c(WKR_E_INVALID_ARGUMENT, name + " is " + std::to_string(code) +
                                          "; it must be one of WKR_ROUNDING_TABLES (0) to WKR_ROUNDING_TOWARD_ZERO (5)");
  }
}

/// Copies a string into a caller's buffer, snprintf style.
int32_t copy_out(std::string_view text, char* buffer, std::size_t capacity, std::size_t* needed) {
  if (needed != nullptr) *needed = text.size() + 1;
  if (buffer == nullptr && capacity > 0) throw_c(WKR_E_INVALID_ARGUMENT, "buffer is NULL");
  if (capacity < text.size() + 1) {
    return fail(WKR_E_BUFFER_TOO_SMALL, "the buffer holds " + std::to_string(capacity) + " bytes; " +
                                            std::to_string(text.size() + 1) + " are needed");
  }
  std::memcpy(buffer, text.data(), text.size());
  buffer[text.size()] = '\0';
  return succeed();
}

const wkr::Parameters& parameters_of(const wkr_context* context) {
  require_pointer(context, "context");
  return context->parameters;
}

// ---- the calculations, shared by the single and the batch calls ------------------------------

wkr::FreeSpaceOptions options_of(int32_t rounding, const std::string& name) {
  wkr::FreeSpaceOptions options;
  options.rounding = rounding_of(rounding, name);
  return options;
}

std::vector<wkr::GroupMember> members_of(const wkr_group_member* members, std::size_t count, std::size_t stride) {
  if (count == 0) throw_c(WKR_E_INVALID_ARGUMENT, "member_count is 0; a group scheme has at least one member");
  require_pointer(members, "members");
  if (stride < first_size<wkr_group_member>() || count > std::numeric_limits<std::size_t>::max() / stride) {
    throw_c(WKR_E_INVALID_ARGUMENT, "member_stride is " + std::to_string(stride) + "; use sizeof(wkr_group_member)");
  }
  std::vector<wkr::GroupMember> out;
  out.reserve(count);
  const auto* base = reinterpret_cast<const unsigned char*>(members);
  for (std::size_t i = 0; i < count; ++i) {
    const std::string name = "members[" + std::to_string(i) + "]";
    const auto member = read_struct(reinterpret_cast<const wkr_group_member*>(base + i * stride), name, stride);
    if (member.whole_year > 1) {
      throw_c(WKR_E_INVALID_ARGUMENT, name + ".whole_year is " + std::to_string(member.whole_year) + "; it must be 0 or 1");
    }
    // Named by 1-based number, as the core and the JSON requests name them.
    out.push_back({count > 1 ? "member " + std::to_string(i + 1) : "", from_cents(member.wage_bill_cents),
                   member.whole_year == 1});
  }
  return out;
}

wkr_free_space_result free_space_result_of(const wkr::FreeSpace& space) {
  wkr_free_space_result r{};
  r.year = space.year;
  r.wage_bill_cents = to_cents(space.wage_bill, "the wage bill");
  r.free_space_cents = to_cents(space.free_space, "the free space");
  return r;
}

wkr_settlement settlement_of(const wkr::Settlement& s) {
  wkr_settlement r{};
  r.year = s.year;
  r.wage_bill_cents = to_cents(s.wage_bill, "the wage bill");
  r.free_space_cents = to_cents(s.free_space, "the free space");
  r.designated_cents = to_cents(s.designated, "the designated total");
  r.excess_cents = to_cents(s.excess, "the excess");
  r.final_levy_cents = to_cents(s.final_levy, "the final levy");
  r.final_levy_return_cents = to_cents(s.final_levy_return, "the final levy in the return");
  r.due_year = s.due.year;
  r.due_period = s.due.period;
  return r;
}

wkr_free_space_result compute_free_space(const wkr::Parameters& parameters, const wkr_free_space_input& in,
                                         const std::string& name) {
  require_reserved_zero(in.reserved, name + ".reserved");
  const auto options = options_of(in.free_space_rounding, name + ".free_space_rounding");
  return free_space_result_of(wkr::free_space(parameters, in.year, from_cents(in.wage_bill_cents), options));
}

wkr_settlement compute_settlement(const wkr::Parameters& parameters, const wkr_settle_input& in,
                                  const std::string& name) {
  require_reserved_zero(in.reserved, name + ".reserved");
  const auto options = options_of(in.free_space_rounding, name + ".free_space_rounding");
  return settlement_of(
      wkr::settle(parameters, in.year, from_cents(in.wage_bill_cents), from_cents(in.designated_cents), options));
}

void require_no_wage_bill(int64_t wage_bill_cents) {
  if (wage_bill_cents != 0) {
    throw_c(WKR_E_INVALID_ARGUMENT, "input.wage_bill_cents is " + std::to_string(wage_bill_cents) +
                                        "; for a group scheme it must be 0 (the members carry the wage bills)");
  }
}

/// Runs a batch: validates the call, then computes each row on its own. `compute` maps an input
/// row to a result row.
template <class In, class Out, class Compute>
int32_t run_batch(const char* function, const In* rows, std::size_t row_count, std::size_t row_stride, Out* results,
                  std::size_t result_stride, int32_t* row_status, Compute&& compute) {
  if (row_count == 0) return succeed();
  require_pointer(rows, "rows");
  require_pointer(results, "results");
  if (row_stride < first_size<In>() || row_count > std::numeric_limits<std::size_t>::max() / row_stride) {
    throw_c(WKR_E_INVALID_ARGUMENT, "row_stride is " + std::to_string(row_stride) + "; it must be at least " +
                                        std::to_string(first_size<In>()));
  }
  if (result_stride < first_size<Out>() || row_count > std::numeric_limits<std::size_t>::max() / result_stride) {
    throw_c(WKR_E_INVALID_ARGUMENT, "result_stride is " + std::to_string(result_stride) + "; it must be at least " +
                                        std::to_string(first_size<Out>()));
  }
  const auto* in_base = reinterpret_cast<const unsigned char*>(rows);
  auto* out_base = reinterpret_cast<unsigned char*>(results);
  std::size_t failed = 0;
  std::string report;
  for (std::size_t i = 0; i < row_count; ++i) {
    const std::string index = "[" + std::to_string(i) + "]";
    auto* out = reinterpret_cast<Out*>(out_base + i * result_stride);
    std::size_t out_size = 0;
    const int32_t status = guarded(function, [&]() -> int32_t {
      out_size = output_size(out, "results" + index, result_stride);
      const In in = read_struct(reinterpret_cast<const In*>(in_base + i * row_stride), "rows" + index, row_stride);
      write_struct(out, out_size, compute(in, "rows" + index));
      return WKR_OK;
    });
    if (row_status != nullptr) row_status[i] = status;
    if (status != WKR_OK) {
      if (out_size != 0) clear_struct(out, out_size);
      if (++failed <= 10) report += "; row " + std::to_string(i) + ": " + current_message();
    }
  }
  if (failed == 0) return succeed();
  return fail(WKR_E_ROWS_FAILED, std::to_string(failed) + " of " + std::to_string(row_count) + " rows failed" +
                                     (failed > 10 ? " (the first ten follow)" : "") + report);
}


// ---- the targeted exemptions: codes, optional inputs, results -------------------------------

bool flag_of(uint32_t value, const std::string& name) {
  if (value > 1) throw_c(WKR_E_INVALID_ARGUMENT, name + " is " + std::to_string(value) + "; it must be 0 or 1");
  return value == 1;
}

/// WKR_EXCESS_* → the treatment asked for; nothing for WKR_EXCESS_DEFAULT (the library's default).
std::optional<wkr::ExcessTreatment> treatment_of(int32_t code, const std::string& name) {
  switch (code) {
    case WKR_EXCESS_DEFAULT: return std::nullopt;
    case WKR_EXCESS_DESIGNATE: return wkr::ExcessTreatment::designate;
    case WKR_EXCESS_WAGE: return wkr::ExcessTreatment::wage;
    default:
      throw_c(WKR_E_INVALID_ARGUMENT, name + " is " + std::to_string(code) +
                                          "; it must be WKR_EXCESS_DEFAULT (0), WKR_EXCESS_DESIGNATE (1) or "
                                          "WKR_EXCESS_WAGE (2)");
  }
}

/// The options' excess: the one asked for, or the library's default when none was.
template <class Options>
void set_excess(Options& options, int32_t code, const std::string& name) {
  if (const auto treatment = treatment_of(code, name)) options.excess = *treatment;
}

int32_t treatment_code(wkr::ExcessTreatment treatment) {
  return treatment == wkr::ExcessTreatment::designate ? WKR_EXCESS_DESIGNATE : WKR_EXCESS_WAGE;
}

wkr::DayRounding day_rounding_of(int32_t code, const std::string& name) {
  switch (code) {
    case WKR_DAYS_EXACT: return wkr::DayRounding::exact;
    case WKR_DAYS_UP: return wkr::DayRounding::up;
    default:
      throw_c(WKR_E_INVALID_ARGUMENT,
              name + " is " + std::to_string(code) + "; it must be WKR_DAYS_EXACT (0) or WKR_DAYS_UP (1)");
  }
}

/// An optional input: its value when `given` is 1; nothing when 0, and then the value must be zero
/// too, so a value set without its flag is an error rather than silently ignored.
std::optional<Decimal> optional_cents(uint32_t given, int64_t cents, const std::string& name) {
  if (flag_of(given, name + "_given")) return from_cents(cents);
  if (cents != 0) {
    throw_c(WKR_E_INVALID_ARGUMENT, name + "_cents is " + std::to_string(cents) + " but " + name +
                                        "_given is 0; set " + name + "_given to 1 to give the amount");
  }
  return std::nullopt;
}

std::optional<Decimal> optional_decimal(uint32_t given, const wkr_decimal& value, const std::string& name) {
  if (flag_of(given, name + "_given")) return from_c(value, name);
  if (value.lo != 0 || value.hi != 0 || value.scale != 0 || value.reserved != 0) {
    throw_c(WKR_E_INVALID_ARGUMENT,
            name + " is set but " + name + "_given is 0; set " + name + "_given to 1 to give it (or zero " + name + ")");
  }
  return std::nullopt;
}

/// The months an allowance runs: 0 means the whole year's end (1 or 12); other values as given,
/// for the library to judge.
wkr::AllowancePeriod period_of(int32_t from_month, int32_t to_month) {
  wkr::AllowancePeriod period;
  if (from_month != 0) period.from_month = from_month;
  if (to_month != 0) period.to_month = to_month;
  return period;
}

/// The split of an amount paid into a result struct that has the split fields.
template <class Result>
void write_split(Result& r, const std::optional<wkr::Split>& split) {
  if (!split) return;
  r.paid_given = 1;
  r.paid_cents = to_cents(split->paid, "the amount paid");
  r.exempt_cents = to_cents(split->exempt, "the exempt part");
  r.excess_cents = to_cents(split->excess, "the excess");
  r.designated_cents = to_cents(split->designated, "the designated part");
  r.wage_cents = to_cents(split->wage, "the wage part");
  r.excess_treatment = treatment_code(split->treatment);
}

wkr_home_working_result home_working_result_of(const wkr::HomeWorking& h) {
  wkr_home_working_result r{};
  r.year = h.year;
  r.days = to_c(h.days);
  r.daily_amount = to_c(h.daily_amount);
  r.cap_cents = to_cents(h.cap, "the cap");
  if (h.monthly_cap) r.monthly_cap_cents = to_cents(*h.monthly_cap, "the monthly cap");
  r.fixed = h.fixed ? 1 : 0;
  r.exemption_in_force = h.exemption_in_force ? 1 : 0;
  write_split(r, h.split);
  return r;
}

wkr_travel_result travel_result_of(const wkr::TravelByKm& t) {
  wkr_travel_result r{};
  r.year = t.year;
  r.purpose = t.purpose == wkr::TravelPurpose::commuting ? WKR_TRAVEL_COMMUTING : WKR_TRAVEL_BUSINESS_TRIP;
  if (t.km_one_way) r.km_one_way = to_c(*t.km_one_way);
  if (t.days) r.days = to_c(*t.days);
  r.km = to_c(t.km);
  r.rate = to_c(t.rate);
  r.cap_cents = to_cents(t.cap, "the cap");
  write_split(r, t.split);
  return r;
}

wkr_fixed_commute_result fixed_commute_result_of(const wkr::FixedCommute& f) {
  wkr_fixed_commute_result r{};
  r.year = f.year;
  r.km_one_way = to_c(f.km_one_way);
  r.days = to_c(f.days);
  r.minimum_days = to_c(f.minimum_days);
  r.minimum_weeks = to_c(f.minimum_weeks);
  r.rate = to_c(f.rate);
  r.pattern_cap_cents = to_cents(f.pattern_cap, "the cap before absence");
  r.cap_cents = to_cents(f.cap, "the cap");
  r.monthly_cap_cents = to_cents(f.monthly_cap, "the monthly cap");
  if (f.actual_cap) {
    r.actual_cap_given = 1;
    r.actual_cap_cents = to_cents(*f.actual_cap, "the actual cap");
  }
  r.days_per_week = f.basis_days_per_week;
  r.months = f.months;
  for (const int month : f.stopped_months) {
    if (month < 1 || month > 12) throw_c(WKR_E_INTERNAL, "a stopped month " + std::to_string(month) + " outside 1–12");
    r.stopped_months |= uint32_t{1} << (month - 1);
  }
  r.pattern_based = f.pattern_based ? 1 : 0;
  r.qualifies = f.qualifies ? 1 : 0;
  r.recalculation_required = f.recalculation_required ? 1 : 0;
  write_split(r, f.split);
  return r;
}

wkr_home_working_result compute_home_working_days(const wkr::Parameters& parameters,
                                                  const wkr_home_working_days_input& in, const std::string& name) {
  require_reserved_zero(in.reserved, name + ".reserved");
  wkr::HomeWorkingOptions options;
  set_excess(options, in.excess, name + ".excess");
  const auto paid = optional_cents(in.paid_given, in.paid_cents, name + ".paid");
  return home_working_result_of(
      wkr::home_working_per_day(parameters, in.year, Decimal::from_integer(in.days), paid, options));
}

wkr_home_working_result compute_home_working_fixed(const wkr::Parameters& parameters,
                                                   const wkr_home_working_fixed_input& in, const std::string& name) {
  wkr::HomeWorkingOptions options;
  set_excess(options, in.excess, name + ".excess");
  options.day_rounding = day_rounding_of(in.day_rounding, name + ".day_rounding");
  const auto paid = optional_cents(in.paid_given, in.paid_cents, name + ".paid");
  return home_working_result_of(wkr::home_working_fixed(parameters, in.year, in.home_days_per_week,
                                                        period_of(in.from_month, in.to_month), paid, options));
}

wkr::TravelPurpose purpose_of(int32_t code, const std::string& name) {
  switch (code) {
    case WKR_TRAVEL_COMMUTING: return wkr::TravelPurpose::commuting;
    case WKR_TRAVEL_BUSINESS_TRIP: return wkr::TravelPurpose::business_trip;
    default:
      throw_c(WKR_E_INVALID_ARGUMENT, name + " is " + std::to_string(code) +
                                          "; it must be WKR_TRAVEL_COMMUTING (0) or WKR_TRAVEL_BUSINESS_TRIP (1)");
  }
}

/// YYYYMMDD → a date; WKR_E_INVALID_ARGUMENT for anything that is not one.
std::chrono::year_month_day date_of(int32_t value, const std::string& name) {
  if (value > 0) {
    const std::chrono::year_month_day date{std::chrono::year{value / 10000},
                                           std::chrono::month{static_cast<unsigned>(value / 100 % 100)},
                                           std::chrono::day{static_cast<unsigned>(value % 100)}};
    if (date.ok()) return date;
  }
  throw_c(WKR_E_INVALID_ARGUMENT,
          name + " is " + std::to_string(value) + ", not a date written YYYYMMDD (20240907 for 7 September 2024)");
}

/// The absences array of a fixed-allowance call, checked once for the call.
struct AbsenceArray {
  const unsigned char* base = nullptr;
  std::size_t count = 0;
  std::size_t stride = 0;
};

AbsenceArray absence_array_of(const wkr_absence* absences, std::size_t count, std::size_t stride) {
  if (count == 0) return {};
  require_pointer(absences, "absences");
  if (stride < first_size<wkr_absence>() || count > std::numeric_limits<std::size_t>::max() / stride) {
    throw_c(WKR_E_INVALID_ARGUMENT, "absence_stride is " + std::to_string(stride) + "; use sizeof(wkr_absence)");
  }
  return {reinterpret_cast<const unsigned char*>(absences), count, stride};
}

/// The absences a fixed-allowance input picks from the call's array.
std::vector<wkr::Absence> absences_of(const AbsenceArray& array, const wkr_fixed_commute_input& in,
                                      const std::string& name) {
  if (in.absence_count == 0) return {};
  if (in.absence_first > array.count || in.absence_count > array.count - in.absence_first) {
    throw_c(WKR_E_INVALID_ARGUMENT, name + " picks absences " + std::to_string(in.absence_first) + " to " +
                                        std::to_string(uint64_t{in.absence_first} + in.absence_count - 1) +
                                        " of an absences array of " + std::to_string(array.count));
  }
  std::vector<wkr::Absence> out;
  for (std::size_t i = in.absence_first; i < std::size_t{in.absence_first} + in.absence_count; ++i) {
    const std::string where = "absences[" + std::to_string(i) + "]";
    const auto absence =
        read_struct(reinterpret_cast<const wkr_absence*>(array.base + i * array.stride), where, array.stride);
    require_reserved_zero(absence.reserved, where + ".reserved");
    wkr::Absence a;
    a.start = date_of(absence.start, where + ".start");
    if (absence.returned != 0) a.returned = date_of(absence.returned, where + ".returned");
    out.push_back(a);
  }
  return out;
}

wkr_fixed_commute_result compute_fixed_commute(const wkr::Parameters& parameters, const wkr_fixed_commute_input& in,
                                               const AbsenceArray& absences, const std::string& name) {
  require_reserved_zero(in.reserved, name + ".reserved");
  require_reserved_zero(in.reserved2, name + ".reserved2");
  wkr::FixedCommuteInput data;
  data.km_one_way = from_c(in.km_one_way, name + ".km_one_way");
  data.office_days_per_week = in.office_days_per_week;
  if (in.work_days_per_week != 0) data.work_days_per_week = in.work_days_per_week;
  data.period = period_of(in.from_month, in.to_month);
  data.absences = absences_of(absences, in, name);
  data.travel_days = optional_decimal(in.travel_days_given, in.travel_days, name + ".travel_days");
  data.travel_weeks = optional_decimal(in.travel_weeks_given, in.travel_weeks, name + ".travel_weeks");
  data.actual_km = optional_decimal(in.actual_km_given, in.actual_km, name + ".actual_km");
  data.paid = optional_cents(in.paid_given, in.paid_cents, name + ".paid");
  data.corona_approval = flag_of(in.corona_approval, name + ".corona_approval");
  wkr::FixedCommuteOptions options;
  set_excess(options, in.excess, name + ".excess");
  options.day_rounding = day_rounding_of(in.day_rounding, name + ".day_rounding");
  options.absence.new_cause_each_year = flag_of(in.absence_new_cause_each_year, name + ".absence_new_cause_each_year");
  return fixed_commute_result_of(wkr::fixed_commute(parameters, in.year, data, options));
}

// ---- the per-employee evaluation ------------------------------------------------------------

/// WKR_ITEM_* → the library's category. The codes are the library's table order, from 1.
std::optional<wkr::ItemCategory> category_of(int32_t code) {
  using C = wkr::ItemCategory;
  switch (code) {
    case WKR_ITEM_HOME_WORKING: return C::home_working;
    case WKR_ITEM_COMMUTE_KM: return C::commute_km;
    case WKR_ITEM_BUSINESS_KM: return C::business_km;
    case WKR_ITEM_PUBLIC_TRANSPORT: return C::public_transport;
    case WKR_ITEM_INTERNET_NECESSARY: return C::internet_necessary;
    case WKR_ITEM_INTERNET_OTHER: return C::internet_other;
    case WKR_ITEM_ARBO: return C::arbo;
    case WKR_ITEM_FLEX_WORKPLACE: return C::flex_workplace;
    case WKR_ITEM_COWORKING: return C::coworking;
    case WKR_ITEM_FREE_SPACE: return C::free_space;
    case WKR_ITEM_INTERMEDIARY: return C::intermediary;
    case WKR_ITEM_ALWAYS_WAGE: return C::always_wage;
    case WKR_ITEM_COMPANY_CAR: return C::company_car;
    case WKR_ITEM_HOUSING: return C::housing;
    case WKR_ITEM_FINE: return C::fine;
    case WKR_ITEM_COMPANY_BICYCLE: return C::company_bicycle;
    case WKR_ITEM_STAY_COSTS: return C::stay_costs;
    case WKR_ITEM_COURSE: return C::course;
    case WKR_ITEM_VOG: return C::vog;
    case WKR_ITEM_OUTPLACEMENT: return C::outplacement;
    case WKR_ITEM_MOVING_COSTS: return C::moving_costs;
    case WKR_ITEM_MOVING_GOODS: return C::moving_goods;
    case WKR_ITEM_STAFF_DISCOUNT: return C::staff_discount;
    case WKR_ITEM_WORK_CLOTHING: return C::work_clothing;
    case WKR_ITEM_CLOTHING_OTHER: return C::clothing_other;
    case WKR_ITEM_WORKPLACE_DRINKS: return C::workplace_drinks;
    case WKR_ITEM_WORKPLACE_MEAL: return C::workplace_meal;
    case WKR_ITEM_BUSINESS_MEAL: return C::business_meal;
    case WKR_ITEM_PUBLIC_TRANSPORT_PASS: return C::public_transport_pass;
    case WKR_ITEM_NECESSARY_EQUIPMENT: return C::necessary_equipment;
    case WKR_ITEM_EQUIPMENT_OTHER: return C::equipment_other;
    default: return std::nullopt;
  }
}

const char* customary_name(int32_t code) {
  switch (code) {
    case WKR_CUSTOMARY_TEST_APPLIES: return "WKR_CUSTOMARY_TEST_APPLIES";
    case WKR_CUSTOMARY_TEST_INTERN: return "WKR_CUSTOMARY_TEST_INTERN";
    case WKR_CUSTOMARY_TEST_BELOW_MINIMUM_WAGE: return "WKR_CUSTOMARY_TEST_BELOW_MINIMUM_WAGE";
    default: return nullptr;
  }
}

/// One item read from the caller's struct. The employee is named by the decimal text of its
/// number, the origin by its index, so the library's messages say "items[3]".
wkr::Item item_of(const wkr_item& in, std::size_t index) {
  const std::string name = "items[" + std::to_string(index) + "]";
  require_reserved_zero(in.reserved, name + ".reserved");
  const auto category = category_of(in.category);
  if (!category) {
    throw_c(WKR_E_INVALID_ARGUMENT, name + ".category is " + std::to_string(in.category) +
                                        "; it must be one of WKR_ITEM_HOME_WORKING (1) to WKR_ITEM_EQUIPMENT_OTHER (31)");
  }
  if (customary_name(in.customary_test) == nullptr) {
    throw_c(WKR_E_INVALID_ARGUMENT, name + ".customary_test is " + std::to_string(in.customary_test) +
                                        "; it must be one of WKR_CUSTOMARY_TEST_APPLIES (0) to "
                                        "WKR_CUSTOMARY_TEST_BELOW_MINIMUM_WAGE (2)");
  }
  wkr::Item item;
  item.employee = std::to_string(in.employee_id);
  item.category = *category;
  item.amount = from_cents(in.amount_cents);
  item.quantity = optional_decimal(in.quantity_given, in.quantity, name + ".quantity");
  item.treatment = treatment_of(in.treatment, name + ".treatment");
  item.origin = name;
  return item;
}

template <class T>
void check_stride(std::size_t count, std::size_t stride, const char* name) {
  if (stride < first_size<T>() || count > std::numeric_limits<std::size_t>::max() / stride) {
    throw_c(WKR_E_INVALID_ARGUMENT, std::string(name) + " is " + std::to_string(stride) + "; it must be at least " +
                                        std::to_string(first_size<T>()));
  }
}

template <class T>
T* element(T* base, std::size_t index, std::size_t stride) {
  return reinterpret_cast<T*>(reinterpret_cast<unsigned char*>(base) + index * stride);
}

template <class T>
const T* element(const T* base, std::size_t index, std::size_t stride) {
  return reinterpret_cast<const T*>(reinterpret_cast<const unsigned char*>(base) + index * stride);
}

/// The five parts and their sum, as cents, into a struct that has those fields.
template <class Out>
void write_parts(Out& out, const wkr::Decimal& targeted_exempt, const wkr::Decimal& nil_valued,
                 const wkr::Decimal& intermediary, const wkr::Decimal& designated, const wkr::Decimal& wage) {
  out.targeted_exempt_cents = to_cents(targeted_exempt, "the targeted-exempt part");
  out.nil_valued_cents = to_cents(nil_valued, "the nil-valued part");
  out.intermediary_cents = to_cents(intermediary, "the intermediary part");
  out.exempt_cents = to_cents(targeted_exempt + nil_valued + intermediary, "the exempt part");
  out.designated_cents = to_cents(designated, "the designated part");
  out.wage_cents = to_cents(wage, "the wage part");
}

template <class Out>
void write_totals(Out& out, const wkr::Totals& t) {
  write_parts(out, t.targeted_exempt, t.nil_valued, t.intermediary, t.designated, t.wage);
}


/// A single calculation: the context, the input struct, the result struct (zero-filled after
/// struct_size on failure).
template <class In, class Out, class Compute>
int32_t single_call(const char* function, const wkr_context* context, const In* input, Out* result,
                    Compute&& compute) noexcept {
  std::size_t size = 0;
  const int32_t status = guarded(function, [&] {
    const wkr::Parameters& parameters = parameters_of(context);
    size = output_size(result, "result");
    const In in = read_struct(input, "input");
    write_struct(result, size, compute(parameters, in, std::string("input")));
    return succeed();
  });
  if (status != WKR_OK && size != 0) clear_struct(result, size);
  return status;
}

}  // namespace

// ---- the exported functions ------------------------------------------------------------------

extern "C" {

WKR_API int32_t wkr_version_number(void) {
  return WKR_PROJECT_VERSION_MAJOR * 10000 + WKR_PROJECT_VERSION_MINOR * 100 + WKR_PROJECT_VERSION_PATCH;
}

WKR_API const char* wkr_version_string(void) { return WKR_PROJECT_VERSION_STRING; }

WKR_API int32_t wkr_abi_version(void) { return WKR_PROJECT_SOVERSION; }

WKR_API const char* wkr_status_name(int32_t status) {
  switch (status) {
    case WKR_OK: return "WKR_OK";
    case WKR_E_INVALID_ARGUMENT: return "WKR_E_INVALID_ARGUMENT";
    case WKR_E_PARSE: return "WKR_E_PARSE";
    case WKR_E_OVERFLOW: return "WKR_E_OVERFLOW";
    case WKR_E_DATA: return "WKR_E_DATA";
    case WKR_E_NOT_COVERED: return "WKR_E_NOT_COVERED";
    case WKR_E_IO: return "WKR_E_IO";
    case WKR_E_DIVISION_BY_ZERO: return "WKR_E_DIVISION_BY_ZERO";
    case WKR_E_NOMEM: return "WKR_E_NOMEM";
    case WKR_E_INTERNAL: return "WKR_E_INTERNAL";
    case WKR_E_RANGE: return "WKR_E_RANGE";
    case WKR_E_BUFFER_TOO_SMALL: return "WKR_E_BUFFER_TOO_SMALL";
    case WKR_E_UNSUPPORTED: return "WKR_E_UNSUPPORTED";
    case WKR_E_ROWS_FAILED: return "WKR_E_ROWS_FAILED";
    default: return "WKR_E_UNKNOWN";
  }
}

WKR_API const char* wkr_last_error_message(void) { return current_message(); }

WKR_API int32_t wkr_last_error_copy(char* buffer, size_t capacity, size_t* needed) {
  // Must not touch the last error, so it does not go through guarded()/succeed()/fail().
  const char* message = current_message();
  const std::size_t length = std::strlen(message);
  if (needed != nullptr) *needed = length + 1;
  if (capacity == 0) return WKR_E_BUFFER_TOO_SMALL;
  if (buffer == nullptr) return WKR_E_INVALID_ARGUMENT;
  const std::size_t n = length < capacity ? length : capacity - 1;
  std::memcpy(buffer, message, n);
  buffer[n] = '\0';
  return n == length ? WKR_OK : WKR_E_BUFFER_TOO_SMALL;
}

WKR_API void wkr_free(void* pointer) { std::free(pointer); }

WKR_API int32_t wkr_decimal_parse(const char* text, size_t length, wkr_decimal* out) {
  return guarded("wkr_decimal_parse", [&] {
    require_pointer(out, "out");
    *out = wkr_decimal{0, 0, 0, 0};
    *out = to_c(Decimal::parse(text_of(text, length, "text")));
    return succeed();
  });
}

WKR_API int32_t wkr_decimal_format(const wkr_decimal* value, char* buffer, size_t capacity, size_t* needed) {
  return guarded("wkr_decimal_format", [&] {
    require_pointer(value, "value");
    return copy_out(from_c(*value, "value").to_string(), buffer, capacity, needed);
  });
}

WKR_API int32_t wkr_context_new(wkr_context** out) {
  return guarded("wkr_context_new", [&] {
    require_pointer(out, "out");
    *out = nullptr;
    *out = new wkr_context{wkr::Parameters::embedded()};
    return succeed();
  });
}

WKR_API int32_t wkr_context_new_from_directory(const char* path, size_t path_length, wkr_context** out) {
  return guarded("wkr_context_new_from_directory", [&] {
    require_pointer(out, "out");
    *out = nullptr;
    const std::string_view text = text_of(path, path_length, "path");
    if (text.empty()) throw_c(WKR_E_INVALID_ARGUMENT, "path is empty");
    if (text.find('\0') != std::string_view::npos) throw_c(WKR_E_INVALID_ARGUMENT, "path contains a NUL byte");
    const std::filesystem::path directory(std::u8string(text.begin(), text.end()));
    *out = new wkr_context{wkr::Parameters::with_directory(directory)};
    return succeed();
  });
}

WKR_API void wkr_context_free(wkr_context* context) { delete context; }

WKR_API int32_t wkr_context_parameters_digest(const wkr_context* context, char* buffer, size_t capacity,
                                              size_t* needed) {
  return guarded("wkr_context_parameters_digest", [&] {
    return copy_out(parameters_of(context).receipt().parameters_digest, buffer, capacity, needed);
  });
}

WKR_API int32_t wkr_parameter_number(const wkr_context* context, const char* name, size_t name_length, int32_t year,
                                     wkr_decimal* out) {
  return guarded("wkr_parameter_number", [&] {
    const wkr::Parameters& parameters = parameters_of(context);
    require_pointer(out, "out");
    *out = wkr_decimal{0, 0, 0, 0};
    *out = to_c(parameters.number(text_of(name, name_length, "name"), year));
    return succeed();
  });
}

WKR_API int32_t wkr_free_space_input_init(wkr_free_space_input* input, size_t size) {
  return guarded("wkr_free_space_input_init", [&] {
    return init_struct(input, size, wkr_free_space_input WKR_FREE_SPACE_INPUT_INIT, "wkr_free_space_input");
  });
}

WKR_API int32_t wkr_settle_input_init(wkr_settle_input* input, size_t size) {
  return guarded("wkr_settle_input_init",
                 [&] { return init_struct(input, size, wkr_settle_input WKR_SETTLE_INPUT_INIT, "wkr_settle_input"); });
}

WKR_API int32_t wkr_group_member_init(wkr_group_member* member, size_t size) {
  return guarded("wkr_group_member_init",
                 [&] { return init_struct(member, size, wkr_group_member WKR_GROUP_MEMBER_INIT, "wkr_group_member"); });
}

WKR_API int32_t wkr_free_space_result_init(wkr_free_space_result* result, size_t size) {
  return guarded("wkr_free_space_result_init", [&] {
    return init_struct(result, size, wkr_free_space_result WKR_FREE_SPACE_RESULT_INIT, "wkr_free_space_result");
  });
}

WKR_API int32_t wkr_settlement_init(wkr_settlement* result, size_t size) {
  return guarded("wkr_settlement_init",
                 [&] { return init_struct(result, size, wkr_settlement WKR_SETTLEMENT_INIT, "wkr_settlement"); });
}

WKR_API int32_t wkr_free_space(const wkr_context* context, const wkr_free_space_input* input,
                               wkr_free_space_result* result) {
  return single_call("wkr_free_space", context, input, result, compute_free_space);
}

WKR_API int32_t wkr_group_free_space(const wkr_context* context, const wkr_free_space_input* input,
                                     const wkr_group_member* members, size_t member_count, size_t member_stride,
                                     wkr_free_space_result* result) {
  return single_call("wkr_group_free_space", context, input, result,
                     [&](const wkr::Parameters& parameters, const wkr_free_space_input& in, const std::string&) {
                       require_reserved_zero(in.reserved, "input.reserved");
                       require_no_wage_bill(in.wage_bill_cents);
                       const auto group = members_of(members, member_count, member_stride);
                       const auto options = options_of(in.free_space_rounding, "input.free_space_rounding");
                       return free_space_result_of(wkr::group_free_space(parameters, in.year, group, options));
                     });
}

WKR_API int32_t wkr_settle(const wkr_context* context, const wkr_settle_input* input, wkr_settlement* result) {
  return single_call("wkr_settle", context, input, result, compute_settlement);
}

WKR_API int32_t wkr_group_settle(const wkr_context* context, const wkr_settle_input* input,
                                 const wkr_group_member* members, size_t member_count, size_t member_stride,
                                 wkr_settlement* result) {
  return single_call("wkr_group_settle", context, input, result,
                     [&](const wkr::Parameters& parameters, const wkr_settle_input& in, const std::string&) {
                       require_reserved_zero(in.reserved, "input.reserved");
                       require_no_wage_bill(in.wage_bill_cents);
                       const auto group = members_of(members, member_count, member_stride);
                       const auto options = options_of(in.free_space_rounding, "input.free_space_rounding");
                       return settlement_of(
                           wkr::settle(parameters, in.year, group, from_cents(in.designated_cents), options));
                     });
}

WKR_API int32_t wkr_free_space_batch(const wkr_context* context, const wkr_free_space_input* rows, size_t row_count,
                                     size_t row_stride, wkr_free_space_result* results, size_t result_stride,
                                     int32_t* row_status) {
  return guarded("wkr_free_space_batch", [&] {
    const wkr::Parameters& parameters = parameters_of(context);
    return run_batch("wkr_free_space_batch", rows, row_count, row_stride, results, result_stride, row_status,
                     [&](const wkr_free_space_input& in, const std::string& name) {
                       return compute_free_space(parameters, in, name);
                     });
  });
}

WKR_API int32_t wkr_settle_batch(const wkr_context* context, const wkr_settle_input* rows, size_t row_count,
                                 size_t row_stride, wkr_settlement* results, size_t result_stride,
                                 int32_t* row_status) {
  return guarded("wkr_settle_batch", [&] {
    const wkr::Parameters& parameters = parameters_of(context);
    return run_batch("wkr_settle_batch", rows, row_count, row_stride, results, result_stride, row_status,
                     [&](const wkr_settle_input& in, const std::string& name) {
                       return compute_settlement(parameters, in, name);
                     });
  });
}

WKR_API int32_t wkr_evaluate_json(const wkr_context* context, const char* request, size_t request_length,
                                  char** response, size_t* response_length) {
  return guarded("wkr_evaluate_json", [&] {
    require_pointer(response, "response");
    *response = nullptr;
    if (response_length != nullptr) *response_length = 0;
    const wkr::Parameters& parameters = parameters_of(context);
    const std::string_view text = text_of(request, request_length, "request");
    const nlohmann::json parsed = nlohmann::json::parse(text.begin(), text.end());
    const std::string out = wkr::evaluate_request(parameters, parsed).dump();
    auto* copy = static_cast<char*>(std::malloc(out.size() + 1));
    if (copy == nullptr) throw std::bad_alloc();
    std::memcpy(copy, out.data(), out.size() + 1);
    *response = copy;
    if (response_length != nullptr) *response_length = out.size();
    return succeed();
  });
}


// ---- the targeted exemptions ----------------------------------------------------------------

#define WKR_DEFINE_INIT(type, MACRO)                                                         \
  WKR_API int32_t type##_init(type* target, size_t size) {                                   \
    return guarded(#type "_init", [&] { return init_struct(target, size, type MACRO, #type); }); \
  }

WKR_DEFINE_INIT(wkr_home_working_days_input, WKR_HOME_WORKING_DAYS_INPUT_INIT)
WKR_DEFINE_INIT(wkr_home_working_fixed_input, WKR_HOME_WORKING_FIXED_INPUT_INIT)
WKR_DEFINE_INIT(wkr_home_working_result, WKR_HOME_WORKING_RESULT_INIT)
WKR_DEFINE_INIT(wkr_commute_days_input, WKR_COMMUTE_DAYS_INPUT_INIT)
WKR_DEFINE_INIT(wkr_travel_km_input, WKR_TRAVEL_KM_INPUT_INIT)
WKR_DEFINE_INIT(wkr_travel_result, WKR_TRAVEL_RESULT_INIT)
WKR_DEFINE_INIT(wkr_absence, WKR_ABSENCE_INIT)
WKR_DEFINE_INIT(wkr_fixed_commute_input, WKR_FIXED_COMMUTE_INPUT_INIT)
WKR_DEFINE_INIT(wkr_fixed_commute_result, WKR_FIXED_COMMUTE_RESULT_INIT)
WKR_DEFINE_INIT(wkr_item, WKR_ITEM_INIT)
WKR_DEFINE_INIT(wkr_item_result, WKR_ITEM_RESULT_INIT)
WKR_DEFINE_INIT(wkr_employee_totals, WKR_EMPLOYEE_TOTALS_INIT)
WKR_DEFINE_INIT(wkr_evaluation_input, WKR_EVALUATION_INPUT_INIT)
WKR_DEFINE_INIT(wkr_evaluation_result, WKR_EVALUATION_RESULT_INIT)

#undef WKR_DEFINE_INIT

WKR_API int32_t wkr_home_working_per_day(const wkr_context* context, const wkr_home_working_days_input* input,
                                         wkr_home_working_result* result) {
  return single_call("wkr_home_working_per_day", context, input, result, compute_home_working_days);
}

WKR_API int32_t wkr_home_working_fixed(const wkr_context* context, const wkr_home_working_fixed_input* input,
                                       wkr_home_working_result* result) {
  return single_call("wkr_home_working_fixed", context, input, result, compute_home_working_fixed);
}

WKR_API int32_t wkr_commute_per_day(const wkr_context* context, const wkr_commute_days_input* input,
                                    wkr_travel_result* result) {
  return single_call("wkr_commute_per_day", context, input, result,
                     [](const wkr::Parameters& parameters, const wkr_commute_days_input& in, const std::string& name) {
                       require_reserved_zero(in.reserved, name + ".reserved");
                       wkr::TravelOptions options;
                       set_excess(options, in.excess, name + ".excess");
                       const Decimal km_one_way = from_c(in.km_one_way, name + ".km_one_way");
                       const auto paid = optional_cents(in.paid_given, in.paid_cents, name + ".paid");
                       return travel_result_of(wkr::commute_per_day(parameters, in.year, km_one_way,
                                                                    Decimal::from_integer(in.days), paid, options));
                     });
}

WKR_API int32_t wkr_travel_per_km(const wkr_context* context, const wkr_travel_km_input* input,
                                  wkr_travel_result* result) {
  return single_call("wkr_travel_per_km", context, input, result,
                     [](const wkr::Parameters& parameters, const wkr_travel_km_input& in, const std::string& name) {
                       require_reserved_zero(in.reserved, name + ".reserved");
                       wkr::TravelOptions options;
                       set_excess(options, in.excess, name + ".excess");
                       const wkr::TravelPurpose purpose = purpose_of(in.purpose, name + ".purpose");
                       const Decimal km = from_c(in.km, name + ".km");
                       const auto paid = optional_cents(in.paid_given, in.paid_cents, name + ".paid");
                       return travel_result_of(wkr::travel_per_km(parameters, in.year, purpose, km, paid, options));
                     });
}

WKR_API int32_t wkr_fixed_commute(const wkr_context* context, const wkr_fixed_commute_input* input,
                                  const wkr_absence* absences, size_t absence_count, size_t absence_stride,
                                  wkr_fixed_commute_result* result) {
  return single_call("wkr_fixed_commute", context, input, result,
                     [&](const wkr::Parameters& parameters, const wkr_fixed_commute_input& in, const std::string& name) {
                       const AbsenceArray array = absence_array_of(absences, absence_count, absence_stride);
                       return compute_fixed_commute(parameters, in, array, name);
                     });
}

WKR_API int32_t wkr_fixed_commute_batch(const wkr_context* context, const wkr_fixed_commute_input* rows,
                                        size_t row_count, size_t row_stride, const wkr_absence* absences,
                                        size_t absence_count, size_t absence_stride,
                                        wkr_fixed_commute_result* results, size_t result_stride,
                                        int32_t* row_status) {
  return guarded("wkr_fixed_commute_batch", [&] {
    const wkr::Parameters& parameters = parameters_of(context);
    const AbsenceArray array = absence_array_of(absences, absence_count, absence_stride);
    return run_batch("wkr_fixed_commute_batch", rows, row_count, row_stride, results, result_stride, row_status,
                     [&](const wkr_fixed_commute_input& in, const std::string& name) {
                       return compute_fixed_commute(parameters, in, array, name);
                     });
  });
}

WKR_API const char* wkr_item_category_name(int32_t category) {
  try {
    const auto found = category_of(category);
    // The library's names are string literals (items.hpp), so NUL-terminated and static.
    return found ? wkr::to_string(*found).data() : nullptr;
  } catch (...) {
    return nullptr;
  }
}

WKR_API int32_t wkr_evaluate_items(const wkr_context* context, const wkr_evaluation_input* input,
                                   const wkr_item* items, size_t item_count, size_t item_stride,
                                   int32_t* item_status, wkr_item_result* item_results, size_t item_result_stride,
                                   wkr_employee_totals* employees, size_t employee_capacity, size_t employee_stride,
                                   wkr_evaluation_result* result) {
  std::size_t result_size = 0;
  std::size_t checked_item_results = 0;  // item results whose struct_size was checked: cleared on failure
  std::size_t checked_employees = 0;
  std::optional<uint32_t> needed_employees;  // reported with WKR_E_BUFFER_TOO_SMALL
  const int32_t status = guarded("wkr_evaluate_items", [&]() -> int32_t {
    const wkr::Parameters& parameters = parameters_of(context);
    result_size = output_size(result, "result");
    const auto in = read_struct(input, "input");
    wkr::EvaluationOptions options;
    set_excess(options, in.excess, "input.excess");
    options.company_bicycle_designation =
        flag_of(in.company_bicycle_designation, "input.company_bicycle_designation");

    // ---- the call: pointers, strides, the caller's output structs
    if (item_count > 0) {
      require_pointer(items, "items");
      check_stride<wkr_item>(item_count, item_stride, "item_stride");
      if (item_count > std::numeric_limits<uint32_t>::max()) {
        throw_c(WKR_E_INVALID_ARGUMENT, "item_count is " + std::to_string(item_count) + "; at most 2^32 − 1 items");
      }
    }
    if (item_results != nullptr && item_count > 0) {
      check_stride<wkr_item_result>(item_count, item_result_stride, "item_result_stride");
      for (std::size_t i = 0; i < item_count; ++i) {
        (void)output_size(element(item_results, i, item_result_stride), "item_results[" + std::to_string(i) + "]",
                          item_result_stride);
        checked_item_results = i + 1;
      }
    }
    if (employee_capacity > 0) {
      require_pointer(employees, "employees");
      check_stride<wkr_employee_totals>(employee_capacity, employee_stride, "employee_stride");
    }

    // ---- the items: every problem of every item, by index, before anything is evaluated
    std::vector<wkr::Item> list;
    list.reserve(item_count);
    std::vector<int64_t> ids(item_count, 0);
    std::vector<int32_t> categories(item_count, 0);
    std::vector<int32_t> statuses(item_count, WKR_OK);
    std::vector<std::string> problems;
    std::map<int64_t, std::pair<int32_t, std::size_t>> customary;  // employee → (code, first item)
    for (std::size_t i = 0; i < item_count; ++i) {
      const std::string name = "items[" + std::to_string(i) + "]";
      try {
        const wkr_item raw = read_struct(element(items, i, item_stride), name, item_stride);
        wkr::Item item = item_of(raw, i);
        ids[i] = raw.employee_id;
        categories[i] = raw.category;
        for (const std::string& problem : wkr::item_problems(item, options.company_bicycle_designation)) {
          problems.push_back(name + ": " + problem);
          statuses[i] = WKR_E_INVALID_ARGUMENT;
        }
        const auto [first, inserted] = customary.try_emplace(raw.employee_id, raw.customary_test, i);
        if (!inserted && first->second.first != raw.customary_test) {
          problems.push_back(name + ": customary_test is " + customary_name(raw.customary_test) + ", but employee " +
                             std::to_string(raw.employee_id) + " has " + customary_name(first->second.first) +
                             " at items[" + std::to_string(first->second.second) +
                             "]; all items of an employee must say the same");
          statuses[i] = WKR_E_INVALID_ARGUMENT;
        }
        list.push_back(std::move(item));
      } catch (const CError& e) {
        statuses[i] = e.status;
        problems.push_back(e.message);
      } catch (const Error& e) {
        statuses[i] = status_of(e.code());
        problems.push_back(name + ": " + e.what());
      }
    }
    if (item_status != nullptr) std::copy(statuses.begin(), statuses.end(), item_status);
    if (!problems.empty()) {
      const auto first_bad = std::find_if(statuses.begin(), statuses.end(), [](int32_t s) { return s != WKR_OK; });
      throw_c(*first_bad, wkr::detail::allowance::bad_rows("the items", problems).what());
    }

    // ---- the employees, in the order they first appear
    std::vector<int64_t> order;
    std::map<int64_t, uint32_t> index_of;
    for (const int64_t id : ids) {
      if (index_of.emplace(id, static_cast<uint32_t>(order.size())).second) order.push_back(id);
    }
    if (employees != nullptr) {
      const std::size_t room = std::min(employee_capacity, order.size());
      for (std::size_t e = 0; e < room; ++e) {
        (void)output_size(element(employees, e, employee_stride), "employees[" + std::to_string(e) + "]",
                          employee_stride);
        checked_employees = e + 1;
      }
      if (employee_capacity < order.size()) {
        needed_employees = static_cast<uint32_t>(order.size());
        throw_c(WKR_E_BUFFER_TOO_SMALL, "employees has room for " + std::to_string(employee_capacity) +
                                            " employees; the items have " + std::to_string(order.size()) +
                                            " (result->employee_count)");
      }
    }
    for (const auto& [id, entry] : customary) {
      if (entry.first == WKR_CUSTOMARY_TEST_INTERN) {
        options.customary_exclusions[std::to_string(id)] = wkr::CustomaryTestExclusion::intern;
      }
      if (entry.first == WKR_CUSTOMARY_TEST_BELOW_MINIMUM_WAGE) {
        options.customary_exclusions[std::to_string(id)] = wkr::CustomaryTestExclusion::below_minimum_wage;
      }
    }

    // ---- the evaluation, and its figures back into the caller's structs
    const wkr::Evaluation evaluation = wkr::evaluate_items(parameters, in.year, list, options);
    if (evaluation.employees.size() != order.size()) {
      throw_c(WKR_E_INTERNAL, "the evaluation has " + std::to_string(evaluation.employees.size()) +
                                  " employees, the items " + std::to_string(order.size()));
    }
    std::vector<std::size_t> next(order.size(), 0);
    for (std::size_t i = 0; i < item_count; ++i) {
      const uint32_t e = index_of.at(ids[i]);
      const wkr::EmployeeEvaluation& employee = evaluation.employees[e];
      if (employee.employee != std::to_string(ids[i]) || next[e] >= employee.items.size()) {
        throw_c(WKR_E_INTERNAL, "items[" + std::to_string(i) + "] is not where the evaluation has it");
      }
      const wkr::ItemTreatment& t = employee.items[next[e]++].treatment;
      wkr_item_result out{};
      out.employee_index = e;
      out.amount_cents = to_cents(t.amount, "the amount");
      write_parts(out, t.targeted_exempt, t.nil_valued, t.intermediary, t.designated, t.wage);
      if (t.cap) {
        out.cap_given = 1;
        out.cap_cents = to_cents(*t.cap, "the cap");
      }
      out.category = categories[i];
      if (item_results != nullptr) {
        wkr_item_result* target = element(item_results, i, item_result_stride);
        write_struct(target, target->struct_size, out);
      }
    }
    if (employees != nullptr) {
      for (std::size_t e = 0; e < order.size(); ++e) {
        const wkr::EmployeeEvaluation& employee = evaluation.employees[e];
        wkr_employee_totals out{};
        out.item_count = static_cast<uint32_t>(employee.items.size());
        out.employee_id = order[e];
        write_totals(out, employee.totals);
        out.safe_harbour_cents = to_cents(employee.customary.safe_harbour, "the safe harbour");
        out.customary_test_applies = employee.customary.safe_harbour_applies ? 1 : 0;
        out.customary_review = employee.customary.review ? 1 : 0;
        wkr_employee_totals* target = element(employees, e, employee_stride);
        write_struct(target, target->struct_size, out);
      }
    }
    wkr_evaluation_result r{};
    r.year = evaluation.year;
    r.employee_count = static_cast<uint32_t>(order.size());
    r.customary_review_count = static_cast<uint32_t>(evaluation.customary_review.size());
    write_totals(r, evaluation.totals);
    write_struct(result, result_size, r);
    return succeed();
  });
  if (status != WKR_OK) {
    if (result_size != 0) {
      clear_struct(result, result_size);
      if (needed_employees) result->employee_count = *needed_employees;
    }
    for (std::size_t i = 0; i < checked_item_results; ++i) {
      wkr_item_result* target = element(item_results, i, item_result_stride);
      clear_struct(target, target->struct_size);
    }
    for (std::size_t e = 0; e < checked_employees; ++e) {
      wkr_employee_totals* target = element(employees, e, employee_stride);
      clear_struct(target, target->struct_size);
    }
  }
  return status;
}

}  // extern "C"
