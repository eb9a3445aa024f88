// wkr — the free space period by period (aangiftetijdvakken): the ledger a payroll package shows
// the employer during the year — the wage bill and the designated wage so far, the free space left
// or the excess, the final levy so far, the levy declared in each return — and the year-end
// settlement with the correction for what was already declared (art. 31a Wet LB 1964).
//
// The free space and the final levy are annual (jaarsystematiek, since 2015): the rates apply to the
// year's wage bill and the levy is due in the return for the 1st (years up to 2019) or 2nd (2020
// on) period of the next year. An employer may declare levy during the year and settle the
// difference in that same return (fiscal-facts §2: accountancyvanmorgen.nl 2018-02-06, staerk.nl).
// Two strategies, both ending at the same annual levy:
//   - after-year: no levy during the year; the annual levy is declared in the due return.
//   - as-you-go: as soon as the designated wage so far exceeds the free space (on the wage bill so
//     far, or on an estimate of the year's wage bill — the employer's choice), levy is declared in
//     that period and every period after: in period p, the whole euros of the levy on the excess
//     so far (final_levy.return_rounding, applied to the exact cumulative levy: collective amounts
//     in the return are whole euros, rounded at the total) less what was declared before p, never
//     below 0. When the excess so far shrinks, nothing is declared back during the year: the
//     year-end correction returns it.
// At year end: correction = the annual levy in the return (Settlement::final_levy_return) − the
// levy declared during the year; negative is a refund.
//
// Where practice is silent wkr takes the conservative option and the explanation says so:
//   - the free space on the wage bill so far: the bracket threshold (€400,000 from 2020) is
//     prorated to the periods so far (p/12 or p/13), so a steady wage bill earns exactly its share
//     of the year's free space and the excess shows no later than it would on the year
//     (ThresholdToDate::prorated; ThresholdToDate::whole applies the full threshold to the wage bill
//     so far, which gives more free space early in the year). In the last period both are the
//     year's free space.
//   - the period's levy in whole euros, rounded down at the cumulative total (see above).
//
// Pure values: a Ledger holds the totals so far and nothing else; it reads no files and never
// prints. add_period() allocates nothing unless it explains.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "wkr/allowances/common.hpp"
#include "wkr/free_space.hpp"
#include "wkr/limits.hpp"

namespace wkr {

/// How often the employer files the wage-tax return (aangiftetijdvak): monthly, 12 periods, or
/// four-weekly, 13 periods.
enum class PeriodLength { month, four_weeks };

/// The number of return periods in a year: 12 or 13.
[[nodiscard]] inline int period_count(PeriodLength length) { return length == PeriodLength::month ? 12 : 13; }

/// When the final levy is declared (see the top of this file).
enum class LevyStrategy { after_year, as_you_go };

/// "after-year" or "as-you-go": the spelling of the command and of JSON.
[[nodiscard]] inline std::string_view to_string(LevyStrategy strategy) {
  return strategy == LevyStrategy::after_year ? "after-year" : "as-you-go";
}

[[nodiscard]] inline LevyStrategy parse_levy_strategy(std::string_view text) {
  if (text == "after-year") return LevyStrategy::after_year;
  if (text == "as-you-go") return LevyStrategy::as_you_go;
  throw Error(ErrorCode::parse, say("error.ledger.strategy", std::string(text)));
}

/// The free space the designated wage so far is measured against during the year: the free space
/// on the actual wage bill so far, or on the estimate of the year's wage bill in force.
enum class LevyBasis { actual, estimate };

/// "actual" or "estimate": the spelling of the command and of JSON.
[[nodiscard]] inline std::string_view to_string(LevyBasis basis) {
  return basis == LevyBasis::actual ? "actual" : "estimate";
}

[[nodiscard]] inline LevyBasis parse_levy_basis(std::string_view text) {
  if (text == "actual") return LevyBasis::actual;
  if (text == "estimate") return LevyBasis::estimate;
  throw Error(ErrorCode::parse, say("error.ledger.basis", std::string(text)));
}

/// How the bracket threshold applies to the wage bill so far (see the top of this file).
enum class ThresholdToDate { prorated, whole };

[[nodiscard]] inline std::string_view to_string(ThresholdToDate threshold) {
  return threshold == ThresholdToDate::prorated ? "prorated" : "whole";
}

[[nodiscard]] inline ThresholdToDate parse_threshold_to_date(std::string_view text) {
  if (text == "prorated") return ThresholdToDate::prorated;
  if (text == "whole") return ThresholdToDate::whole;
  throw Error(ErrorCode::parse, say("error.ledger.threshold", std::string(text)));
}

struct LedgerOptions {
  LevyStrategy strategy = LevyStrategy::after_year;
  LevyBasis basis = LevyBasis::actual;
  ThresholdToDate threshold = ThresholdToDate::prorated;
  FreeSpaceOptions free_space;  ///< how a free space is brought to cents (as for the year)
};

/// One return period's figures.
struct PeriodInput {
  int period = 0;       ///< 1–12 (monthly) or 1–13 (four-weekly)
  Decimal wage_bill{};  ///< the fiscal wage (fiscale loon) of the period; leave 0 when `members` is given
  /// A group scheme (concernregeling, art. 32 Wet LB 1964): each member with its wage bill of the
  /// period; they are added up (every member must belong to the group for the whole year).
  std::span<const GroupMember> members{};
  Decimal designated{};  ///< designated to the free space in the period (e.g. evaluate(…).totals.designated)
  /// The final levy declared in this period's return, in whole euros, when it is known. Given, it
  /// is what the ledger counts as declared in the period, also under as-you-go.
  std::optional<Decimal> levy_paid{};
  /// An estimate of the year's wage bill, in force from this period until another is given.
  std::optional<Decimal> estimated_wage_bill{};
};

/// One row of the ledger: the period and the year so far.
struct LedgerRow {
  int period = 0;
  Decimal wage_bill;
  Decimal wage_bill_cumulative;
  Decimal free_space_cumulative;               ///< on the wage bill so far (ThresholdToDate), in cents
  std::optional<Decimal> estimated_wage_bill;  ///< the estimate in force
  std::optional<Decimal> free_space_estimate;  ///< on that estimate, in cents
  Decimal designated;
  Decimal designated_cumulative;
  Decimal free_space_left;    ///< the basis's free space less the designated so far; 0 when exceeded
  Decimal excess_cumulative;  ///< the designated so far above the basis's free space; 0 when within
  Decimal final_levy_so_far;  ///< the levy on the excess so far, in cents: the levy if the year ended now
  Decimal levy_declared;      ///< declared in this period's return, whole euros
  Explanation explanation;
};

/// The year-end: the annual settlement and what remains after the levy declared during the year.
struct YearEnd {
  Settlement settlement;  ///< the year's wage bill, free space, designated, excess, levy, return amount, due
  Decimal levy_paid;      ///< declared during the year: the sum of the rows' levy_declared
  Decimal correction;     ///< settlement.final_levy_return − levy_paid, whole euros; negative: a refund

