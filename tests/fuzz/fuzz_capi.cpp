// Fuzz target: the C ABI's typed calls (capi/wkr.h) with fuzzed structs. The first byte picks a call;
// the rest fills its structs field by field (tests/capi/layout_table.h names every field, so a year
// gets a plausible year, a reserved field mostly 0, a decimal a plausible scale — or, when the
// fuzzer says so, raw bytes), with a random struct_size, random strides and counts, NULL pointers
// now and then, and every buffer exactly as large as the caller says it is (so ASan sees a read or
// write past it). The promises checked: a call returns a documented status, never WKR_E_INTERNAL;
// a failure has a message; a failed single result is zero-filled after its struct_size.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "layout_table.h"
#include "wkr/wkr.h"

namespace {

using wkr::fuzz::check;

/// The fuzzer's bytes, consumed from the front; zeros when they run out.
class Fuzz {
 public:
  Fuzz(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  std::uint8_t byte() {
    if (size_ == 0) return 0;
    --size_;
    return *data_++;
  }
  void raw(unsigned char* out, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) out[i] = byte();
  }
  /// A count 0 … max, small mostly.
  std::size_t count(std::size_t max) { return static_cast<std::size_t>(byte()) % (max + 1); }
  /// A pointer argument is NULL one time in 16.
  bool null() { return (byte() & 15) == 15; }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
};

struct Field {
  std::string_view type;
  std::string_view name;
  std::size_t offset;
  std::size_t size;
};
#define WKR_FUZZ_STRUCT(type, size)
#define WKR_FUZZ_FIELD(type, field, offset, size) Field{#type, #field, offset, size},
constexpr Field fields[] = {WKR_LAYOUT_TABLE(WKR_FUZZ_STRUCT, WKR_FUZZ_FIELD)};
#undef WKR_FUZZ_STRUCT
#undef WKR_FUZZ_FIELD

template <class T>
void put(unsigned char* at, T value) {
  std::memcpy(at, &value, sizeof value);
}

void fill_decimal(Fuzz& f, unsigned char* at) {
  const std::uint8_t how = f.byte();
  if (how >= 240) return f.raw(at, 24);
  const auto lo = static_cast<std::uint64_t>(f.byte()) * ((how & 1) != 0 ? 1000003U : 1U);
  put<std::uint64_t>(at, (how & 2) != 0 ? 0 - lo : lo);  // two's complement: −lo
  put<std::int64_t>(at + 8, (how & 2) != 0 ? -1 : 0);
  put<std::int32_t>(at + 16, static_cast<std::int32_t>(f.byte() % 8) - ((how & 4) != 0 ? 1 : 0));
  put<std::uint32_t>(at + 20, 0);
}

/// A plausible value for a field by its name, or raw bytes when the fuzzer's byte says so.
void fill_field(Fuzz& f, std::string_view name, unsigned char* at, std::size_t size) {
  if (size == 24) return fill_decimal(f, at);
  const std::uint8_t b = f.byte();
  if (b >= 240) return f.raw(at, size);
  const auto ends = [&](std::string_view tail) { return name.ends_with(tail); };
  std::int64_t value = 0;
  if (name == "year" || name == "due_year") {
    value = 2026 - b % 16;
  } else if (name == "reserved") {
    value = b < 224 ? 0 : b;
  } else if (name == "start" || name == "returned") {
    value = b < 16 ? 0 : 20240000 + (b % 3) * 10000 + (b % 13) * 100 + (b / 8) % 32;  // YYYYMMDD
  } else if (ends("_cents")) {
    value = static_cast<std::int64_t>(b % 128) * 100003 - (b % 61 == 0 ? 1 : 0);
  } else if (ends("_given") || name == "whole_year" || name == "four_weekly" || name == "fixed") {
    value = b % 3;
  } else {
    value = static_cast<std::int64_t>(b % 16) - 1;  // codes, counts, days, months, indexes
  }
  if (size == 8) put<std::int64_t>(at, value);
  if (size == 4) put<std::int32_t>(at, static_cast<std::int32_t>(value));
  if (size != 4 && size != 8) f.raw(at, size);
}

/// `count` structs of `type` (C++ type T), `stride` bytes apart, each with its fuzzed struct_size.
/// The buffer is exactly count × stride bytes (at least one byte, so it is never NULL by accident).
template <class T>
struct Structs {
  std::vector<unsigned char> bytes;
  std::size_t count = 0;
  std::size_t stride = 0;
  bool is_null = false;
  T* get() { return is_null ? nullptr : reinterpret_cast<T*>(bytes.data()); }
  [[nodiscard]] std::uint32_t struct_size() const {
    std::uint32_t size = 0;
    if (bytes.size() >= 4) std::memcpy(&size, bytes.data(), 4);
    return size;
  }
};

std::uint32_t fuzzed_struct_size(Fuzz& f, std::size_t current) {
  const std::uint8_t how = f.byte();
  switch (how % 8) {
    case 6:
      return static_cast<std::uint32_t>(static_cast<std::size_t>(f.byte()) %
                                        (current + 9));  // anything up to a bit more
    case 7:
      return static_cast<std::uint32_t>(current + 8 * (1 + static_cast<std::size_t>(f.byte() % 3)));  // a newer caller
    default: return static_cast<std::uint32_t>(current);
  }
}

/// Fills one struct at `base` with `room` bytes: every field that fits, maybe a newer caller's field.
template <class T>
void fill_struct(Fuzz& f, std::string_view type, unsigned char* base, std::size_t room, std::uint32_t size) {
  for (const Field& field : fields) {
    if (field.type == type && field.name != "struct_size" && field.offset + field.size <= room) {
      fill_field(f, field.name, base + field.offset, field.size);
    }
  }
  if (room >= sizeof(T) + 8 && f.byte() >= 224) f.raw(base + sizeof(T), 8);  // a newer caller's field set
  if (room >= 4) put<std::uint32_t>(base, size);
}

/// One struct on its own: as large as its struct_size says (at least its struct_size field).
template <class T>
Structs<T> one(Fuzz& f, std::string_view type) {
  Structs<T> s;
  s.count = 1;
  const std::uint32_t size = fuzzed_struct_size(f, sizeof(T));
  s.bytes.assign(std::max<std::size_t>(size, 4), 0);
  s.stride = s.bytes.size();
  fill_struct<T>(f, type, s.bytes.data(), s.bytes.size(), size);
  s.is_null = f.null();
  return s;
}

/// `count` structs `stride` bytes apart in a buffer of exactly count × stride bytes; each has its
/// own struct_size, which may exceed the stride (the call must refuse that, not read past it).
template <class T>
Structs<T> structs(Fuzz& f, std::string_view type, std::size_t count) {
  Structs<T> s;
  s.count = count;
  const std::uint8_t how = f.byte();
  // Strides stay multiples of 8: the structs hold int64_t fields, and C has no misaligned struct.
  s.stride = how % 4 == 3 ? 8 * static_cast<std::size_t>(f.byte() % 12)
                          : sizeof(T) + 8 * static_cast<std::size_t>(how % 4 == 2);
  s.bytes.assign(std::max<std::size_t>(s.stride * count, 1), 0);
  const std::uint32_t size = fuzzed_struct_size(f, sizeof(T));
  for (std::size_t i = 0; i < count; ++i) {
    const std::uint32_t own = i == 0 || f.byte() < 224 ? size : fuzzed_struct_size(f, sizeof(T));
    fill_struct<T>(f, type, s.bytes.data() + i * s.stride, std::min(s.stride, s.bytes.size() - i * s.stride), own);
  }
  s.is_null = f.null();
  return s;
}

#define STRUCTS(T, n) structs<T>(f, #T, n)
#define ONE(T) one<T>(f, #T)

const wkr_context* context() {
  static wkr_context* const c = [] {
    wkr_context* out = nullptr;
    check(wkr_context_new(&out) == WKR_OK, "wkr_context_new");
    return out;
  }();
  return c;
}

/// The status promises of every call. `sets_message`: false for wkr_last_error_copy(), which reports
/// on the last error and must leave it as it is (a too-small buffer is no new error).
void check_status(std::int32_t status, bool sets_message) {
  check(status != WKR_E_INTERNAL, "no call fails with WKR_E_INTERNAL (a bug in libwkr)");
  check(std::string_view(wkr_status_name(status)) != "WKR_E_UNKNOWN", "every status is documented");
  if (status != WKR_OK && sets_message) {
    const char* message = wkr_last_error_message();
    check(message != nullptr && *message != '\0', "a failure has a message");
  }
}

/// A single result after a failed call: zero after its struct_size field, as documented.
template <class T>
void check_zero_filled(std::int32_t status, Structs<T>& result) {
  if (status == WKR_OK || status == WKR_E_BUFFER_TOO_SMALL || result.is_null) return;
  const std::uint32_t size = result.struct_size();
  if (size < sizeof(std::uint32_t) || size > result.bytes.size() || size < sizeof(T)) return;
  for (std::size_t i = 4; i < size; ++i) {
    check(result.bytes[i] == 0, "a failed call zero-fills its result after struct_size");
  }
}

std::vector<std::int32_t> statuses(Fuzz& f, std::size_t n) { return std::vector<std::int32_t>(f.null() ? 0 : n); }
std::int32_t* data_or_null(std::vector<std::int32_t>& v) { return v.empty() ? nullptr : v.data(); }

std::int32_t call(Fuzz& f, std::uint8_t which) {
  const wkr_context* ctx = context();
  switch (which) {
    case 0: {  // decimal text → wkr_decimal → text
      const std::size_t n = f.count(48);
      std::vector<char> text(n + 1);
      for (std::size_t i = 0; i < n; ++i) text[i] = static_cast<char>(f.byte());
      wkr_decimal d{};
      const std::int32_t status = wkr_decimal_parse(text.data(), n, f.null() ? nullptr : &d);
      if (status != WKR_OK) return status;
      std::vector<char> out(f.count(48));
      std::size_t needed = 0;
      return wkr_decimal_format(&d, out.empty() ? nullptr : out.data(), out.size(), &needed);
    }
    case 1: {  // a fuzzed wkr_decimal → text
      std::vector<unsigned char> d(sizeof(wkr_decimal));
      fill_decimal(f, d.data());
      std::vector<char> out(f.count(48));
      std::size_t needed = 0;
      return wkr_decimal_format(reinterpret_cast<const wkr_decimal*>(d.data()), out.empty() ? nullptr : out.data(),
                                out.size(), f.null() ? nullptr : &needed);
    }
    case 2: {
      static constexpr const char* names[] = {"final_levy_rate", "free_space_rate", "no_such", ""};
      const char* name = names[f.byte() % 4];
      wkr_decimal out{};
      return wkr_parameter_number(ctx, f.null() ? nullptr : name, std::strlen(name), 2013 + f.byte() % 16, &out);
    }
    case 3: {
      auto in = ONE(wkr_free_space_input);
      auto out = ONE(wkr_free_space_result);
      const std::int32_t status = wkr_free_space(ctx, in.get(), out.get());
      check_zero_filled(status, out);
      return status;
    }
    case 4: {
      auto in = ONE(wkr_free_space_input);
      auto members = STRUCTS(wkr_group_member, f.count(6));
      auto out = ONE(wkr_free_space_result);
      const std::int32_t status =
          wkr_group_free_space(ctx, in.get(), members.get(), members.count, members.stride, out.get());
      check_zero_filled(status, out);
      return status;
    }
    case 5: {
      auto in = ONE(wkr_settle_input);
      auto out = ONE(wkr_settlement);
      const std::int32_t status = wkr_settle(ctx, in.get(), out.get());
      check_zero_filled(status, out);
      return status;
    }
    case 6: {
      auto in = ONE(wkr_settle_input);
      auto members = STRUCTS(wkr_group_member, f.count(6));
      auto out = ONE(wkr_settlement);
      const std::int32_t status =
          wkr_group_settle(ctx, in.get(), members.get(), members.count, members.stride, out.get());
      check_zero_filled(status, out);
      return status;
    }
    case 7: {
      const std::size_t n = f.count(6);
      auto rows = STRUCTS(wkr_free_space_input, n);
      auto out = STRUCTS(wkr_free_space_result, n);
      auto row_status = statuses(f, n);
      return wkr_free_space_batch(ctx, rows.get(), n, rows.stride, out.get(), out.stride, data_or_null(row_status));
    }
    case 8: {
      const std::size_t n = f.count(6);
      auto rows = STRUCTS(wkr_settle_input, n);
      auto out = STRUCTS(wkr_settlement, n);
      auto row_status = statuses(f, n);
      return wkr_settle_batch(ctx, rows.get(), n, rows.stride, out.get(), out.stride, data_or_null(row_status));
    }
    case 9: {
      auto in = ONE(wkr_home_working_days_input);
      auto out = ONE(wkr_home_working_result);
      const std::int32_t status = wkr_home_working_per_day(ctx, in.get(), out.get());
      check_zero_filled(status, out);
      return status;
    }
    case 10: {
      auto in = ONE(wkr_home_working_fixed_input);
      auto out = ONE(wkr_home_working_result);
      const std::int32_t status = wkr_home_working_fixed(ctx, in.get(), out.get());
      check_zero_filled(status, out);
      return status;
    }
    case 11: {
      auto in = ONE(wkr_commute_days_input);
      auto out = ONE(wkr_travel_result);
      const std::int32_t status = wkr_commute_per_day(ctx, in.get(), out.get());
      check_zero_filled(status, out);
      return status;
    }
    case 12: {
      auto in = ONE(wkr_travel_km_input);
      auto out = ONE(wkr_travel_result);
      const std::int32_t status = wkr_travel_per_km(ctx, in.get(), out.get());
      check_zero_filled(status, out);
      return status;
    }
    case 13: {
      auto in = ONE(wkr_fixed_commute_input);
      auto absences = STRUCTS(wkr_absence, f.count(4));
      auto out = ONE(wkr_fixed_commute_result);
      const std::int32_t status =
          wkr_fixed_commute(ctx, in.get(), absences.get(), absences.count, absences.stride, out.get());
      check_zero_filled(status, out);
      return status;
    }
    case 14: {
      const std::size_t n = f.count(4);
      auto rows = STRUCTS(wkr_fixed_commute_input, n);
      auto absences = STRUCTS(wkr_absence, f.count(4));
      auto out = STRUCTS(wkr_fixed_commute_result, n);
      auto row_status = statuses(f, n);
      return wkr_fixed_commute_batch(ctx, rows.get(), n, rows.stride, absences.get(), absences.count, absences.stride,
                                     out.get(), out.stride, data_or_null(row_status));
    }
    case 15: {
      auto in = ONE(wkr_evaluation_input);
      const std::size_t n = f.count(6);
      auto items = STRUCTS(wkr_item, n);
      auto item_status = statuses(f, n);
      auto item_results = STRUCTS(wkr_item_result, n);
      auto employees = STRUCTS(wkr_employee_totals, f.count(6));
      auto out = ONE(wkr_evaluation_result);
      return wkr_evaluate_items(ctx, in.get(), items.get(), n, items.stride, data_or_null(item_status),
                                item_results.get(), item_results.stride, employees.get(), employees.count,
                                employees.stride, out.get());
    }
    case 16: {
      auto in = ONE(wkr_group_scheme_input);
      auto members = STRUCTS(wkr_group_member, f.count(6));
      auto out = ONE(wkr_group_scheme_settlement);
      auto member_results = STRUCTS(wkr_group_member_result, members.count);
      const std::int32_t status = wkr_group_scheme_settle(ctx, in.get(), members.get(), members.count, members.stride,
                                                          out.get(), member_results.get(), member_results.stride);
      check_zero_filled(status, out);
      return status;
    }
    case 17: {
      auto in = ONE(wkr_wage_bill_input);
      auto employees = STRUCTS(wkr_employee_wage, f.count(6));
      auto out = ONE(wkr_wage_bill_result);
      const std::int32_t status =
          wkr_wage_bill(ctx, in.get(), employees.get(), employees.count, employees.stride, out.get());
      check_zero_filled(status, out);
      return status;
    }
    case 18: {
      auto in = ONE(wkr_wage_bill_input);
      auto employees = STRUCTS(wkr_employee_wage, f.count(6));
      auto members = STRUCTS(wkr_payroll_member, f.count(4));
      auto member_results = STRUCTS(wkr_wage_bill_result, members.count);
      auto out = ONE(wkr_group_wage_bill_result);
      const std::int32_t status =
          wkr_group_wage_bill(ctx, in.get(), employees.get(), employees.count, employees.stride, members.get(),
                              members.count, members.stride, member_results.get(), member_results.stride, out.get());
      check_zero_filled(status, out);
      return status;
    }
    case 19: {
      auto in = ONE(wkr_ledger_input);
      const std::size_t n = f.count(14);
      auto periods = STRUCTS(wkr_ledger_period, n);
      auto rows = STRUCTS(wkr_ledger_row, n);
      auto out = ONE(wkr_ledger_year_end);
      const std::int32_t status =
          wkr_ledger(ctx, in.get(), periods.get(), n, periods.stride, rows.get(), rows.stride, out.get());
      check_zero_filled(status, out);
      return status;
    }
    case 20: {
      const std::size_t n = f.count(14);
      std::vector<std::int32_t> weights(n);
      for (std::int32_t& w : weights) w = static_cast<std::int32_t>(f.byte()) - (f.byte() == 255 ? 300 : 0);
      std::vector<std::int64_t> parts(n);
      const auto amount = static_cast<std::int64_t>(f.byte()) * 100003 * (f.byte() == 255 ? -1 : 1);
      const std::int32_t status =
          wkr_distribute(amount, f.null() ? nullptr : weights.data(), n, f.null() ? nullptr : parts.data());
      if (status == WKR_OK && amount >= 0) {
        std::int64_t total = 0;
        for (std::size_t i = 0; i < n; ++i) total += parts[i];
        check(total == amount, "wkr_distribute's parts add up to the amount");
      }
      return status;
    }
    case 21: {  // an _init function with a random size
      std::vector<unsigned char> buffer(std::max<std::size_t>(f.count(200), 1));
      void* p = f.null() ? nullptr : buffer.data();
      const std::size_t size = buffer.size();
      switch (f.byte() % 6) {
        case 0: return wkr_free_space_input_init(static_cast<wkr_free_space_input*>(p), size);
        case 1: return wkr_group_member_init(static_cast<wkr_group_member*>(p), size);
        case 2: return wkr_fixed_commute_input_init(static_cast<wkr_fixed_commute_input*>(p), size);
        case 3: return wkr_item_init(static_cast<wkr_item*>(p), size);
        case 4: return wkr_ledger_row_init(static_cast<wkr_ledger_row*>(p), size);
        default: return wkr_evaluation_result_init(static_cast<wkr_evaluation_result*>(p), size);
      }
    }
    case 22: {  // the last error, copied out into a buffer of any size
      std::vector<char> out(f.count(80));
      std::size_t needed = 0;
      return wkr_last_error_copy(out.empty() ? nullptr : out.data(), out.size(), f.null() ? nullptr : &needed);
    }
    default: {
      std::vector<char> out(f.count(80));
      std::size_t needed = 0;
      return wkr_context_parameters_digest(f.null() ? nullptr : ctx, out.empty() ? nullptr : out.data(), out.size(),
                                           &needed);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Fuzz f(data, size);
  const std::uint8_t which = f.byte() % 24;
  check_status(call(f, which), which != 22);
  return 0;
}
