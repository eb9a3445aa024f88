// The pay-period ledger (wkr/ledger.hpp): compiled once, in the library, rather than in every
// program that calls it (docs/performance.md, round eleven).
#include "wkr/ledger.hpp"

namespace wkr {

void Ledger::check(const PeriodInput& in) const {
  const std::string period = std::to_string(in.period);
  if (added_ == periods_) {
    throw Error(ErrorCode::invalid_argument,
                say("error.ledger.all_in", num(in.period), num(periods_), std::to_string(year())));
  }
  if (in.period != added_ + 1) {
    throw Error(ErrorCode::invalid_argument,
                say("error.ledger.out_of_order", num(in.period), num(added_ + 1), num(periods_)));
  }
  if (!in.members.empty() && !in.wage_bill.is_zero()) {
    throw Error(ErrorCode::invalid_argument, say("error.ledger.wage_bill_twice", num(in.period), euro(in.wage_bill)));
  }
  limits::require_amount(in.wage_bill, {"what.the wage bill of period", period});
  limits::require_amount(in.designated, {"what.the designated amount of period", period});
  if (in.levy_paid) {
    limits::require_amount(*in.levy_paid, {"what.the levy paid in period", period});
    if (in.levy_paid->rounded(0, Rounding::toward_zero) != *in.levy_paid) {
      throw Error(ErrorCode::invalid_argument, say("error.ledger.levy_paid_cents", num(in.period), euro(*in.levy_paid),
                                                   whole_euros(in.levy_paid->rounded(0, Rounding::floor))));
    }
  }
  if (in.estimated_wage_bill) {
    limits::require_amount(*in.estimated_wage_bill, {"what.the estimated wage bill of period", period});
  }
  if (options_.basis == LevyBasis::estimate && !in.estimated_wage_bill && !estimate_) {
    throw Error(ErrorCode::invalid_argument, say("error.ledger.estimate_missing", num(in.period)));
  }
}

Decimal Ledger::free_space_to_date(const Decimal& wage_bill, int period, const Trace& trace) {
  const YearTable& table = *table_;
  if (options_.threshold == ThresholdToDate::whole || period == periods_) {
    FreeSpace space;
    detail::free_space_of(table, wage_bill, options_.free_space, space, trace);
    return space.free_space;
  }
  // P × (free space with the bounds × p/P) = Σ rate × (min(P·W, p·next) − p·from): the brackets
  // with their bounds × p applied to P·W, then one division by P and one rounding. Exact until then.
  const std::vector<Bracket>& rates = table[param::free_space_rates];
  const Decimal p = Decimal::from_integer(period);
  const Decimal count = Decimal::from_integer(periods_);
  for (std::size_t i = 0; i < rates.size(); ++i) scaled_[i] = Bracket{rates[i].from * p, rates[i].rate};
  fill_bases(scaled_);
  const Decimal scaled_wage_bill = wage_bill * count;
  const Decimal scaled = detail::apply_brackets(scaled_, scaled_wage_bill);
  RoundingRule rule = table[param::free_space_rounding];
  if (options_.free_space.rounding) rule.mode = *options_.free_space.rounding;
  const Decimal result = Decimal::divide(scaled, count, rule.decimals, rule.mode);
  trace.step([&] {
    const std::optional<Decimal> exact = detail::allowance::exact_quotient(scaled, count);
    Step step{.rule = "ledger.free_space_to_date",
              .reference = std::string(detail::periods::annual_reference),
              .formula = say("ledger.free_space_to_date.formula", detail::bracket_formula(scaled_, scaled_wage_bill),
                             num(count), num(period)),
              .inputs = {detail::periods::period_quantity(period), {"wage_bill_cumulative", wage_bill, Unit::eur}},
              .parameters = {describe(table.use(param::free_space_rates))},
              .result = {"free_space_cumulative", result, Unit::eur}};
    if (!options_.free_space.rounding) step.parameters.push_back(describe(table.use(param::free_space_rounding)));
    if (!exact || *exact != result) {
      step.rounding =
          AppliedRounding{exact ? *exact : Decimal::divide(scaled, count, rule.decimals + 6, Rounding::toward_zero),
                          rule.decimals, rule.mode};
    }
    return step;
  });
  return result;
}

LedgerRow Ledger::add_period(const PeriodInput& in, Explain explain) {
  check(in);
  const YearTable& table = *table_;
  LedgerRow row;
  const Trace trace(row.explanation, explain);
  trace.receipt(parameters_);
  const int p = in.period;
  row.period = p;
  row.wage_bill = in.members.empty() ? in.wage_bill : detail::total_wage_bill(year(), in.members, trace);
  row.designated = in.designated;
  row.wage_bill_cumulative = wage_bill_ + row.wage_bill;
  row.designated_cumulative = designated_ + in.designated;
  trace.step([&] {
    return Step{
        .rule = "ledger.to_date",
        .formula = say("ledger.to_date.formula", euro(wage_bill_), euro(row.wage_bill), euro(row.wage_bill_cumulative),
                       euro(designated_), euro(in.designated), euro(row.designated_cumulative)),
        .inputs = {detail::periods::period_quantity(p),
                   {"wage_bill", row.wage_bill, Unit::eur},
                   {"designated", in.designated, Unit::eur}},
        .result = {"designated_cumulative", row.designated_cumulative, Unit::eur}};
  });

  row.free_space_cumulative = free_space_to_date(row.wage_bill_cumulative, p, trace);
  row.estimated_wage_bill = in.estimated_wage_bill ? in.estimated_wage_bill : estimate_;
  if (row.estimated_wage_bill) {
    FreeSpace space;
    detail::free_space_of(table, *row.estimated_wage_bill, options_.free_space, space, trace);
    row.free_space_estimate = space.free_space;
  }

  const bool on_estimate = options_.basis == LevyBasis::estimate;
  const Decimal& basis = on_estimate ? *row.free_space_estimate : row.free_space_cumulative;
  const Decimal difference = row.designated_cumulative - basis;
  const Decimal zero = Decimal::from_coefficient(0, 2);
  row.excess_cumulative = difference.is_negative() ? zero : difference;
  row.free_space_left = difference.is_negative() ? -difference : zero;
  const Decimal& rate = table[param::final_levy_rate];
  const Decimal exact_levy = rate * row.excess_cumulative;
  const RoundingRule& cents = table[param::final_levy_amount_rounding];
  row.final_levy_so_far = cents.apply(exact_levy);
  trace.step([&] {
    const std::string basis_name = on_estimate ? "free_space_estimate" : "free_space_cumulative";
    return Step{.rule = "ledger.excess_to_date",
                .reference = std::string(detail::periods::annual_reference),
                .formula = say(on_estimate ? "ledger.excess_to_date.on_estimate" : "ledger.excess_to_date.so_far",
                               num(rate), euro(row.designated_cumulative), euro(basis), euro(row.free_space_left)),
                .inputs = {detail::periods::period_quantity(p),
                           {"designated_cumulative", row.designated_cumulative, Unit::eur},
                           {basis_name, basis, Unit::eur},
                           {"excess_cumulative", row.excess_cumulative, Unit::eur}},
                .parameters = {describe(table.use(param::final_levy_rate)),
                               describe(table.use(param::final_levy_amount_rounding))},
                .result = {"final_levy_so_far", row.final_levy_so_far, Unit::eur},
                .rounding = AppliedRounding{exact_levy, cents.decimals, cents.mode}};
  });

  const RoundingRule& euros = table[param::final_levy_return_rounding];
  const Decimal levy_return_so_far = euros.apply(exact_levy);
  const Decimal due_now = levy_return_so_far - declared_;
  const Decimal computed = options_.strategy == LevyStrategy::as_you_go && !due_now.is_negative()
                               ? due_now
                               : Decimal::from_coefficient(0, euros.decimals);
  row.levy_declared = in.levy_paid ? *in.levy_paid : computed;
  trace.step([&] {
    Step step{.rule = "ledger.levy_declared",
              .inputs = {detail::periods::period_quantity(p), {"levy_declared_before", declared_, Unit::eur_whole}},
              .result = {"levy_declared", row.levy_declared, Unit::eur_whole}};
    if (options_.strategy == LevyStrategy::after_year) {
      step.reference = std::string(detail::periods::annual_reference);
      step.formula = say("ledger.levy_declared.after_year");
    } else {
      step.reference = "aangifte loonheffingen, collectieve gegevens";
      step.formula = say("ledger.levy_declared.as_you_go", whole_euros(levy_return_so_far), whole_euros(declared_),
                         whole_euros(computed));
      if (due_now.is_negative()) step.formula += say("ledger.levy_declared.shrank");
      step.inputs.push_back({"final_levy_exact", exact_levy, Unit::eur});
      step.parameters = {describe(table.use(param::final_levy_return_rounding))};
      step.rounding = AppliedRounding{exact_levy, euros.decimals, euros.mode};
    }
    if (in.levy_paid) step.formula += say("ledger.levy_declared.given", whole_euros(*in.levy_paid));
    return step;
  });

  // Only now, with nothing left to fail, does the ledger take the period in.
  wage_bill_ = row.wage_bill_cumulative;
  designated_ = row.designated_cumulative;
  declared_ += row.levy_declared;
  estimate_ = row.estimated_wage_bill;
  ++added_;
  return row;
}

YearEnd Ledger::close(Explain explain) const {
  if (added_ != periods_) {
    std::vector<int> missing;
    for (int p = added_ + 1; p <= periods_; ++p) missing.push_back(p);
    throw Error(ErrorCode::invalid_argument, say("error.ledger.incomplete", std::to_string(year()), num(added_),
                                                 num(periods_), detail::periods::list_periods(missing)));
  }
  YearEnd end;
  Settlement& s = end.settlement;
  const Trace trace(s.explanation, explain);
  trace.receipt(parameters_);
  detail::settle_wage_bill(*table_, wage_bill_, designated_, options_.free_space, s, trace);
  end.levy_paid = declared_;
  end.correction = s.final_levy_return - declared_;
  trace.step([&] {
    const char* kind = end.correction.is_negative() ? "ledger.correction.refund"
                       : end.correction.is_zero()   ? "ledger.correction.nothing"
                                                    : "ledger.correction.due";
    return Step{.rule = "ledger.correction",
                .reference = std::string(detail::periods::annual_reference),
                .formula = say(kind, whole_euros(s.final_levy_return), whole_euros(declared_), num(s.due.period),
                               std::to_string(s.due.year)),
                .inputs = {{"final_levy_return", s.final_levy_return, Unit::eur_whole},
                           {"levy_paid", declared_, Unit::eur_whole}},
                .result = {"correction", end.correction, Unit::eur_whole}};
  });
  return end;
}

LedgerYear ledger(const Parameters& parameters, int year, PeriodLength length, std::span<const PeriodInput> periods,
                  const LedgerOptions& options, Explain explain) {
  Ledger book(parameters, year, length, options);
  const int count = book.periods();
  std::vector<const PeriodInput*> by_period(static_cast<std::size_t>(count), nullptr);
  std::vector<int> repeated;
  for (const PeriodInput& in : periods) {
    if (in.period < 1 || in.period > count) {
      throw Error(ErrorCode::invalid_argument, say(length == PeriodLength::month ? "error.ledger.outside_monthly"
                                                                                 : "error.ledger.outside_four_weekly",
                                                   num(in.period), num(count)));
    }
    const PeriodInput*& slot = by_period[static_cast<std::size_t>(in.period - 1)];
    if (slot != nullptr) repeated.push_back(in.period);
    slot = &in;
  }
  if (!repeated.empty()) {
    throw Error(ErrorCode::invalid_argument,
                say(repeated.size() == 1 ? "error.ledger.repeated" : "error.ledger.repeated_many",
                    detail::periods::list_periods(repeated)));
  }
  std::vector<int> missing;
  for (int p = 1; p <= count; ++p) {
    if (by_period[static_cast<std::size_t>(p - 1)] == nullptr) missing.push_back(p);
  }
  if (!missing.empty()) {
    throw Error(ErrorCode::invalid_argument,
                say(missing.size() == 1 ? "error.ledger.missing" : "error.ledger.missing_many",
                    detail::periods::list_periods(missing), std::to_string(year), num(count)));
  }
  LedgerYear result;
  result.year = year;
  result.length = length;
  result.options = options;
  result.rows.reserve(static_cast<std::size_t>(count));
  for (const PeriodInput* in : by_period) result.rows.push_back(book.add_period(*in, explain));
  result.totals = book.close(explain);
  if (explain == Explain::yes) {
    for (LedgerRow& row : result.rows) {
      for (Step& step : row.explanation.steps) result.explanation.steps.push_back(step);
    }
    for (Step& step : result.totals.settlement.explanation.steps) result.explanation.steps.push_back(step);
    result.explanation.receipt = result.totals.settlement.explanation.receipt;
  }
  return result;
}

}  // namespace wkr
