// The where-you-work budget (wkr/policy/budget.hpp): its rules compiled once, in the library,
// rather than in every program that calls them (docs/performance.md, round eleven).
#include "wkr/policy/budget.hpp"

namespace wkr::detail::policy {
namespace {

/// What one category asks of the budget.
struct Want {
  Decimal exempt;   ///< its exempt maximum
  Decimal taxable;  ///< what it costs beyond any exemption
  std::string_view rule;
  std::string_view reference;
};

/// The exempt maximum of travel on `days` days a week to a place `km` away (the office, or a
/// co-working space), by the employee's mode.
Want travel_want(const Parameters& parameters, int year, int days, int work_days, const Decimal& km, TravelMode mode,
                 const std::optional<Decimal>& fare, bool coworking, Budget& result, Explain explain) {
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
    const PatternDays pattern =
        pattern_days(table, days, {}, DayRounding::exact, "budget.public_transport", public_transport_reference, trace);
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
std::array<Want, budget_category_count> wants(const Parameters& parameters, int year, const BudgetInput& in,
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
      travel_want(parameters, year, p.office_days, p.office_days + p.home_days, in.km_one_way, in.mode, in.fare_per_day,
                  false, result, explain);
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
    ItemTreatment a =
        arbo(parameters, year, ArboInput{in.arbo_cost, std::nullopt, true, {}}, ExcessTreatment::designate, explain);
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

void check(const BudgetInput& in) {
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

RouteChoice choose_route(const YearTable& table, const Decimal& budget_left, const std::optional<Decimal>& want,
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

}  // namespace
}  // namespace wkr::detail::policy

namespace wkr {

Budget budget(const Parameters& parameters, int year, const BudgetInput& in, Explain explain) {
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
    s = BudgetShare{static_cast<BudgetCategory>(c),
                    exact_money(wanted[c].exempt + wanted[c].taxable),
                    zero,
                    zero,
                    zero,
                    zero,
                    zero,
                    wanted[c].rule,
                    wanted[c].reference};
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
  for (const auto& o : open)
    still_wanted = (o && still_wanted) ? std::optional<Decimal>(*still_wanted + *o) : std::nullopt;
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
