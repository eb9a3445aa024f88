// A syntax error of yaml-cpp as a sentence of the catalogue (yaml_errors.hpp).
#include "yaml_errors.hpp"

#include <yaml-cpp/exceptions.h>

#include <string_view>
#include <utility>

namespace wkr::detail {

std::string quoted_keys(std::initializer_list<std::string_view> keys) {
  std::string list;
  for (std::string_view key : keys) {
    if (!list.empty()) list += ", ";
    list += '\'';
    list += key;
    list += '\'';
  }
  return list;
}

Phrase yaml_syntax_error(const std::string& detail) {
  // Not constexpr: yaml-cpp's messages are `const char* const`, not constant expressions.
  static const std::pair<std::string_view, const char*> known[] = {
      {YAML::ErrorMsg::END_OF_MAP, "yaml.end_of_map"},
      {YAML::ErrorMsg::END_OF_MAP_FLOW, "yaml.end_of_map_flow"},
      {YAML::ErrorMsg::END_OF_SEQ, "yaml.end_of_seq"},
      {YAML::ErrorMsg::END_OF_SEQ_FLOW, "yaml.end_of_seq_flow"},
      {YAML::ErrorMsg::UNKNOWN_TOKEN, "yaml.unknown_token"},
      {YAML::ErrorMsg::EOF_IN_SCALAR, "yaml.eof_in_scalar"},
      {YAML::ErrorMsg::CHAR_IN_SCALAR, "yaml.char_in_scalar"},
      {YAML::ErrorMsg::DOC_IN_SCALAR, "yaml.doc_in_scalar"},
      {YAML::ErrorMsg::TAB_IN_INDENTATION, "yaml.tab_in_indentation"},
      {YAML::ErrorMsg::FLOW_END, "yaml.flow_end"},
      {YAML::ErrorMsg::BLOCK_ENTRY, "yaml.block_entry"},
      {YAML::ErrorMsg::MAP_KEY, "yaml.map_key"},
      {YAML::ErrorMsg::MAP_VALUE, "yaml.map_value"},
      {YAML::ErrorMsg::UNKNOWN_ANCHOR, "yaml.unknown_anchor"},
  };
  for (const auto& [message, key] : known) {
    if (detail == message) return say("error.yaml.syntax", say(key));
  }
  return say("error.yaml.syntax_other", detail);
}

}  // namespace wkr::detail
