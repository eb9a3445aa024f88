// The strict reader of a request's keys (request_fields.hpp), in JSON and command-line syntax.
#include "request_fields.hpp"

#include "utf8.hpp"

#include <cerrno>
#include <climits>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>

#include "csv_reader.hpp"

namespace wkr::detail {

namespace {

/// The AMOUNT of the command line: digits, optionally '.' and one or two digits — no sign, no
/// comma, no spaces or thousands separators.
bool is_amount_text(const std::string& text) {
  const auto point = text.find('.');
  const std::string whole = text.substr(0, point);
  const std::string cents = point == std::string::npos ? "" : text.substr(point + 1);
  const auto digits = [](const std::string& part) {
    return part.find_first_not_of("0123456789") == std::string::npos;
  };
  return !whole.empty() && digits(whole) && digits(cents) &&
         (point == std::string::npos || (!cents.empty() && cents.size() <= 2));
}

/// Why the system could not open or read a file: the common reasons in the catalogue (their English
/// is the C library's), any other as the C library says it, quoted.
Phrase system_reason(int error) {
  switch (error) {
    case ENOENT: return say("error.file.no_such_file");
    case EACCES: return say("error.file.permission_denied");
    default: return say("error.file.system", std::string(std::strerror(error)));
  }
}

}  // namespace

std::string file_text(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw Error(ErrorCode::io, say("error.file.directory", path));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::io, say("error.file.cannot_read_why", path, system_reason(errno)));
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw Error(ErrorCode::io, say("error.file.read_error", path, system_reason(errno)));
  std::string content = text.str();
  require_not_utf16(content, path);  // before the UTF-8 check, which would only name a byte
  Utf8Stream().check(content, true, path);  // the whole file as one chunk: the stream's message
  return content;
}

RequestFields::RequestFields(const nlohmann::json& request, std::string command, RequestSyntax syntax)
    : request_(request), command_(std::move(command)), syntax_(syntax) {}

const nlohmann::json* RequestFields::find(const std::string& key) {
  used_.insert(key);
  auto it = request_.find(key);
  return it == request_.end() || it->is_null() ? nullptr : &*it;
}

std::string RequestFields::name(const std::string& key) const {
  if (syntax_ == RequestSyntax::json) return "\"" + key + "\"";
  std::string option = "--" + key;
  std::replace(option.begin(), option.end(), '_', '-');
  return option;
}

std::string RequestFields::switched_on(const std::string& key) const {
  return syntax_ == RequestSyntax::json ? name(key) + ": true" : name(key);
}

Phrase RequestFields::where(const std::string& key) const {
  return syntax_ == RequestSyntax::json ? say("error.request.where", command_, name(key)) : Phrase(name(key));
}

Error RequestFields::bad(const std::string& key, const Phrase& what) const {
  return {ErrorCode::invalid_argument, where(key) + " " + what};
}

RequestKeyError RequestFields::misplaced(const std::string& key, const Phrase& what) const {
  return {ErrorCode::invalid_argument, where(key) + " " + what};
}

const nlohmann::json& RequestFields::required(const std::string& key) {
  const nlohmann::json* value = find(key);
  if (value == nullptr) throw misplaced(key, say("error.field.required"));
  return *value;
}

bool RequestFields::has(const std::string& key) { return find(key) != nullptr; }

Decimal RequestFields::decimal_of(const std::string& key, const nlohmann::json& value) const {
  if (value.is_number_integer()) return Decimal::parse(value.dump());
  if (value.is_string()) {
    try {
      return Decimal::parse(value.get<std::string>());
    } catch (const Error& e) {
      if (e.code() == ErrorCode::overflow) throw Error(ErrorCode::overflow, where(key) + " " + e.phrase());
      throw bad(key, say("error.field.not_plain_decimal", e.phrase()));
    }
  }
  if (value.is_number()) {
    throw bad(key, say("error.field.json_fraction"));
  }
  throw bad(key, say("error.field.decimal_string"));
}

Decimal RequestFields::amount_of(const std::string& key, const nlohmann::json& value) const {
  if (syntax_ == RequestSyntax::command_line && value.is_string() && !is_amount_text(value.get<std::string>())) {
    throw bad(key, say("error.field.not_amount", value.get<std::string>()));
  }
  return decimal_of(key, value);
}

int RequestFields::integer_of(const std::string& key, const nlohmann::json& value) const {
  if (syntax_ == RequestSyntax::json) {
    if (!value.is_number_integer()) throw bad(key, say("error.field.whole"));
    if (value.is_number_unsigned() ? value.get<unsigned long long>() > INT_MAX
                                   : value.get<long long>() > INT_MAX || value.get<long long>() < INT_MIN) {
      throw bad(key, say("error.field.too_large_number", value.dump()));
    }
    return value.get<int>();
  }
  const std::string text = value.is_string() ? value.get<std::string>() : value.dump();
  const std::size_t digits_from = !text.empty() && text[0] == '-' ? 1 : 0;
  if (text.size() == digits_from || text.find_first_not_of("0123456789", digits_from) != std::string::npos) {
    throw bad(key, say("error.field.not_whole", text));
  }
  errno = 0;
  const long long number = std::strtoll(text.c_str(), nullptr, 10);
  if (errno == ERANGE || number > INT_MAX || number < INT_MIN) {
    throw bad(key, say("error.field.too_large", text));
  }
  return static_cast<int>(number);
}

Decimal RequestFields::decimal(const std::string& key) { return decimal_of(key, required(key)); }

