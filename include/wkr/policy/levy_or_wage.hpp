// wkr — final levy or wage, per employee (issue #12, part 2; docs/policy.md): for what an
// employer may designate, the choice per employee between designating it (the final levy of 80%
// applies to the designated total above the free space, art. 31a Wet LB 1964) and paying it as the
// employee's wage at his marginal rate, grossed up so that he keeps the same net amount (common.hpp).
// The allocation with the lowest total cost for the employer — the final levy plus the gross-ups —
// is found exactly, and compared with designating everything.
//
// The choice is a knapsack over the free space, in whole cents: each employee i has an amount a_i
// and a gross-up cost g_i = gross_up(a_i, r_i) − a_i; designating a set S costs
// λ × max(0, a(S) − F) (λ the final levy rate, F the free space), the others cost their g_i.
//   - An employee whose g_i ≥ λ × a_i is designated: that is never dearer, whatever the others do.
//   - The others are chosen by dynamic programming over the cents of the free space still free
//     (F less what the first group takes): D_k[x] = max(D_k+1[x], g_k + D_k+1[x + a_k]), with
//     D[x] = −λ × (x − R) once x reaches R (beyond the free space a designation costs λ × a_k >
//     g_k, so none is made). Exact integer arithmetic in cents; the cost compared is the exact
//     levy (0.80 × the excess, before its rounding to cents) plus the gross-ups in cents. Because
//     the gross-ups are whole cents and rounding is monotone, an allocation with the lowest exact
//     cost also has the lowest cost in cents.
//   - Ties: among the allocations of lowest cost, the one that designates the earliest employees
//     in input order — employee 1 is designated whenever a cheapest allocation designates him,
//     then employee 2 given that, and so on. Designating keeps the employee's wage as it was.
// The table has one bit per employee of the second group and per cent of the free space left for
// them; above max_knapsack_cells bits (or max_knapsack_capacity cents) wkr refuses with an error
// rather than guess (docs/policy.md).
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "wkr/free_space.hpp"
#include "wkr/policy/common.hpp"

