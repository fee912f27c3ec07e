#include "kisi/ui/services.hpp"

namespace kisi::ui {

void Services::audit(const std::string& action, const std::string& target,
                     store::AuditResult result, const std::string& message,
                     const std::optional<store::PersonRef>& subject) const {
    // The host does not tell the plugin which administrator acted, only that one did.
    store.audit.append(
        {0, host.now_ms(), "admin", action, subject, target, "settings", result, message});
}

}  // namespace kisi::ui
