// The C interface of libwkr (wkr.h): a pure translation layer between C and the C++ core. It
// checks and converts arguments, calls the core, converts results back and turns every exception
// into a status code and a thread-local message. It computes nothing of its own: every fiscal
// figure comes from include/wkr/*.hpp.
#include "wkr.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <limits>
#include <new>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

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
  std::size_t size = 0;
  const int32_t status = guarded("wkr_free_space", [&] {
    const wkr::Parameters& parameters = parameters_of(context);
    size = output_size(result, "result");
    const auto in = read_struct(input, "input");
    write_struct(result, size, compute_free_space(parameters, in, "input"));
    return succeed();
  });
  if (status != WKR_OK && size != 0) clear_struct(result, size);
  return status;
}

WKR_API int32_t wkr_group_free_space(const wkr_context* context, const wkr_free_space_input* input,
                                     const wkr_group_member* members, size_t member_count, size_t member_stride,
                                     wkr_free_space_result* result) {
  std::size_t size = 0;
  const int32_t status = guarded("wkr_group_free_space", [&] {
    const wkr::Parameters& parameters = parameters_of(context);
    size = output_size(result, "result");
    const auto in = read_struct(input, "input");
    require_reserved_zero(in.reserved, "input.reserved");
    require_no_wage_bill(in.wage_bill_cents);
    const auto group = members_of(members, member_count, member_stride);
    const auto options = options_of(in.free_space_rounding, "input.free_space_rounding");
    write_struct(result, size, free_space_result_of(wkr::group_free_space(parameters, in.year, group, options)));
    return succeed();
  });
  if (status != WKR_OK && size != 0) clear_struct(result, size);
  return status;
}

WKR_API int32_t wkr_settle(const wkr_context* context, const wkr_settle_input* input, wkr_settlement* result) {
  std::size_t size = 0;
  const int32_t status = guarded("wkr_settle", [&] {
    const wkr::Parameters& parameters = parameters_of(context);
    size = output_size(result, "result");
    const auto in = read_struct(input, "input");
    write_struct(result, size, compute_settlement(parameters, in, "input"));
    return succeed();
  });
  if (status != WKR_OK && size != 0) clear_struct(result, size);
  return status;
}

WKR_API int32_t wkr_group_settle(const wkr_context* context, const wkr_settle_input* input,
                                 const wkr_group_member* members, size_t member_count, size_t member_stride,
                                 wkr_settlement* result) {
  std::size_t size = 0;
  const int32_t status = guarded("wkr_group_settle", [&] {
    const wkr::Parameters& parameters = parameters_of(context);
    size = output_size(result, "result");
    const auto in = read_struct(input, "input");
    require_reserved_zero(in.reserved, "input.reserved");
    require_no_wage_bill(in.wage_bill_cents);
    const auto group = members_of(members, member_count, member_stride);
    const auto options = options_of(in.free_space_rounding, "input.free_space_rounding");
    write_struct(result, size,
                 settlement_of(wkr::settle(parameters, in.year, group, from_cents(in.designated_cents), options)));
    return succeed();
  });
  if (status != WKR_OK && size != 0) clear_struct(result, size);
  return status;
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

}  // extern "C"
