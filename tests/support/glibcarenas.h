#pragma once

#include <cstdlib> // defines __GLIBC__ where it applies

// Whether this build allocates through glibc's arenas: AddressSanitizer's allocator replaces them.
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
constexpr bool kGlibcArenas = true;
#else
constexpr bool kGlibcArenas = false;
#endif
