#include "faults/fault_config.h"

#include "http/body_reader.h"
#include "json/json_util.h"

#include <algorithm>
#include <limits>
#include <set>

namespace kisi::sandbox {
namespace {

// Reads one fault kind's object, reporting errors as "<kind>.<field>".
class KindReader {
  public:
    KindReader(std::string kind, Poco::JSON::Object::Ptr object, FieldErrors& errors)
        : kind_(std::move(kind)), object_(object), reader_(object), errors_(errors) {}

    ~KindReader() {
        for (const auto& [field, messages] : reader_.errors()) {
            for (const auto& message : messages) errors_[kind_ + "." + field].push_back(message);
        }
    }

    bool has(const std::string& key) const { return reader_.has(key); }
    void fail(const std::string& field, const std::string& message) {
        reader_.fail(field, message);
    }

    void only(std::initializer_list<const char*> allowed) {
        std::set<std::string> known(allowed.begin(), allowed.end());
        known.insert({"method", "path"});
        for (const auto& [key, value] : *object_) {
            if (!known.count(key)) fail(key, "is not a known field");
        }
    }

    std::optional<std::int64_t> integer(const std::string& key, std::int64_t minimum) {
        const auto field = reader_.integer(key);
        if (field.value && *field.value < minimum) {
            fail(key, "must be at least " + std::to_string(minimum));
            return std::nullopt;
        }
        return field.value;
    }

    std::optional<double> share(const std::string& key) {
        const auto field = reader_.number(key);
        if (field.value && (*field.value < 0.0 || *field.value > 1.0)) {
            fail(key, "must be between 0 and 1");
            return std::nullopt;
        }
        return field.value;
    }

    std::optional<int> status_code(const std::string& key, int fallback) {
        const auto code = integer(key, 100);
        if (!code) return has(key) ? std::nullopt : std::optional<int>(fallback);
        if (*code < 400 || *code > 599) {
            fail(key, "must be an HTTP error status (400-599)");
            return std::nullopt;
        }
        return static_cast<int>(*code);
    }

    std::optional<std::string> text(const std::string& key) { return reader_.text(key).value; }

    FaultMatch match() {
        FaultMatch match;
        match.method = reader_.text("method").value.value_or("");
        match.path_prefix = reader_.text("path").value.value_or("");
        return match;
    }

    // Exactly one of "count" (the next N requests) and "share" (a probability).
    std::optional<FaultReach> reach() {
        const auto count = integer("count", 1);
        const auto probability = share("share");
        if (has("count") == has("share")) {
            fail("count", "give either count or share");
            return std::nullopt;
        }
        if (!count && !probability) return std::nullopt;
        FaultReach reach;
        reach.remaining = count;
        reach.share = probability.value_or(1.0);
        return reach;
    }

