#include "kisi/store/work_kinds.hpp"

namespace kisi::store::work {

std::string person_key(const PersonRef& person) {
    return "person:" + std::string(to_string(person.kind)) + ":" + std::to_string(person.id);
}

std::string converge_person_payload(const PersonRef& person) {
    return R"({"person":")" + std::string(to_string(person.kind)) + R"(","id":)" +
           std::to_string(person.id) + "}";
}

std::string reconcile_payload() {
    return R"({"removals_approved":false})";
}

}  // namespace kisi::store::work
