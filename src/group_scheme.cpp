// The group scheme (wkr/group_scheme.hpp): its rules compiled once, in the library, rather than
// in every program that calls them (docs/performance.md, round eleven).
#include "wkr/group_scheme.hpp"

#include <algorithm>
#include <numeric>
#include <set>

namespace wkr {

namespace detail {
namespace {

/// The levy is shared in cents.
constexpr int allocation_decimals = 2;

/// The members under their reported names, split into the group scheme and those outside it.
struct GroupSplit {
  std::vector<GroupMember> in_group;
  std::vector<GroupMember> part_year;
};

/// Names the members, checks their wage bills and splits them; records who is in and who is out.
/// Names must be unique: the filing member and the shares are named by them.
GroupSplit split_group(int year, std::span<const GroupMember> members, const Trace& trace) {
  if (members.empty()) throw Error(ErrorCode::invalid_argument, say("error.group.no_members"));
  GroupSplit split;
  std::set<std::string> names;
  for (std::size_t i = 0; i < members.size(); ++i) {
    GroupMember member = members[i];
    member.name = member_name(members, i);
    if (!limits::is_amount(member.wage_bill)) {
      limits::require_amount(member.wage_bill, say("what.the wage bill of", member_phrase(member.name)));
    }
    if (!names.insert(member.name).second) {
      throw Error(ErrorCode::invalid_argument, say("error.group.same_name", member.name));
    }
    (member.whole_year ? split.in_group : split.part_year).push_back(std::move(member));
  }
  if (split.in_group.empty()) {
    throw Error(ErrorCode::invalid_argument, say("error.group.none_whole_year", std::to_string(year)));
  }
  trace.step([&] {
    Step step{.rule = "group_scheme.members", .reference = "art. 32 Wet LB 1964"};
    const std::string whole_of = std::to_string(year);
    for (std::size_t i = 0; i < members.size(); ++i) {
      step.inputs.push_back(
          {"whole_year:" + member_name(members, i), Decimal::from_integer(members[i].whole_year ? 1 : 0), Unit::flag});
    }
    step.formula = say("group_scheme.members.in", whole_of, member_list(split.in_group));
    if (!split.part_year.empty()) step.formula += say("group_scheme.members.out", member_list(split.part_year));
    step.result = {"group_members", Decimal::from_integer(static_cast<std::int64_t>(split.in_group.size())),
                   Unit::count};
    return step;
  });
  return split;
}

/// The designated total of the group scheme: the one total given, or the sum of the members' own.
/// A part-year member always needs its own (it settles alone); with one total, the members in the
/// group give none, and the levy cannot be shared by designated amounts.
Decimal group_designated(const std::optional<Decimal>& total, const GroupSplit& split, AllocationKey key,
                         const Trace& trace) {
  for (const GroupMember& m : split.part_year) {
    if (!m.designated) {
      throw Error(ErrorCode::invalid_argument, say("error.group.part_year_needs_designated", member_phrase(m.name)));
    }
    if (!limits::is_amount(*m.designated)) {
      limits::require_amount(*m.designated, say("what.the designated amount of", member_phrase(m.name)));
    }
  }
  if (total) {
    limits::require_amount(*total, "the designated total");
    for (const GroupMember& m : split.in_group) {
      if (m.designated) {
        throw Error(ErrorCode::invalid_argument, say("error.group.designated_twice", member_phrase(m.name)));
      }
    }
    if (key == AllocationKey::designated) {
      throw Error(ErrorCode::invalid_argument, say("error.group.designated_key_needs_members"));
    }
    return *total;
  }
  Decimal sum;
  for (const GroupMember& m : split.in_group) {
    if (!m.designated) {
      throw Error(ErrorCode::invalid_argument, say("error.group.designated_missing", member_phrase(m.name)));
    }
    if (!limits::is_amount(*m.designated)) {
      limits::require_amount(*m.designated, say("what.the designated amount of", member_phrase(m.name)));
    }
    sum += *m.designated;
  }
  if (split.in_group.size() > 1) {
    trace.step([&] {
      Step step{.rule = "group_scheme.designated", .reference = "art. 32 Wet LB 1964"};
      for (const GroupMember& m : split.in_group) {
        step.inputs.push_back({"designated:" + m.name, *m.designated, Unit::eur});
        step.formula += (step.formula.empty() ? "" : " + ") + euro(*m.designated);
      }
      step.result = {"designated", sum, Unit::eur};
      return step;
    });
  }
  return sum;
}

/// The filing member: the one named, or the one with the largest wage bill (the first of equals).
FilingMember choose_filing_member(const GroupSplit& split, const std::optional<std::string>& named,
                                  const Trace& trace) {
  const std::vector<GroupMember>& in = split.in_group;
  const auto largest = std::max_element(in.begin(), in.end(), [](const GroupMember& a, const GroupMember& b) {
    return a.wage_bill < b.wage_bill;  // max_element keeps the first of equal maxima
  });
  FilingMember filer{largest->name, false, false};
  auto chosen = largest;
  if (named) {
    chosen = std::find_if(in.begin(), in.end(), [&](const GroupMember& m) { return m.name == *named; });
    if (chosen == in.end()) {
      for (const GroupMember& m : split.part_year) {
        if (m.name == *named) {
          throw Error(ErrorCode::invalid_argument, say("error.group.filer_part_year", member_phrase(*named)));
        }
      }
      throw Error(ErrorCode::invalid_argument, say("error.group.filer_unknown", *named, member_list(in)));
    }
    filer = FilingMember{chosen->name, true, chosen->wage_bill < largest->wage_bill};
  }
  trace.step([&] {
    Step step{.rule = !filer.named             ? "group_scheme.filing_member"
                      : filer.needs_permission ? "group_scheme.filing_member.permission"
                                               : "group_scheme.filing_member.named",
              .reference = "art. 32 Wet LB 1964; Kennisgroep Loonheffingen algemeen (het hoogste loon)"};
    if (filer.needs_permission) step.reference += "; art. 64 AWR";
    std::vector<GroupMember> equal;
    for (const GroupMember& m : in) {
      step.inputs.push_back({"wage_bill:" + m.name, m.wage_bill, Unit::eur});
      if (&m != &*largest && m.wage_bill == largest->wage_bill) equal.push_back(m);
    }
    step.formula = say("group_scheme.filing_member.largest", member_phrase(largest->name), euro(largest->wage_bill));
    if (!equal.empty()) step.formula += say("group_scheme.filing_member.equal", member_list(equal));
    if (filer.named) step.formula += say("group_scheme.filing_member.named", member_phrase(filer.name));
    step.result = {"filing_member:" + filer.name, chosen->wage_bill, Unit::eur};
    return step;
  });
  return filer;
}

/// The member's value in the key.
const Decimal& key_weight(const GroupMember& m, AllocationKey key) {
  switch (key) {
    case AllocationKey::designated: return *m.designated;  // present: group_designated() checked it
    case AllocationKey::wage_bill: return m.wage_bill;
    case AllocationKey::own: break;
  }
  return *m.allocation_weight;  // present: share_levy() checked it
}

/// Shares `levy` among the members of the group in proportion to `key`, in cents, by the largest
/// remainder: each share is first rounded down to the cent; the cents left over (fewer than the
/// members) go one each to the members with the largest remainders, and of equal remainders to the
/// one listed first. The shares add up to the levy exactly.
std::vector<LevyShare> share_levy(const Decimal& levy, const GroupSplit& split, AllocationKey key, const Trace& trace) {
  for (const GroupMember& m : split.part_year) {
    if (m.allocation_weight) {
      throw Error(ErrorCode::invalid_argument, say("error.group.weight_part_year", member_phrase(m.name)));
    }
  }
  for (const GroupMember& m : split.in_group) {
    if (key == AllocationKey::own && !m.allocation_weight) {
      throw Error(ErrorCode::invalid_argument, say("error.group.weight_missing", member_phrase(m.name)));
    }
    if (key != AllocationKey::own && m.allocation_weight) {
      throw Error(ErrorCode::invalid_argument,
                  say("error.group.weight_unused", member_phrase(m.name), std::string(to_string(key))));
    }
    if (m.allocation_weight && m.allocation_weight->is_negative()) {
      require_non_negative(*m.allocation_weight, say("what.the allocation weight of", member_phrase(m.name)));
    }
  }
  const std::vector<GroupMember>& in = split.in_group;
  Decimal total;
  for (const GroupMember& m : in) total += key_weight(m, key);
  trace.step([&] {
    Step step{.rule = key == AllocationKey::designated  ? "final_levy.allocation_key.designated"
                      : key == AllocationKey::wage_bill ? "final_levy.allocation_key.wage_bill"
                                                        : "final_levy.allocation_key.own"};
    for (const GroupMember& m : in) {
      step.inputs.push_back(
          {"allocation_weight:" + m.name, key_weight(m, key), key == AllocationKey::own ? Unit::number : Unit::eur});
      step.formula += (step.formula.empty() ? "" : " + ") +
                      Phrase(key_weight(m, key), key == AllocationKey::own ? Unit::number : Unit::eur);
    }
    step.result = {"allocation_weight_total", total, key == AllocationKey::own ? Unit::number : Unit::eur};
    return step;
  });
  if (total.is_zero() && !levy.is_zero()) {
    throw Error(ErrorCode::invalid_argument, say("error.group.key_zero", std::string(to_string(key)), euro(levy)));
  }

  const Decimal cent = Decimal::from_coefficient(1, allocation_decimals);
  if (levy.rounded(allocation_decimals, Rounding::toward_zero) != levy) {
    throw Error(ErrorCode::invalid_argument, say("error.group.levy_cents", euro(levy)));
  }
  std::vector<LevyShare> shares;
  shares.reserve(in.size());
  std::vector<Decimal> remainders;  // levy × weight − share × total: what rounding down left, × total
  remainders.reserve(in.size());
  Decimal handed_out = Decimal::from_coefficient(0, allocation_decimals);
  for (const GroupMember& m : in) {
    const Decimal& weight = key_weight(m, key);
    const Decimal product = levy * weight;
    const Decimal rounded_down = total.is_zero()  // then the levy is 0 too (checked above)
                                     ? Decimal::from_coefficient(0, allocation_decimals)
                                     : Decimal::divide(product, total, allocation_decimals, Rounding::floor);
    shares.push_back({m.name, weight, rounded_down});
    remainders.push_back(product - rounded_down * total);
    handed_out += rounded_down;
  }
  const std::int64_t left = Decimal::divide(levy - handed_out, cent, 0, Rounding::toward_zero).to_integer("cents");
  std::vector<std::size_t> order(in.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return remainders[b] < remainders[a]; });
  std::vector<bool> extra(in.size(), false);
  for (std::int64_t k = 0; k < left; ++k) {
    shares[order[static_cast<std::size_t>(k)]].share += cent;
    extra[order[static_cast<std::size_t>(k)]] = true;
  }
  for (std::size_t i = 0; i < in.size(); ++i) {
    trace.step([&] {
      const LevyShare& s = shares[i];
      const Unit weights = key == AllocationKey::own ? Unit::number : Unit::eur;
      Phrase formula =
          say("final_levy.allocation.share", euro(levy), Phrase(s.weight, weights), Phrase(total, weights));
      if (extra[i]) formula += say("final_levy.allocation.extra", euro(cent));
      return Step{
          .rule = "final_levy.allocation",
          .formula = std::move(formula),
          .inputs = {{"final_levy", levy, Unit::eur},
                     {"allocation_weight:" + s.member, s.weight, key == AllocationKey::own ? Unit::number : Unit::eur},
                     {"allocation_weight_total", total, key == AllocationKey::own ? Unit::number : Unit::eur}},
          .result = {"levy_share:" + s.member, s.share, Unit::eur}};
    });
  }
  return shares;
}

}  // namespace
}  // namespace detail