  [[nodiscard]] bool refund() const { return correction.is_negative(); }
};

/// The ledger of one employer (or group) for one year, fed one period at a time, in order. A
/// value: copy it to preview a period without committing it.
class Ledger {
 public:
  /// Errors: a year the tables do not cover for the free space or the final levy (not_covered).
  Ledger(const Parameters& parameters, int year, PeriodLength length = PeriodLength::month,
         const LedgerOptions& options = {})
      : parameters_(parameters),
        table_(&parameters.year(year)),
        periods_(period_count(length)),
        length_(length),
        options_(options) {
    // Read now what every period reads, so an uncovered year fails here and not halfway.
    const YearTable& table = *table_;
    scaled_.assign(table[param::free_space_rates].size(), Bracket{});
    (void)table[param::free_space_rounding];
    (void)table[param::final_levy_rate];
    (void)table[param::final_levy_amount_rounding];
    (void)table[param::final_levy_return_rounding];
    (void)table[param::final_levy_return_period];
  }

  [[nodiscard]] int year() const { return table_->year(); }
  [[nodiscard]] int periods() const { return periods_; }
  [[nodiscard]] PeriodLength length() const { return length_; }
  [[nodiscard]] const LedgerOptions& options() const { return options_; }
  /// The periods added so far (the next one to add is this + 1).
  [[nodiscard]] int periods_added() const { return added_; }
  [[nodiscard]] bool complete() const { return added_ == periods_; }

  /// Adds the next period and returns its row. Errors (invalid_argument): a period out of order or
  /// beyond the last, a negative amount, a levy paid that is not whole euros, a wage bill given both
  /// as a total and by member, a part-year member of a group, the estimate basis without an estimate.
  LedgerRow add_period(const PeriodInput& in, Explain explain = Explain::no);

  /// The year-end settlement and the correction, once every period is in. Errors
  /// (invalid_argument): periods missing.
  [[nodiscard]] YearEnd close(Explain explain = Explain::no) const;

 private:
  void check(const PeriodInput& in) const;
  [[nodiscard]] Decimal free_space_to_date(const Decimal& wage_bill, int period, const Trace& trace);

  Parameters parameters_;
  const YearTable* table_;
  int periods_;
  PeriodLength length_;
  LedgerOptions options_;
  int added_ = 0;
  Decimal wage_bill_;   ///< so far
  Decimal designated_;  ///< so far
  Decimal declared_;    ///< levy declared so far
  std::optional<Decimal> estimate_;
  std::vector<Bracket> scaled_;  ///< room for the brackets with prorated bounds (no allocation per period)
};

/// A whole year at once: the rows of every period and the year-end.
struct LedgerYear {
  int year = 0;
  PeriodLength length = PeriodLength::month;
  LedgerOptions options;
  std::vector<LedgerRow> rows;  ///< periods 1…12 or 1…13
  YearEnd totals;
  /// With Explain::yes: every period's steps, then the year-end's; and the receipt.
  Explanation explanation;
};

namespace detail::periods {

inline constexpr std::string_view annual_reference = "art. 31a Wet LB 1964";

[[nodiscard]] inline Quantity period_quantity(int period) {
  return {"period", Decimal::from_integer(period), Unit::period};
}

/// "periods 3, 7 and 9" — for a message about periods missing or repeated.
[[nodiscard]] inline Phrase list_periods(const std::vector<int>& periods) {
  if (periods.size() == 1) return say("error.ledger.period", num(periods[0]));
  Phrase list;
  for (std::size_t i = 0; i + 1 < periods.size(); ++i) list += (i == 0 ? "" : ", ") + num(periods[i]);
  return say("error.ledger.periods", list, num(periods.back()));
}

}  // namespace detail::periods

/// The ledger of a whole year: `periods` holds every period once (in any order). Errors: a period
/// missing, repeated or out of range (invalid_argument), and those of Ledger.
[[nodiscard]] LedgerYear ledger(const Parameters& parameters, int year, PeriodLength length,
                                std::span<const PeriodInput> periods, const LedgerOptions& options = {},
                                Explain explain = Explain::no);

}  // namespace wkr
