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

/// What one category asks of the budget.
struct Want {
  Decimal exempt;   ///< its exempt maximum
  Decimal taxable;  ///< what it costs beyond any exemption
  std::string_view rule;
  std::string_view reference;
};

/// The exempt maximum of travel on `days` days a week to a place `km` away (the office, or a
/// co-working space), by the employee's mode.
inline Want travel_want(const Parameters& parameters, int year, int days, int work_days, const Decimal& km,
                        TravelMode mode, const std::optional<Decimal>& fare, bool coworking, Budget& result,
                        Explain explain) {
  using namespace detail::allowance;
  const Trace trace(result.explanation, explain);
  if (days == 0) return {};
  const std::string_view rule = coworking ? "budget.coworking_travel" : "commuting.fixed_cap";
  if (mode == TravelMode::company_bicycle) {
    trace.step([&] {
      return Step{.rule = "budget.company_bicycle",
                  .reference = std::string(company_bicycle_reference),
                  .formula = say("budget.company_bicycle.formula", num(days)),
                  .result = {"cap", Decimal::from_coefficient(0, 2), Unit::eur}};
    });
    return {Decimal::from_coefficient(0, 2), {}, "budget.company_bicycle", company_bicycle_reference};
  }
  Want want;
  if (mode == TravelMode::public_transport && fare) {
    const YearTable& table = parameters.year(year);
    const PatternDays pattern = pattern_days(table, days, {}, DayRounding::exact, "budget.public_transport",
                                             public_transport_reference, trace);
    const Decimal exact = *fare * pattern.days;
    trace.step([&] {
      return Step{.rule = "budget.public_transport_cost",
                  .reference = std::string(public_transport_reference),
                  .formula = euro(*fare) + " × " + say("unit.days", num(pattern.days)),
                  .inputs = {{"fare_per_day", *fare, Unit::eur}, {"days", pattern.days, Unit::days}},
                  .result = {"actual_cost", exact, Unit::eur}};
    });
    const Decimal cost = round_cap(table, exact, "budget.public_transport_cost_rounding", "actual_cost", trace);
    PublicTransport pt = public_transport(parameters, year, cost, cost, {}, explain);
    adopt(explain, result.explanation, pt.explanation);
    want = {pt.split.exempt, {}, "public_transport.cap", public_transport_reference};
  } else {
    FixedCommuteInput in;
    in.km_one_way = km;
    in.office_days_per_week = days;
    in.work_days_per_week = work_days;
    FixedCommute fc = fixed_commute(parameters, year, in, {}, explain);
    adopt(explain, result.explanation, fc.explanation);
    result.recalculation_required = result.recalculation_required || fc.recalculation_required;
    want = {fc.cap, {}, "commuting.fixed_cap", fixed_commute_reference};
  }
  if (coworking) {
    trace.step([&] {
      return Step{.rule = std::string(rule),
                  .reference = std::string(coworking_travel_reference),
                  .formula = say("budget.coworking_travel.formula"),
                  .result = {"cap", want.exempt, Unit::eur}};
    });
    want.rule = rule;
    want.reference = coworking_travel_reference;
  }
  return want;
}

