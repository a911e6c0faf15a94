# Finds librdkafka >= 2.10 and defines the imported target Qafka::rdkafka.
#
# Order: a prefix built by scripts/build-librdkafka.sh (QAFKA_RDKAFKA_PREFIX, linked statically so
# the binary never loads the system's older librdkafka.so.1), then the system's library if it is new
# enough. Debian 12's 2.0.2 is rejected with instructions.
set(QAFKA_RDKAFKA_MIN_VERSION 2.10.0)
set(QAFKA_RDKAFKA_PREFIX "" CACHE PATH "Prefix of a librdkafka >= ${QAFKA_RDKAFKA_MIN_VERSION} built by scripts/build-librdkafka.sh")

find_package(PkgConfig REQUIRED)
if(QAFKA_RDKAFKA_PREFIX)
  set(ENV{PKG_CONFIG_PATH} "${QAFKA_RDKAFKA_PREFIX}/lib/pkgconfig:$ENV{PKG_CONFIG_PATH}")
  pkg_check_modules(RDKAFKA_STATIC REQUIRED rdkafka-static>=${QAFKA_RDKAFKA_MIN_VERSION})
  add_library(Qafka::rdkafka INTERFACE IMPORTED)
  target_include_directories(Qafka::rdkafka INTERFACE ${RDKAFKA_STATIC_INCLUDE_DIRS})
  # librdkafka.a plus the shared system codec/TLS/SASL/curl libraries its .pc requires. (The
  # --static flags would also demand curl's own private dependencies as static archives.)
  target_link_libraries(Qafka::rdkafka INTERFACE ${RDKAFKA_STATIC_LDFLAGS})
  set(QAFKA_RDKAFKA_VERSION ${RDKAFKA_STATIC_VERSION})
  set(QAFKA_RDKAFKA_LINKAGE static)
  message(STATUS "librdkafka ${QAFKA_RDKAFKA_VERSION} (static, from ${QAFKA_RDKAFKA_PREFIX})")
else()
  pkg_check_modules(RDKAFKA_SYSTEM rdkafka)
  if(NOT RDKAFKA_SYSTEM_FOUND OR RDKAFKA_SYSTEM_VERSION VERSION_LESS QAFKA_RDKAFKA_MIN_VERSION)
    if(RDKAFKA_SYSTEM_FOUND)
      set(_found "the system has ${RDKAFKA_SYSTEM_VERSION}")
    else()
      set(_found "the system has none")
    endif()
    message(FATAL_ERROR
      "Qafka needs librdkafka >= ${QAFKA_RDKAFKA_MIN_VERSION}, ${_found}.\n"
      "Build one from Debian's current source package (about a minute, outside the repository):\n"
      "  prefix=$(scripts/build-librdkafka.sh | tail -n1)\n"
      "then configure with -DQAFKA_RDKAFKA_PREFIX=\"$prefix\" (scripts/build.sh does both).")
  endif()
  add_library(Qafka::rdkafka INTERFACE IMPORTED)
  target_include_directories(Qafka::rdkafka INTERFACE ${RDKAFKA_SYSTEM_INCLUDE_DIRS})
  target_link_libraries(Qafka::rdkafka INTERFACE ${RDKAFKA_SYSTEM_LINK_LIBRARIES})
  set(QAFKA_RDKAFKA_VERSION ${RDKAFKA_SYSTEM_VERSION})
  set(QAFKA_RDKAFKA_LINKAGE shared)
  message(STATUS "librdkafka ${QAFKA_RDKAFKA_VERSION} (system)")
endif()
