// wkr — the same-day rule: on one day, the home-working exemption (art. 31a lid 2 onderdeel k Wet
// LB 1964) and the travel exemption for commuting to the fixed workplace (onderdeel a) do not both
// apply. Only one is exempt; the other is wage or may be designated to the free space
// (Belastingdienst handreiking thuiswerkvergoeding, accountancyvanmorgen 2022-01-07; OSWO Q&A).
// A business trip is not commuting: a home-working day with a business trip (to a client, say)
// keeps both exemptions. A partial day at home counts as a home-working day.
//
// From a calendar of one employee's days, wkr counts the days each exemption may be applied to.
// The days partly at home and partly at the office (the mixed days) are allocated against what was
// actually paid for the calendar (SameDayPreference::most_exempt, the default):
//   - only one of the two allowances paid (the other absent or 0): every mixed day goes to it;
//   - both paid: the number m of mixed days given to home working that exempts the most of what was
//     paid, exempt(m) = min(home-working paid, (home days + m) × amount a day)
//                      + min(commuting paid, (office days + mixed − m) × km one way × 2 × rate);
//     a tie goes to commuting (the fewest mixed days to home working);
//   - neither paid: the larger exemption a day (a tie goes to commuting), as the caps then show.
// The amounts paid are totals for the calendar, so which of the mixed days goes where does not
// change a cent: the earliest m (by date) are listed as home working. The employer may instead
// prefer one of the two for every mixed day (--prefer); the explanation then also says what the
// most-exempt allocation would have exempted. Before 2022 the home-working exemption was 0.
// The calendar is what actually happened; a fixed allowance from a weekly pattern does not use it
// (fixed_commute.hpp, home_working.hpp).
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "wkr/allowances/common.hpp"
#include "wkr/allowances/home_working.hpp"
#include "wkr/allowances/travel.hpp"
#include "wkr/limits.hpp"

