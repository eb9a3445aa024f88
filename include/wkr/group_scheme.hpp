// wkr — the group scheme (concernregeling, art. 32 Wet LB 1964) as the law has it: the members
// that belonged to the group for the whole calendar year share one free space on their summed wage
// bills; a member that joined or left during the year is taken out and settles its own free space;
// the member with the largest wage bill files the levy (another one only with the inspector's
// permission and the consent of all members); and the group's final levy is shared among its
// members to the cent.
//
// The 95% interest and the whole-year condition are the caller's facts (GroupMember::whole_year):
// nothing here computes them. Sources and how firm they are: docs/group-scheme.md. The older
// group_free_space() and settle() over members (free_space.hpp) still refuse a part-year member.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "wkr/free_space.hpp"
#include "wkr/limits.hpp"

namespace wkr {

/// How the group's final levy is shared among the members of the group scheme. No key is
/// prescribed (none was found, docs/group-scheme.md); the levy is the filing member's to pay.
enum class AllocationKey {
  designated,  ///< in proportion to each member's designated amount (the default)
  wage_bill,   ///< in proportion to each member's wage bill
  own,         ///< the group's own key: each member's allocation_weight
};

/// The names used in requests: "designated", "wage-bill", "own".
[[nodiscard]] inline std::string_view to_string(AllocationKey key) {
  switch (key) {
    case AllocationKey::designated: return "designated";
    case AllocationKey::wage_bill: return "wage-bill";
    case AllocationKey::own: return "own";
  }
  return "?";
}

/// Parses an allocation key name; throws Error(parse) naming the accepted names.
[[nodiscard]] inline AllocationKey parse_allocation_key(std::string_view name) {
  for (AllocationKey key : {AllocationKey::designated, AllocationKey::wage_bill, AllocationKey::own}) {
    if (name == to_string(key)) return key;
  }
  throw Error(ErrorCode::parse, say("error.allocation_key.unknown", std::string(name)));
}

struct GroupSchemeOptions {
  FreeSpaceOptions free_space;
  /// The member that files (declares and pays) the group's levy. Unset: the member with the
  /// largest wage bill — "het hoogste loon" (Kennisgroep Loonheffingen) — and of equal ones the
  /// first listed. Another member files only with the inspector's permission (art. 64 AWR) and the
  /// consent of all members: the result says so (FilingMember::needs_permission).
  std::optional<std::string> filing_member;
  AllocationKey allocation_key = AllocationKey::designated;
};

/// A member outside the group scheme for the year, with its own free space.
struct MemberFreeSpace {
  std::string name;
  FreeSpace free_space;  ///< its explanation holds its own steps; the receipt is the group result's
};

/// The free space of the group scheme (the base: the members in it the whole year) and of each
/// member outside it.
struct GroupFreeSpace : FreeSpace {
  std::vector<std::string> members;                ///< in the group scheme, in the order given
  std::vector<MemberFreeSpace> part_year_members;  ///< joined or left during the year
};

/// A member outside the group scheme for the year, with its own settlement.
struct MemberSettlement {
  std::string name;
  Settlement settlement;  ///< its explanation holds its own steps; the receipt is the group result's
};

/// The member that files the group's levy.
struct FilingMember {
  std::string name;
  bool named = false;             ///< named by the caller; otherwise the default
  bool needs_permission = false;  ///< named, and its wage bill is not the largest: art. 64 AWR
};

/// A member's part of the group's final levy.
struct LevyShare {
  std::string member;
  Decimal weight;  ///< the member's value in the key
  Decimal share;   ///< in cents; the shares add up to the group's final_levy exactly
};

/// The settlement of the group scheme (the base: the members in it the whole year, their summed
/// wage bills and designated amounts), each part-year member's own settlement, the filing member
/// and the group's levy shared among the members.
struct GroupSettlement : Settlement {
  std::vector<std::string> members;                   ///< in the group scheme, in the order given
  std::vector<MemberSettlement> part_year_members;    ///< joined or left during the year
  FilingMember filing_member;
  AllocationKey allocation_key = AllocationKey::designated;
  std::vector<LevyShare> allocation;                  ///< one per member of `members`, same order
};

/// The free space of a group scheme as the law has it (art. 32 Wet LB 1964): the members in the
/// group for the whole year sum their wage bills and the rates apply once to the total; each
/// member that joined or left during the year has its own free space on its own wage bill (no
/// annualising). The members' designated amounts and weights are not read. Errors
/// (invalid_argument): no members, no member in the group the whole year, two members with one
/// name, a negative wage bill; a year the tables do not cover (not_covered).
[[nodiscard]] GroupFreeSpace group_scheme_free_space(const Parameters& parameters, int year,
                                                     std::span<const GroupMember> members,
                                                     const FreeSpaceOptions& options = {},
                                                     Explain explain = Explain::no);

/// The year-end settlement of a group scheme as the law has it: the group scheme's settlement on
/// the summed wage bills of the members in the group all year and their designated amounts; each
/// part-year member's own settlement; the filing member; and the group's final levy shared among
/// the members in the group, in cents, adding up exactly (detail::share_levy).
///
/// Designated amounts: either every member carries its own (GroupMember::designated; the group's
/// total is their sum), or `designated_total` is the group's and only the part-year members carry
/// their own — then the levy cannot be shared by designated amounts, and the key must be wage-bill
/// or own. Errors (invalid_argument) name the member and say which input would be right; the
/// errors of group_scheme_free_space() and a year the tables do not cover (not_covered).
[[nodiscard]] GroupSettlement settle_group_scheme(const Parameters& parameters, int year,
                                                  std::span<const GroupMember> members,
                                                  const std::optional<Decimal>& designated_total,
                                                  const GroupSchemeOptions& options = {},
                                                  Explain explain = Explain::no);

}  // namespace wkr
