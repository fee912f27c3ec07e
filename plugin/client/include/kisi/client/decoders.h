#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kisi/client/models.h"
#include "kisi/client/result.h"

// Kisi response bodies to models. Never throws and never trusts the input: a body that is
// not JSON, too large, too deep, or whose fields have other types than Kisi documents gives an
// Error of kind `undecodable` that says where.
namespace kisi::client {

inline constexpr std::size_t kMaxResponseBytes = 16 * 1024 * 1024;
inline constexpr std::size_t kMaxJsonDepth = 32;

// T is one of CurrentUser, Place, Group, GroupLock, Lock, User, RoleAssignment, Login,
// UnlockResult.
template <class T>
Result<T> decode_object(std::string_view json);

// A bare JSON array of T, as Kisi's list endpoints answer.
template <class T>
Result<std::vector<T>> decode_array(std::string_view json);

// Kisi's error bodies: {"code": ..., "error": ...} and {"errors": {"field": ["msg", ...]}}.
struct ErrorBody {
    std::string code;
    std::string message;
    std::map<std::string, std::vector<std::string>> field_errors;
};

// nullopt when the body is neither shape.
std::optional<ErrorBody> decode_error_body(std::string_view json);

#define KISI_CLIENT_DECODABLE(T)                                       \
    extern template Result<T> decode_object<T>(std::string_view json); \
    extern template Result<std::vector<T>> decode_array<T>(std::string_view json);
KISI_CLIENT_DECODABLE(CurrentUser)
KISI_CLIENT_DECODABLE(Place)
KISI_CLIENT_DECODABLE(Group)
KISI_CLIENT_DECODABLE(GroupLock)
KISI_CLIENT_DECODABLE(Lock)
KISI_CLIENT_DECODABLE(User)
KISI_CLIENT_DECODABLE(RoleAssignment)
KISI_CLIENT_DECODABLE(Login)
KISI_CLIENT_DECODABLE(UnlockResult)
#undef KISI_CLIENT_DECODABLE

}  // namespace kisi::client
