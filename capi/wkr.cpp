// The C interface of libwkr (wkr.h): a pure translation layer between C and the C++ core. It
// checks and converts arguments, calls the core, converts results back and turns every exception
// into a status code and a thread-local message. It computes nothing of its own: every fiscal
// figure and every rule comes from include/wkr/*.hpp. What follows from the structs' description
// (layouts, first sizes, the *_init() functions) and from the library's item table (the WKR_ITEM_*
// codes) is generated into wkr_abi.inc by capi/generate_abi.py.
#include "wkr.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
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
#include "wkr/batch.hpp"
#include "wkr/decimal.hpp"
#include "wkr/distribution.hpp"
#include "wkr/error.hpp"
#include "wkr/free_space.hpp"
#include "wkr/group_scheme.hpp"
#include "wkr/json.hpp"
#include "wkr/ledger.hpp"
#include "wkr/parameters.hpp"
#include "wkr/phrase.hpp"
#include "wkr/policy/budget.hpp"
#include "wkr/request.hpp"
#include "wkr/wage_bill.hpp"

// The opaque handle of wkr.h: loaded, immutable parameter tables.
struct wkr_context {
  wkr::Parameters parameters;
};

namespace {

using wkr::Decimal;
using wkr::Error;
using wkr::ErrorCode;
using wkr::Language;

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

// The layouts wkr.h documents, the structs that grow and the item codes (generated).
#include "wkr_abi.inc"

// ---- errors ------------------------------------------------------------------------------------

// The last error of this thread: its English message, and the library's Error itself (when it was
// one), whose sentence of the catalogue renders in Dutch when that is asked for
// (wkr_last_error_message_in). A failure to store a message (out of memory) falls back to a static
// text, so reporting an error never throws.
thread_local std::string last_message;
thread_local const char* last_static_message = nullptr;
thread_local std::optional<Error> last_error;
thread_local std::string last_message_nl;  // rendered from last_error when first asked
thread_local bool last_message_nl_ready = false;

const char* current_message() noexcept {
  return last_static_message != nullptr ? last_static_message : last_message.c_str();
}

/// The last error in `language`; NULL for a language this library does not know. A message that is
/// not in the catalogue (the C layer's own, the JSON parser's) reads in English in both.
const char* current_message(int32_t language) noexcept {
  if (language == WKR_LANG_EN) return current_message();
  if (language != WKR_LANG_NL) return nullptr;
  if (last_static_message != nullptr || !last_error) return current_message();
  if (!last_message_nl_ready) {
    try {
      last_message_nl = last_error->message(Language::nl);
      last_message_nl_ready = true;
    } catch (...) {
      return current_message();  // out of memory: the English, which is stored already
    }
  }
  return last_message_nl.c_str();
}

int32_t succeed() noexcept {
  last_message.clear();  // keeps the capacity: no allocation, no throw
  last_static_message = nullptr;
  if (last_error) last_error.reset();
  return WKR_OK;
}

int32_t fail(int32_t status, std::string_view message) noexcept {
  last_error.reset();
  last_message_nl_ready = false;
  try {
    last_message.assign(message);
    last_static_message = nullptr;
  } catch (...) {
    last_static_message = "out of memory while reporting an error";
  }
  return status;
}

/// A library error with `status`: its English is what(), and it keeps its sentence for the Dutch.
int32_t fail(int32_t status, const Error& error) noexcept {
  fail(status, error.what());
  try {
    if (last_static_message == nullptr) last_error = error;
  } catch (...) {
    // Without the Error the Dutch reads as the English, which is stored.
  }
  return status;
}

/// A library error, with the status of its code.
int32_t fail(const Error& error) noexcept { return fail(status_of(error.code()), error); }

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
    return fail(e);
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
#define WKR_FIRST_SIZE(type, first, init, parameter) \
  template <>                                        \
  constexpr std::size_t first_size<type>() {         \
    return first;                                    \
  }
WKR_VERSIONED_STRUCTS(WKR_FIRST_SIZE)
#undef WKR_FIRST_SIZE

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

/// A stride of an array of `count` structs T: at least T's first size, and the array addressable.
template <class T>
void check_stride(std::size_t count, std::size_t stride, const std::string& name) {
  if (stride < first_size<T>() || count > std::numeric_limits<std::size_t>::max() / stride) {
    throw_c(WKR_E_INVALID_ARGUMENT,
            name + " is " + std::to_string(stride) + "; it must be at least " + std::to_string(first_size<T>()));
  }
}

/// Element `index` of an array whose elements are `stride` bytes apart.
template <class T>
T* element(T* base, std::size_t index, std::size_t stride) {
  return reinterpret_cast<T*>(reinterpret_cast<unsigned char*>(base) + index * stride);
}

template <class T>
const T* element(const T* base, std::size_t index, std::size_t stride) {
  return reinterpret_cast<const T*>(reinterpret_cast<const unsigned char*>(base) + index * stride);
}

// ---- numbers -----------------------------------------------------------------------------------

using wkr::detail::batch::from_cents;

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

// ---- optional inputs: a `*_given` flag and its value ----------------------------------------

bool flag_of(uint32_t value, const std::string& name) {
  if (value > 1) throw_c(WKR_E_INVALID_ARGUMENT, name + " is " + std::to_string(value) + "; it must be 0 or 1");
  return value == 1;
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

// ---- codes: the int32_t constants of wkr.h and what they mean to the library --------------------

/// A constant of wkr.h with its name, for messages, and the library's value it stands for.
template <class Value>
struct Code {
  int32_t code;
  const char* name;
  Value value;
};

/// The constant and its name: {WKR_NAMED(WKR_DAYS_UP), wkr::DayRounding::up}.
#define WKR_NAMED(constant) constant, #constant

/// The value of `code` in `codes`; WKR_E_INVALID_ARGUMENT, naming the codes allowed, for another.
template <class Codes>
const auto& value_of(const Codes& codes, int32_t code, const std::string& name) {
  for (const auto& c : codes) {
    if (c.code == code) return c.value;
  }
  const auto& first = *std::begin(codes);
  const auto& last = *(std::end(codes) - 1);
  const auto count = std::end(codes) - std::begin(codes);
  std::string allowed;
  if (count > 3) {
    allowed = std::string("one of ") + first.name + " (" + std::to_string(first.code) + ") to " + last.name + " (" +
              std::to_string(last.code) + ")";
  } else {
    for (const auto& c : codes) {
      allowed += std::string(&c == &first ? "" : &c == &last ? " or " : ", ") + c.name + " (" +
                 std::to_string(c.code) + ")";
    }
  }
  throw_c(WKR_E_INVALID_ARGUMENT, name + " is " + std::to_string(code) + "; it must be " + allowed);
}

/// The entry of `value` in `codes` (every value the library returns has one).
template <class Codes, class Value>
const auto& code_of(const Codes& codes, const Value& value) {
  for (const auto& c : codes) {
    if (c.value == value) return c;
  }
  throw_c(WKR_E_INTERNAL, "a value of the library without a code in wkr.h");
}

const Code<std::optional<wkr::Rounding>> rounding_codes[] = {
    {WKR_NAMED(WKR_ROUNDING_TABLES), std::nullopt},
    {WKR_NAMED(WKR_ROUNDING_HALF_UP), wkr::Rounding::half_up},
    {WKR_NAMED(WKR_ROUNDING_HALF_EVEN), wkr::Rounding::half_even},
    {WKR_NAMED(WKR_ROUNDING_FLOOR), wkr::Rounding::floor},
    {WKR_NAMED(WKR_ROUNDING_CEILING), wkr::Rounding::ceiling},
    {WKR_NAMED(WKR_ROUNDING_TOWARD_ZERO), wkr::Rounding::toward_zero},
};

/// WKR_EXCESS_DEFAULT leaves the library's (or the evaluation's) default.
const Code<std::optional<wkr::ExcessTreatment>> excess_codes[] = {
    {WKR_NAMED(WKR_EXCESS_DEFAULT), std::nullopt},
    {WKR_NAMED(WKR_EXCESS_DESIGNATE), wkr::ExcessTreatment::designate},
    {WKR_NAMED(WKR_EXCESS_WAGE), wkr::ExcessTreatment::wage},
};

const Code<wkr::DayRounding> day_rounding_codes[] = {
    {WKR_NAMED(WKR_DAYS_EXACT), wkr::DayRounding::exact},
    {WKR_NAMED(WKR_DAYS_UP), wkr::DayRounding::up},
};

const Code<wkr::TravelPurpose> purpose_codes[] = {
    {WKR_NAMED(WKR_TRAVEL_COMMUTING), wkr::TravelPurpose::commuting},
    {WKR_NAMED(WKR_TRAVEL_BUSINESS_TRIP), wkr::TravelPurpose::business_trip},
};

const Code<wkr::CustomaryTestExclusion> customary_codes[] = {
    {WKR_NAMED(WKR_CUSTOMARY_TEST_APPLIES), wkr::CustomaryTestExclusion::none},
    {WKR_NAMED(WKR_CUSTOMARY_TEST_INTERN), wkr::CustomaryTestExclusion::intern},
    {WKR_NAMED(WKR_CUSTOMARY_TEST_BELOW_MINIMUM_WAGE), wkr::CustomaryTestExclusion::below_minimum_wage},
};

const Code<wkr::AllocationKey> allocation_codes[] = {
    {WKR_NAMED(WKR_ALLOCATION_DESIGNATED), wkr::AllocationKey::designated},
    {WKR_NAMED(WKR_ALLOCATION_WAGE_BILL), wkr::AllocationKey::wage_bill},
    {WKR_NAMED(WKR_ALLOCATION_OWN), wkr::AllocationKey::own},
};

const Code<wkr::FormerWageTest> former_wage_test_codes[] = {
    {WKR_NAMED(WKR_FORMER_WAGE_TEST_GROUP), wkr::FormerWageTest::group},
    {WKR_NAMED(WKR_FORMER_WAGE_TEST_MEMBER), wkr::FormerWageTest::member},
};

const Code<wkr::LevyStrategy> strategy_codes[] = {
    {WKR_NAMED(WKR_LEVY_AFTER_YEAR), wkr::LevyStrategy::after_year},
    {WKR_NAMED(WKR_LEVY_AS_YOU_GO), wkr::LevyStrategy::as_you_go},
};

const Code<wkr::LevyBasis> basis_codes[] = {
    {WKR_NAMED(WKR_BASIS_ACTUAL), wkr::LevyBasis::actual},
    {WKR_NAMED(WKR_BASIS_ESTIMATE), wkr::LevyBasis::estimate},
};

const Code<wkr::ThresholdToDate> threshold_codes[] = {
    {WKR_NAMED(WKR_THRESHOLD_PRORATED), wkr::ThresholdToDate::prorated},
    {WKR_NAMED(WKR_THRESHOLD_WHOLE), wkr::ThresholdToDate::whole},
};

const Code<wkr::BudgetPeriod> budget_period_codes[] = {
    {WKR_NAMED(WKR_BUDGET_PERIOD_YEAR), wkr::BudgetPeriod::year},
    {WKR_NAMED(WKR_BUDGET_PERIOD_MONTH), wkr::BudgetPeriod::month},
};

const Code<wkr::TravelMode> mode_codes[] = {
    {WKR_NAMED(WKR_MODE_CAR), wkr::TravelMode::car},
    {WKR_NAMED(WKR_MODE_BIKE), wkr::TravelMode::bike},
    {WKR_NAMED(WKR_MODE_PUBLIC_TRANSPORT), wkr::TravelMode::public_transport},
    {WKR_NAMED(WKR_MODE_COMPANY_BICYCLE), wkr::TravelMode::company_bicycle},
};

const Code<wkr::BudgetRest> budget_rest_codes[] = {
    {WKR_NAMED(WKR_BUDGET_REST_PAY_OUT), wkr::BudgetRest::pay_out},
    {WKR_NAMED(WKR_BUDGET_REST_KEEP), wkr::BudgetRest::keep},
};

const Code<wkr::TaxRoute> route_codes[] = {
    {WKR_NAMED(WKR_ROUTE_NONE), wkr::TaxRoute::none},
    {WKR_NAMED(WKR_ROUTE_FINAL_LEVY), wkr::TaxRoute::final_levy},
    {WKR_NAMED(WKR_ROUTE_WAGE), wkr::TaxRoute::wage},
};

// The shares array is indexed by category: the library's order is the header's.
static_assert(static_cast<int>(wkr::BudgetCategory::home_working) == WKR_BUDGET_HOME_WORKING &&
              static_cast<int>(wkr::BudgetCategory::commuting) == WKR_BUDGET_COMMUTING &&
              static_cast<int>(wkr::BudgetCategory::internet) == WKR_BUDGET_INTERNET &&
              static_cast<int>(wkr::BudgetCategory::arbo) == WKR_BUDGET_ARBO &&
              static_cast<int>(wkr::BudgetCategory::coworking_travel) == WKR_BUDGET_COWORKING_TRAVEL &&
              static_cast<int>(wkr::BudgetCategory::coworking_space) == WKR_BUDGET_COWORKING_SPACE &&
              static_cast<int>(wkr::BudgetCategory::rest) == WKR_BUDGET_REST &&
              wkr::budget_category_count == WKR_BUDGET_CATEGORY_COUNT);

/// WKR_ITEM_* and the library's categories: wkr_abi.inc lists each code with the library's name of
/// the category, generated from the library's table; the name is resolved here once.
const std::vector<Code<wkr::ItemCategory>>& category_codes() {
  static const std::vector<Code<wkr::ItemCategory>> codes = [] {
    std::vector<Code<wkr::ItemCategory>> out;
#define WKR_CATEGORY(code, name) out.push_back({WKR_NAMED(code), wkr::find_category(name).value()});
    WKR_CATEGORY_CODES(WKR_CATEGORY)
#undef WKR_CATEGORY
    return out;
  }();
  return codes;
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
  options.rounding = value_of(rounding_codes, rounding, name);
  return options;
}

/// The members array of a group call, each named by its 1-based number as the core and the JSON
/// requests name them ("member 2"). `per_member`: the group scheme as the law has it
/// (wkr_group_scheme_settle), whose members carry their own designated amounts and weights and are
/// named even when alone (the filing member and the shares are named); the older calls take
/// neither, refuse them, and treat a single member as a plain employer.
std::vector<wkr::GroupMember> members_of(const wkr_group_member* members, std::size_t count, std::size_t stride,
                                         bool per_member = false) {
  if (count == 0) throw_c(WKR_E_INVALID_ARGUMENT, "member_count is 0; a group scheme has at least one member");
  require_pointer(members, "members");
  check_stride<wkr_group_member>(count, stride, "member_stride");
  std::vector<wkr::GroupMember> out;
  out.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    const std::string name = "members[" + std::to_string(i) + "]";
    const auto member = read_struct(element(members, i, stride), name, stride);
    wkr::GroupMember m{per_member || count > 1 ? "member " + std::to_string(i + 1) : "",
                       from_cents(member.wage_bill_cents), flag_of(member.whole_year, name + ".whole_year")};
    m.designated = optional_cents(member.designated_given, member.designated_cents, name + ".designated");
    m.allocation_weight =
        optional_decimal(member.allocation_weight_given, member.allocation_weight, name + ".allocation_weight");
    if (!per_member && (m.designated || m.allocation_weight)) {
      throw_c(WKR_E_INVALID_ARGUMENT,
              name + (m.designated ? ".designated_given" : ".allocation_weight_given") +
                  " is 1, but this call takes no amount per member (the group's designated total is "
                  "input->designated_cents); wkr_group_scheme_settle() takes them");
    }
    out.push_back(std::move(m));
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

/// The members and the options of a group-scheme call, whose common input (wkr_free_space_input or
/// wkr_settle_input) has no wage bill of its own: the members carry the wage bills.
struct Group {
  std::vector<wkr::GroupMember> members;
  wkr::FreeSpaceOptions options;
};

template <class In>
Group group_of(const In& in, const wkr_group_member* members, std::size_t count, std::size_t stride) {
  require_reserved_zero(in.reserved, "input.reserved");
  if (in.wage_bill_cents != 0) {
    throw_c(WKR_E_INVALID_ARGUMENT, "input.wage_bill_cents is " + std::to_string(in.wage_bill_cents) +
                                        "; for a group scheme it must be 0 (the members carry the wage bills)");
  }
  return {members_of(members, count, stride), options_of(in.free_space_rounding, "input.free_space_rounding")};
}

/// Runs a batch: validates the call, then computes each row on its own. `compute` maps the
/// parameters and an input row to a result row, as for single_call().
template <class In, class Out, class Compute>
int32_t run_batch(const char* function, const wkr_context* context, const In* rows, std::size_t row_count,
                  std::size_t row_stride, Out* results, std::size_t result_stride, int32_t* row_status,
                  Compute&& compute) {
  const wkr::Parameters& parameters = parameters_of(context);
  if (row_count == 0) return succeed();
  require_pointer(rows, "rows");
  require_pointer(results, "results");
  check_stride<In>(row_count, row_stride, "row_stride");
  check_stride<Out>(row_count, result_stride, "result_stride");
  std::size_t failed = 0;
  std::string report;
  for (std::size_t i = 0; i < row_count; ++i) {
    std::string index = "[";  // appended, not "[" + …: GCC 12 at -O3 took that for an overlapping copy (-Wrestrict)
    index += std::to_string(i);
    index += ']';
    Out* out = element(results, i, result_stride);
    std::size_t out_size = 0;
    const int32_t status = guarded(function, [&]() -> int32_t {
      out_size = output_size(out, "results" + index, result_stride);
      const In in = read_struct(element(rows, i, row_stride), "rows" + index, row_stride);
      write_struct(out, out_size, compute(parameters, in, "rows" + index));
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

// ---- the columnar calls: thin layers over wkr/batch.hpp ---------------------------------------

/// A column of `count` elements the caller passes: NULL is an empty span (not wanted), which a
/// required column refuses when there are rows.
template <class T>
std::span<T> column_of(T* data, std::size_t count, const char* name, bool required = false) {
  if (data == nullptr) {
    if (required && count > 0) throw_c(WKR_E_INVALID_ARGUMENT, std::string(name) + " is NULL");
    return {};
  }
  return {data, count};
}

/// The batch options of a wkr_columns_options struct.
wkr::BatchOptions batch_options_of(const wkr_columns_options* options) {
  const auto in = read_struct(options, "options");
  require_reserved_zero(in.reserved, "options.reserved");
  if (in.threads < -1) {
    throw_c(WKR_E_INVALID_ARGUMENT, "options.threads is " + std::to_string(in.threads) +
                                        "; it must be -1 (one per hardware thread), 0 or 1 (the calling "
                                        "thread) or a number of threads");
  }
  wkr::BatchOptions batch;
  batch.threads = in.threads == -1 ? 0U : std::max(1U, static_cast<unsigned>(in.threads));
  batch.free_space = options_of(in.free_space_rounding, "options.free_space_rounding");
  return batch;
}

/// The years of a columnar call: one for every row, or one per row.
std::span<const int32_t> years_of(const int32_t* years, std::size_t year_count, std::size_t row_count) {
  if (year_count != 1 && year_count != row_count) {
    throw_c(WKR_E_INVALID_ARGUMENT, "year_count is " + std::to_string(year_count) +
                                        "; it must be 1 (the year of every row) or row_count (" +
                                        std::to_string(row_count) + ")");
  }
  return column_of(years, year_count, "years", true);
}

/// The status of a columnar call from the batch's report; row statuses become WKR_E_* codes.
int32_t columns_status(const wkr::BatchReport& report, std::size_t row_count, int32_t* row_status) {
  if (report.failed == 0) return succeed();
  if (row_status != nullptr) {
    for (std::size_t i = report.first_failed; i < row_count; ++i) row_status[i] = -row_status[i];
  }
  // The first row's sentence inside the summary, so its Dutch reaches wkr_last_error_message_in.
  return fail(WKR_E_ROWS_FAILED,
              Error(report.first_error->code(),
                    say("error.batch.rows_failed", std::to_string(report.failed), std::to_string(row_count),
                        std::to_string(report.first_failed), report.first_error->phrase())));
}

// ---- the targeted exemptions: codes, optional inputs, results -------------------------------

/// The options' excess: the one asked for, or the library's default when none was.
template <class Options>
void set_excess(Options& options, int32_t code, const std::string& name) {
  if (const auto& treatment = value_of(excess_codes, code, name)) options.excess = *treatment;
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
  r.excess_treatment = code_of(excess_codes, std::optional(split->treatment)).code;
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
  r.purpose = code_of(purpose_codes, t.purpose).code;
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
  r.warning_count = static_cast<uint32_t>(f.warnings.size());
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
  options.day_rounding = value_of(day_rounding_codes, in.day_rounding, name + ".day_rounding");
  const auto paid = optional_cents(in.paid_given, in.paid_cents, name + ".paid");
  return home_working_result_of(wkr::home_working_fixed(parameters, in.year, in.home_days_per_week,
                                                        period_of(in.from_month, in.to_month), paid, options));
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
  const wkr_absence* base = nullptr;
  std::size_t count = 0;
  std::size_t stride = 0;
};

AbsenceArray absence_array_of(const wkr_absence* absences, std::size_t count, std::size_t stride) {
  if (count == 0) return {};
  require_pointer(absences, "absences");
  check_stride<wkr_absence>(count, stride, "absence_stride");
  return {absences, count, stride};
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
    const auto absence = read_struct(element(array.base, i, array.stride), where, array.stride);
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
  options.day_rounding = value_of(day_rounding_codes, in.day_rounding, name + ".day_rounding");
  options.absence.new_cause_each_year = flag_of(in.absence_new_cause_each_year, name + ".absence_new_cause_each_year");
  return fixed_commute_result_of(wkr::fixed_commute(parameters, in.year, data, options));
}

// ---- the per-employee evaluation ------------------------------------------------------------

/// One item read from the caller's struct `name` ("items[3]", also its origin, so the library's
/// messages name it so). The employee is named by the decimal text of its number.
wkr::Item item_of(const wkr_item& in, const std::string& name) {
  require_reserved_zero(in.reserved, name + ".reserved");
  wkr::Item item;
  item.employee = std::to_string(in.employee_id);
  item.category = value_of(category_codes(), in.category, name + ".category");
  item.amount = from_cents(in.amount_cents);
  item.quantity = optional_decimal(in.quantity_given, in.quantity, name + ".quantity");
  item.treatment = value_of(excess_codes, in.treatment, name + ".treatment");
  require_reserved_zero(in.reserved2, name + ".reserved2");
  item.own_contribution = optional_cents(in.own_contribution_given, in.own_contribution_cents, name + ".own_contribution");
  item.origin = name;
  return item;
}

/// The caller's number of an employee, from the decimal text item_of() names it by.
int64_t employee_id_of(const std::string& employee) {
  int64_t id = 0;
  const auto [end, error] = std::from_chars(employee.data(), employee.data() + employee.size(), id);
  if (error != std::errc() || end != employee.data() + employee.size()) {
    throw_c(WKR_E_INTERNAL, "the employee '" + employee + "' is not an employee_id");
  }
  return id;
}

/// The caller's items as the library's, each bad one with its status and its problems (the
/// library's item_problems()), and the customary-test exclusion of each employee given to `options`
/// (the library holds an employee to one answer).
struct ConvertedItems {
  std::vector<wkr::Item> items;
  std::vector<int32_t> statuses;
  std::vector<std::string> problems;
};

ConvertedItems items_of(const wkr_item* items, std::size_t count, std::size_t stride,
                        wkr::EvaluationOptions& options) {
  ConvertedItems out;
  out.items.reserve(count);
  out.statuses.assign(count, WKR_OK);
  for (std::size_t i = 0; i < count; ++i) {
    const std::string name = "items[" + std::to_string(i) + "]";
    try {
      const wkr_item raw = read_struct(element(items, i, stride), name, stride);
      wkr::Item item = item_of(raw, name);
      const auto& customary = value_of(customary_codes, raw.customary_test, name + ".customary_test");
      std::vector<std::string> problems;
      for (const wkr::Phrase& problem : wkr::item_problems(item, options.company_bicycle_designation)) {
        problems.push_back(wkr::to_plain_text(problem));
      }
      if (const auto other = wkr::add_customary_exclusion(options, item.employee, customary)) {
        const auto first = std::find_if(out.items.begin(), out.items.end(),
                                        [&](const wkr::Item& earlier) { return earlier.employee == item.employee; });
        problems.push_back(std::string("customary_test is ") + code_of(customary_codes, customary).name +
                           ", but employee " + item.employee + " has " + code_of(customary_codes, *other).name +
                           " at " + first->origin + "; all items of an employee must say the same");
      }
      for (const std::string& problem : problems) out.problems.push_back(name + ": " + problem);
      if (!problems.empty()) out.statuses[i] = WKR_E_INVALID_ARGUMENT;
      out.items.push_back(std::move(item));
    } catch (const CError& e) {
      out.statuses[i] = e.status;
      out.problems.push_back(e.message);
    } catch (const Error& e) {
      out.statuses[i] = status_of(e.code());
      out.problems.push_back(name + ": " + e.what());
    }
  }
  // `none` was recorded only to hold each employee to one answer; the library needs the others only.
  std::erase_if(options.customary_exclusions,
                [](const auto& entry) { return entry.second == wkr::CustomaryTestExclusion::none; });
  return out;
}

/// The parts and their exempt sum, as cents, into a struct that has those fields.
template <class Out, class Parts>
void write_parts(Out& out, const Parts& parts) {
  out.exempt_cents = to_cents(parts.exempt(), "the exempt part");
  out.targeted_exempt_cents = to_cents(parts.targeted_exempt, "the targeted-exempt part");
  out.nil_valued_cents = to_cents(parts.nil_valued, "the nil-valued part");
  out.intermediary_cents = to_cents(parts.intermediary, "the intermediary part");
  out.designated_cents = to_cents(parts.designated, "the designated part");
  out.wage_cents = to_cents(parts.wage, "the wage part");
  out.own_contribution_cents = to_cents(parts.own_contribution, "the own contribution");
}

wkr_item_result item_result_of(const wkr::ItemResult& r, std::size_t employee_index) {
  wkr_item_result out{};
  out.employee_index = static_cast<uint32_t>(employee_index);
  out.amount_cents = to_cents(r.treatment.amount, "the amount");
  write_parts(out, r.treatment);
  if (r.treatment.cap) {
    out.cap_given = 1;
    out.cap_cents = to_cents(*r.treatment.cap, "the cap");
  }
  out.category = code_of(category_codes(), r.item.category).code;
  return out;
}

wkr_employee_totals employee_totals_of(const wkr::EmployeeEvaluation& e) {
  wkr_employee_totals out{};
  out.item_count = static_cast<uint32_t>(e.items.size());
  out.employee_id = employee_id_of(e.employee);
  write_parts(out, e.totals);
  out.safe_harbour_cents = to_cents(e.customary.safe_harbour, "the safe harbour");
  out.customary_test_applies = e.customary.safe_harbour_applies ? 1 : 0;
  out.customary_review = e.customary.review ? 1 : 0;
  return out;
}

wkr_evaluation_result evaluation_result_of(const wkr::Evaluation& evaluation) {
  wkr_evaluation_result out{};
  out.year = evaluation.year;
  out.employee_count = static_cast<uint32_t>(evaluation.employees.size());
  out.customary_review_count = static_cast<uint32_t>(evaluation.customary_review.size());
  write_parts(out, evaluation.totals);
  return out;
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

/// The caller's output structs a call has checked, zero-filled after their struct_size when the
/// call fails (for the calls with more than one output).
class CheckedOutputs {
 public:
  /// Checks one output struct (its struct_size at most `limit`, an array's stride); its size.
  template <class T>
  std::size_t single(T* out, const std::string& name, std::size_t limit = std::numeric_limits<std::size_t>::max()) {
    const std::size_t size = output_size(out, name, limit);
    checked_.emplace_back(reinterpret_cast<unsigned char*>(out), size);
    return size;
  }

  /// Checks an array of `count` output structs `stride` bytes apart (NULL allowed when `optional`).
  template <class T>
  void array(T* base, std::size_t count, std::size_t stride, const std::string& name, bool optional = false) {
    if (count == 0 || (optional && base == nullptr)) return;
    require_pointer(base, name.c_str());
    check_stride<T>(count, stride, name + " stride");
    for (std::size_t i = 0; i < count; ++i) {
      (void)single(element(base, i, stride), name + "[" + std::to_string(i) + "]", stride);
    }
  }

  void clear() noexcept {
    for (const auto& [bytes, size] : checked_) std::memset(bytes + sizeof(uint32_t), 0, size - sizeof(uint32_t));
  }

 private:
  std::vector<std::pair<unsigned char*, std::size_t>> checked_;
};

/// A call with several outputs: `body(outputs)` checks them in `outputs` and returns a status; on
/// failure every checked output is zero-filled after its struct_size.
template <class Body>
int32_t outputs_call(const char* function, Body&& body) noexcept {
  CheckedOutputs outputs;
  const int32_t status = guarded(function, [&] { return body(outputs); });
  if (status != WKR_OK) outputs.clear();
  return status;
}

/// Writes `value` into an output struct whose struct_size was checked.
template <class T>
void write_checked(T* destination, const T& value) {
  write_struct(destination, destination->struct_size, value);
}

/// An input array of `count` structs, checked for the call (NULL only when it is empty).
template <class T>
void check_input_array(const T* base, std::size_t count, std::size_t stride, const std::string& name) {
  if (count == 0) return;
  require_pointer(base, name.c_str());
  check_stride<T>(count, stride, name + "_stride");
}

// ---- the group scheme as the law has it ---------------------------------------------------------

/// The number of the member named "member N" (members_of() names them so).
std::size_t member_index(const std::string& name, std::size_t count) {
  const std::string prefix = "member ";
  std::size_t number = 0;
  if (name.starts_with(prefix)) {
    const auto [end, error] = std::from_chars(name.data() + prefix.size(), name.data() + name.size(), number);
    if (error == std::errc() && end == name.data() + name.size() && number >= 1 && number <= count) return number - 1;
  }
  throw_c(WKR_E_INTERNAL, "a member named '" + name + "' that the members array does not have");
}

wkr_group_scheme_settlement group_scheme_settlement_of(const wkr::GroupSettlement& g, std::size_t count) {
  wkr_group_scheme_settlement r{};
  const wkr_settlement s = settlement_of(g);
  r.year = s.year;
  r.wage_bill_cents = s.wage_bill_cents;
  r.free_space_cents = s.free_space_cents;
  r.designated_cents = s.designated_cents;
  r.excess_cents = s.excess_cents;
  r.final_levy_cents = s.final_levy_cents;
  r.final_levy_return_cents = s.final_levy_return_cents;
  r.due_year = s.due_year;
  r.due_period = s.due_period;
  r.filing_member = static_cast<uint32_t>(member_index(g.filing_member.name, count) + 1);
  r.filing_member_named = g.filing_member.named ? 1 : 0;
  r.needs_permission = g.filing_member.needs_permission ? 1 : 0;
  r.allocation_key = code_of(allocation_codes, g.allocation_key).code;
  r.group_member_count = static_cast<uint32_t>(g.members.size());
  r.part_year_member_count = static_cast<uint32_t>(g.part_year_members.size());
  return r;
}

/// Each member's part of the group's settlement, in the order of the members array.
std::vector<wkr_group_member_result> member_results_of(const wkr::GroupSettlement& g,
                                                       const std::vector<wkr::GroupMember>& members) {
  std::vector<wkr_group_member_result> out(members.size());
  for (std::size_t i = 0; i < members.size(); ++i) {
    out[i].wage_bill_cents = to_cents(members[i].wage_bill, "the wage bill");
    if (members[i].designated) out[i].designated_cents = to_cents(*members[i].designated, "the designated amount");
  }
  for (const wkr::LevyShare& share : g.allocation) {
    wkr_group_member_result& r = out[member_index(share.member, members.size())];
    r.in_group = 1;
    r.levy_share_cents = to_cents(share.share, "a levy share");
    r.allocation_weight = to_c(share.weight);
  }
  for (const wkr::MemberSettlement& own : g.part_year_members) {
    wkr_group_member_result& r = out[member_index(own.name, members.size())];
    const wkr_settlement s = settlement_of(own.settlement);
    r.free_space_cents = s.free_space_cents;
    r.excess_cents = s.excess_cents;
    r.final_levy_cents = s.final_levy_cents;
    r.final_levy_return_cents = s.final_levy_return_cents;
    r.due_year = s.due_year;
    r.due_period = s.due_period;
  }
  return out;
}

// ---- the wage bill ------------------------------------------------------------------------------

/// Rows `first` to `first + count` of the employees array.
std::vector<wkr::EmployeeWage> employees_of(const wkr_employee_wage* employees, std::size_t first, std::size_t count,
                                            std::size_t stride) {
  std::vector<wkr::EmployeeWage> out;
  out.reserve(count);
  for (std::size_t i = first; i < first + count; ++i) {
    const std::string name = "employees[" + std::to_string(i) + "]";
    const auto row = read_struct(element(employees, i, stride), name, stride);
    out.push_back({name, from_cents(row.fiscal_wage_cents), flag_of(row.former, name + ".former")});
  }
  return out;
}

wkr_wage_bill_result wage_bill_result_of(const wkr::WageBillParts& parts, int year, bool whole_year) {
  wkr_wage_bill_result r{};
  r.year = year;
  r.current_cents = to_cents(parts.current, "the wage from current employment");
  r.former_cents = to_cents(parts.former, "the wage from former employment");
  r.wage_bill_cents = to_cents(parts.wage_bill, "the wage bill");
  r.former_included = parts.former_included ? 1 : 0;
  r.whole_year = whole_year ? 1 : 0;
  return r;
}

// ---- the ledger ---------------------------------------------------------------------------------

wkr::LedgerOptions ledger_options_of(const wkr_ledger_input& in) {
  wkr::LedgerOptions options;
  options.strategy = value_of(strategy_codes, in.strategy, "input.strategy");
  options.basis = value_of(basis_codes, in.basis, "input.basis");
  options.threshold = value_of(threshold_codes, in.threshold_to_date, "input.threshold_to_date");
  options.free_space = options_of(in.free_space_rounding, "input.free_space_rounding");
  return options;
}

wkr::PeriodInput ledger_period_of(const wkr_ledger_period& in, const std::string& name) {
  wkr::PeriodInput period;
  period.period = in.period;
  period.wage_bill = from_cents(in.wage_bill_cents);
  period.designated = from_cents(in.designated_cents);
  period.levy_paid = optional_cents(in.levy_paid_given, in.levy_paid_cents, name + ".levy_paid");
  period.estimated_wage_bill = optional_cents(in.estimate_given, in.estimate_cents, name + ".estimate");
  return period;
}

wkr_ledger_row ledger_row_of(const wkr::LedgerRow& row) {
  wkr_ledger_row r{};
  r.period = row.period;
  r.wage_bill_cents = to_cents(row.wage_bill, "the wage bill");
  r.wage_bill_cumulative_cents = to_cents(row.wage_bill_cumulative, "the wage bill so far");
  r.free_space_cumulative_cents = to_cents(row.free_space_cumulative, "the free space so far");
  r.designated_cents = to_cents(row.designated, "the designated amount");
  r.designated_cumulative_cents = to_cents(row.designated_cumulative, "the designated amount so far");
  r.free_space_left_cents = to_cents(row.free_space_left, "the free space left");
  r.excess_cumulative_cents = to_cents(row.excess_cumulative, "the excess so far");
  r.final_levy_so_far_cents = to_cents(row.final_levy_so_far, "the final levy so far");
  r.levy_declared_cents = to_cents(row.levy_declared, "the levy declared");
  if (row.estimated_wage_bill) {
    r.estimate_given = 1;
    r.estimate_cents = to_cents(*row.estimated_wage_bill, "the estimate");
    r.free_space_estimate_cents = to_cents(*row.free_space_estimate, "the free space on the estimate");
  }
  return r;
}

wkr_ledger_year_end year_end_of(const wkr::YearEnd& end) {
  const wkr_settlement s = settlement_of(end.settlement);
  wkr_ledger_year_end r{};
  r.year = s.year;
  r.wage_bill_cents = s.wage_bill_cents;
  r.free_space_cents = s.free_space_cents;
  r.designated_cents = s.designated_cents;
  r.excess_cents = s.excess_cents;
  r.final_levy_cents = s.final_levy_cents;
  r.final_levy_return_cents = s.final_levy_return_cents;
  r.due_year = s.due_year;
  r.due_period = s.due_period;
  r.levy_paid_cents = to_cents(end.levy_paid, "the levy paid");
  r.correction_cents = to_cents(end.correction, "the correction");
  return r;
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
#define WKR_STATUS(code) \
  case code: return #code;
    WKR_STATUS_CODES(WKR_STATUS)
#undef WKR_STATUS
    default: return "WKR_E_UNKNOWN";
  }
}

WKR_API const char* wkr_last_error_message(void) { return current_message(); }

WKR_API const char* wkr_last_error_message_in(int32_t language) { return current_message(language); }

WKR_API int32_t wkr_last_error_copy(char* buffer, size_t capacity, size_t* needed) {
  return wkr_last_error_copy_in(WKR_LANG_EN, buffer, capacity, needed);
}

WKR_API int32_t wkr_last_error_copy_in(int32_t language, char* buffer, size_t capacity, size_t* needed) {
  // Must not touch the last error, so it does not go through guarded()/succeed()/fail().
  const char* message = current_message(language);
  if (message == nullptr) return WKR_E_INVALID_ARGUMENT;
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

namespace {

int32_t context_from_directory(const char* function, const char* path, size_t path_length, uint32_t flags,
                               wkr_context** out) {
  return guarded(function, [&] {
    require_pointer(out, "out");
    *out = nullptr;
    const std::string_view text = text_of(path, path_length, "path");
    if (text.empty()) throw_c(WKR_E_INVALID_ARGUMENT, "path is empty");
    if (text.find('\0') != std::string_view::npos) throw_c(WKR_E_INVALID_ARGUMENT, "path contains a NUL byte");
    if ((flags & ~static_cast<uint32_t>(WKR_DATA_STRICT)) != 0) {
      throw_c(WKR_E_INVALID_ARGUMENT, "flags " + std::to_string(flags) +
                                          " has bits wkr does not know; give WKR_DATA_ALLOW_OVERRIDES (0) or "
                                          "WKR_DATA_STRICT (1)");
    }
    const std::filesystem::path directory(std::u8string(text.begin(), text.end()));
    const auto overrides = (flags & WKR_DATA_STRICT) != 0 ? wkr::TableOverrides::refuse : wkr::TableOverrides::allow;
    *out = new wkr_context{wkr::Parameters::with_directory(directory, overrides)};
    return succeed();
  });
}

}  // namespace

WKR_API int32_t wkr_context_new_from_directory(const char* path, size_t path_length, wkr_context** out) {
  return context_from_directory("wkr_context_new_from_directory", path, path_length, WKR_DATA_ALLOW_OVERRIDES, out);
}

WKR_API int32_t wkr_context_new_from_directory_flags(const char* path, size_t path_length, uint32_t flags,
                                                     wkr_context** out) {
  return context_from_directory("wkr_context_new_from_directory_flags", path, path_length, flags, out);
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

// The *_init() function of every struct that begins with struct_size (the list is generated).
#define WKR_DEFINE_INIT(type, first, init, parameter)                                              \
  WKR_API int32_t type##_init(type* parameter, size_t size) {                                     \
    return guarded(#type "_init", [&] { return init_struct(parameter, size, type init, #type); }); \
  }
WKR_VERSIONED_STRUCTS(WKR_DEFINE_INIT)
#undef WKR_DEFINE_INIT

WKR_API int32_t wkr_free_space(const wkr_context* context, const wkr_free_space_input* input,
                               wkr_free_space_result* result) {
  return single_call("wkr_free_space", context, input, result, compute_free_space);
}

WKR_API int32_t wkr_group_free_space(const wkr_context* context, const wkr_free_space_input* input,
                                     const wkr_group_member* members, size_t member_count, size_t member_stride,
                                     wkr_free_space_result* result) {
  return single_call("wkr_group_free_space", context, input, result,
                     [&](const wkr::Parameters& parameters, const wkr_free_space_input& in, const std::string&) {
                       const Group group = group_of(in, members, member_count, member_stride);
                       return free_space_result_of(
                           wkr::group_free_space(parameters, in.year, group.members, group.options));
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
                       const Group group = group_of(in, members, member_count, member_stride);
                       return settlement_of(wkr::settle(parameters, in.year, group.members,
                                                        from_cents(in.designated_cents), group.options));
                     });
}

WKR_API int32_t wkr_free_space_batch(const wkr_context* context, const wkr_free_space_input* rows, size_t row_count,
                                     size_t row_stride, wkr_free_space_result* results, size_t result_stride,
                                     int32_t* row_status) {
  return guarded("wkr_free_space_batch", [&] {
    return run_batch("wkr_free_space_batch", context, rows, row_count, row_stride, results, result_stride,
                     row_status, compute_free_space);
  });
}

WKR_API int32_t wkr_settle_batch(const wkr_context* context, const wkr_settle_input* rows, size_t row_count,
                                 size_t row_stride, wkr_settlement* results, size_t result_stride,
                                 int32_t* row_status) {
  return guarded("wkr_settle_batch", [&] {
    return run_batch("wkr_settle_batch", context, rows, row_count, row_stride, results, result_stride, row_status,
                     compute_settlement);
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
    const std::string out = wkr::in_reading_order(wkr::evaluate_request(parameters, parsed)).dump();
    auto* copy = static_cast<char*>(std::malloc(out.size() + 1));
    if (copy == nullptr) throw std::bad_alloc();
    std::memcpy(copy, out.data(), out.size() + 1);
    *response = copy;
    if (response_length != nullptr) *response_length = out.size();
    return succeed();
  });
}


// ---- the targeted exemptions ----------------------------------------------------------------

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
                       const wkr::TravelPurpose purpose = value_of(purpose_codes, in.purpose, name + ".purpose");
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
    const AbsenceArray array = absence_array_of(absences, absence_count, absence_stride);
    return run_batch("wkr_fixed_commute_batch", context, rows, row_count, row_stride, results, result_stride,
                     row_status,
                     [&](const wkr::Parameters& parameters, const wkr_fixed_commute_input& in, const std::string& name) {
                       return compute_fixed_commute(parameters, in, array, name);
                     });
  });
}

WKR_API const char* wkr_item_category_name(int32_t category) {
  try {
    for (const auto& c : category_codes()) {
      // The library's names are string literals (items.hpp), so NUL-terminated and static.
      if (c.code == category) return wkr::to_string(c.value).data();
    }
    return nullptr;
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
    const ConvertedItems converted = items_of(items, item_count, item_stride, options);
    if (item_status != nullptr) std::copy(converted.statuses.begin(), converted.statuses.end(), item_status);
    if (!converted.problems.empty()) {
      const auto bad = std::find_if(converted.statuses.begin(), converted.statuses.end(),
                                    [](int32_t s) { return s != WKR_OK; });
      const std::vector<wkr::Phrase> problems(converted.problems.begin(), converted.problems.end());
      throw_c(*bad, wkr::detail::allowance::bad_rows(wkr::noun("the items"), problems).what());
    }

    // ---- the evaluation, and its figures into the caller's structs
    const wkr::Evaluation evaluation = [&] {
      try {
        return wkr::evaluate_items(parameters, in.year, converted.items, options);
      } catch (const wkr::ItemsRefused& e) {  // refused by a rule of the year: mark those items too
        if (item_status != nullptr) {
          for (const std::size_t i : e.indexes()) item_status[i] = WKR_E_INVALID_ARGUMENT;
        }
        throw;
      }
    }();
    const std::size_t employee_count = evaluation.employees.size();
    if (employees != nullptr) {
      for (std::size_t e = 0; e < std::min(employee_capacity, employee_count); ++e) {
        (void)output_size(element(employees, e, employee_stride), "employees[" + std::to_string(e) + "]",
                          employee_stride);
        checked_employees = e + 1;
      }
      if (employee_capacity < employee_count) {
        needed_employees = static_cast<uint32_t>(employee_count);
        throw_c(WKR_E_BUFFER_TOO_SMALL, "employees has room for " + std::to_string(employee_capacity) +
                                            " employees; the items have " + std::to_string(employee_count) +
                                            " (result->employee_count)");
      }
    }
    for (std::size_t e = 0; e < employee_count; ++e) {
      const wkr::EmployeeEvaluation& employee = evaluation.employees[e];
      if (item_results != nullptr) {
        for (const wkr::ItemResult& item : employee.items) {
          wkr_item_result* target = element(item_results, item.index, item_result_stride);
          write_struct(target, target->struct_size, item_result_of(item, e));
        }
      }
      if (employees != nullptr) {
        wkr_employee_totals* target = element(employees, e, employee_stride);
        write_struct(target, target->struct_size, employee_totals_of(employee));
      }
    }
    write_struct(result, result_size, evaluation_result_of(evaluation));
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

// ---- the group scheme as the law has it, the wage bill, the ledger -----------------------------

WKR_API int32_t wkr_group_scheme_settle(const wkr_context* context, const wkr_group_scheme_input* input,
                                        const wkr_group_member* members, size_t member_count, size_t member_stride,
                                        wkr_group_scheme_settlement* result, wkr_group_member_result* member_results,
                                        size_t member_result_stride) {
  return outputs_call("wkr_group_scheme_settle", [&](CheckedOutputs& outputs) {
    const wkr::Parameters& parameters = parameters_of(context);
    (void)outputs.single(result, "result");
    outputs.array(member_results, member_count, member_result_stride, "member_results", true);
    const auto in = read_struct(input, "input");
    wkr::GroupSchemeOptions options;
    options.free_space = options_of(in.free_space_rounding, "input.free_space_rounding");
    options.allocation_key = value_of(allocation_codes, in.allocation_key, "input.allocation_key");
    if (in.filing_member != 0) {
      if (in.filing_member > member_count) {
        throw_c(WKR_E_INVALID_ARGUMENT, "input.filing_member is " + std::to_string(in.filing_member) +
                                            ", but there are " + std::to_string(member_count) +
                                            " members; give a member's number counted from 1, or 0 for the largest "
                                            "wage bill");
      }
      options.filing_member = "member " + std::to_string(in.filing_member);
    }
    const auto designated = optional_cents(in.designated_given, in.designated_cents, "input.designated");
    const std::vector<wkr::GroupMember> group = members_of(members, member_count, member_stride, true);
    const wkr::GroupSettlement settlement = wkr::settle_group_scheme(parameters, in.year, group, designated, options);
    write_checked(result, group_scheme_settlement_of(settlement, member_count));
    if (member_results != nullptr) {
      const std::vector<wkr_group_member_result> parts = member_results_of(settlement, group);
      for (std::size_t i = 0; i < parts.size(); ++i) {
        write_checked(element(member_results, i, member_result_stride), parts[i]);
      }
    }
    return succeed();
  });
}

WKR_API int32_t wkr_wage_bill(const wkr_context* context, const wkr_wage_bill_input* input,
                              const wkr_employee_wage* employees, size_t employee_count, size_t employee_stride,
                              wkr_wage_bill_result* result) {
  return single_call("wkr_wage_bill", context, input, result,
                     [&](const wkr::Parameters& parameters, const wkr_wage_bill_input& in, const std::string& name) {
                       if (in.former_wage_test != 0) {
                         throw_c(WKR_E_INVALID_ARGUMENT,
                                 name + ".former_wage_test is " + std::to_string(in.former_wage_test) +
                                     "; it is for a group (wkr_group_wage_bill()) and must be 0 here");
                       }
                       check_input_array(employees, employee_count, employee_stride, "employees");
                       const auto rows = employees_of(employees, 0, employee_count, employee_stride);
                       const wkr::WageBill bill = wkr::wage_bill(parameters, in.year, rows);
                       return wage_bill_result_of(bill, bill.year, true);
                     });
}

WKR_API int32_t wkr_group_wage_bill(const wkr_context* context, const wkr_wage_bill_input* input,
                                    const wkr_employee_wage* employees, size_t employee_count, size_t employee_stride,
                                    const wkr_payroll_member* members, size_t member_count, size_t member_stride,
                                    wkr_wage_bill_result* member_results, size_t member_result_stride,
                                    wkr_group_wage_bill_result* result) {
  return outputs_call("wkr_group_wage_bill", [&](CheckedOutputs& outputs) {
    const wkr::Parameters& parameters = parameters_of(context);
    (void)outputs.single(result, "result");
    outputs.array(member_results, member_count, member_result_stride, "member_results");
    const auto in = read_struct(input, "input");
    const wkr::FormerWageTest method = value_of(former_wage_test_codes, in.former_wage_test, "input.former_wage_test");
    check_input_array(employees, employee_count, employee_stride, "employees");
    check_input_array(members, member_count, member_stride, "members");
    std::vector<wkr::MemberPayroll> payrolls;
    payrolls.reserve(member_count);
    for (std::size_t i = 0; i < member_count; ++i) {
      const std::string name = "members[" + std::to_string(i) + "]";
      const auto member = read_struct(element(members, i, member_stride), name, member_stride);
      if (member.employee_first > employee_count || member.employee_count > employee_count - member.employee_first) {
        throw_c(WKR_E_INVALID_ARGUMENT, name + " picks employees " + std::to_string(member.employee_first) + " to " +
                                            std::to_string(uint64_t{member.employee_first} + member.employee_count) +
                                            " (exclusive) of an employees array of " + std::to_string(employee_count));
      }
      payrolls.push_back({"member " + std::to_string(i + 1),
                          employees_of(employees, member.employee_first, member.employee_count, employee_stride),
                          flag_of(member.whole_year, name + ".whole_year")});
    }
    const wkr::GroupWageBill bill = wkr::group_wage_bill(parameters, in.year, payrolls, method);
    for (std::size_t i = 0; i < bill.members.size(); ++i) {
      write_checked(element(member_results, i, member_result_stride),
                    wage_bill_result_of(bill.members[i], bill.year, bill.members[i].whole_year));
    }
    wkr_group_wage_bill_result total{};
    total.year = bill.year;
    total.wage_bill_cents = to_cents(bill.wage_bill, "the wage bill");
    total.former_wage_test = code_of(former_wage_test_codes, bill.method).code;
    total.group_member_count = static_cast<uint32_t>(
        std::count_if(bill.members.begin(), bill.members.end(), [](const auto& m) { return m.whole_year; }));
    write_checked(result, total);
    return succeed();
  });
}

WKR_API int32_t wkr_ledger(const wkr_context* context, const wkr_ledger_input* input, const wkr_ledger_period* periods,
                           size_t period_count, size_t period_stride, wkr_ledger_row* rows, size_t row_stride,
                           wkr_ledger_year_end* year_end) {
  return outputs_call("wkr_ledger", [&](CheckedOutputs& outputs) {
    const wkr::Parameters& parameters = parameters_of(context);
    (void)outputs.single(year_end, "year_end");
    outputs.array(rows, period_count, row_stride, "rows");
    const auto in = read_struct(input, "input");
    const wkr::PeriodLength length =
        flag_of(in.four_weekly, "input.four_weekly") ? wkr::PeriodLength::four_weeks : wkr::PeriodLength::month;
    const wkr::LedgerOptions options = ledger_options_of(in);
    check_input_array(periods, period_count, period_stride, "periods");
    std::vector<wkr::PeriodInput> list;
    list.reserve(period_count);
    for (std::size_t i = 0; i < period_count; ++i) {
      const std::string name = "periods[" + std::to_string(i) + "]";
      list.push_back(ledger_period_of(read_struct(element(periods, i, period_stride), name, period_stride), name));
    }
    const wkr::LedgerYear year = wkr::ledger(parameters, in.year, length, list, options);
    for (std::size_t i = 0; i < year.rows.size(); ++i)
      write_checked(element(rows, i, row_stride), ledger_row_of(year.rows[i]));
    write_checked(year_end, year_end_of(year.totals));
    return succeed();
  });
}

WKR_API int32_t wkr_budget(const wkr_context* context, const wkr_budget_input* input, wkr_budget_result* result,
                           wkr_budget_share* shares, size_t share_count, size_t share_stride) {
  return outputs_call("wkr_budget", [&](CheckedOutputs& outputs) {
    const wkr::Parameters& parameters = parameters_of(context);
    (void)outputs.single(result, "result");
    const std::size_t written = std::min<std::size_t>(share_count, wkr::budget_category_count);
    outputs.array(shares, written, share_stride, "shares", true);
    const auto in = read_struct(input, "input");
    require_reserved_zero(in.reserved, "input.reserved");
    wkr::BudgetInput b;
    b.budget = from_cents(in.budget_cents);
    b.period = value_of(budget_period_codes, in.budget_period, "input.budget_period");
    b.pattern = {in.office_days, in.home_days, in.coworking_days};
    b.km_one_way = from_c(in.km_one_way, "input.km_one_way");
    b.mode = value_of(mode_codes, in.mode, "input.mode");
    b.internet_necessary = flag_of(in.internet_necessary, "input.internet_necessary");
    b.fare_per_day = optional_cents(in.fare_per_day_given, in.fare_per_day_cents, "input.fare_per_day");
    b.coworking_km_one_way =
        optional_decimal(in.coworking_km_one_way_given, in.coworking_km_one_way, "input.coworking_km_one_way");
    b.coworking_fare_per_day = optional_cents(in.coworking_fare_per_day_given, in.coworking_fare_per_day_cents,
                                              "input.coworking_fare_per_day");
    b.coworking_cost = from_cents(in.coworking_cost_cents);
    b.internet_per_month = from_cents(in.internet_per_month_cents);
    b.arbo_cost = from_cents(in.arbo_cost_cents);
    b.marginal_rate = optional_decimal(in.marginal_rate_given, in.marginal_rate, "input.marginal_rate");
    b.free_space_left = from_cents(in.free_space_left_cents);
    b.rest = value_of(budget_rest_codes, in.rest, "input.rest");
    const wkr::Budget budget = wkr::budget(parameters, in.year, b);
    wkr_budget_result out{};
    out.year = budget.year;
    out.budget_cents = to_cents(budget.budget, "the budget");
    out.route = code_of(route_codes, budget.route).code;
    out.customary_review = budget.customary.review ? 1 : 0;
    out.recalculation_required = budget.recalculation_required ? 1 : 0;
    out.exempt_cents = to_cents(budget.exempt, "the exempt amount");
    out.free_space_used_cents = to_cents(budget.free_space_used, "the free space used");
    out.above_free_space_cents = to_cents(budget.above_free_space, "the amount above the free space");
    out.final_levy = to_c(budget.final_levy);
    out.wage_net_cents = to_cents(budget.wage_net, "the wage, net");
    out.wage_gross_cents = to_cents(budget.wage_gross, "the wage, gross");
    out.net_value_cents = to_cents(budget.net_value, "the net value");
    out.employer_cost = to_c(budget.employer_cost);
    out.left_over = to_c(budget.left_over);
    out.free_space_left_cents = to_cents(budget.free_space_left, "the free space left");
    for (std::size_t i = 0; i < written; ++i) {
      const wkr::BudgetShare& s = budget.shares[i];
      wkr_budget_share share{};
      share.category = static_cast<int32_t>(s.category);
      share.wanted_cents = to_cents(s.wanted, "a part's wanted amount");
      share.exempt_cents = to_cents(s.exempt, "a part's exempt amount");
      share.free_space_cents = to_cents(s.free_space, "a part's designated amount");
      share.above_free_space_cents = to_cents(s.above_free_space, "a part's amount above the free space");
      share.levy = to_c(s.levy);
      share.wage_cents = to_cents(s.wage, "a part's wage");
      share.net_cents = to_cents(s.net(), "a part's net amount");
      write_checked(element(shares, i, share_stride), share);
    }
    write_checked(result, out);
    return succeed();
  });
}

WKR_API int32_t wkr_distribute(int64_t amount_cents, const int32_t* weights, size_t period_count,
                               int64_t* parts_cents) {
  return guarded("wkr_distribute", [&] {
    if (period_count > 0) require_pointer(parts_cents, "parts_cents");
    if (parts_cents != nullptr) std::fill(parts_cents, parts_cents + period_count, int64_t{0});
    if (period_count > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
      throw_c(WKR_E_INVALID_ARGUMENT, "period_count is " + std::to_string(period_count) + ", too many periods");
    }
    const Decimal amount = from_cents(amount_cents);
    const std::vector<Decimal> parts =
        weights == nullptr ? wkr::distribute(amount, static_cast<int>(period_count))
                           : wkr::distribute(amount, std::span<const int32_t>(weights, period_count));
    for (std::size_t i = 0; i < parts.size(); ++i) parts_cents[i] = to_cents(parts[i], "a part");
    return succeed();
  });
}

WKR_API int32_t wkr_free_space_columns(const wkr_context* context, const wkr_columns_options* options,
                                       const int32_t* years, size_t year_count, size_t row_count,
                                       const int64_t* wage_bill_cents, int64_t* free_space_cents, int32_t* row_status) {
  return guarded("wkr_free_space_columns", [&] {
    const wkr::Parameters& parameters = parameters_of(context);
    const wkr::BatchOptions batch = batch_options_of(options);
    if (row_count == 0) return succeed();
    const wkr::BatchReport report =
        wkr::free_space_columns(parameters, years_of(years, year_count, row_count),
                                column_of(wage_bill_cents, row_count, "wage_bill_cents", true),
                                column_of(free_space_cents, row_count, "free_space_cents", true),
                                column_of(row_status, row_count, "row_status"), batch);
    return columns_status(report, row_count, row_status);
  });
}

WKR_API int32_t wkr_settle_columns(const wkr_context* context, const wkr_columns_options* options, const int32_t* years,
                                   size_t year_count, size_t row_count, const int64_t* wage_bill_cents,
                                   const int64_t* designated_cents, int64_t* free_space_cents, int64_t* excess_cents,
                                   int64_t* final_levy_cents, int64_t* final_levy_return_cents, int32_t* due_period,
                                   int32_t* row_status) {
  return guarded("wkr_settle_columns", [&] {
    const wkr::Parameters& parameters = parameters_of(context);
    const wkr::BatchOptions batch = batch_options_of(options);
    if (row_count == 0) return succeed();
    const wkr::SettlementColumns out{
        .free_space_cents = column_of(free_space_cents, row_count, "free_space_cents"),
        .excess_cents = column_of(excess_cents, row_count, "excess_cents"),
        .final_levy_cents = column_of(final_levy_cents, row_count, "final_levy_cents"),
        .final_levy_return_cents = column_of(final_levy_return_cents, row_count, "final_levy_return_cents"),
        .due_period = column_of(due_period, row_count, "due_period"),
        .status = column_of(row_status, row_count, "row_status"),
    };
    const wkr::BatchReport report =
        wkr::settle_columns(parameters, years_of(years, year_count, row_count),
                            column_of(wage_bill_cents, row_count, "wage_bill_cents", true),
                            column_of(designated_cents, row_count, "designated_cents", true), out, batch);
    return columns_status(report, row_count, row_status);
  });
}

}  // extern "C"