GroupFreeSpace group_scheme_free_space(const Parameters& parameters, int year, std::span<const GroupMember> members,
                                       const FreeSpaceOptions& options, Explain explain) {
  GroupFreeSpace result;
  const Trace trace(result.explanation, explain);
  const YearTable& table = parameters.year(year);
  trace.receipt(parameters);
  const detail::GroupSplit split = detail::split_group(year, members, trace);
  detail::free_space_of(table, detail::total_wage_bill(year, split.in_group, trace), options, result, trace);
  for (const GroupMember& m : split.in_group) result.members.push_back(m.name);
  for (const GroupMember& m : split.part_year) {
    MemberFreeSpace own{m.name, {}};
    detail::free_space_of(table, m.wage_bill, options, own.free_space, Trace(own.free_space.explanation, explain));
    result.part_year_members.push_back(std::move(own));
  }
  return result;
}

GroupSettlement settle_group_scheme(const Parameters& parameters, int year, std::span<const GroupMember> members,
                                    const std::optional<Decimal>& designated_total, const GroupSchemeOptions& options,
                                    Explain explain) {
  GroupSettlement result;
  const Trace trace(result.explanation, explain);
  const YearTable& table = parameters.year(year);
  trace.receipt(parameters);
  const detail::GroupSplit split = detail::split_group(year, members, trace);
  const Decimal designated = detail::group_designated(designated_total, split, options.allocation_key, trace);
  detail::settle_wage_bill(table, detail::total_wage_bill(year, split.in_group, trace), designated, options.free_space,
                           result, trace);
  for (const GroupMember& m : split.in_group) result.members.push_back(m.name);
  result.filing_member = detail::choose_filing_member(split, options.filing_member, trace);
  result.allocation_key = options.allocation_key;
  result.allocation = detail::share_levy(result.final_levy, split, options.allocation_key, trace);
  for (const GroupMember& m : split.part_year) {
    MemberSettlement own{m.name, {}};
    detail::settle_wage_bill(table, m.wage_bill, *m.designated, options.free_space, own.settlement,
                             Trace(own.settlement.explanation, explain));
    result.part_year_members.push_back(std::move(own));
  }
  return result;
}

}  // namespace wkr
