// SHA-256 for the receipts (sha256.hpp), through libmd (Debian's libmd-dev, the BSD message digest
// functions): a small library, where OpenSSL's libcrypto cost every run of the command about 2.5
// million instructions and a hundred page faults to load and relocate (docs/performance.md).
#include "sha256.hpp"

#include <sha2.h>

#include <array>
#include <cstdint>

namespace wkr::detail {

struct Sha256::State {
  SHA2_CTX context{};
};

Sha256::Sha256() : state_(new State) { SHA256Init(&state_->context); }

Sha256::~Sha256() { delete state_; }

void Sha256::add(std::string_view bytes) {
  // libmd takes the bytes as uint8_t
  SHA256Update(&state_->context, reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

std::string Sha256::hex() {
  std::array<std::uint8_t, SHA256_DIGEST_LENGTH> digest{};
  SHA256Final(digest.data(), &state_->context);
  static constexpr char hex_digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(digest.size() * 2);
  for (const std::uint8_t byte : digest) {
    out += hex_digits[byte >> 4];
    out += hex_digits[byte & 0x0f];
  }
  return out;
}

}  // namespace wkr::detail
