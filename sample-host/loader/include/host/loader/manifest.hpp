// manifest.hpp: a plugin's manifest.json, parsed and validated
// (host-api/schemas/manifest.schema.json plus semantic checks).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace host::loader {

struct SettingOption {
    std::string value;
    std::string label;
};

// One entry of "settings": a value the host stores and hands to configure().
struct SettingSpec {
    std::string key;
    std::string type;  // bool | integer | number | text | url | email | select | secret
    std::string label;
    std::string default_json;  // the default as a JSON value; empty when none
    std::optional<double> min;
    std::optional<double> max;
    std::vector<SettingOption> options;  // for "select"
};

struct SettingsPageSpec {
    std::string id;
    std::string title;
    std::string location;    // where the host shows it, e.g. "settings.integrations"
    std::string permission;  // required to view and to run its actions
};

struct ProfileTabSpec {
    std::string entity;  // e.g. "employee"
    std::string id;
    std::string title;
    std::string permission;
};

struct Manifest {
    std::string id;
    std::string name;
    std::string version;
    std::string description;
    std::string vendor;
    std::uint32_t host_api_major = 0;
    std::uint32_t host_api_min_minor = 0;
    std::string min_host_version;
    std::string library_file;
    std::string library_sha256;  // lower-case hex; empty in an unpackaged manifest
    std::vector<SettingSpec> settings;
    std::vector<SettingsPageSpec> settings_pages;
    std::vector<ProfileTabSpec> profile_tabs;
    std::vector<std::string> events;        // e.g. "contract.changed/1"
    std::vector<std::string> capabilities;  // e.g. "door_access"
    std::string data_sent_offsite_json;     // the declaration as JSON, for a privacy review
    std::string core_json;  // canonical JSON of the manifest without its "library" block
};

// Either a manifest or the reasons it was rejected, worded for an administrator.
struct ManifestResult {
    std::optional<Manifest> manifest;
    std::vector<std::string> errors;
};

// Parses and validates manifest text: schema (types, required and unknown fields, closed
// sets) and semantics (semver, duplicate ids and keys, defaults within min/max and options).
ManifestResult parse_manifest(const std::string& text);

// Canonical JSON (sorted keys, no whitespace) of a JSON document, for equality checks.
// Throws Poco::Exception when `text` is not JSON.
std::string canonical_json(const std::string& text);

}  // namespace host::loader
