// The fixed travel allowance for commuting (wkr/allowances/fixed_commute.hpp): compiled once, in
// the library, rather than in every program that calls it (docs/performance.md, round eleven).
#include "wkr/allowances/fixed_commute.hpp"

namespace wkr::detail::allowance {
namespace {

/// Which k the days are based on, by regime; records the step and any reason for recalculation.
int fixed_commute_basis(const YearTable& table, const FixedCommuteInput& in, FixedCommute& result, const Trace& trace) {
  result.pattern_based = table[param::commuting_pattern_based];
  const auto inputs = [&] {
    return std::vector<Quantity>{{"office_days_per_week", Decimal::from_integer(in.office_days_per_week), Unit::days},
                                 {"work_days_per_week", Decimal::from_integer(in.work_days_per_week), Unit::days}};
  };
  if (result.corona_approval) {
    // Checked in force for the year by fixed_commute().
    trace.step([&] {
      const ParameterUse approval = table.use(param::commuting_corona_approval);
      return Step{
          .rule = "commuting.corona_approval",
          .reference = approval.entry->reference,
          .formula = say("commuting.corona_approval.formula", num(in.work_days_per_week), num(in.office_days_per_week)),
          .inputs = inputs(),
          .parameters = {describe(approval), describe(table.use(param::commuting_pattern_based))},
          .result = {"days_per_week", Decimal::from_integer(in.work_days_per_week), Unit::days}};
    });
    return in.work_days_per_week;
  }
  if (result.pattern_based) {
    trace.step([&] {
      const ParameterUse regime = table.use(param::commuting_pattern_based);
      return Step{.rule = "commuting.regime",
                  .reference = regime.entry->reference,
                  .formula = say("commuting.regime.pattern", num(in.office_days_per_week)),
                  .inputs = inputs(),
                  .parameters = {describe(regime)},
                  .result = {"days_per_week", Decimal::from_integer(in.office_days_per_week), Unit::days}};
    });
    return in.office_days_per_week;
  }
  // Before 2022 the basis was the working week, if the office days still met the 128-day rule:
  // office/5 × 214 ≥ work/5 × 128, i.e. office × 214 ≥ work × 128 (the months cancel out).
  const Decimal& basis = table[param::fixed_allowance_basis_days];
  const Decimal& minimum = table[param::fixed_allowance_minimum_days];
  const bool meets = !(Decimal::from_integer(in.office_days_per_week) * basis <
                       Decimal::from_integer(in.work_days_per_week) * minimum);
  const int k = meets ? in.work_days_per_week : in.office_days_per_week;
  if (!meets) {
    result.recalculation_reasons.push_back(sentence(recalculation_office_days, Language::en));
  }
  trace.step([&] {
    const ParameterUse regime = table.use(param::commuting_pattern_based);
    return Step{
        .rule = "commuting.regime",
        .reference = regime.entry->reference,
        .formula = say(meets ? "commuting.regime.working_week" : "commuting.regime.office_days",
                       num(in.office_days_per_week), num(basis), num(in.work_days_per_week), num(minimum), num(k)),
        .inputs = inputs(),
        .parameters = {describe(regime)},
        .result = {"days_per_week", Decimal::from_integer(k), Unit::days}};
  });
  return k;
}

/// The 128-day / 36-week test against actual travel, when it was given.
void fixed_commute_qualification(const FixedCommuteInput& in, FixedCommute& result, const Trace& trace) {
  if (!in.travel_days && !in.travel_weeks) return;
  if (in.travel_days) limits::require_days(*in.travel_days, "the number of travel days");
  if (in.travel_weeks) limits::require_days(*in.travel_weeks, "the number of travel weeks");
  const bool by_days = in.travel_days && !(*in.travel_days < result.minimum_days);
  const bool by_weeks = in.travel_weeks && !(*in.travel_weeks < result.minimum_weeks);
  const bool by_rules = by_days || by_weeks;
  // Under the corona approval the days worked at home count as travel days.
  result.qualifies = by_rules || result.corona_approval;
  if (!result.qualifies) {
    result.recalculation_reasons.push_back(sentence(recalculation_not_qualified, Language::en));
  }
  trace.step([&] {
    Step step{.rule = "commuting.qualification",
              .reference = std::string(fixed_commute_reference) +
                           " (128-dagenregeling); Handboek Loonheffingen (36-wekenregeling)",
              .result = {"qualifies", Decimal::from_integer(result.qualifies ? 1 : 0), Unit::flag}};
    if (in.travel_days) {
      step.inputs.push_back({"travel_days", *in.travel_days, Unit::days});
      step.inputs.push_back({"minimum_days", result.minimum_days, Unit::days});
      step.formula = say(by_days ? "commuting.qualification.days_met" : "commuting.qualification.days_short",
                         num(*in.travel_days), num(result.minimum_days));
    }
    if (in.travel_weeks) {
      step.inputs.push_back({"travel_weeks", *in.travel_weeks, Unit::weeks});
      step.inputs.push_back({"minimum_weeks", result.minimum_weeks, Unit::weeks});
      if (!step.formula.empty()) step.formula += "; ";
      step.formula += say(by_weeks ? "commuting.qualification.weeks_met" : "commuting.qualification.weeks_short",
                          num(*in.travel_weeks), num(result.minimum_weeks));
    }
    if (!by_rules && result.corona_approval) {
      step.formula += say("commuting.qualification.corona");
    }
    return step;
  });
}

void fixed_commute_recalculation(const YearTable& table, FixedCommute& result, const Trace& trace) {
  const Decimal& threshold = table[param::commuting_recalculation_threshold_km];
  const bool far = threshold < result.km_one_way;
  if (far) {  // the first reason; added at the end and rotated to the front (GCC 12 at -O3 took an
              // insert at the front for a null dereference inside libstdc++)
    std::vector<std::string>& reasons = result.recalculation_reasons;
    reasons.push_back(to_plain_text(say(recalculation_far, num(threshold))));
    std::rotate(reasons.begin(), reasons.end() - 1, reasons.end());
  }
  result.recalculation_required = !result.recalculation_reasons.empty();
  trace.step([&] {
    const ParameterUse use = table.use(param::commuting_recalculation_threshold_km);
    Phrase formula = num(result.km_one_way) + (far ? " > " : " ≤ ") + num(threshold) + " km";
    for (std::size_t i = far ? 1 : 0; i < result.recalculation_reasons.size(); ++i) {
      // The reasons are kept in English for the result; the step says them in its own language.
      for (const char* key : {recalculation_office_days, recalculation_not_qualified}) {
        if (result.recalculation_reasons[i] == sentence(key, Language::en)) formula += "; " + say(key);
      }
    }
    if (far && result.corona_approval) formula += say("commuting.recalculation.corona");
    formula += say("commuting.recalculation.estimate");
    return Step{
        .rule = "commuting.recalculation",
        .reference = use.entry->reference,
        .formula = std::move(formula),
        .inputs = {{"km_one_way", result.km_one_way, Unit::km}},
        .parameters = {describe(use)},
        .result = {"recalculation_required", Decimal::from_integer(result.recalculation_required ? 1 : 0), Unit::flag}};
  });
}

/// The pattern cap less the months a long absence stops the exemption.
void fixed_commute_absence(const YearTable& table, const FixedCommuteInput& in, const FixedCommuteOptions& options,
                           FixedCommute& result, const Trace& trace) {
  result.cap = result.pattern_cap;
  if (in.absences.empty()) return;
  for (int m : stopped_months(table, in.absences, options.absence, result.warnings, trace)) {
    if (m >= in.period.from_month && m <= in.period.to_month) result.stopped_months.push_back(m);
  }
  if (result.stopped_months.empty()) return;
  const int exempt_months = result.months - static_cast<int>(result.stopped_months.size());
  const Decimal top = result.pattern_cap * Decimal::from_integer(exempt_months);
  const Decimal bottom = Decimal::from_integer(result.months);
  const std::optional<Decimal> exact = exact_quotient(top, bottom);
  const auto formula = [&] { return euro(result.pattern_cap) + " × " + num(exempt_months) + "/" + num(result.months); };
  const Decimal shown = exact ? *exact : Decimal::divide(top, bottom, 8, Rounding::toward_zero);
  trace.step([&] {
    return Step{.rule = "commuting.absence_cap",
                .reference = "Handboek Loonheffingen, vaste reiskostenvergoeding bij langdurige afwezigheid",
                .formula = formula() + say("commuting.absence_cap.months_out"),
                .inputs = {{"cap", result.pattern_cap, Unit::eur},
                           {"months", bottom, Unit::months},
                           {"exempt_months", Decimal::from_integer(exempt_months), Unit::months}},
                .result = {"cap", shown, Unit::eur}};
  });
  if (exact) {
    result.cap = round_cap(table, *exact, "commuting.absence_cap_rounding", "cap", trace);
    return;
  }
  // A fraction without an end: allowances.cap_rounding on the exact quotient, not on the 8 decimals shown.
  const RoundingRule& rule = table[param::allowances_cap_rounding];
  result.cap = Decimal::divide(top, bottom, rule.decimals, rule.mode);
  trace.step([&] {
    return Step{.rule = "commuting.absence_cap_rounding",
                .formula = say("allowance.cap_rounding.no_rule", formula()),
                .parameters = {describe(table.use(param::allowances_cap_rounding))},
                .result = {"cap", result.cap, Unit::eur},
                .rounding = AppliedRounding{shown, rule.decimals, rule.mode}};
  });
}

}  // namespace
}  // namespace wkr::detail::allowance