namespace wkr {

/// One employee's amount that may be designated, and his marginal rate.
struct LevyOrWageInput {
  std::string employee;
  Decimal amount;  ///< in cents
  Decimal marginal_rate;
};

struct LevyOrWageChoice {
  std::string employee;
  Decimal amount;
  Decimal marginal_rate;
  bool designate = true;
  Decimal gross;       ///< the wage route's gross: the gross-up of amount
  Decimal extra_cost;  ///< gross − amount: what the wage route costs on top of the amount
};

struct LevyOrWage {
  int year = 0;
  Decimal free_space;             ///< what the amounts were measured against
  std::vector<LevyOrWageChoice> choices;  ///< in input order
  Decimal designated;             ///< designated under the allocation
  Decimal wage;                   ///< paid as wage, net
  Decimal wage_gross;
  Decimal excess;                 ///< designated above the free space
  Decimal final_levy;             ///< in cents (final_levy.amount_rounding)
  Decimal cost;                   ///< final levy + gross-ups (gross − net)
  Decimal all_designated_excess;  ///< designating everything
  Decimal all_designated_levy;
  Decimal saving;                 ///< all_designated_levy − cost (never negative)
  Explanation explanation;
};

/// The largest table the exact choice builds (bits), and the most cents of free space it spans.
inline constexpr std::uint64_t max_knapsack_cells = 500'000'000;
inline constexpr std::int64_t max_knapsack_capacity = 8'000'000;

namespace detail::policy {

/// Whole cents of an amount already checked to be cents and not negative. The knapsack computes in
/// 64-bit integers: amounts up to € 100,000,000,000 keep every product of it far from overflow.
inline std::int64_t cents(const Decimal& amount, const Noun& what) {
  constexpr std::int64_t most = 10'000'000'000'000;
  const std::int64_t value =
      Decimal::from_coefficient(amount.rounded(2, Rounding::toward_zero).coefficient(), 0).to_integer(what);
  if (value > most) {
    throw Error(ErrorCode::invalid_argument, say("error.levy_or_wage.amount", what.phrase(), num(amount)));
  }
  return value;
}

/// The second group's choice: designate[k] for each of `weights`/`values` (cents), with `capacity`
/// cents of free space left for them and the levy rate levy_numerator / levy_denominator.
inline std::vector<bool> knapsack(std::span<const std::int64_t> weights, std::span<const std::int64_t> values,
                                  std::int64_t capacity, std::int64_t levy_numerator, std::int64_t levy_denominator) {
  const std::size_t n = weights.size();
  std::vector<bool> designate(n, false);
  if (n == 0 || capacity <= 0) return designate;
  std::int64_t total = 0;
  for (std::int64_t w : weights) total += w;
  if (total <= capacity) return std::vector<bool>(n, true);  // everything fits: each saves its gross-up
  const std::uint64_t words = (static_cast<std::uint64_t>(capacity) + 63) / 64;
  if (capacity > max_knapsack_capacity || words * 64 * n > max_knapsack_cells) {
    throw Error(ErrorCode::invalid_argument,
                say("error.levy_or_wage.too_large", num(n), euro(Decimal::from_coefficient(capacity, 2)),
                    num(max_knapsack_cells), euro(Decimal::from_coefficient(max_knapsack_capacity, 2))));
  }
  // Values are scaled by the levy's denominator so that every one is a whole number. best[x] is
  // D[x] for x below the capacity (0 with nothing designated); from the capacity on, D[x] is
  // −levy × (x − capacity).
  std::vector<std::int64_t> best(static_cast<std::size_t>(capacity));
  std::vector<std::uint64_t> bits(words * n, 0);
  std::int64_t* const d = best.data();
  for (std::size_t k = n; k-- > 0;) {
    const std::int64_t a = weights[k];
    const std::int64_t g = values[k] * levy_denominator;
    std::uint64_t* const row = bits.data() + k * words;
    const auto keep = [&](std::int64_t x, std::int64_t with) {
      const bool take = with >= d[x];  // a tie designates: the earliest employees are designated
      d[x] = take ? with : d[x];
      row[x >> 6] |= std::uint64_t{take} << (x & 63);
    };
    // Ascending x reads best[x + a] before it is overwritten: it is still D_k+1.
    const std::int64_t inside = capacity - a > 0 ? capacity - a : 0;
    for (std::int64_t x = 0; x < inside; ++x) keep(x, g + d[x + a]);
    for (std::int64_t x = inside; x < capacity; ++x) keep(x, g - levy_numerator * (x + a - capacity));
  }
  std::int64_t x = 0;
  for (std::size_t k = 0; k < n; ++k) {
    if (x >= capacity) break;  // no room: a designation would cost more than its gross-up
    const std::uint64_t* row = bits.data() + k * words;
    if ((row[x >> 6] >> (x & 63)) & 1U) {
      designate[k] = true;
      x += weights[k];
    }
  }
  return designate;
}

}  // namespace detail::policy

/// The cheapest choice between final levy and wage for `employees` (see the top of this file),
/// measured against `free_space` (in cents: what is left of the employer's free space for these
/// amounts). Errors (invalid_argument): an amount that is negative or not in cents, a marginal rate
/// outside 0 ≤ r < 1, an employee named twice, a table too large to build; a year the tables do not
/// cover (not_covered).
[[nodiscard]] inline LevyOrWage levy_or_wage(const Parameters& parameters, int year, const Decimal& free_space,
                                             std::span<const LevyOrWageInput> employees,
                                             Explain explain = Explain::no) {
  using detail::policy::cents;
  require_cents(free_space, "the free space");
  LevyOrWage result;
  const Trace trace(result.explanation, explain);
  const YearTable& table = parameters.year(year);
  trace.receipt(parameters);
  result.year = year;
  result.free_space = free_space;
  const Decimal& levy_rate = table[param::final_levy_rate];
  if (levy_rate.scale() > 4) {
    throw Error(ErrorCode::data, say("error.levy_or_wage.rate_decimals", num(levy_rate)),
                table.use(param::final_levy_rate).entry->where);
  }
  const std::int64_t levy_denominator =
      Decimal::from_integer(1).rounded(levy_rate.scale(), Rounding::toward_zero).coefficient().convert_to<std::int64_t>();
  const std::int64_t levy_numerator = levy_rate.coefficient().convert_to<std::int64_t>();

  // The first group is designated; the second goes to the knapsack.
  std::vector<std::int64_t> weights;
  std::vector<std::int64_t> values;
  std::vector<std::size_t> second;
  std::int64_t first_total = 0;
  std::unordered_set<std::string_view> named;
  for (std::size_t i = 0; i < employees.size(); ++i) {
    const LevyOrWageInput& e = employees[i];
    require_cents(e.amount, {"what.the amount of", e.employee});
    require_marginal_rate(e.marginal_rate, e.employee);
    if (!named.insert(e.employee).second) {
      throw Error(ErrorCode::invalid_argument, say("error.levy_or_wage.named_twice", e.employee));
    }
    LevyOrWageChoice c{e.employee, e.amount, e.marginal_rate, true, gross_up(e.amount, e.marginal_rate), {}};
    c.extra_cost = c.gross - c.amount;
    const std::int64_t a = cents(e.amount, {"what.the amount of", e.employee});
    const std::int64_t g = cents(c.extra_cost, {"what.the gross-up of", e.employee});
    if (a > 0 && g * levy_denominator < levy_numerator * a) {
      second.push_back(i);
      weights.push_back(a);
      values.push_back(g);
    } else {
      first_total += a;
    }
    trace.step([&] {
      const Decimal levy_exact = levy_rate * e.amount;
      return Step{
          .rule = "levy_or_wage.employee",
          .formula = say(a > 0 && g * levy_denominator < levy_numerator * a ? "levy_or_wage.employee.knapsack"
                                                                            : "levy_or_wage.employee.designated",
                         e.employee, euro(e.amount), num(e.marginal_rate), euro(c.extra_cost), euro(levy_exact)),
          .inputs = {{"amount", e.amount, Unit::eur}, {"marginal_rate", e.marginal_rate, Unit::ratio}},
          .parameters = {describe(table.use(param::final_levy_rate))},
          .result = {"extra_cost", c.extra_cost, Unit::eur}};
    });
    result.choices.push_back(std::move(c));
  }
  const std::int64_t capacity = cents(free_space, "the free space") - first_total;
  const std::vector<bool> chosen =
      detail::policy::knapsack(weights, values, capacity, levy_numerator, levy_denominator);
  for (std::size_t k = 0; k < second.size(); ++k) result.choices[second[k]].designate = chosen[k];

  Decimal all;
  for (const LevyOrWageChoice& c : result.choices) {
    all += c.amount;
    if (c.designate) {
      result.designated += c.amount;
    } else {
      result.wage += c.amount;
      result.wage_gross += c.gross;
    }
  }
  trace.step([&] {
    return Step{.rule = "levy_or_wage.knapsack",
                .formula = say("levy_or_wage.knapsack.formula", num(second.size()),
                               euro(Decimal::from_coefficient(capacity < 0 ? 0 : capacity, 2)),
                               num(employees.size() - second.size())),
                .inputs = {{"free_space", free_space, Unit::eur}, {"wage", result.wage, Unit::eur}},
                .result = {"designated", result.designated, Unit::eur}};
  });
  Settlement allocation;
  allocation.free_space = free_space;
  detail::settle_against(table, result.designated, allocation, trace);
  result.excess = allocation.excess;
  result.final_levy = allocation.final_levy;
  result.cost = result.final_levy + (result.wage_gross - result.wage);

  Settlement everything;
  everything.free_space = free_space;
  detail::settle_against(table, all, everything, Trace{});
  result.all_designated_excess = everything.excess;
  result.all_designated_levy = everything.final_levy;
  result.saving = result.all_designated_levy - result.cost;
  trace.step([&] {
    return Step{
        .rule = "levy_or_wage.saving",
        .formula = say("levy_or_wage.saving.formula", euro(everything.final_levy), euro(everything.excess),
                       euro(result.final_levy), euro(result.wage_gross - result.wage)),
        .inputs = {{"all_designated_levy", result.all_designated_levy, Unit::eur}, {"cost", result.cost, Unit::eur}},
        .result = {"saving", result.saving, Unit::eur}};
  });
  return result;
}

}  // namespace wkr
