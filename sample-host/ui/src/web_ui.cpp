#include "host_ui/web_ui.h"

#include <stdexcept>

namespace host::ui {

WebUi::WebUi(Setup setup, host::loader::PluginManager& plugins)
    : auth_(setup.data_dir / kPasswordFile),
      reads_(setup.database, setup.store),
      ui_(auth_, reads_, plugins) {
    auto prepared = auth_.preparePassword({setup.admin_password, setup.demo});
    if (!prepared.error.empty()) throw std::runtime_error(prepared.error);
    generated_ = std::move(prepared.generated);
}

void WebUi::install(host::web::Router& router, host::web::Authenticator& authenticator) {
    ui_.addRoutes(router);
    authenticator.add_admin_check([this](const auto& request) { return ui_.adminCheck(request); });
    authenticator.add_admin_refusal(
        [this](const auto& request) { return ui_.adminRefusal(request); });
}

}  // namespace host::ui
