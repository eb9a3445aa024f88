// wkr — the where-you-work budget of one employee (waar-je-werkt-budget, AWVN 2020): the
// tax-optimal use of what an employer spends on an employee's home working, travel and co-working
// (issue #12, part 1; docs/policy.md).
//
// A budget is not a fiscal category: each euro paid from it keeps its own treatment (AWVN: "Uit
// zo'n per werknemer vast te stellen potje kan de werkgever de betreffende vergoedingen betalen al
// naar gelang de gemaakte kosten en het aantal gereisde kilometers"). The budget is what the
// employer spends on the employee for the year, the final levy and a wage gross-up included, and
// wkr gives the employee as much net value from it as the rules allow:
//   1. targeted exemptions first, each up to its exempt maximum for the weekly pattern (the
//      law's basis for a fixed allowance: k/5 × 214 days, fixed_pattern.hpp), in this order while
//      the budget lasts: home working (home_working_fixed), commuting (by the km with
//      fixed_commute, or public transport at the tickets' actual cost), internet when necessary
//      (internet), arbo provisions (arbo), travel to a co-working space (the same travel
//      exemption, KG:204:2024:6). An exempt euro costs the employer one euro.
//   2. what has no exemption — the employee's own co-working space (no exemption, designated by
//      default: workplace.hpp), internet that is not necessary, and, when the rest is paid out,
//      the rest of the budget — is designated to the free space while room is left: a euro for a
//      euro.
//   3. beyond the free space left, the cheaper of two ways: designated with the final levy (the
//      employer pays 0.80 on top of each euro: 1.80 per net euro) or paid as wage, grossed up so
//      the employee keeps the same net (N / (1 − r) at his marginal rate r; common.hpp). Each way's
//      net amount is the most whole cents the budget left pays (rounded down: the budget is never
//      exceeded). The way that gives the employee the larger net amount wins; equal nets go to the
//      lower cost, and then to the final levy (the employee's wage stays as it was).
// The final levy shown is this employee's share of the employer's levy, exact: the levy is rounded
// once, at the employer's total (final_levy.amount_rounding; free_space.hpp). What the budget does
// not spend is left over — a fraction of a cent from the rounding, or, when the rest is kept, the
// part the costs do not need.
//
// A company bicycle (fiets van de zaak) gets no exemption by the km for the trips made on it
// (confianza.nl advieswijzer 2023: no untaxed km allowance for woon-werk trips on a fiets van de
// zaak; secondary). Travel by public transport without a fare is exempt by the km, which the law
// allows as the alternative to the actual cost (hr-kiosk.nl "Reiskosten"; fiscal-facts §6).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "wkr/allowances/arbo.hpp"
#include "wkr/allowances/customary_test.hpp"
#include "wkr/allowances/fixed_commute.hpp"
#include "wkr/allowances/home_working.hpp"
#include "wkr/allowances/internet.hpp"
#include "wkr/allowances/travel.hpp"
#include "wkr/allowances/workplace.hpp"
#include "wkr/limits.hpp"
#include "wkr/policy/common.hpp"