namespace wkr {

FixedCommute fixed_commute(const Parameters& parameters, int year, const FixedCommuteInput& in,
                           const FixedCommuteOptions& options, Explain explain) {
  using namespace detail::allowance;
  limits::require_km(in.km_one_way, "the distance one way");
  limits::require_days_per_week(in.work_days_per_week, "the working days a week");
  limits::require_days_per_week(in.office_days_per_week, "the office days a week", true);
  if (in.office_days_per_week > in.work_days_per_week) {
    throw Error(ErrorCode::invalid_argument,
                say("error.commuting.office_days_above", num(in.office_days_per_week), num(in.work_days_per_week)));
  }
  if (in.office_days_per_week == 0 && !in.corona_approval) {
    throw Error(ErrorCode::invalid_argument,
                say("error.commuting.office_days_none", num(in.office_days_per_week), num(in.work_days_per_week)));
  }
  FixedCommute result;
  const Trace trace(result.explanation, explain);
  const YearTable& table = parameters.year(year);
  if (in.corona_approval && !table[param::commuting_corona_approval]) {
    throw Error(ErrorCode::invalid_argument, say("error.commuting.corona_not_in_force", std::to_string(year),
                                                 table.use(param::commuting_corona_approval).entry->reference));
  }
  trace.receipt(parameters);
  result.year = year;
  result.km_one_way = in.km_one_way;
  result.corona_approval = in.corona_approval;
  const int k = fixed_commute_basis(table, in, result, trace);
  const PatternDays pattern =
      pattern_days(table, k, in.period, options.day_rounding, "commuting", fixed_commute_reference, trace);
  result.basis_days_per_week = pattern.days_per_week;
  result.days = pattern.days;
  result.minimum_days = pattern.minimum_days;
  result.months = pattern.months;
  result.minimum_weeks = minimum_weeks(table, result.months, "commuting", fixed_commute_reference, trace);
  fixed_commute_qualification(in, result, trace);

  result.rate = travel_rate(table, trace);
  const Decimal exact = result.days * result.km_one_way * Decimal::from_integer(2) * result.rate;
  trace.step([&] {
    return Step{
        .rule = "commuting.fixed_cap",
        .reference = std::string(fixed_commute_reference),
        .formula = say("commuting.fixed_cap.formula", num(result.days), num(result.km_one_way), euro(result.rate)),
        .inputs = {{"days", result.days, Unit::days},
                   {"km_one_way", result.km_one_way, Unit::km},
                   {"rate", result.rate, Unit::eur_per_km}},
        .result = {"cap", exact, Unit::eur}};
  });
  result.pattern_cap = round_cap(table, exact, "commuting.fixed_cap_rounding", "cap", trace);
  result.monthly_cap = monthly_cap(table, result.pattern_cap, result.months, "commuting", trace);
  fixed_commute_recalculation(table, result, trace);
  fixed_commute_absence(table, in, options, result, trace);

  Decimal exempt_limit = result.cap;
  if (in.actual_km) {
    if (!result.recalculation_required) {
      throw Error(ErrorCode::invalid_argument, say("error.commuting.actual_km_unused"));
    }
    limits::require_km(*in.actual_km, "the actual commuting kilometres");
    const Decimal actual = *in.actual_km * result.rate;
    trace.step([&] {
      return Step{.rule = "commuting.recalculated_cap",
                  .reference = "nacalculatie, Handboek Loonheffingen",
                  .formula = say("commuting.recalculated_cap.formula", num(*in.actual_km), euro(result.rate)),
                  .inputs = {{"actual_km", *in.actual_km, Unit::km}, {"rate", result.rate, Unit::eur_per_km}},
                  .result = {"actual_cap", actual, Unit::eur}};
    });
    result.actual_cap = round_cap(table, actual, "commuting.recalculated_cap_rounding", "actual_cap", trace);
    exempt_limit = *result.actual_cap;
  }
  if (in.paid) result.split = split(*in.paid, exempt_limit, options.excess, fixed_commute_reference, trace);
  return result;
}

}  // namespace wkr