/// The wants of every category, in the budget's order.
inline std::array<Want, budget_category_count> wants(const Parameters& parameters, int year, const BudgetInput& in,
                                                     Budget& result, Explain explain) {
  using namespace detail::allowance;
  std::array<Want, budget_category_count> out{};
  const WeeklyPattern& p = in.pattern;
  auto& home = out[static_cast<std::size_t>(BudgetCategory::home_working)];
  if (p.home_days > 0) {
    HomeWorking hw = home_working_fixed(parameters, year, p.home_days, {}, std::nullopt, {}, explain);
    adopt(explain, result.explanation, hw.explanation);
    home = {hw.cap, {}, "home_working.cap", home_working_basis(hw)};
  }
  // Before 2022 the office route kept the working week when the office days met the 128-day rule;
  // co-working days are a route of their own, so they are not part of it.
  out[static_cast<std::size_t>(BudgetCategory::commuting)] =
      travel_want(parameters, year, p.office_days, p.office_days + p.home_days, in.km_one_way, in.mode,
                  in.fare_per_day, false, result, explain);
  if (!in.internet_per_month.is_zero()) {
    const Decimal cost = in.internet_per_month * Decimal::from_integer(12);
    ItemTreatment it = internet(parameters, year, InternetInput{in.internet_necessary, cost, {}, {}, {}},
                                ExcessTreatment::designate, explain);
    adopt(explain, result.explanation, it.explanation);
    out[static_cast<std::size_t>(BudgetCategory::internet)] = {
        it.targeted_exempt, it.designated, "internet.necessity",
        "art. 31a lid 2 onderdeel g Wet LB 1964 (noodzakelijkheidscriterium)"};
  }
  if (!in.arbo_cost.is_zero()) {
    ItemTreatment a = arbo(parameters, year, ArboInput{in.arbo_cost, std::nullopt, true, {}},
                           ExcessTreatment::designate, explain);
    adopt(explain, result.explanation, a.explanation);
    out[static_cast<std::size_t>(BudgetCategory::arbo)] = {a.targeted_exempt, a.designated, "arbo.required",
                                                           "art. 8.4a lid 1 onderdeel a URLB 2011 (arbovoorzieningen)"};
  }
  if (p.coworking_days > 0) {
    out[static_cast<std::size_t>(BudgetCategory::coworking_travel)] =
        travel_want(parameters, year, p.coworking_days, p.coworking_days, *in.coworking_km_one_way, in.mode,
                    in.coworking_fare_per_day, true, result, explain);
  }
  if (!in.coworking_cost.is_zero()) {
    ItemTreatment c = coworking_reimbursement(parameters, year, in.coworking_cost, ExcessTreatment::designate, explain);
    adopt(explain, result.explanation, c.explanation);
    out[static_cast<std::size_t>(BudgetCategory::coworking_space)] = {
        {}, c.designated, "workplace.coworking", "rendement.nl 2019-03-20; 100-salaris.nl (intermediaire kosten)"};
  }
  out[static_cast<std::size_t>(BudgetCategory::rest)] = {{}, {}, "budget.rest", rest_reference};
  return out;
}

inline void check(const BudgetInput& in) {
  require_cents(in.budget, "the budget");
  check_pattern(in.pattern);
  limits::require_km(in.km_one_way, "the distance one way");
  require_cents(in.coworking_cost, "the cost of the co-working space");
  require_cents(in.internet_per_month, "the internet cost a month");
  require_cents(in.arbo_cost, "the cost of the arbo provisions");
  require_cents(in.free_space_left, "the free space left");
  if (in.marginal_rate) require_marginal_rate(*in.marginal_rate);
  for (const auto& [fare, what] : {std::pair{&in.fare_per_day, "the fare a day"},
                                   std::pair{&in.coworking_fare_per_day, "the fare a day to the co-working space"}}) {
    if (!*fare) continue;
    if (in.mode != TravelMode::public_transport) {
      throw Error(ErrorCode::invalid_argument,
                  say("error.budget.fare_mode", noun(what), std::string(to_string(in.mode))));
    }
    require_cents(**fare, what);
  }
  if (in.pattern.coworking_days > 0 && !in.coworking_km_one_way) {
    throw Error(ErrorCode::invalid_argument, say("error.budget.coworking_km"));
  }
  if (in.coworking_km_one_way) limits::require_km(*in.coworking_km_one_way, "the distance to the co-working space");
  if (in.internet_necessary && in.internet_per_month.is_zero()) {
    throw Error(ErrorCode::invalid_argument, say("error.budget.internet_cost"));
  }
}

/// The largest net amount the rest of the budget pays beyond the free space, each way, and the
/// choice between them (see the top of this file).
struct RouteChoice {
  TaxRoute route = TaxRoute::none;
  Decimal net;
  Decimal levy;   ///< final levy route: 0.80 × net, exact
  Decimal gross;  ///< wage route: the gross-up of net
};

