// Reading a policy file (include/wkr/policy/policy_file.hpp; schema in docs/policy.md) strictly with
// yaml-cpp: every key known, every value of the right shape, decimals from the YAML text, and every
// error with file:line:column and what would be right.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <initializer_list>
#include <set>

#include "wkr/policy/policy_file.hpp"
#include "yaml_errors.hpp"

namespace wkr {

namespace {

/// yaml-cpp's message of a syntax error: the common ones in the catalogue (their English is
/// yaml-cpp's), any other quoted as yaml-cpp says it.
class PolicyReader {
 public:
  PolicyReader(std::string_view yaml, const std::string& source) : yaml_(yaml), source_(source) {}

  Policy read() {
    YAML::Node root;
    try {
      root = YAML::Load(std::string(yaml_));
    } catch (const YAML::ParserException& e) {
      throw Error(ErrorCode::parse, detail::yaml_syntax_error(e.msg), at(e.mark));
    }
    if (!root.IsMap()) {
      throw fail(root, say("error.policy.not_mapping"));
    }
    keys(root,
         {"policy", "ambition_level", "description", "assumptions", "groups", "travel", "home_working", "internet",
          "arbo", "coworking", "budget", "excess"},
         noun("a policy file"));
    Policy policy;
    policy.source = source_;
    policy.name = text(required(root, "policy", noun("a policy file")), noun("the policy's name"));
    if (policy.name.empty()) throw fail(root["policy"], say("error.items.empty", noun("the policy's name")));
    const YAML::Node level = required(root, "ambition_level", noun("a policy file"));
    policy.ambition_level = whole(level, "ambition_level", 1, 6);
    if (const YAML::Node d = root["description"]) policy.description = text(d, noun("the description"));
    if (const YAML::Node a = root["assumptions"]) {
      mapping(a, "assumptions");
      keys(a, {"working_weeks"}, "assumptions");
      if (const YAML::Node w = a["working_weeks"]) {
        const Decimal weeks = number(w, "working_weeks");
        if (weeks.is_zero() || Decimal::from_integer(53) < weeks) {
          throw fail(w, say("error.policy.working_weeks", num(weeks)));
        }
        policy.working_weeks = weeks;
        policy.working_weeks_where = at(w.Mark());
      }
    }
    if (const YAML::Node g = root["groups"]) read_groups(g, policy);
    if (const YAML::Node t = root["travel"]) policy.travel = read_travel(t);
    if (const YAML::Node h = root["home_working"]) {
      mapping(h, "home_working");
      keys(h, {"per_day"}, "home_working");
      policy.home_working_per_day = number(required(h, "per_day", "home_working"), "per_day");
    }
    if (const YAML::Node i = root["internet"]) policy.internet = read_amount(i, "internet", "per_month", true);
    if (const YAML::Node a = root["arbo"]) policy.arbo = read_amount(a, "arbo", "per_year", false);
    if (const YAML::Node c = root["coworking"]) {
      mapping(c, "coworking");
      keys(c, {"per_day"}, "coworking");
      policy.coworking_per_day = amount(required(c, "per_day", "coworking"), "per_day");
    }
    if (const YAML::Node b = root["budget"]) {
      policy.budget = read_budget(b);
      for (const char* other : {"travel", "home_working", "excess"}) {
        if (root[other]) {
          throw fail(root[other], say("error.policy.with_budget", other));
        }
      }
    }
    if (const YAML::Node e = root["excess"]) {
      const std::string value = text(e, "excess");
      if (value == "designate") {
        policy.excess = ExcessRule::designate;
      } else if (value == "cheapest") {
        policy.excess = ExcessRule::cheapest;
      } else {
        throw fail(e, say("error.policy.excess", value));
      }
      policy.excess_where = at(e.Mark());
    } else {
      policy.excess_where = at(root.Mark());
    }
    return policy;
  }

 private:
  SourceLocation at(const YAML::Mark& mark) const {
    if (mark.is_null()) return {source_, 0, 0};
    return {source_, mark.line + 1, mark.column + 1};
  }