namespace wkr {

/// What the amount of a budget is for: a year, or a month (× 12).
enum class BudgetPeriod { year, month };

[[nodiscard]] inline std::string_view to_string(BudgetPeriod period) {
  return period == BudgetPeriod::year ? "year" : "month";
}

[[nodiscard]] inline BudgetPeriod parse_budget_period(std::string_view text) {
  if (text == "year") return BudgetPeriod::year;
  if (text == "month") return BudgetPeriod::month;
  throw Error(ErrorCode::parse, say("error.budget.period", std::string(text)));
}

/// What becomes of the part of the budget the employee's costs do not need: paid out to him
/// (steps 2 and 3 above) or kept by the employer (left over).
enum class BudgetRest { pay_out, keep };

[[nodiscard]] inline std::string_view to_string(BudgetRest rest) {
  return rest == BudgetRest::pay_out ? "pay-out" : "keep";
}

[[nodiscard]] inline BudgetRest parse_budget_rest(std::string_view text) {
  if (text == "pay-out") return BudgetRest::pay_out;
  if (text == "keep") return BudgetRest::keep;
  throw Error(ErrorCode::parse, say("error.budget.rest", std::string(text)));
}

struct BudgetInput {
  Decimal budget;                               ///< in cents, for `period`
  BudgetPeriod period = BudgetPeriod::year;
  WeeklyPattern pattern;
  Decimal km_one_way;                           ///< home to the office
  TravelMode mode = TravelMode::car;
  std::optional<Decimal> fare_per_day;          ///< public transport: a return ticket to the office
  std::optional<Decimal> coworking_km_one_way;  ///< home to the co-working space; needed with co-working days
  std::optional<Decimal> coworking_fare_per_day;
  Decimal coworking_cost;      ///< the employee's own co-working space for the year (no exemption)
  bool internet_necessary = false;
  Decimal internet_per_month;  ///< the internet component of the employee's subscription
  Decimal arbo_cost;           ///< arbo provisions the Arbowet requires, for the year
  std::optional<Decimal> marginal_rate;  ///< none: no wage route beyond the free space
  Decimal free_space_left;     ///< of the employer, for this employee's designations
  BudgetRest rest = BudgetRest::pay_out;
};

/// The parts of a budget, in the order the budget pays them.
enum class BudgetCategory : std::size_t {
  home_working,
  commuting,
  internet,
  arbo,
  coworking_travel,
  coworking_space,
  rest,
};
inline constexpr std::size_t budget_category_count = 7;

[[nodiscard]] inline std::string_view to_string(BudgetCategory category) {
  static constexpr std::array<std::string_view, budget_category_count> names = {
      "home_working", "commuting", "internet", "arbo", "coworking_travel", "coworking_space", "rest"};
  return names[static_cast<std::size_t>(category)];
}

/// The way the part beyond the exemptions and the free space is paid.
enum class TaxRoute { none, final_levy, wage };

[[nodiscard]] inline std::string_view to_string(TaxRoute route) {
  switch (route) {
    case TaxRoute::none: return "none";
    case TaxRoute::final_levy: return "final-levy";
    case TaxRoute::wage: return "wage";
  }
  return "?";
}

/// One part of the budget: what it asked and how each euro paid is treated. The five amounts paid
/// are net to the employee; `levy` is on top.
struct BudgetShare {
  BudgetCategory category = BudgetCategory::rest;
  Decimal wanted;            ///< its exempt maximum, or its cost (0 for the rest)
  Decimal exempt;            ///< under a targeted exemption
  Decimal free_space;        ///< designated within the free space left
  Decimal above_free_space;  ///< designated above it
  Decimal levy;              ///< the final levy on above_free_space, exact
  Decimal wage;              ///< paid as wage: the net the employee keeps
  std::string_view rule;       ///< the rule of its exempt part, or why it has none
  std::string_view reference;  ///< the legal basis of that

  [[nodiscard]] Decimal net() const { return exempt + free_space + above_free_space + wage; }
};

struct Budget {
  int year = 0;
  Decimal budget;  ///< for the year
  std::optional<Decimal> marginal_rate;
  std::array<BudgetShare, budget_category_count> shares{};
  TaxRoute route = TaxRoute::none;
  Decimal exempt;
  Decimal free_space_used;
  Decimal above_free_space;
  Decimal final_levy;  ///< exact: this employee's share of the employer's levy
  Decimal wage_net;
  Decimal wage_gross;  ///< the gross-up of wage_net
  Decimal net_value;      ///< what the employee gets, net
  Decimal employer_cost;  ///< exempt + designated + final levy + wage gross
  Decimal left_over;      ///< budget − employer cost
  Decimal free_space_left;  ///< after this budget
  CustomaryTest customary;  ///< on the designated total
  bool recalculation_required = false;  ///< one way is beyond the threshold: the caps are estimates
  Explanation explanation;

  [[nodiscard]] const BudgetShare& share(BudgetCategory category) const {
    return shares[static_cast<std::size_t>(category)];
  }
  [[nodiscard]] Decimal gross_up() const { return wage_gross - wage_net; }
  [[nodiscard]] Decimal designated() const { return free_space_used + above_free_space; }
};

namespace detail::policy {

inline constexpr std::string_view designation_reference = "art. 31 lid 1 onderdeel f Wet LB 1964 (aanwijzing)";
inline constexpr std::string_view final_levy_reference = "art. 31a Wet LB 1964 (eindheffing)";
inline constexpr std::string_view wage_reference{};  // no rule: the marginal rate is the caller's
inline constexpr std::string_view coworking_travel_reference =
    "art. 31a lid 2 onderdeel a Wet LB 1964 (vervoer in het kader van de dienstbetrekking); KG:204:2024:6";
inline constexpr std::string_view company_bicycle_reference = "confianza.nl advieswijzer 2023 (secundair)";
inline constexpr std::string_view rest_reference{};  // no exemption: the rest of the budget paid out

/// Moves the steps of a rule's own explanation into `into`, when explaining.
inline void adopt(Explain explain, Explanation& into, Explanation& from) {
  if (explain == Explain::no) return;
  for (Step& step : from.steps) into.steps.push_back(std::move(step));
}

}  // namespace detail::policy

/// The tax-optimal use of one employee's budget for `year` (see the top of this file). Errors
/// (invalid_argument): a negative amount or one with a fraction of a cent, a pattern outside 1–7
/// days, a marginal rate outside 0 ≤ r < 1, a fare for another mode than public transport,
/// co-working days without their distance, necessary internet without its cost; a year the tables
/// do not cover (not_covered).
[[nodiscard]] Budget budget(const Parameters& parameters, int year, const BudgetInput& in,
                            Explain explain = Explain::no);

}  // namespace wkr
