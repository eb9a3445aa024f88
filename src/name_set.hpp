// The set of employee names a streamed items file has shown (item_stream.cpp), to refuse an
// employee who comes back in a file said to be grouped. A million-row file has a quarter of a million
// names: std::unordered_set made a heap node a name, and its look-ups and rehashes went from node to
// node through memory the cache no longer held — 14% of the evaluation's time (docs/performance.md,
// "Round ten"). Here the names lie one after another in one string, and a table of their hashes and
// numbers is probed in one array (open addressing, linear probing, at most half full).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace wkr::detail {

template <class Hash = std::hash<std::string_view>>
class NameSet {
 public:
  /// Adds `name`; false when it is in the set already.
  bool insert(std::string_view name) {
    if (2 * (ends_.size() + 1) > slots_.size()) grow();
    const std::uint32_t hash = hash_of(name);
    std::size_t i = hash & (slots_.size() - 1);
    for (; slots_[i].number != 0; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i].hash == hash && this->name(slots_[i].number - 1) == name) return false;
    }
    if (ends_.size() == std::numeric_limits<std::uint32_t>::max() - 1)
      throw std::length_error("more than 4 billion names");
    names_.append(name);
    ends_.push_back(names_.size());
    slots_[i] = Slot{hash, static_cast<std::uint32_t>(ends_.size())};
    return true;
  }

  [[nodiscard]] std::size_t size() const { return ends_.size(); }

  /// Starts fetching the slot where insert(name) will look first: the look-up of a new name misses
  /// the cache, and the caller has other work to do meanwhile (reading the rest of the row).
  void prefetch(std::string_view name) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash_of(name) & (slots_.size() - 1)]);
  }

 private:
  /// Eight bytes a slot, so that the table of a quarter of a million names (half full) takes 4 MB.
  struct Slot {
    std::uint32_t hash = 0;    // the name's hash folded to 32 bits; its low bits are the first slot tried
    std::uint32_t number = 0;  // the name's number, from 1; 0 for an empty slot
  };

  /// The name's hash folded to 32 bits.
  static std::uint32_t hash_of(std::string_view name) {
    const std::size_t full = Hash{}(name);
    return static_cast<std::uint32_t>(full ^ (full >> 32));
  }

  [[nodiscard]] std::string_view name(std::size_t k) const {
    const std::size_t begin = k == 0 ? 0 : ends_[k - 1];
    return std::string_view(names_).substr(begin, ends_[k] - begin);
  }

  /// Twice the slots (1,024 at first), every name placed again by its hash.
  void grow() {
    std::vector<Slot> old(std::max<std::size_t>(1024, 2 * slots_.size()));
    old.swap(slots_);
    for (const Slot& s : old) {
      if (s.number == 0) continue;
      std::size_t i = s.hash & (slots_.size() - 1);
      while (slots_[i].number != 0) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;        // a power of two of them
  std::string names_;              // every name, one after another
  std::vector<std::size_t> ends_;  // where each name ends in names_
};

}  // namespace wkr::detail
