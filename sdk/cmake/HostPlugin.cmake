# add_host_plugin(<target> MANIFEST <manifest.json> [OUTPUT_DIR <dir>] SOURCES <files...>)
#
# Builds a plugin library for the host ABI (host-api/include/host_api/host_plugin.h):
#  - a MODULE library named after the manifest's library.file, built with hidden visibility,
#    exporting only hp_plugin_entry_v<major> (linker version script) and linked with
#    --no-undefined so that a missing symbol fails the build, not the host;
#  - the manifest without its "library" block compiled in (sdk/embedded_manifest.h), which the
#    host compares with the manifest next to the library;
#  - packaged after each build as <OUTPUT_DIR>/<id>/ holding the library and manifest.json
#    with library.sha256 filled in. OUTPUT_DIR defaults to ${CMAKE_BINARY_DIR}/plugins, the
#    folder the sample host loads.
# Link the sdk (or nothing, for a plugin written in plain C) with target_link_libraries.
set(HOST_PLUGIN_CMAKE_DIR ${CMAKE_CURRENT_LIST_DIR} CACHE INTERNAL "sdk/cmake")

function(add_host_plugin target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "MANIFEST;OUTPUT_DIR" "SOURCES")
  if(NOT arg_MANIFEST)
    message(FATAL_ERROR "add_host_plugin(${target}): MANIFEST is required")
  endif()
  if(NOT arg_OUTPUT_DIR)
    set(arg_OUTPUT_DIR ${CMAKE_BINARY_DIR}/plugins)
  endif()
  get_filename_component(manifest ${arg_MANIFEST} ABSOLUTE)
  # The id and library file decide the package layout, so re-configure when they change.
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${manifest})
  file(READ ${manifest} manifest_text)
  string(JSON plugin_id GET "${manifest_text}" id)
  string(JSON library_file GET "${manifest_text}" library file)
  set(package_dir ${arg_OUTPUT_DIR}/${plugin_id})

  set(embedded ${CMAKE_CURRENT_BINARY_DIR}/${target}_embedded_manifest.cpp)
  add_custom_command(
    OUTPUT ${embedded}
    COMMAND ${CMAKE_COMMAND} -DMANIFEST=${manifest} -DOUTPUT=${embedded}
            -P ${HOST_PLUGIN_CMAKE_DIR}/embed_manifest.cmake
    DEPENDS ${manifest} ${HOST_PLUGIN_CMAKE_DIR}/embed_manifest.cmake
    COMMENT "Embedding ${plugin_id} manifest")

  add_library(${target} MODULE ${arg_SOURCES} ${embedded})
  target_include_directories(${target} PRIVATE ${HOST_PLUGIN_CMAKE_DIR}/../include)
  target_link_libraries(${target} PRIVATE host_api)
  set(version_script ${HOST_PLUGIN_CMAKE_DIR}/host_plugin.map)
  target_link_options(${target} PRIVATE -Wl,--version-script=${version_script} -Wl,--no-undefined)
  set_target_properties(${target} PROPERTIES
    C_VISIBILITY_PRESET hidden
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    LINK_DEPENDS ${version_script}
    PREFIX ""
    SUFFIX ""
    OUTPUT_NAME ${library_file}
    LIBRARY_OUTPUT_DIRECTORY ${package_dir})

  add_custom_command(TARGET ${target} POST_BUILD
    COMMAND ${CMAKE_COMMAND} -DMANIFEST=${manifest} -DLIBRARY=$<TARGET_FILE:${target}>
            -DOUTPUT=${package_dir}/manifest.json
            -P ${HOST_PLUGIN_CMAKE_DIR}/package_plugin.cmake
    COMMENT "Packaging ${plugin_id} into ${package_dir}")
  set_target_properties(${target} PROPERTIES HOST_PLUGIN_PACKAGE_DIR ${package_dir})
endfunction()
