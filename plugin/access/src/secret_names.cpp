#include "kisi/access/secret_names.hpp"

namespace kisi::access {

std::string login_secret_name(const store::PersonRef& person) {
    return "kisi.login." + std::string(store::to_string(person.kind)) + "." +
           std::to_string(person.id);
}

}  // namespace kisi::access
