// wkr — results as JSON (nlohmann::json). Money values are strings with their exact decimals;
// nothing passes through a binary floating-point number.
#pragma once

#include <nlohmann/json.hpp>

#include "wkr/explanation.hpp"
#include "wkr/free_space.hpp"
#include "wkr/ledger.hpp"
#include "wkr/group_scheme.hpp"
#include "wkr/wage_bill.hpp"

namespace wkr {

/// Money as wkr's JSON writes it: a string with at least two decimals and every decimal it has.
[[nodiscard]] std::string json_money(const Decimal& amount);
/// Writes json_money(amount) at `out`, which has room for Decimal::max_text_size characters;
/// returns the end of what it wrote (the streamed JSON of `wkr evaluate`).
char* write_json_money(char* out, const Decimal& amount);
[[nodiscard]] nlohmann::json to_json(const Receipt& receipt);
/// An explanation's receipt; one that was not explained (null) is written as an empty receipt.
[[nodiscard]] nlohmann::json to_json(const std::shared_ptr<const Receipt>& receipt);
[[nodiscard]] nlohmann::json to_json(const UsedParameter& parameter);
/// The list of steps. Each step has rule, reference, formula, inputs (name → value), parameters,
/// result {name, value, unit}, rounding when one was applied — and input_quantities, the inputs in
/// their order with their units, so that explanation_from_json() can render the step again.
[[nodiscard]] nlohmann::json to_json(const Explanation& explanation);
/// A result's warnings (wkr/warning.hpp) as `out["warnings"]`: [{key, text}], the key of the
/// catalogue and the English text; nothing when there are none, so a result without warnings reads
/// as before.
void add_warnings(nlohmann::json& out, const std::vector<Phrase>& warnings);
/// The explanation written by to_json(Explanation) (`steps`) and to_json(Receipt) (`receipt`), read
/// back: render_text() of it is the text of the original. Throws Error(parse) naming the key of a
/// step that lacks what rendering needs (a result saved by an older wkr has no units).
[[nodiscard]] Explanation explanation_from_json(const nlohmann::json& steps, const nlohmann::json& receipt);
/// A result object in the order a person reads it: "year" first, then the figures (by name), then
/// "explanation" and "receipt" last; the same in every object inside it.
[[nodiscard]] nlohmann::ordered_json in_reading_order(const nlohmann::json& result);
[[nodiscard]] nlohmann::json to_json(const FreeSpace& result);
[[nodiscard]] nlohmann::json to_json(const Settlement& result);
/// One period of the ledger: period, wage_bill, wage_bill_cumulative, free_space_cumulative,
/// designated, designated_cumulative, free_space_left, excess_cumulative, levy_declared — and
/// free_space_estimate when an estimate of the year's wage bill is in force.
[[nodiscard]] nlohmann::json to_json(const LedgerRow& row);
/// The year-end: the keys of a Settlement without its trail, and levy_paid and correction.
[[nodiscard]] nlohmann::json to_json(const YearEnd& totals);
/// A year's ledger: year, strategy, periods (to_json of each row), totals, receipt, explanation.
[[nodiscard]] nlohmann::json to_json(const LedgerYear& result);
[[nodiscard]] nlohmann::json to_json(const GroupFreeSpace& result);   ///< the group's FreeSpace keys and more
[[nodiscard]] nlohmann::json to_json(const GroupSettlement& result);  ///< the group's Settlement keys and more
[[nodiscard]] nlohmann::json to_json(const WageBill& result);
[[nodiscard]] nlohmann::json to_json(const GroupWageBill& result);

}  // namespace wkr