inline RouteChoice choose_route(const YearTable& table, const Decimal& budget_left, const std::optional<Decimal>& want,
                                const std::optional<Decimal>& rate, const Trace& trace) {
  const Decimal& levy_rate = table[param::final_levy_rate];
  const Decimal one = Decimal::from_integer(1);
  const auto capped = [&](const Decimal& affordable) { return want ? min(*want, affordable) : affordable; };
  const Decimal levy_net = capped(Decimal::divide(budget_left, one + levy_rate, 2, Rounding::floor));
  const Decimal levy = levy_rate * levy_net;
  RouteChoice choice{TaxRoute::final_levy, levy_net, levy, {}};
  std::optional<Decimal> wage_net;
  std::optional<Decimal> wage_gross;
  if (rate) {
    wage_net = capped((budget_left * (one - *rate)).rounded(2, Rounding::floor));
    wage_gross = gross_up(*wage_net, *rate);
    const bool more = levy_net < *wage_net;
    const bool cheaper = *wage_net == levy_net && *wage_gross < levy_net + levy;
    if (more || cheaper) choice = {TaxRoute::wage, *wage_net, {}, *wage_gross};
  }
  if (choice.net.is_zero()) choice.route = TaxRoute::none;
  trace.step([&] {
    Phrase formula =
        say("budget.route.levy", euro(one + levy_rate), euro(budget_left), num(one + levy_rate), euro(levy_net));
    if (rate) {
      formula +=
          say("budget.route.wage", num(*rate), euro(budget_left), num(one - *rate), euro(*wage_net), euro(*wage_gross));
    } else {
      formula += say("budget.route.no_rate");
    }
    if (want) formula += say("budget.route.wanted", euro(*want));
    formula += say("budget.route.chosen", say("route." + std::string(to_string(choice.route))));
    Step step{.rule = "budget.route",
              .reference = std::string(final_levy_reference),
              .formula = std::move(formula),
              .inputs = {{"budget_left", budget_left, Unit::eur}},
              .parameters = {describe(table.use(param::final_levy_rate))},
              .result = {"beyond_free_space", choice.net, Unit::eur}};
    if (rate) step.inputs.push_back({"marginal_rate", *rate, Unit::ratio});
    return step;
  });
  if (choice.route == TaxRoute::wage) {
    trace.step([&] {
      return Step{.rule = "policy.gross_up",
                  .reference = std::string(wage_reference),
                  .formula = euro(choice.net) + " / (1 − " + num(*rate) + ")",
                  .inputs = {{"wage_net", choice.net, Unit::eur}, {"marginal_rate", *rate, Unit::ratio}},
                  .result = {"wage_gross", choice.gross, Unit::eur},
                  .rounding = AppliedRounding{Decimal::divide(choice.net, one - *rate, 8, Rounding::toward_zero), 2,
                                              gross_up_rounding}};
    });
  }
  return choice;
}

}  // namespace detail::policy

