// GET|POST /places, GET|DELETE /places/{id}
#include "handlers/filters.h"
#include "handlers/kisi_routes.h"
#include "handlers/respond.h"
#include "http/body_reader.h"
#include "http/pagination.h"
#include "http/query_reader.h"
#include "json/place_json.h"
#include "store/topology.h"

namespace kisi::sandbox {
namespace {

ApiResponse list_places(HandlerContext& context, const ApiRequest& request) {
    QueryReader query(request, context.identity.user_id);
    const auto ids = query.ids();
    const auto text = query.text("query");
    const Page page = query.page(places_page);
    if (!query.ok()) return ApiResponse::error(query.error());
    return context.services.state.read([&](const Model& model) {
        std::vector<const Place*> matching;
        for (const auto& [id, place] : model.places) {
            if (ids && !ids->count(id)) continue;
            if (text && !contains_text(place.name, *text)) continue;
            matching.push_back(&place);
        }
        sort_by_name(matching, query.text("sort"), "name",
                     [](const Place& place) { return place.name; });
        return page_response(matching, page,
                             [&](const Place& place) { return json::place(model, place); });
    });
}

ApiResponse show_place(HandlerContext& context, const ApiRequest& request) {
    return context.services.state.read([&](const Model& model) {
        return respond_found(model.place(*request.id), "Place",
                             [&](const Place& place) { return json::place(model, place); });
    });
}

ApiResponse post_place(HandlerContext& context, const ApiRequest& request) {
    const auto body = wrapped_object(request, "place");
    if (!body.ok()) return ApiResponse::error(body.error());
    BodyReader in(body.value());
    PlaceDraft draft;
    draft.name = in.text("name").value.value_or("");
    draft.address = in.text("address").value.value_or("");
    draft.description = in.text("description").value;
    draft.latitude = in.number("latitude").value;
    draft.longitude = in.number("longitude").value;
    draft.time_zone = in.text("time_zone").value;
    if (!in.ok()) return ApiResponse::error(ApiError::validation(in.errors()));
    return context.services.state.write([&](Model& model) {
        return respond_created(create_place(model, std::move(draft), context.now()),
                               [&](const Place& place) { return json::place(model, place); });
    });
}

ApiResponse destroy_place(HandlerContext& context, const ApiRequest& request) {
    return context.services.state.write(
        [&](Model& model) { return respond_done(delete_place(model, *request.id)); });
}

}  // namespace

void add_place_routes(Router& router) {
    router.add("GET", "/places", Access::admin_login, list_places);
    router.add("POST", "/places", Access::admin_login, post_place);
    router.add("GET", "/places/{id}", Access::admin_login, show_place);
    router.add("DELETE", "/places/{id}", Access::admin_login, destroy_place);
}

}  // namespace kisi::sandbox
