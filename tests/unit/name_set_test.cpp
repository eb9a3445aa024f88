// The set of names a streamed items file has shown (src/name_set.hpp) against std::unordered_set:
// the same answer for every insert, through the table's growth, and with every name in one probe
// chain (a hash that is the same for all), where only the names' text tells them apart.
#include "name_set.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <unordered_set>

namespace {

/// Every name in the same slot: each look-up walks the chain and compares the text.
struct OneHash {
  std::size_t operator()(std::string_view /*name*/) const noexcept { return 42; }
};

template <class Hash>
void agrees_with_unordered_set(std::uint64_t seed, std::uint64_t inserts) {
  wkr::detail::NameSet<Hash> names;
  std::unordered_set<std::string> oracle;
  std::mt19937_64 random(seed);
  for (std::uint64_t i = 0; i < inserts; ++i) {
    // Short names, so many come back; a prefix of another now and then ("E1", "E12"); the empty name.
    const std::string name = random() % 50 == 0 ? std::string() : "E" + std::to_string(random() % (inserts / 2 + 1));
    ASSERT_EQ(names.insert(name), oracle.insert(name).second) << "insert " << i << ": \"" << name << '"';
  }
  EXPECT_EQ(names.size(), oracle.size());
}

TEST(NameSet, AgreesWithUnorderedSetThroughItsGrowth) {
  agrees_with_unordered_set<std::hash<std::string_view>>(7, 20'000);
}

TEST(NameSet, TellsNamesApartByTheirTextWhenTheHashesAreEqual) { agrees_with_unordered_set<OneHash>(11, 600); }

TEST(NameSet, ANameIsNewOnceAndThenKnown) {
  wkr::detail::NameSet<> names;
  EXPECT_TRUE(names.insert("Jansen, 3"));
  EXPECT_TRUE(names.insert("Jansen"));
  EXPECT_FALSE(names.insert("Jansen, 3"));
  EXPECT_FALSE(names.insert(std::string("Jansen")));
  EXPECT_EQ(names.size(), 2U);
}

}  // namespace