/// The tax-optimal use of one employee's budget for `year` (see the top of this file). Errors
/// (invalid_argument): a negative amount or one with a fraction of a cent, a pattern outside 1–7
/// days, a marginal rate outside 0 ≤ r < 1, a fare for another mode than public transport,
/// co-working days without their distance, necessary internet without its cost; a year the tables
/// do not cover (not_covered).
[[nodiscard]] inline Budget budget(const Parameters& parameters, int year, const BudgetInput& in,
                                   Explain explain = Explain::no) {
  using namespace detail::policy;
  detail::policy::check(in);
  Budget result;
  const Trace trace(result.explanation, explain);
  const YearTable& table = parameters.require_year(year);
  trace.receipt(parameters);
  result.year = year;
  result.marginal_rate = in.marginal_rate;
  result.budget = exact_money(in.period == BudgetPeriod::year ? in.budget : in.budget * Decimal::from_integer(12));
  if (in.period == BudgetPeriod::month) {
    trace.step([&] {
      return Step{.rule = "budget.annual",
                  .formula = euro(in.budget) + " × 12",
                  .inputs = {{"budget_per_month", in.budget, Unit::eur}},
                  .result = {"budget", result.budget, Unit::eur}};
    });
  }
  const std::array<Want, budget_category_count> wanted = wants(parameters, year, in, result, explain);
  const Decimal zero = Decimal::from_coefficient(0, 2);
  result.exempt = result.free_space_used = result.above_free_space = result.final_levy = zero;
  result.wage_net = result.wage_gross = zero;
  for (std::size_t c = 0; c < budget_category_count; ++c) {
    BudgetShare& s = result.shares[c];
    s = BudgetShare{static_cast<BudgetCategory>(c), exact_money(wanted[c].exempt + wanted[c].taxable), zero, zero,
                    zero, zero, zero, wanted[c].rule, wanted[c].reference};
  }

  // 1. Targeted exemptions, in order, while the budget lasts.
  Decimal left = exact_money(result.budget);
  for (BudgetShare& s : result.shares) {
    const Decimal cap = exact_money(wanted[static_cast<std::size_t>(s.category)].exempt);
    if (cap.is_zero()) continue;
    s.exempt = min(cap, left);
    left -= s.exempt;
    result.exempt += s.exempt;
    trace.step([&] {
      return Step{.rule = "budget.exempt",
                  .reference = std::string(s.reference),
                  .formula = say("category." + std::string(to_string(s.category))) + ": min(" + euro(cap) + ", " +
                             euro(left + s.exempt) + ")",
                  .inputs = {{"cap", cap, Unit::eur}, {"budget_left", left + s.exempt, Unit::eur}},
                  .result = {"exempt", s.exempt, Unit::eur}};
    });
  }

  // 2. What has no exemption: designated while the free space lasts.
  const bool pay_out = in.rest == BudgetRest::pay_out;
  Decimal free_left = exact_money(in.free_space_left);
  std::array<std::optional<Decimal>, budget_category_count> open{};  // taxable still wanted; none: no limit
  for (BudgetShare& s : result.shares) {
    const std::size_t c = static_cast<std::size_t>(s.category);
    open[c] = s.category == BudgetCategory::rest ? (pay_out ? std::nullopt : std::optional<Decimal>(zero))
                                                 : std::optional<Decimal>(exact_money(wanted[c].taxable));
    const Decimal take = min(open[c] ? *open[c] : left, min(free_left, left));
    if (take.is_zero()) continue;
    s.free_space = take;
    if (open[c]) *open[c] -= take;
    free_left -= take;
    left -= take;
    result.free_space_used += take;
    trace.step([&] {
      return Step{.rule = "budget.free_space",
                  .reference = std::string(designation_reference),
                  .formula = say("category." + std::string(to_string(s.category))) + ": min(" +
                             (open[c] ? euro(*open[c] + take) : say("budget.the_rest")) + ", " +
                             euro(free_left + take) + ", " + euro(left + take) + ")",
                  .inputs = {{"free_space_left", free_left + take, Unit::eur}, {"budget_left", left + take, Unit::eur}},
                  .result = {"designated", take, Unit::eur}};
    });
  }

  // 3. Beyond the free space: the cheaper way, for everything still wanted together.
  std::optional<Decimal> still_wanted = zero;
  for (const auto& o : open) still_wanted = (o && still_wanted) ? std::optional<Decimal>(*still_wanted + *o) : std::nullopt;
  if (!(still_wanted && still_wanted->is_zero()) && !left.is_zero()) {
    const RouteChoice choice = choose_route(table, left, still_wanted, in.marginal_rate, trace);
    result.route = choice.route;
    Decimal to_hand_out = choice.net;
    const Decimal& levy_rate = table[param::final_levy_rate];
    for (BudgetShare& s : result.shares) {
      const std::size_t c = static_cast<std::size_t>(s.category);
      const Decimal take = open[c] ? min(*open[c], to_hand_out) : to_hand_out;
      if (take.is_zero()) continue;
      to_hand_out -= take;
      if (choice.route == TaxRoute::wage) {
        s.wage = take;
      } else {
        s.above_free_space = take;
        s.levy = exact_money(levy_rate * take);
      }
    }
    if (choice.route == TaxRoute::wage) {
      result.wage_net = choice.net;
      result.wage_gross = choice.gross;
    } else {
      result.above_free_space = choice.net;
      result.final_levy = exact_money(choice.levy);
    }
    left -= choice.route == TaxRoute::wage ? choice.gross : choice.net + choice.levy;
  }

  result.free_space_left = free_left;
  result.net_value = result.exempt + result.free_space_used + result.above_free_space + result.wage_net;
  result.employer_cost =
      result.exempt + result.free_space_used + result.above_free_space + result.final_levy + result.wage_gross;
  result.left_over = exact_money(left);
  result.employer_cost = exact_money(result.employer_cost);
  trace.step([&] {
    return Step{.rule = "budget.left_over",
                .formula = euro(result.budget) + " − " + euro(result.employer_cost),
                .inputs = {{"budget", result.budget, Unit::eur},
                           {"employer_cost", result.employer_cost, Unit::eur},
                           {"net_value", result.net_value, Unit::eur}},
                .result = {"left_over", result.left_over, Unit::eur}};
  });
  result.customary = customary_test(parameters, year, result.designated(), CustomaryTestExclusion::none, explain);
  if (explain == Explain::yes) result.explanation.steps.push_back(result.customary.step);
  return result;
}

}  // namespace wkr
