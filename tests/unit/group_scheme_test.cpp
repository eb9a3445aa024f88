// The group scheme as the law has it (group_scheme.hpp): part-year members outside the group, the
// filing member, the designated amounts per member or as one total, and the levy shared in cents.
// Expected amounts are computed by hand in the comments; the random groups are checked against an
// independent statement of the largest-remainder rule that uses only exact multiplication.
#include "wkr/group_scheme.hpp"

#include <gtest/gtest.h>

#include <random>

#include "wkr/explanation_text.hpp"
#include "wkr/json.hpp"
#include "wkr/members_csv.hpp"

#include "test_support.hpp"

namespace {

using wkr::AllocationKey;
using wkr::Decimal;
using wkr::ErrorCode;
using wkr::GroupMember;
using wkr::GroupSchemeOptions;
using wkr::test::expect_error;
using wkr::test::tables;
using namespace wkr::literals;

GroupMember member(std::string name, Decimal wage_bill, bool whole_year, std::optional<Decimal> designated = {}) {
  GroupMember m{std::move(name), wage_bill, whole_year};
  m.designated = designated;
  return m;
}

// 2025: Holding BV 1,000,000 and Werk BV 600,000 all year; Nieuw BV 200,000 joined during the year.
std::vector<GroupMember> holding_group() {
  return {member("Holding BV", "1000000"_d, true, "20000"_d), member("Werk BV", "600000"_d, true, "10000"_d),
          member("Nieuw BV", "200000"_d, false, "5000"_d)};
}

TEST(GroupSchemeSettlement, APartYearMemberIsTakenOutAndSettlesItsOwnFreeSpace) {
  const auto s = wkr::settle_group_scheme(tables(), 2025, holding_group(), std::nullopt, {}, wkr::Explain::yes);
  // The group: 1,600,000 → 2% × 400,000 + 1.18% × 1,200,000 = 8,000 + 14,160 = 22,160.00.
  EXPECT_EQ(s.wage_bill.to_string(), "1600000");
  EXPECT_EQ(s.free_space.to_string(), "22160.00");
  // Designated 20,000 + 10,000 = 30,000; excess 7,840; levy 0.80 × 7,840 = 6,272.00.
  EXPECT_EQ(s.designated.to_string(), "30000");
  EXPECT_EQ(s.final_levy.to_string(), "6272.00");
  EXPECT_EQ(s.members, (std::vector<std::string>{"Holding BV", "Werk BV"}));
  // Nieuw BV alone: 2% × 200,000 = 4,000.00 (no annualising); 5,000 designated → 1,000 excess → 800.00.
  ASSERT_EQ(s.part_year_members.size(), 1u);
  EXPECT_EQ(s.part_year_members[0].name, "Nieuw BV");
  EXPECT_EQ(s.part_year_members[0].settlement.free_space.to_string(), "4000.00");
  EXPECT_EQ(s.part_year_members[0].settlement.final_levy.to_string(), "800.00");
  EXPECT_EQ(s.part_year_members[0].settlement.explanation.steps.front().rule, "free_space.brackets");
  // The output says so: the first step names who is in and who is out, under art. 32.
  const wkr::Step& first = s.explanation.steps.front();
  EXPECT_EQ(first.rule, "group_scheme.members");
  EXPECT_EQ(first.reference, "art. 32 Wet LB 1964");
  EXPECT_EQ(wkr::to_plain_text(first.formula),
            "in the group all of 2025: Holding BV, Werk BV; outside, each with its own free space: Nieuw BV");
  EXPECT_EQ(first.result.value.to_string(), "2");
  // The levy by designated amounts: 6,272 × 2/3 = 4,181.333… → 4,181.33; 6,272 × 1/3 = 2,090.666… →
  // 2,090.66; one cent left goes to the larger remainder (Werk BV, 0.666…).
  ASSERT_EQ(s.allocation.size(), 2u);
  EXPECT_EQ(s.allocation[0].share.to_string(), "4181.33");
  EXPECT_EQ(s.allocation[1].share.to_string(), "2090.67");
  EXPECT_EQ(s.filing_member.name, "Holding BV");
  EXPECT_FALSE(s.filing_member.named);
  EXPECT_FALSE(s.filing_member.needs_permission);
}

TEST(GroupSchemeSettlement, NumbersAreTheSameWithAndWithoutExplanation) {
  const auto fast = wkr::settle_group_scheme(tables(), 2025, holding_group(), std::nullopt);
  const auto explained = wkr::settle_group_scheme(tables(), 2025, holding_group(), std::nullopt, {}, wkr::Explain::yes);
  EXPECT_TRUE(fast.explanation.steps.empty());
  EXPECT_TRUE(fast.part_year_members[0].settlement.explanation.steps.empty());
  nlohmann::json a = wkr::to_json(fast);
  nlohmann::json b = wkr::to_json(explained);
  for (nlohmann::json* j : {&a, &b}) {
    j->erase("explanation");
    j->erase("receipt");
    (*j)["part_year_members"][0].erase("explanation");
  }
  EXPECT_EQ(a, b);
}

TEST(GroupSchemeSettlement, TheOldGroupFunctionsStillRefuseAPartYearMember) {
  // The C ABI and the bindings call these; they answer with one settlement and cannot carry a
  // member outside the group.
  expect_error([] { (void)wkr::settle(tables(), 2025, holding_group(), "35000"_d); }, ErrorCode::invalid_argument,
               "Nieuw BV did not belong to the group for the whole of 2025");
}

TEST(GroupSchemeFreeSpace, PartYearMembersHaveTheirOwn) {
  const auto f = wkr::group_scheme_free_space(tables(), 2025, holding_group(), {}, wkr::Explain::yes);
  EXPECT_EQ(f.free_space.to_string(), "22160.00");
  EXPECT_EQ(f.members, (std::vector<std::string>{"Holding BV", "Werk BV"}));
  ASSERT_EQ(f.part_year_members.size(), 1u);
  EXPECT_EQ(f.part_year_members[0].free_space.free_space.to_string(), "4000.00");
  // The whole-year group alone is the old group_free_space.
  std::vector<GroupMember> whole_year = holding_group();
  whole_year.pop_back();
  EXPECT_EQ(wkr::group_free_space(tables(), 2025, whole_year).free_space, f.free_space);
}

TEST(GroupSchemeFilingMember, DefaultsToTheLargestWageBillAndTheFirstOfEquals) {
  std::vector<GroupMember> members = {member("A", "500000"_d, true, "1"_d), member("B", "700000"_d, true, "1"_d),
                                      member("C", "700000"_d, true, "1"_d)};
  const auto s = wkr::settle_group_scheme(tables(), 2026, members, std::nullopt, {}, wkr::Explain::yes);
  EXPECT_EQ(s.filing_member.name, "B");
  const auto step = std::find_if(s.explanation.steps.begin(), s.explanation.steps.end(),
                                 [](const wkr::Step& x) { return x.rule == "group_scheme.filing_member"; });
  ASSERT_NE(step, s.explanation.steps.end());
  EXPECT_EQ(wkr::to_plain_text(step->formula), "largest wage bill: B (700000); equal to C: the first listed");
  EXPECT_EQ(step->result.name, "filing_member:B");
  // A part-year member with a larger wage bill is outside the group and cannot be the default.
  members.push_back(member("D", "900000"_d, false, "1"_d));
  EXPECT_EQ(wkr::settle_group_scheme(tables(), 2026, members, std::nullopt).filing_member.name, "B");
}

TEST(GroupSchemeFilingMember, AnotherMemberNeedsPermission) {
  GroupSchemeOptions options;
  options.filing_member = "Werk BV";
  const auto s = wkr::settle_group_scheme(tables(), 2025, holding_group(), std::nullopt, options, wkr::Explain::yes);
  EXPECT_EQ(s.filing_member.name, "Werk BV");
  EXPECT_TRUE(s.filing_member.named);
  EXPECT_TRUE(s.filing_member.needs_permission);
  const auto step = std::find_if(s.explanation.steps.begin(), s.explanation.steps.end(), [](const wkr::Step& x) {
    return x.rule == "group_scheme.filing_member.permission";
  });
  ASSERT_NE(step, s.explanation.steps.end());
  EXPECT_NE(step->reference.find("art. 64 AWR"), std::string::npos);
  // Naming the member with the largest wage bill needs no permission.
  options.filing_member = "Holding BV";
  const auto same = wkr::settle_group_scheme(tables(), 2025, holding_group(), std::nullopt, options);
  EXPECT_TRUE(same.filing_member.named);
  EXPECT_FALSE(same.filing_member.needs_permission);
}

TEST(GroupSchemeFilingMember, MustBeAMemberOfTheGroupScheme) {
  GroupSchemeOptions options;
  options.filing_member = "Nieuw BV";
  expect_error([&] { (void)wkr::settle_group_scheme(tables(), 2025, holding_group(), std::nullopt, options); },
               ErrorCode::invalid_argument, "the filing member Nieuw BV was not in the group for the whole year");
  options.filing_member = "Holding";
  expect_error([&] { (void)wkr::settle_group_scheme(tables(), 2025, holding_group(), std::nullopt, options); },
               ErrorCode::invalid_argument, "'Holding' is not a member; the members of the group scheme are Holding BV, Werk BV");
}

TEST(GroupSchemeDesignated, OneTotalNeedsAnotherKey) {
  // W4 (2022): five members of 1,000,000; 61,080 free space. One total of 70,000: excess 8,920,
  // levy 7,136.00 — by wage bills 1,427.20 each, exactly.
  std::vector<GroupMember> members;
  for (const char* name : {"A", "B", "C", "D", "E"}) members.push_back(member(name, "1000000"_d, true));
  expect_error([&] { (void)wkr::settle_group_scheme(tables(), 2022, members, "70000"_d); }, ErrorCode::invalid_argument,
               "cannot be shared in proportion to designated amounts when only the group's total is given");
  GroupSchemeOptions options;
  options.allocation_key = AllocationKey::wage_bill;
  const auto s = wkr::settle_group_scheme(tables(), 2022, members, "70000"_d, options);
  EXPECT_EQ(s.free_space.to_string(), "61080.00");
  EXPECT_EQ(s.final_levy.to_string(), "7136.00");
  for (const auto& share : s.allocation) EXPECT_EQ(share.share.to_string(), "1427.20") << share.member;
}

TEST(GroupSchemeDesignated, GivenOneWayOnly) {
  std::vector<GroupMember> members = holding_group();
  GroupSchemeOptions by_wage_bill;
  by_wage_bill.allocation_key = AllocationKey::wage_bill;
  expect_error([&] { (void)wkr::settle_group_scheme(tables(), 2025, members, "30000"_d, by_wage_bill); },
               ErrorCode::invalid_argument, "both a designated total and a designated amount of Holding BV");
  members[0].designated.reset();
  expect_error([&] { (void)wkr::settle_group_scheme(tables(), 2025, members, std::nullopt); },
               ErrorCode::invalid_argument, "no designated amount for Holding BV");
  members[1].designated.reset();
  members[2].designated.reset();
  expect_error([&] { (void)wkr::settle_group_scheme(tables(), 2025, members, "30000"_d, by_wage_bill); },
               ErrorCode::invalid_argument, "Nieuw BV was not in the group for the whole year, so it settles its own");
  // A total for the group and the part-year member's own: the group settles on the total.
  members[2].designated = "5000"_d;
  const auto s = wkr::settle_group_scheme(tables(), 2025, members, "30000"_d, by_wage_bill);
  EXPECT_EQ(s.final_levy.to_string(), "6272.00");
  // 6,272 × 10/16 = 3,920.00 and × 6/16 = 2,352.00.
  EXPECT_EQ(s.allocation[0].share.to_string(), "3920.00");
  EXPECT_EQ(s.allocation[1].share.to_string(), "2352.00");
}

TEST(GroupSchemeAllocation, OwnKeyAndTheTieBreak) {
  // 2026, group wage bill 0 (free space 0), designated 125: levy 100.00. Three equal weights:
  // 33.333… each → 33.33 three times, one cent left; equal remainders → the first listed.
  std::vector<GroupMember> members;
  for (const char* name : {"X", "Y", "Z"}) {
    GroupMember m = member(name, "0"_d, true);
    m.allocation_weight = "1"_d;
    members.push_back(m);
  }
  GroupSchemeOptions options;
  options.allocation_key = AllocationKey::own;
  const auto s = wkr::settle_group_scheme(tables(), 2026, members, "125"_d, options, wkr::Explain::yes);
  EXPECT_EQ(s.final_levy.to_string(), "100.00");
  EXPECT_EQ(s.allocation[0].share.to_string(), "33.34");
  EXPECT_EQ(s.allocation[1].share.to_string(), "33.33");
  EXPECT_EQ(s.allocation[2].share.to_string(), "33.33");
  const auto step = std::find_if(s.explanation.steps.begin(), s.explanation.steps.end(),
                                 [](const wkr::Step& x) { return x.rule == "final_levy.allocation"; });
  ASSERT_NE(step, s.explanation.steps.end());
  EXPECT_EQ(wkr::to_plain_text(step->formula), "100.00 × 1 / 3, rounded down to the cent, + 0.01 (largest remainder)");
  EXPECT_EQ(step->result.name, "levy_share:X");
}

TEST(GroupSchemeAllocation, KeyErrors) {
  std::vector<GroupMember> members = {member("A", "0"_d, true), member("B", "0"_d, true)};
  GroupSchemeOptions options;
  options.allocation_key = AllocationKey::own;
  expect_error([&] { (void)wkr::settle_group_scheme(tables(), 2026, members, "100"_d, options); },
               ErrorCode::invalid_argument, "no allocation weight for A");
  members[0].allocation_weight = "0"_d;
  members[1].allocation_weight = "0"_d;
  expect_error([&] { (void)wkr::settle_group_scheme(tables(), 2026, members, "100"_d, options); },
               ErrorCode::invalid_argument, "the allocation key own adds up to 0, so the levy of 80.00 cannot be shared");
  // Nothing to share: a key of 0 is no problem.
  EXPECT_EQ(wkr::settle_group_scheme(tables(), 2026, members, "0"_d, options).allocation[1].share.to_string(), "0.00");
  options.allocation_key = AllocationKey::wage_bill;
  expect_error([&] { (void)wkr::settle_group_scheme(tables(), 2026, members, "100"_d, options); },
               ErrorCode::invalid_argument, "an allocation weight for A is read only with the allocation key own");
  members[0].allocation_weight = "-1"_d;
  options.allocation_key = AllocationKey::own;
  expect_error([&] { (void)wkr::settle_group_scheme(tables(), 2026, members, "100"_d, options); },
               ErrorCode::invalid_argument, "the allocation weight of A is -1; it cannot be negative");
}

TEST(GroupSchemeMembers, Errors) {
  expect_error([] { (void)wkr::group_scheme_free_space(tables(), 2025, std::vector<GroupMember>{}); },
               ErrorCode::invalid_argument, "at least one member");
  expect_error(
      [] {
        (void)wkr::group_scheme_free_space(tables(), 2025, std::vector<GroupMember>{member("A", "1"_d, false)});
      },
      ErrorCode::invalid_argument, "no member belonged to the group for the whole of 2025");
  expect_error(
      [] {
        (void)wkr::group_scheme_free_space(tables(), 2025,
                                           std::vector<GroupMember>{member("A", "1"_d, true), member("A", "2"_d, true)});
      },
      ErrorCode::invalid_argument, "two members are named 'A'");
  // Unnamed members are "member N"; a name of that form given to another is a clash too.
  expect_error(
      [] {
        (void)wkr::group_scheme_free_space(tables(), 2025,
                                           std::vector<GroupMember>{member("", "1"_d, true), member("member 1", "2"_d, true)});
      },
      ErrorCode::invalid_argument, "two members are named 'member 1'");
}

/// The Dutch and English message of the error `f` throws (none: a failure).
template <class F>
std::pair<std::string, std::string> messages_of(F&& f) {
  try {
    f();
  } catch (const wkr::Error& e) {
    return {e.message(wkr::Language::nl), e.message(wkr::Language::en)};
  }
  ADD_FAILURE() << "no error";
  return {};
}

// An unnamed member is "member N" to programs (the results, an explanation's input names) and
// "lid N" in Dutch text: in the explanation, in an error and in the noun an error names.
TEST(GroupSchemeNames, AnUnnamedMemberIsLidInDutch) {
  const std::vector<GroupMember> two = {member("A", "1000000"_d, true, "1000"_d),
                                        member("", "600000"_d, true, "1000"_d)};
  const auto s = wkr::settle_group_scheme(tables(), 2025, two, std::nullopt, {}, wkr::Explain::yes);
  const std::string nl = wkr::render_text(s.explanation, wkr::Language::nl);
  const std::string en = wkr::render_text(s.explanation, wkr::Language::en);
  EXPECT_NE(nl.find("fiscale loonsom lid 2: € 600.000,00"), std::string::npos) << nl;
  EXPECT_NE(nl.find("A, lid 2"), std::string::npos) << nl;  // the members in the scheme
  EXPECT_EQ(nl.find("member"), std::string::npos) << nl;
  EXPECT_NE(en.find("A, member 2"), std::string::npos) << en;
  bool named = false;  // the input names programs read stay as they were
  for (const wkr::Step& step : s.explanation.steps) {
    for (const wkr::Quantity& q : step.inputs) named = named || q.name == "wage_bill:member 2";
  }
  EXPECT_TRUE(named);

  const auto [part_nl, part_en] = messages_of([] {
    (void)wkr::group_free_space(tables(), 2025,
                                std::vector<GroupMember>{member("A", "1"_d, true), member("", "2"_d, false)});
  });
  EXPECT_NE(part_nl.find("lid 2"), std::string::npos) << part_nl;
  EXPECT_EQ(part_nl.find("member"), std::string::npos) << part_nl;
  EXPECT_NE(part_en.find("member 2"), std::string::npos) << part_en;

  const auto [bill_nl, bill_en] = messages_of([] {
    (void)wkr::group_scheme_free_space(tables(), 2025,
                                       std::vector<GroupMember>{member("A", "1"_d, true), member("", "-1"_d, true)});
  });
  EXPECT_TRUE(bill_nl.starts_with("de loonsom van lid 2 is ")) << bill_nl;
  EXPECT_EQ(bill_en, "the wage bill of member 2 is -1; it cannot be negative (give 0 or more)");
}

TEST(MembersCsv, ReadsEveryColumnAsTheInlineMembers) {
  // The header in another order, a quoted name with a comma, a byte-order mark, empty fields.
  const auto members = wkr::read_members_csv(
      "\xEF\xBB\xBF"
      "allocation_weight,name,designated,wage_bill,whole_year\n"
      "2,\"Jansen, Piet BV\",20000,1000000,\n"
      ",Werk BV,,600000.50,no\n"
      "0.5,,,0,1\n",
      "members.csv");
  ASSERT_EQ(members.size(), 3u);
  EXPECT_EQ(members[0].name, "Jansen, Piet BV");
  EXPECT_EQ(members[0].wage_bill.to_string(), "1000000");
  EXPECT_TRUE(members[0].whole_year);  // empty: the whole year
  EXPECT_EQ(members[0].designated->to_string(), "20000");
  EXPECT_EQ(members[0].allocation_weight->to_string(), "2");
  EXPECT_EQ(members[1].wage_bill.to_string(), "600000.50");
  EXPECT_FALSE(members[1].whole_year);
  EXPECT_FALSE(members[1].designated.has_value());
  EXPECT_FALSE(members[1].allocation_weight.has_value());
  EXPECT_EQ(members[2].name, "");  // "member 3" to the group calls
  EXPECT_TRUE(members[2].whole_year);
  EXPECT_EQ(members[2].allocation_weight->to_string(), "0.5");
}

TEST(MembersCsv, ReportsEveryBadRowAndTheHeader) {
  expect_error(
      [] { (void)wkr::read_members_csv("name,wage_bill\nA,1.5\nB,x\nC,\n", "members.csv"); },
      ErrorCode::invalid_argument,
      "members.csv: 2 bad rows, nothing was evaluated — line 3: column 2: the wage bill 'x' is not a plain decimal "
      "(write e.g. 120.50: digits, '.', no comma); line 4: the wage bill is empty");
  expect_error([] { (void)wkr::read_members_csv("name,salaris\nA,1\n", "members.csv"); }, ErrorCode::invalid_argument,
               "members.csv: line 1: unknown column 'salaris'");
  expect_error([] { (void)wkr::read_members_csv("name,wage_bill,whole_year\nA,1,soms\n", "members.csv"); },
               ErrorCode::invalid_argument, "line 2: whole_year 'soms' is not yes or no");
}

TEST(GroupSchemeJson, CarriesTheSettlementKeysAndTheGroup) {
  const nlohmann::json j =
      wkr::to_json(wkr::settle_group_scheme(tables(), 2025, holding_group(), std::nullopt, {}, wkr::Explain::yes));
  EXPECT_EQ(j["final_levy"], "6272.00");
  EXPECT_EQ(j["filing_member"]["name"], "Holding BV");
  EXPECT_EQ(j["allocation_key"], "designated");
  EXPECT_EQ(j["allocation"][1]["share"], "2090.67");
  EXPECT_EQ(j["allocation"][1]["weight"], "10000");
  EXPECT_EQ(j["part_year_members"][0]["name"], "Nieuw BV");
  EXPECT_EQ(j["part_year_members"][0]["final_levy"], "800.00");
  EXPECT_FALSE(j["part_year_members"][0].contains("receipt"));
  EXPECT_EQ(j["receipt"]["parameters_digest"], tables().receipt().parameters_digest);
}

// ---- the levy shared over random groups ---------------------------------------------------------

Decimal cents(std::int64_t value) { return Decimal::from_coefficient(value, 2); }

TEST(GroupSchemeAllocation, RandomGroupsShareTheLevyToTheCent) {
  std::mt19937_64 random(20261201);  // fixed seed: the same groups every run
  const auto draw = [&](std::int64_t low, std::int64_t high) {
    return std::uniform_int_distribution<std::int64_t>(low, high)(random);
  };
  const AllocationKey keys[] = {AllocationKey::designated, AllocationKey::wage_bill, AllocationKey::own};
  int levies = 0;
  for (int round = 0; round < 400; ++round) {
    const AllocationKey key = keys[round % 3];
    std::vector<GroupMember> members;
    const std::int64_t size = draw(1, 12);
    for (std::int64_t i = 0; i < size; ++i) {
      GroupMember m = member("M" + std::to_string(i), cents(draw(0, 300'000'000)), true);
      if (key == AllocationKey::designated) m.designated = cents(draw(0, 50'000'000));
      // Weights with up to four decimals and, now and then, equal ones (ties).
      if (key == AllocationKey::own) m.allocation_weight = Decimal::from_coefficient(draw(0, 3) == 0 ? 10000 : draw(0, 99999), 4);
      members.push_back(m);
    }
    if (key == AllocationKey::own) members[0].allocation_weight = "1"_d;  // the key never adds up to 0
    if (key == AllocationKey::wage_bill) members[0].wage_bill += "1"_d;
    GroupSchemeOptions options;
    options.allocation_key = key;
    const std::optional<Decimal> total =
        key == AllocationKey::designated ? std::nullopt : std::optional<Decimal>(cents(draw(0, 4'000'000'000)));
    if (key == AllocationKey::designated) members[0].designated = *members[0].designated + "1"_d;
    const auto s = wkr::settle_group_scheme(tables(), 2026, members, total, options);
    const Decimal& levy = s.final_levy;
    if (!levy.is_zero()) ++levies;

    // Independently: the shares add up to the levy; each is within a cent of the exact share
    // (levy × w / W), never below it by a cent or more, nor above it by a cent or more; and the
    // extra cents went to the largest remainders (a member that got none has no larger remainder
    // than one that got one, and on equal remainders the one listed first got it).
    Decimal weight_total;
    for (const auto& share : s.allocation) weight_total += share.weight;
    Decimal sum;
    std::vector<Decimal> remainder;  // levy × w − (share without its extra cent) × W
    std::vector<bool> extra;
    for (const auto& share : s.allocation) {
      sum += share.share;
      EXPECT_EQ(share.share.scale(), 2);
      const Decimal exact_times_total = levy * share.weight;
      const Decimal difference = share.share * weight_total - exact_times_total;  // (share − exact) × W
      EXPECT_LT(difference, cents(1) * weight_total) << share.member;
      EXPECT_GT(difference, -(cents(1) * weight_total)) << share.member;
      const bool got_extra = difference > Decimal();
      extra.push_back(got_extra);
      remainder.push_back(exact_times_total - (got_extra ? share.share - cents(1) : share.share) * weight_total);
    }
    EXPECT_EQ(sum, levy) << "round " << round;
    for (std::size_t i = 0; i < extra.size(); ++i) {
      for (std::size_t j = 0; j < extra.size(); ++j) {
        if (!extra[i] || extra[j]) continue;
        EXPECT_GE(remainder[i], remainder[j]) << "round " << round;
        if (remainder[i] == remainder[j]) {
          EXPECT_LT(i, j) << "round " << round;
        }
      }
    }
  }
  EXPECT_GT(levies, 300);  // the rounds did share a levy
}

}  // namespace
