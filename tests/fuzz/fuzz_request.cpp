// Fuzz target: the JSON request entry point (request.hpp; the C ABI's wkr_evaluate_json and the
// golden tests go through it). The input is the JSON text of one request. What parses as JSON is
// read with read_request, computed with and without the explanation, and written with to_json.
// Promises: every failure is a wkr::Error; the numbers are the same with and without the
// explanation (the result objects are equal once the explanations and receipts are removed).
#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "fuzz_common.hpp"
#include "wkr/parameters.hpp"
#include "wkr/request.hpp"

namespace {

using wkr::fuzz::check;

/// `value` without its "explanation" and "receipt" members, at any depth: both are filled only when
/// explaining (Trace::receipt), the numbers always.
void drop_explanations(nlohmann::json& value) {
  if (value.is_object()) {
    value.erase("explanation");
    value.erase("receipt");
    for (auto& [key, member] : value.items()) drop_explanations(member);
  } else if (value.is_array()) {
    for (auto& element : value) drop_explanations(element);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 16384) return 0;  // one request with a few CSV rows inline
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  nlohmann::json request = nlohmann::json::parse(text, nullptr, false);
  if (request.is_discarded()) return 0;  // not JSON: wkr_evaluate_json's WKR_E_PARSE, nlohmann's domain
  try {
    const wkr::Request typed = wkr::read_request(request);
    nlohmann::json plain = wkr::to_json(wkr::compute(wkr::fuzz::embedded(), typed, wkr::Explain::no));
    nlohmann::json explained = wkr::to_json(wkr::compute(wkr::fuzz::embedded(), typed, wkr::Explain::yes));
    check(explained.dump().size() >= plain.dump().size(), "the explained result has at least the plain one");
    drop_explanations(plain);
    drop_explanations(explained);
    if (plain != explained) {
      std::fprintf(stderr, "plain:     %s\nexplained: %s\n", plain.dump().c_str(), explained.dump().c_str());
    }
    check(plain == explained, "the numbers are the same with and without the explanation");
  } catch (const wkr::Error&) {
    // refused naming the key (the unit tests check the messages)
  }
  return 0;
}
