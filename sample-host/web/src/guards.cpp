#include "host_web/guards.h"

namespace host::web {

Guards::Guards(std::shared_ptr<const Authenticator> auth) : auth_(std::move(auth)) {}

Handler Guards::qa(Handler handler) const {
    return [auth = auth_, handler = std::move(handler)](Exchange& exchange) {
        if (!auth->qa_enabled()) {
            return exchange.reply_error(404,
                                        "the QA API is disabled (start the host with --qa-token)");
        }
        if (!auth->is_qa(exchange.request())) {
            return exchange.reply_error(401,
                                        "the QA API needs \"Authorization: Bearer <qa-token>\"");
        }
        handler(exchange);
    };
}

Handler Guards::admin(std::function<void(Exchange&, const Admin&)> handler) const {
    return [auth = auth_, handler = std::move(handler)](Exchange& exchange) {
        if (const auto refusal = auth->admin_refusal(exchange.request())) {
            return exchange.reply_error(403, *refusal);
        }
        const auto admin = auth->admin(exchange.request());
        if (!admin) {
            return exchange.reply_error(
                401, "sign in as an administrator (or send the QA bearer token)");
        }
        handler(exchange, *admin);
    };
}

Handler Guards::app(std::function<void(Exchange&, const data::AppPerson&)> handler) const {
    return [auth = auth_, handler = std::move(handler)](Exchange& exchange) {
        const auto person = auth->app_person(exchange.request());
        if (!person) {
            return exchange.reply_error(401,
                                        "the app API needs \"Authorization: Bearer <app token>\"");
        }
        handler(exchange, *person);
    };
}

}  // namespace host::web
