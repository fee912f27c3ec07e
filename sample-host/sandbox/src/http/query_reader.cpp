#include "http/query_reader.h"

#include <Poco/NumberParser.h>
#include <Poco/StringTokenizer.h>

namespace kisi::sandbox {

QueryReader::QueryReader(const ApiRequest& request, Id caller)
    : request_(request), caller_(caller) {}

std::optional<std::string> QueryReader::text(const std::string& name) const {
    return request_.parameter(name);
}

std::optional<std::set<Id>> QueryReader::ids() {
    const auto text = request_.parameter("ids");
    if (!text) return std::nullopt;
    std::set<Id> ids;
    const Poco::StringTokenizer parts(
        *text, ",", Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY);
    for (const std::string& part : parts) {
        Poco::Int64 id = 0;
        if (!Poco::NumberParser::tryParse64(part, id)) {
            errors_["ids"].push_back("must be a comma-separated list of integers");
            return std::nullopt;
        }
        ids.insert(id);
    }
    return ids;
}

std::optional<Id> QueryReader::id(const std::string& name) {
    const auto text = request_.parameter(name);
    if (!text) return std::nullopt;
    Poco::Int64 id = 0;
    if (!Poco::NumberParser::tryParse64(*text, id)) {
        errors_[name].push_back("must be an integer");
        return std::nullopt;
    }
    return id;
}

std::optional<Id> QueryReader::id_or_me(const std::string& name) {
    if (request_.parameter(name) == "me") return caller_;
    return id(name);
}

std::optional<bool> QueryReader::flag(const std::string& name) {
    const auto text = request_.parameter(name);
    if (!text) return std::nullopt;
    if (*text == "true" || *text == "false") return *text == "true";
    errors_[name].push_back("must be true or false");
    return std::nullopt;
}

Page QueryReader::page(PageLimits limits) {
    const auto page = parse_page(request_, limits);
    if (page.ok()) return page.value();
    for (const auto& [field, messages] : page.error().field_errors) {
        for (const auto& message : messages) errors_[field].push_back(message);
    }
    return Page{};
}

}  // namespace kisi::sandbox
