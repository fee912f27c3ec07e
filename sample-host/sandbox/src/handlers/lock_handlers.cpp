// GET|POST /locks, GET|DELETE /locks/{id}, POST /locks/{id}/unlock.
// A user's own login sees and opens only the doors its valid group roles open.
#include "handlers/filters.h"
#include "handlers/kisi_routes.h"
#include "handlers/respond.h"
#include "http/body_reader.h"
#include "http/pagination.h"
#include "http/query_reader.h"
#include "json/json_util.h"
#include "json/lock_json.h"
#include "store/access.h"
#include "store/topology.h"

#include <set>

namespace kisi::sandbox {
namespace {

// The doors the caller may see: all for the admin, the unlockable ones for a user's login
// (none if the user was deleted since the request was authenticated).
std::optional<std::set<Id>> visible_locks(const HandlerContext& context, const Model& model) {
    if (context.is_admin()) return std::nullopt;
    const User* user = model.user(context.identity.user_id);
    if (user == nullptr) return std::set<Id>();
    const auto ids = unlockable_lock_ids(model, *user, context.now());
    return std::set<Id>(ids.begin(), ids.end());
}

ApiResponse list_locks(HandlerContext& context, const ApiRequest& request) {
    QueryReader query(request, context.identity.user_id);
    const auto ids = query.ids();
    const auto text = query.text("query");
    const auto place_id = query.id("place_id");
    const auto floor_id = query.id("floor_id");
    const auto configured = query.flag("configured");
    const auto online = query.flag("online");
    const auto unlocked = query.flag("unlocked");
    const auto locked_down = query.flag("locked_down");
    const Page page = query.page(locks_page);
    if (!query.ok()) return ApiResponse::error(query.error());
    return context.services.state.read([&](const Model& model) {
        const auto visible = visible_locks(context, model);
        std::vector<const Lock*> matching;
        for (const auto& [id, lock] : model.locks) {
            if (visible && !visible->count(id)) continue;
            if (ids && !ids->count(id)) continue;
            if (text && !contains_text(lock.name, *text)) continue;
            if (place_id && lock.place_id != *place_id) continue;
            if (floor_id) continue;  // the sandbox has no floors
            if (configured && lock.configured != *configured) continue;
            if (online && lock.online != *online) continue;
            if (unlocked && lock.unlocked != *unlocked) continue;
            if (locked_down && lock.locked_down != *locked_down) continue;
            matching.push_back(&lock);
        }
        sort_by_name(matching, query.text("sort"), "name",
                     [](const Lock& lock) { return lock.name; });
        return page_response(matching, page,
                             [&](const Lock& lock) { return json::lock(model, lock); });
    });
}

ApiResponse show_lock(HandlerContext& context, const ApiRequest& request) {
    return context.services.state.read([&](const Model& model) {
        const auto visible = visible_locks(context, model);
        const Lock* lock = model.lock(*request.id);
        if (visible && !visible->count(*request.id)) lock = nullptr;
        return respond_found(lock, "Lock",
                             [&](const Lock& found) { return json::lock(model, found); });
    });
}

ApiResponse post_lock(HandlerContext& context, const ApiRequest& request) {
    const auto body = wrapped_object(request, "lock");
    if (!body.ok()) return ApiResponse::error(body.error());
    BodyReader in(body.value());
    LockDraft draft;
    draft.name = in.text("name").value.value_or("");
    draft.place_id = in.integer("place_id").value.value_or(0);
    draft.description = in.text("description").value;
    draft.latitude = in.number("latitude").value;
    draft.longitude = in.number("longitude").value;
    if (!in.ok()) return ApiResponse::error(ApiError::validation(in.errors()));
    return context.services.state.write([&](Model& model) {
        return respond_created(create_lock(model, std::move(draft), context.now()),
                               [&](const Lock& lock) { return json::lock(model, lock); });
    });
}

ApiResponse destroy_lock(HandlerContext& context, const ApiRequest& request) {
    return context.services.state.write(
        [&](Model& model) { return respond_done(delete_lock(model, *request.id)); });
}

// The optional body (geofence context, proximity proof) is accepted and not evaluated: the
// sandbox's doors have no geofence or reader restrictions.
ApiResponse unlock_lock(HandlerContext& context, const ApiRequest& request) {
    const auto body = body_object(request);
    if (!body.ok()) return ApiResponse::error(body.error());
    return context.services.state.write([&](Model& model) {
        if (model.lock(*request.id) == nullptr) {
            return ApiResponse::error(ApiError::not_found("Lock"));
        }
        const auto caller = model.users.find(context.identity.user_id);
        if (caller == model.users.end()) {
            return ApiResponse::error(ApiError::invalid_credentials());
        }
        User& user = caller->second;
        const TimeMs now = context.now();
        if (!context.is_admin()) {
            const auto allowed = check_unlock(model, user, *request.id, now);
            if (!allowed.ok()) return ApiResponse::error(allowed.error());
        }
        user.last_accessed_at = now;
        auto answer = json::object();
        answer->set("message", "Unlocked!");
        return ApiResponse::json(200, answer);
    });
}

}  // namespace

void add_lock_routes(Router& router) {
    router.add("GET", "/locks", Access::any_login, list_locks);
    router.add("POST", "/locks", Access::admin_login, post_lock);
    router.add("GET", "/locks/{id}", Access::any_login, show_lock);
    router.add("DELETE", "/locks/{id}", Access::admin_login, destroy_lock);
    router.add("POST", "/locks/{id}/unlock", Access::any_login, unlock_lock);
}

}  // namespace kisi::sandbox