  private:
    std::string kind_;
    Poco::JSON::Object::Ptr object_;
    BodyReader reader_;
    FieldErrors& errors_;
};

std::optional<LatencyFault> parse_latency(KindReader& in) {
    in.only({"ms", "share"});
    const auto ms = in.integer("ms", 0);
    if (!in.has("ms")) in.fail("ms", "is required");
    const auto share = in.share("share");
    if (!ms) return std::nullopt;
    return LatencyFault{*ms, share.value_or(1.0), in.match()};
}

std::optional<StatusFault> parse_status(KindReader& in) {
    in.only({"code", "count", "share"});
    if (!in.has("code")) in.fail("code", "is required");
    const auto code = in.status_code("code", 500);
    const auto reach = in.reach();
    if (!code || !reach) return std::nullopt;
    return StatusFault{*code, *reach, in.match()};
}

std::optional<DropFault> parse_drop(KindReader& in) {
    in.only({"count", "share"});
    const auto reach = in.reach();
    if (!reach) return std::nullopt;
    return DropFault{*reach, in.match()};
}

std::optional<RateLimitStormFault> parse_storm(KindReader& in, std::int64_t now_ms) {
    in.only({"count", "duration_ms", "retry_after_s"});
    const auto count = in.integer("count", 1);
    const auto duration = in.integer("duration_ms", 1);
    const auto retry_after = in.integer("retry_after_s", 0);
    if (in.has("count") == in.has("duration_ms")) {
        in.fail("count", "give either count or duration_ms");
        return std::nullopt;
    }
    if (!count && !duration) return std::nullopt;
    RateLimitStormFault storm;
    storm.remaining = count;
    if (duration) storm.until_ms = now_ms + *duration;
    storm.retry_after_seconds = static_cast<int>(retry_after.value_or(1));
    storm.match = in.match();
    return storm;
}

std::optional<OutageFault> parse_outage(KindReader& in) {
    in.only({"mode", "code"});
    const auto mode = in.text("mode").value_or("status");
    if (mode != "status" && mode != "drop") {
        in.fail("mode", "must be \"status\" or \"drop\"");
        return std::nullopt;
    }
    const auto code = in.status_code("code", 503);
    if (!code) return std::nullopt;
    return OutageFault{mode == "drop", *code, in.match()};
}

// Parses `json[key]` with `parse` into `target`: null clears the kind, an object sets it.
template <class Fault, class Parse>
void read_kind(const Poco::JSON::Object& json, const std::string& key, FieldErrors& errors,
               std::optional<std::optional<Fault>>& target, Parse&& parse) {
    if (!json.has(key)) return;
    if (json.get(key).isEmpty()) {
        target = std::optional<Fault>();
        return;
    }
    const Poco::JSON::Object::Ptr object = json.getObject(key);
    if (object.isNull()) {
        errors[key].push_back("must be an object or null");
        return;
    }
    std::optional<Fault> fault;
    {
        KindReader in(key, object, errors);
        fault = parse(in);
    }
    if (fault) target = fault;
}

Poco::JSON::Object::Ptr describe_match(Poco::JSON::Object::Ptr out, const FaultMatch& match) {
    if (!match.method.empty()) out->set("method", match.method);
    if (!match.path_prefix.empty()) out->set("path", match.path_prefix);
    return out;
}

void describe_reach(Poco::JSON::Object::Ptr out, const FaultReach& reach) {
    if (reach.remaining) {
        out->set("count", *reach.remaining);
    } else {
        out->set("share", reach.share);
    }
}

}  // namespace

Result<FaultUpdate> parse_fault_update(const Poco::JSON::Object& json, std::int64_t now_ms) {
    static const std::set<std::string> kinds = {"latency",          "status", "drop",
                                                "rate_limit_storm", "outage", "random_seed"};
    FieldErrors errors;
    for (const auto& [key, value] : json) {
        if (!kinds.count(key)) errors[key].push_back("is not a known fault");
    }
    FaultUpdate update;
    read_kind(json, "latency", errors, update.latency, parse_latency);
    read_kind(json, "status", errors, update.status, parse_status);
    read_kind(json, "drop", errors, update.drop, parse_drop);
    read_kind(json, "rate_limit_storm", errors, update.rate_limit_storm,
              [now_ms](KindReader& in) { return parse_storm(in, now_ms); });
    read_kind(json, "outage", errors, update.outage, parse_outage);
    if (json.has("random_seed")) {
        const Poco::Dynamic::Var seed = json.get("random_seed");
        const Poco::Int64 value = seed.isInteger() ? seed.convert<Poco::Int64>() : -1;
        if (value >= 0 && value <= std::numeric_limits<std::uint32_t>::max()) {
            update.random_seed = static_cast<std::uint32_t>(value);
        } else {
            errors["random_seed"].push_back("must be a non-negative integer");
        }
    }
    if (!errors.empty()) return ApiError::validation(std::move(errors));
    return update;
}

Poco::JSON::Object::Ptr describe_fault_plan(const FaultPlan& plan, std::int64_t now_ms) {
    auto out = json::object();
    if (plan.latency) {
        auto latency = describe_match(json::object(), plan.latency->match);
        latency->set("ms", plan.latency->ms);
        latency->set("share", plan.latency->share);
        out->set("latency", latency);
    }
    if (plan.status) {
        auto status = describe_match(json::object(), plan.status->match);
        status->set("code", plan.status->code);
        describe_reach(status, plan.status->reach);
        out->set("status", status);
    }
    if (plan.drop) {
        auto drop = describe_match(json::object(), plan.drop->match);
        describe_reach(drop, plan.drop->reach);
        out->set("drop", drop);
    }
    if (plan.rate_limit_storm) {
        const auto& fault = *plan.rate_limit_storm;
        auto storm = describe_match(json::object(), fault.match);
        if (fault.remaining) storm->set("count", *fault.remaining);
        if (fault.until_ms)
            storm->set("duration_ms", std::max<std::int64_t>(0, *fault.until_ms - now_ms));
        storm->set("retry_after_s", fault.retry_after_seconds);
        out->set("rate_limit_storm", storm);
    }
    if (plan.outage) {
        auto outage = describe_match(json::object(), plan.outage->match);
        outage->set("mode", plan.outage->drop ? "drop" : "status");
        if (!plan.outage->drop) outage->set("code", plan.outage->code);
        out->set("outage", outage);
    }
    return out;
}

}  // namespace kisi::sandbox