  Error fail(const YAML::Node& node, const Phrase& message) const {
    return {ErrorCode::invalid_argument, message, at(node.Mark())};
  }

  void mapping(const YAML::Node& node, const Phrase& what) const {
    if (!node.IsMap()) throw fail(node, say("error.policy.mapping", what));
  }

  /// Refuses keys outside `allowed` (a typo must not silently drop a value) and duplicates.
  void keys(const YAML::Node& map, std::initializer_list<std::string_view> allowed, const Phrase& context) const {
    std::set<std::string> seen;
    for (const auto& item : map) {
      const std::string key = text(item.first, noun("a key"));
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
        throw fail(item.first, say("error.policy.unknown_key", key, context, detail::quoted_keys(allowed)));
      }
      if (!seen.insert(key).second) throw fail(item.first, say("error.policy.key_twice", key, context));
    }
  }

  YAML::Node required(const YAML::Node& map, const char* key, const Phrase& context) const {
    const YAML::Node node = map[key];
    if (!node || node.IsNull()) throw fail(map, say("error.policy.needs_key", context, key));
    return node;
  }

  std::string text(const YAML::Node& node, const Phrase& what) const {
    if (!node.IsScalar()) throw fail(node, say("error.policy.plain_text", what));
    return node.Scalar();
  }

  Decimal number(const YAML::Node& node, const Phrase& what) const {
    const std::string value = text(node, what);
    Decimal d;
    try {
      d = Decimal::parse(value);
    } catch (const Error& e) {
      throw fail(node, what + ": " + e.phrase());
    }
    if (d.is_negative()) throw fail(node, say("error.negative_amount", what, value));
    return d;
  }

  /// An amount of money: a number in whole cents.
  Decimal amount(const YAML::Node& node, const Phrase& what) const {
    const Decimal d = number(node, what);
    if (d.rounded(2, Rounding::toward_zero) != d) throw fail(node, say("error.policy.cents", what, num(d)));
    return d;
  }

  int whole(const YAML::Node& node, const std::string& what, int low, int high) const {
    const std::string value = text(node, what);
    const bool digits = !value.empty() && value.size() <= 3 &&
                        std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
    const int n = digits ? std::stoi(value) : -1;
    if (!digits || n < low || n > high) {
      throw fail(node, say("error.policy.whole", what, value, num(low), num(high)));
    }
    return n;
  }

  std::vector<std::string> names(const YAML::Node& node, const std::string& what) const {
    if (!node.IsSequence() || node.size() == 0) {
      throw fail(node, say("error.policy.group_list", what));
    }
    std::vector<std::string> out;
    for (const auto& item : node) {
      std::string name = text(item, noun("a group name"));
      if (std::find(out.begin(), out.end(), name) != out.end()) {
        throw fail(item, say("error.policy.group_listed_twice", name, what));
      }
      out.push_back(std::move(name));
    }
    return out;
  }

  void read_groups(const YAML::Node& node, Policy& policy) const {
    mapping(node, "groups");
    for (const auto& item : node) {
      const std::string name = text(item.first, noun("a group name"));
      if (policy.groups.count(name) != 0) throw fail(item.first, say("error.policy.group_twice", name, "groups"));
      const Phrase context = say("error.policy.group", name);
      mapping(item.second, context);
      keys(item.second, {"home_days", "coworking_days"}, context);
      PolicyGroup group;
      group.where = at(item.first.Mark());
      if (const YAML::Node h = item.second["home_days"]) group.home_days = whole(h, "home_days", 0, 7);
      if (const YAML::Node c = item.second["coworking_days"]) group.coworking_days = whole(c, "coworking_days", 0, 7);
      if (!group.home_days && !group.coworking_days) {
        throw fail(item.first, say("error.policy.group_no_change", context));
      }
      policy.groups.emplace(name, std::move(group));
    }
  }

