// SHA-256 (libmd), for the receipts: the parameter tables' digest and a report's inputs.
#pragma once

#include <string>
#include <string_view>

namespace wkr::detail {

/// Incremental SHA-256; hex() gives the lower-case hex digest of everything added.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void add(std::string_view bytes);
  [[nodiscard]] std::string hex();

 private:
  struct State;
  State* state_;
};

}  // namespace wkr::detail
