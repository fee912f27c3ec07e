// GET|POST /role_assignments, GET|PATCH|DELETE /role_assignments/{id}.
// Create accepts the description's form (applies_to_* / assignee_*) and the guides' form
// (user_id / group_id); the sandbox models group roles of users only.
#include "handlers/filters.h"
#include "handlers/kisi_routes.h"
#include "handlers/respond.h"
#include "http/body_reader.h"
#include "http/pagination.h"
#include "http/query_reader.h"
#include "json/role_assignment_json.h"
#include "store/role_assignments.h"

namespace kisi::sandbox {
namespace {

struct ListFilters {
    std::optional<std::set<Id>> ids;
    std::optional<std::string> text;
    std::optional<std::string> role_id;
    std::optional<std::string> assignee_type;
    std::optional<Id> assignee_id;
    std::optional<std::string> applies_to_type;
    std::optional<Id> applies_to_id;
    std::optional<std::string> scope;
    std::optional<Id> user_id;
    std::optional<Id> place_id;
    std::optional<Id> group_id;

    bool admits(const Model& model, const RoleAssignment& assignment) const {
        const User& user = *model.user(assignment.user_id);
        // Only group roles of users exist here: other assignee or target types match nothing.
        if (assignee_type && *assignee_type != "User") return false;
        if (applies_to_type && *applies_to_type != "Group") return false;
        if (scope && *scope != "group") return false;
        if (ids && !ids->count(assignment.id)) return false;
        if (text && !contains_text(user.email, *text) && !contains_text(user.name, *text)) {
            return false;
        }
        if (role_id && assignment.role_id != *role_id) return false;
        if (assignee_id && assignment.user_id != *assignee_id) return false;
        if (applies_to_id && assignment.group_id != *applies_to_id) return false;
        if (user_id && assignment.user_id != *user_id) return false;
        if (group_id && assignment.group_id != *group_id) return false;
        if (place_id && model.group(assignment.group_id)->place_id != place_id) return false;
        return true;
    }
};

ApiResponse list_role_assignments(HandlerContext& context, const ApiRequest& request) {
    QueryReader query(request, context.identity.user_id);
    ListFilters filters;
    filters.ids = query.ids();
    filters.text = query.text("query");
    filters.role_id = query.text("role_id");
    filters.assignee_type = query.text("assignee_type");
    filters.assignee_id = query.id("assignee_id");
    filters.applies_to_type = query.text("applies_to_type");
    filters.applies_to_id = query.id("applies_to_id");
    filters.scope = query.text("scope");
    filters.user_id = query.id_or_me("user_id");
    filters.place_id = query.id("place_id");
    filters.group_id = query.id("group_id");
    const Page page = query.page(role_assignments_page);
    if (!query.ok()) return ApiResponse::error(query.error());
    return context.services.state.read([&](const Model& model) {
        std::vector<const RoleAssignment*> matching;
        for (const auto& [id, assignment] : model.role_assignments) {
            if (filters.admits(model, assignment)) matching.push_back(&assignment);
        }
        sort_by_name(matching, query.text("sort"), "user.name",
                     [&](const RoleAssignment& a) { return model.user(a.user_id)->name; });
        return page_response(matching, page, [&](const RoleAssignment& assignment) {
            return json::role_assignment(model, assignment);
        });
    });
}

ApiResponse show_role_assignment(HandlerContext& context, const ApiRequest& request) {
    return context.services.state.read([&](const Model& model) {
        return respond_found(model.role_assignment(*request.id), "Role assignment",
                             [&](const RoleAssignment& assignment) {
                                 return json::role_assignment(model, assignment);
                             });
    });
}

// One id given in the current form (`<type_field>` + `<id_field>`) and/or the deprecated
// one; both must agree.
std::optional<Id> target_id(BodyReader& in, const std::string& type_field,
                            const std::string& expected_type, const std::string& id_field,
                            const std::string& deprecated_field) {
    const auto type = in.text(type_field).value;
    const auto current = in.integer(id_field).value;
    const auto deprecated = in.integer(deprecated_field).value;
    if (type && *type != expected_type) {
        in.fail(type_field, "must be " + expected_type +
                                " (the sandbox models group roles of "
                                "users only)");
        return std::nullopt;
    }
    if (type && !current) in.fail(id_field, "can't be blank");
    if (current && deprecated && *current != *deprecated) {
        in.fail(deprecated_field, "does not match " + id_field);
        return std::nullopt;
    }
    if (!current && !deprecated) {
        if (!type) in.fail(id_field, "can't be blank");
        return std::nullopt;
    }
    return current ? current : deprecated;
}

ApiResponse post_role_assignment(HandlerContext& context, const ApiRequest& request) {
    const auto body = wrapped_object(request, "role_assignment");
    if (!body.ok()) return ApiResponse::error(body.error());
    BodyReader in(body.value());
    for (const char* other_target : {"place_id", "organization_id"}) {
        if (in.has(other_target)) {
            in.fail(other_target, "is not supported: the sandbox models group roles only");
        }
    }
    const auto group_id = target_id(in, "applies_to_type", "Group", "applies_to_id", "group_id");
    const auto user_id = target_id(in, "assignee_type", "User", "assignee_id", "user_id");
    AssignmentDraft draft;
    draft.role_id = in.text("role_id").value.value_or("");
    if (draft.role_id.empty()) in.fail("role_id", "can't be blank");
    draft.notify = in.flag("notify").value.value_or(false);
    draft.valid_from = in.date_time("valid_from").value;
    draft.valid_until = in.date_time("valid_until").value;
    draft.created_by_user_id = context.identity.user_id;
    if (!in.ok()) return ApiResponse::error(ApiError::validation(in.errors()));
    draft.group_id = *group_id;
    draft.user_id = *user_id;
    return context.services.state.write([&](Model& model) {
        return respond_created(create_role_assignment(model, draft, context.now()),
                               [&](const RoleAssignment& assignment) {
                                   return json::role_assignment(model, assignment);
                               });
    });
}

// Updatable: role_id, notify, valid_from, valid_until. The target and assignee are fixed.
ApiResponse patch_role_assignment(HandlerContext& context, const ApiRequest& request) {
    const auto body = wrapped_object(request, "role_assignment");
    if (!body.ok()) return ApiResponse::error(body.error());
    BodyReader in(body.value());
    AssignmentChanges changes;
    changes.role_id = in.text("role_id").value;
    changes.notify = in.flag("notify").value;
    changes.valid_from = in.date_time("valid_from").change();
    changes.valid_until = in.date_time("valid_until").change();
    if (!in.ok()) return ApiResponse::error(ApiError::validation(in.errors()));
    return context.services.state.write([&](Model& model) {
        return respond_done(update_role_assignment(model, *request.id, changes, context.now()));
    });
}

ApiResponse destroy_role_assignment(HandlerContext& context, const ApiRequest& request) {
    return context.services.state.write(
        [&](Model& model) { return respond_done(delete_role_assignment(model, *request.id)); });
}

}  // namespace

void add_role_assignment_routes(Router& router) {
    router.add("GET", "/role_assignments", Access::admin_login, list_role_assignments);
    router.add("POST", "/role_assignments", Access::admin_login, post_role_assignment);
    router.add("GET", "/role_assignments/{id}", Access::admin_login, show_role_assignment);
    router.add("PATCH", "/role_assignments/{id}", Access::admin_login, patch_role_assignment);
    router.add("DELETE", "/role_assignments/{id}", Access::admin_login, destroy_role_assignment);
}

}  // namespace kisi::sandbox