std::optional<Decimal> RequestFields::optional_decimal(const std::string& key) {
  const nlohmann::json* value = find(key);
  if (value == nullptr) return std::nullopt;
  return decimal_of(key, *value);
}

Decimal RequestFields::amount(const std::string& key) { return amount_of(key, required(key)); }

std::optional<Decimal> RequestFields::optional_amount(const std::string& key) {
  const nlohmann::json* value = find(key);
  if (value == nullptr) return std::nullopt;
  return amount_of(key, *value);
}

std::vector<Decimal> RequestFields::amounts(const std::string& key) {
  const nlohmann::json* value = find(key);
  if (value == nullptr) return {};
  if (!value->is_array()) return {amount_of(key, *value)};
  if (value->empty()) throw bad(key, say("error.field.no_amount"));
  std::vector<Decimal> out;
  for (const auto& item : *value) out.push_back(amount_of(key, item));
  return out;
}

int RequestFields::integer(const std::string& key) { return integer_of(key, required(key)); }

std::optional<int> RequestFields::optional_integer(const std::string& key) {
  const nlohmann::json* value = find(key);
  if (value == nullptr) return std::nullopt;
  return integer_of(key, *value);
}

std::optional<std::string> RequestFields::optional_string(const std::string& key) {
  const nlohmann::json* value = find(key);
  if (value == nullptr) return std::nullopt;
  if (!value->is_string()) throw bad(key, say("error.field.string"));
  return value->get<std::string>();
}

std::vector<std::string> RequestFields::strings(const std::string& key) {
  const nlohmann::json* value = find(key);
  if (value == nullptr) return {};
  const nlohmann::json list = value->is_array() ? *value : nlohmann::json::array({*value});
  std::vector<std::string> out;
  for (const auto& item : list) {
    if (!item.is_string()) throw bad(key, say("error.field.strings"));
    out.push_back(item.get<std::string>());
  }
  return out;
}

bool RequestFields::flag(const std::string& key) {
  const nlohmann::json* value = find(key);
  if (value == nullptr) return false;
  if (!value->is_boolean()) throw bad(key, say("error.field.boolean"));
  return value->get<bool>();
}

std::optional<CsvText> RequestFields::csv(const std::string& key) {
  const CsvFormat format = csv_format();  // read even without the file: it belongs to the command
  const std::string text_key = syntax_ == RequestSyntax::json ? key + "_csv" : key;
  const nlohmann::json* value = find(text_key);
  if (value == nullptr) return std::nullopt;
  std::optional<CsvText> csv;
  if (syntax_ == RequestSyntax::json) {
    if (!value->is_string()) throw bad(text_key, say("error.field.csv_text"));
    csv = CsvText{text_key, value->get<std::string>(), format};
  } else {
    if (!value->is_string()) throw bad(key, say("error.field.csv_path"));
    const std::string path = value->get<std::string>();
    csv = CsvText{path, file_text(path), format};
  }
  if (csv_observer_) csv_observer_(key, *csv);
  return csv;
}

void RequestFields::on_csv(std::function<void(const std::string& key, const CsvText& csv)> observer) {
  csv_observer_ = std::move(observer);
}

CsvFormat RequestFields::csv_format() {
  CsvFormat format;
  if (const auto delimiter = optional_string("delimiter")) {
    try {
      format.delimiter = parse_delimiter(*delimiter);
    } catch (const Error&) {
      throw bad("delimiter", say("error.field.delimiter", *delimiter));
    }
  }
  const bool comma = flag("decimal_comma");
  const bool point = flag("decimal_point");
  if (comma && point) throw misplaced("decimal_comma", say("error.field.exclude", name("decimal_point")));
  if (comma) format.decimal = DecimalSeparator::comma;
  if (point) format.decimal = DecimalSeparator::point;
  return format;
}

std::vector<CsvText> RequestFields::files(const std::string& key, const std::string& suffix) {
  std::vector<CsvText> out;
  if (syntax_ == RequestSyntax::command_line) {
    for (const std::string& path : strings(key)) out.push_back({path, file_text(path)});
    return out;
  }
  const std::vector<std::string> texts = strings(key + suffix);
  std::vector<std::string> names = strings(key + "_file");
  if (!names.empty() && names.size() != texts.size()) {
    throw bad(key + "_file", say("error.field.names_each", key + suffix));
  }
  for (std::size_t i = 0; i < texts.size(); ++i) {
    out.push_back({i < names.size() ? names[i]
                                    : key + suffix + (texts.size() == 1 ? "" : "[" + std::to_string(i) + "]"),
                   texts[i]});
  }
  return out;
}

void RequestFields::reject_unknown() const {
  for (const auto& item : request_.items()) {
    if (item.key() != "command" && used_.count(item.key()) == 0) {
      throw misplaced(item.key(), say("error.field.not_input"));
    }
  }
}

std::optional<CsvText> one_form_of(RequestFields& fields, const std::string& key) {
  const bool inline_given = fields.syntax() == RequestSyntax::json && fields.has(key);
  std::optional<CsvText> csv = fields.csv(key);
  if (inline_given && csv) throw fields.misplaced(key, say("error.field.exclude", fields.name(key + "_csv")));
  if (!inline_given && !csv) {
    throw fields.misplaced(key, fields.syntax() == RequestSyntax::json
                                    ? say("error.field.or_required", fields.name(key + "_csv"))
                                    : say("error.field.required"));
  }
  return csv;
}

}  // namespace wkr::detail
