// The warnings of wkr in Dutch and English: the "warning.*" part of the catalogue of
// wkr/phrase.hpp, carried in a result as say("warning.KEY", args…) by warn() (wkr/warning.hpp).
// Each says which input changed nothing and why; the answer stands. {0}, {1} … are the arguments.
#include <array>

#include "catalogue.hpp"

namespace wkr {

namespace {

constexpr auto warning_sentences = std::to_array<Sentence>({
    {"word.warning", "let op", "warning"},
    {"warning.long_absence.other_year",
     "de langdurige afwezigheid ({0}) valt niet in {1}: zij verandert niets aan de vrijstelling over {1}",
     "the long absence ({0}) does not touch {1}: it changes nothing in the exemption for {1}"},
});

}  // namespace

std::span<const Sentence> warning_messages() { return warning_sentences; }

}  // namespace wkr
