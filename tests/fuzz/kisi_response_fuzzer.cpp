// libFuzzer target: every decoder of Kisi answers (bodies, error bodies, headers, timestamps) on
// arbitrary bytes. None may crash, hang or leak; each must answer a value or a typed error.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "kisi/client/collection_range.h"
#include "kisi/client/decoders.h"
#include "kisi/client/error_mapping.h"
#include "kisi/client/timestamp.h"

namespace {

using namespace kisi::client;

template <class T>
void decode_both_ways(std::string_view body) {
    auto one = decode_object<T>(body);
    if (!one.ok() && one.error().kind != ErrorKind::undecodable) __builtin_trap();
    auto many = decode_array<T>(body);
    if (!many.ok() && many.error().kind != ErrorKind::undecodable) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    decode_both_ways<CurrentUser>(input);
    decode_both_ways<Place>(input);
    decode_both_ways<Group>(input);
    decode_both_ways<GroupLock>(input);
    decode_both_ways<Lock>(input);
    decode_both_ways<User>(input);
    decode_both_ways<RoleAssignment>(input);
    decode_both_ways<Login>(input);
    decode_both_ways<UnlockResult>(input);
    (void)decode_error_body(input);
    (void)parse_collection_range(input);
    (void)parse_timestamp(input);
    const auto now = std::chrono::system_clock::time_point(std::chrono::seconds{1704067200});
    (void)parse_retry_after(input, now);
    for (const int status : {401, 422, 429, 503}) {
        HttpResponse response{
            status, {{"Retry-After", std::string(input.substr(0, 64))}}, std::string(input)};
        const Error error = error_from_response(response, "GET /places", now);
        if (error.message.empty()) __builtin_trap();
    }
    return 0;
}
