#include "json/organization_json.h"

#include "json/json_util.h"

namespace kisi::sandbox::json {

Poco::JSON::Object::Ptr organization(const Organization& organization) {
    auto out = object();
    out->set("id", organization.id);
    out->set("resource_type", "Organization");
    out->set("name", organization.name);
    out->set("domain", organization.domain);
    return out;
}

}  // namespace kisi::sandbox::json
