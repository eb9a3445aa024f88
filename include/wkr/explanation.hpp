// wkr — the trail of every result: the ordered steps that produced it, each with its legal
// reference, inputs, the parameter values used (with their source), the result and any rounding;
// and the receipt that pins the library version and the exact tables. How a trail reads in Dutch
// or English (labels, rendering) is wkr/explanation_text.hpp.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "wkr/decimal.hpp"
#include "wkr/parameters.hpp"
#include "wkr/phrase.hpp"

namespace wkr {

/// A named amount in a step. `name` is a stable key ("wage_bill"); docs/glossary.md and the label
/// table (wkr/explanation_text.hpp) give its Dutch and English labels. `unit` is one of the units
/// every figure of wkr is measured in (parameter_names.hpp).
struct Quantity {
  std::string name;
  Decimal value;
  Unit unit = Unit::eur;
};

/// A rounding that a step applied: `before` is the exact value.
struct AppliedRounding {
  Decimal before;
  int decimals = 2;
  Rounding mode = Rounding::half_up;
};

/// One step of a calculation. Built with designated initialisers; a field left out is empty.
struct Step {
  std::string rule{};       ///< stable id, e.g. "free_space.brackets"; describe_rule() says what it does
  std::string reference{};  ///< the legal citation only ("art. 31a lid 2 Wet LB 1964"); empty when no rule exists
  Phrase formula{};         ///< the calculation with its typed numbers and sentences (wkr/phrase.hpp)
  std::vector<Quantity> inputs{};
  std::vector<CitedParameter> parameters{};  ///< shared with the tables (or with the JSON it was read from)
  Quantity result{};
  std::optional<AppliedRounding> rounding{};
};

struct Explanation {
  std::vector<Step> steps;
  /// Shared with the tables the result was computed with (null when nothing was explained). An
  /// explanation outlives its tables: the shared citations and receipt keep what it cites alive.
  std::shared_ptr<const Receipt> receipt;
};

/// Whether a rule builds its explanation. Without one (the default) a rule computes its numbers on
/// a path that allocates nothing and formats nothing; with one it records every step, its
/// parameters and the receipt. The numbers are the same either way (a property test says so).
enum class Explain : bool { no = false, yes = true };

/// Where a rule writes its steps: into an Explanation, or nowhere. A step is handed over as a
/// function that builds it, so on the fast path no string is made and no vector grows.
class Trace {
 public:
  Trace() = default;
  Trace(Explanation& explanation, Explain explain) : out_(explain == Explain::yes ? &explanation : nullptr) {
    // Room for a rule's usual number of steps, so the vector does not grow (and move) step by step.
    if (out_ != nullptr) out_->steps.reserve(8);
  }

  [[nodiscard]] bool on() const noexcept { return out_ != nullptr; }

  /// Records make() as the next step, when on.
  template <class MakeStep>
  void step(MakeStep&& make) const {
    if (out_ != nullptr) out_->steps.push_back(make());
  }

  /// Records the receipt of `parameters`, when on.
  void receipt(const Parameters& parameters) const {
    if (out_ != nullptr) out_->receipt = parameters.shared_receipt();
  }

 private:
  Explanation* out_ = nullptr;
};

/// What an explanation cites of a parameter lookup: the citation the tables prepared when they
/// loaded, shared.
[[nodiscard]] inline CitedParameter describe(const ParameterUse& use) { return *use.cited; }

/// describe() of each use, in a vector built in place.
template <class... Uses>
[[nodiscard]] std::vector<CitedParameter> cite(const Uses&... uses) {
  std::vector<CitedParameter> cited;
  cited.reserve(sizeof...(uses));
  (cited.push_back(describe(uses)), ...);
  return cited;
}

}  // namespace wkr
