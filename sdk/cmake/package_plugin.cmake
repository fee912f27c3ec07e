# Writes the packaged manifest: the source manifest.json with library.sha256 set to the hash of
# the built library.
#   cmake -DMANIFEST=<manifest.json> -DLIBRARY=<built library> -DOUTPUT=<packaged manifest.json>
#         -P package_plugin.cmake
file(SHA256 "${LIBRARY}" sha256)
file(READ "${MANIFEST}" manifest)
string(JSON manifest SET "${manifest}" library sha256 "\"${sha256}\"")
file(WRITE "${OUTPUT}" "${manifest}\n")