namespace wkr {

/// What an employee did on a day.
enum class DayKind {
  home,             ///< worked at home (also for part of the day)
  office,           ///< travelled to the fixed workplace
  home_and_office,  ///< partly at home, partly at the fixed workplace: one exemption only
  business_trip,    ///< travelled for work, not to the fixed workplace
  absent,           ///< no work: leave, sickness, a day off
};

[[nodiscard]] inline std::string_view to_string(DayKind kind) {
  switch (kind) {
    case DayKind::home:
      return "home";
    case DayKind::office:
      return "office";
    case DayKind::home_and_office:
      return "home_and_office";
    case DayKind::business_trip:
      return "business_trip";
    case DayKind::absent:
      return "absent";
  }
  return "?";
}

[[nodiscard]] inline DayKind parse_day_kind(std::string_view text) {
  for (DayKind kind :
       {DayKind::home, DayKind::office, DayKind::home_and_office, DayKind::business_trip, DayKind::absent}) {
    if (text == to_string(kind)) return kind;
  }
  throw Error(ErrorCode::parse, say("error.same_day.kind", std::string(text)));
}

/// One day of the calendar. `business_km`: kilometres of business trips that day (with any kind
/// but absent; a home day with a business trip keeps the home-working exemption).
struct CalendarDay {
  std::chrono::year_month_day date;
  DayKind kind = DayKind::absent;
  Decimal business_km;
  std::string origin;  ///< where the day came from, for messages: "line 7", "days[3]"
};

/// Which exemption the days with both home working and commuting keep. `most_exempt` (the default)
/// allocates them against what was paid (see the top of this file); the other two are the
/// employer's explicit choice for every such day.
enum class SameDayPreference { most_exempt, home_working, commuting };

[[nodiscard]] inline std::string_view to_string(SameDayPreference preference) {
  switch (preference) {
    case SameDayPreference::most_exempt:
      return "most-exempt";
    case SameDayPreference::home_working:
      return "home-working";
    case SameDayPreference::commuting:
      return "commuting";
  }
  return "?";
}

/// "most-exempt", "home-working" or "commuting". "larger", the name of the default before the
/// allocation followed what was paid, is still read as "most-exempt" (CHANGELOG.md).
[[nodiscard]] inline SameDayPreference parse_same_day_preference(std::string_view text) {
  if (text == "larger") return SameDayPreference::most_exempt;
  for (SameDayPreference p :
       {SameDayPreference::most_exempt, SameDayPreference::home_working, SameDayPreference::commuting}) {
    if (text == to_string(p)) return p;
  }
  throw Error(ErrorCode::parse, say("error.same_day.preference", std::string(text)));
}

struct SameDayInput {
  Decimal km_one_way;  ///< home to the fixed workplace
  std::vector<CalendarDay> days;
  std::optional<Decimal> home_working_paid;     ///< home-working allowance paid for these days
  std::optional<Decimal> commuting_paid;        ///< commuting allowance paid for these days
  std::optional<Decimal> business_travel_paid;  ///< business travel allowance paid
};

struct SameDayOptions {
  SameDayPreference preference = SameDayPreference::most_exempt;
  ExcessTreatment excess = ExcessTreatment::designate;
};

/// The choice made on a day with both home working and commuting (the exemption each would give
/// that day alone; the allocation itself follows what was paid, see same_day.choice).
struct SameDayChoice {
  std::chrono::year_month_day date;
  bool home_working = false;    ///< true: the home-working exemption; false: commuting
  Decimal home_working_amount;  ///< the exemption each would give that day
  Decimal commuting_amount;
};

struct SameDay {
  int year = 0;
  Decimal home_working_days;  ///< days the home-working exemption applies to
  Decimal commuting_days;     ///< days the commuting exemption applies to
  Decimal business_km;
  std::vector<SameDayChoice> choices;
  HomeWorking home_working;    ///< on home_working_days
  TravelByKm commuting;        ///< on commuting_days
  TravelByKm business_travel;  ///< on business_km
  Explanation explanation;     ///< the counting and the choices; each allowance has its own
};

namespace detail::allowance {

/// Every problem of a calendar, each with the day's origin: a day outside the year, a date given
/// twice, negative business km or business km on an absent day.
[[nodiscard]] inline std::vector<Phrase> calendar_problems(int year, const std::vector<CalendarDay>& days) {
  std::vector<Phrase> problems;
  std::vector<std::pair<std::chrono::year_month_day, std::string>> seen;
  for (std::size_t i = 0; i < days.size(); ++i) {
    const CalendarDay& d = days[i];
    const std::string where = d.origin.empty() ? "days[" + std::to_string(i) + "]" : d.origin;
    if (!d.date.ok() || static_cast<int>(d.date.year()) != year) {
      problems.push_back(at_origin(where, say("error.calendar.not_in_year", to_string(d.date), std::to_string(year))));
    }
    if (d.business_km.is_negative()) problems.push_back(at_origin(where, say("error.calendar.negative_km")));
    if (d.kind == DayKind::absent && !d.business_km.is_zero()) {
      problems.push_back(at_origin(where, say("error.calendar.absent_km")));
    }
    seen.emplace_back(d.date, where);
  }
  std::stable_sort(seen.begin(), seen.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (std::size_t i = 1; i < seen.size(); ++i) {
    if (seen[i].first == seen[i - 1].first) {
      problems.push_back(at_origin(seen[i].second, say("error.calendar.date_twice", to_string(seen[i].first),
                                                       origin_phrase(seen[i - 1].second))));
    }
  }
  return problems;
}

/// How the mixed days (partly at home, partly at the office) are allocated: `to_home` of them to
/// home working, the rest to commuting, and why, in words for the explanation.
struct MixedDays {
  std::int64_t to_home = 0;
  Phrase why;
};

/// Allocates `mixed` days to home working and commuting (see the top of same_day.hpp), with
/// `home` pure home-working days and `office` pure office days. `home_amount` and `commute_amount`
/// are the exemptions of one day.
[[nodiscard]] inline MixedDays allocate_mixed_days(const YearTable& table, std::int64_t home, std::int64_t office,
                                                   std::int64_t mixed, const Decimal& home_amount,
                                                   const Decimal& commute_amount, const SameDayInput& in,
                                                   SameDayPreference preference, const Trace& trace) {
  const bool home_paid = in.home_working_paid && !in.home_working_paid->is_zero();
  const bool commuting_paid = in.commuting_paid && !in.commuting_paid->is_zero();
  // The part of what was paid that is exempt when m mixed days go to home working: each allowance
  // against its cap, as the splits below compute them (caps brought to cents the same way).
  const auto exempt = [&](std::int64_t m) {
    const Decimal home_cap = cap_in_cents(table, Decimal::from_integer(home + m) * home_amount);
    const Decimal commute_cap = cap_in_cents(table, Decimal::from_integer(office + mixed - m) * commute_amount);
    return min(in.home_working_paid.value_or(Decimal()), home_cap) +
           min(in.commuting_paid.value_or(Decimal()), commute_cap);
  };
  const auto paid_text = [&] {
    if (in.home_working_paid && in.commuting_paid) {
      return say("same_day.paid.both", euro(*in.home_working_paid), euro(*in.commuting_paid));
    }
    return in.home_working_paid ? say("same_day.paid.home_working", euro(*in.home_working_paid))
                                : say("same_day.paid.commuting", euro(in.commuting_paid.value_or(Decimal())));
  };
  std::int64_t best = 0;
  Decimal best_exempt = exempt(0);
  for (std::int64_t m = 1; m <= mixed; ++m) {
    // Strictly more: on a tie the fewer days to home working stay, so a tie goes to commuting.
    if (const Decimal value = exempt(m); best_exempt < value) {
      best = m;
      best_exempt = value;
    }
  }
  MixedDays out;
  switch (preference) {
    case SameDayPreference::home_working:
    case SameDayPreference::commuting: {
      out.to_home = preference == SameDayPreference::home_working ? mixed : 0;
      if (!trace.on()) return out;
      out.why = say(preference == SameDayPreference::home_working ? "same_day.preference.home_working"
                                                                  : "same_day.preference.commuting");
      if (const Decimal chosen = exempt(out.to_home); (home_paid || commuting_paid) && chosen < best_exempt) {
        out.why += say("same_day.preference.costs", paid_text(), euro(chosen), num(best), euro(best_exempt));
      }
      return out;
    }
    case SameDayPreference::most_exempt:
      break;
  }
  out.to_home = home_paid && commuting_paid ? best
                : home_paid                   ? mixed
                : commuting_paid              ? 0
                : commute_amount < home_amount ? mixed
                                               : 0;
  if (!trace.on()) return out;
  if (home_paid && commuting_paid) {
    out.why = say("same_day.both_paid", paid_text(), euro(*in.home_working_paid), num(home + best), euro(home_amount),
                  euro(*in.commuting_paid), num(office + mixed - best), euro(commute_amount), euro(best_exempt));
  } else if (home_paid || commuting_paid) {
    out.why = home_paid ? say("same_day.only_home_working_paid", euro(*in.home_working_paid))
                        : say("same_day.only_commuting_paid", euro(*in.commuting_paid));
  } else {
    out.why = say("same_day.none_paid", euro(home_amount), euro(commute_amount));
  }
  return out;
}

}  // namespace detail::allowance

/// Applies the same-day rule to one employee's calendar for `year` (see the top of this file) and
/// computes the three exemptions on the days each may use, with the split of what was paid.
/// Errors: a day outside the year, a date twice, negative km (all reported at once,
/// invalid_argument); a year the tables do not cover (not_covered).
[[nodiscard]] inline SameDay same_day(const Parameters& parameters, int year, const SameDayInput& in,
                                      const SameDayOptions& options = {}, Explain explain = Explain::no) {
  using namespace detail::allowance;
  limits::require_km(in.km_one_way, "the distance one way");
  if (auto problems = calendar_problems(year, in.days); !problems.empty()) {
    throw bad_rows(noun("the calendar"), problems);
  }
  if (in.home_working_paid) limits::require_amount(*in.home_working_paid, "the home-working allowance paid");
  if (in.commuting_paid) limits::require_amount(*in.commuting_paid, "the commuting allowance paid");
  SameDay result;
  const Trace trace(result.explanation, explain);
  const YearTable& table = parameters.year(year);
  trace.receipt(parameters);
  result.year = year;
  const Decimal& home_amount = table[param::home_working_daily_amount];
  const Decimal commute_amount = in.km_one_way * Decimal::from_integer(2) * table[param::travel_rate_per_km];

  std::int64_t home = 0;
  std::int64_t office = 0;
  std::vector<std::chrono::year_month_day> mixed;
  for (const CalendarDay& d : in.days) {
    result.business_km += d.business_km;
    switch (d.kind) {
      case DayKind::home:
        ++home;
        break;
      case DayKind::office:
        ++office;
        break;
      case DayKind::home_and_office:
        mixed.push_back(d.date);
        break;
      case DayKind::business_trip:
      case DayKind::absent:
        break;
    }
  }
  std::sort(mixed.begin(), mixed.end());
  const auto both = static_cast<std::int64_t>(mixed.size());
  const MixedDays allocation =
      allocate_mixed_days(table, home, office, both, home_amount, commute_amount, in, options.preference, trace);
  for (std::size_t i = 0; i < mixed.size(); ++i) {
    result.choices.push_back(
        {mixed[i], static_cast<std::int64_t>(i) < allocation.to_home, home_amount, commute_amount});
  }
  result.home_working_days = Decimal::from_integer(home + allocation.to_home);
  result.commuting_days = Decimal::from_integer(office + both - allocation.to_home);

  trace.step([&] {
    Step step{.rule = "same_day.choice",
              .reference =
                  "art. 31a lid 2 onderdelen a en k Wet LB 1964; Belastingdienst handreiking "
                  "thuiswerkvergoeding",
              .formula = say("same_day.choice.formula", num(both), num(allocation.to_home),
                             num(both - allocation.to_home), allocation.why),
              .inputs = {{"km_one_way", in.km_one_way, Unit::km},
                         {"home_working_days", result.home_working_days, Unit::days},
                         {"commuting_days", result.commuting_days, Unit::days}},
              .parameters = {describe(table.use(param::home_working_daily_amount)),
                             describe(table.use(param::travel_rate_per_km))},
              .result = {"same_day_conflicts", Decimal::from_integer(both), Unit::days}};
    if (in.home_working_paid) step.inputs.push_back({"home_working_paid", *in.home_working_paid, Unit::eur});
    if (in.commuting_paid) step.inputs.push_back({"commuting_paid", *in.commuting_paid, Unit::eur});
    return step;
  });

  result.home_working = home_working_per_day(parameters, year, result.home_working_days, in.home_working_paid,
                                             HomeWorkingOptions{DayRounding::exact, options.excess}, explain);
  result.commuting = commute_per_day(parameters, year, in.km_one_way, result.commuting_days, in.commuting_paid,
                                     TravelOptions{options.excess}, explain);
  result.business_travel = travel_per_km(parameters, year, TravelPurpose::business_trip, result.business_km,
                                         in.business_travel_paid, TravelOptions{options.excess}, explain);
  return result;
}

}  // namespace wkr