  PolicyTravel read_travel(const YAML::Node& node) const {
    mapping(node, "travel");
    keys(node, {"kind", "per_km", "fixed_days", "modes"}, "travel");
    PolicyTravel travel;
    const YAML::Node kind = required(node, "kind", "travel");
    const std::string k = text(kind, "kind");
    if (k == "fixed") {
      travel.kind = TravelKind::fixed;
    } else if (k == "flexible") {
      travel.kind = TravelKind::flexible;
    } else {
      throw fail(kind, say("error.policy.kind", k));
    }
    travel.per_km = number(required(node, "per_km", "travel"), "per_km");
    if (const YAML::Node days = node["fixed_days"]) {
      if (travel.kind != TravelKind::fixed) throw fail(days, say("error.policy.fixed_days_kind"));
      const std::string d = text(days, "fixed_days");
      if (d == "pattern") {
        travel.fixed_days = FixedDays::pattern;
      } else if (d == "working_week") {
        travel.fixed_days = FixedDays::working_week;
      } else {
        throw fail(days, say("error.policy.fixed_days", d));
      }
    }
    if (const YAML::Node modes = node["modes"]) {
      if (!modes.IsSequence() || modes.size() == 0) {
        throw fail(modes, say("error.policy.modes"));
      }
      for (const auto& m : modes) {
        try {
          const TravelMode mode = parse_travel_mode(text(m, noun("a travel mode")));
          if (std::find(travel.modes.begin(), travel.modes.end(), mode) != travel.modes.end()) {
            throw fail(m, say("error.policy.mode_twice", m.Scalar()));
          }
          travel.modes.push_back(mode);
        } catch (const Error& e) {
          if (e.where()) throw;
          throw fail(m, e.phrase());
        }
      }
    } else {
      travel.modes = {TravelMode::car, TravelMode::bike, TravelMode::public_transport};
    }
    return travel;
  }

  PolicyAmount read_amount(const YAML::Node& node, const std::string& what, const char* key,
                           bool with_necessity) const {
    mapping(node, what);
    if (with_necessity) {
      keys(node, {key, "necessary", "groups"}, what);
    } else {
      keys(node, {key, "groups"}, what);
    }
    PolicyAmount out;
    out.where = at(node.Mark());
    out.amount = amount(required(node, key, what), key);
    if (const YAML::Node g = node["groups"]) out.groups = names(g, what + ".groups");
    if (with_necessity) {
      const YAML::Node n = required(node, "necessary", what);
      const std::string value = text(n, "necessary");
      if (value != "true" && value != "false") {
        throw fail(n, say("error.policy.necessary", value));
      }
      out.necessary = value == "true";
    }
    return out;
  }

  PolicyBudget read_budget(const YAML::Node& node) const {
    mapping(node, "budget");
    keys(node, {"per_year", "per_month", "groups", "rest"}, "budget");
    if (static_cast<bool>(node["per_year"]) == static_cast<bool>(node["per_month"])) {
      throw fail(node, say("error.policy.budget_amount"));
    }
    const bool monthly = static_cast<bool>(node["per_month"]);
    const Decimal twelve = Decimal::from_integer(12);
    const auto annual = [&](const YAML::Node& n, const Phrase& what) {
      const Decimal a = amount(n, what);
      return monthly ? a * twelve : a;
    };
    PolicyBudget budget;
    budget.where = at(node.Mark());
    budget.per_year = annual(node[monthly ? "per_month" : "per_year"], monthly ? "per_month" : "per_year");
    if (const YAML::Node groups = node["groups"]) {
      mapping(groups, "budget.groups");
      for (const auto& item : groups) {
        const std::string name = text(item.first, noun("a group name"));
        if (!budget.by_group.emplace(name, annual(item.second, say("error.policy.group_budget", name))).second) {
          throw fail(item.first, say("error.policy.group_twice", name, "budget.groups"));
        }
      }
    }
    if (const YAML::Node rest = node["rest"]) {
      try {
        budget.rest = parse_budget_rest(text(rest, "rest"));
      } catch (const Error& e) {
        if (e.where()) throw;
        throw fail(rest, e.phrase());
      }
    }
    return budget;
  }

  std::string_view yaml_;
  const std::string& source_;
};

}  // namespace

Policy read_policy_yaml(std::string_view text, const std::string& source) { return PolicyReader(text, source).read(); }

}  // namespace wkr
