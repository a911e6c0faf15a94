#include "platform/foreignfrees.h"

#include "platform/threadpriority.h"

#include <atomic>
#include <cstdlib> // defines __GLIBC__ where it applies

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_HWADDRESS__) || defined(__SANITIZE_THREAD__)
#define QAFKA_ALLOCATOR_REPLACED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(hwaddress_sanitizer) ||                      \
    __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer) ||                          \
    __has_feature(leak_sanitizer)
#define QAFKA_ALLOCATOR_REPLACED 1
#endif
#endif

#if defined(__GLIBC__) && !defined(QAFKA_ALLOCATOR_REPLACED)
#define QAFKA_HANDS_OVER_FOREIGN_FREES 1
#include <algorithm>
#include <cstring>
#include <dlfcn.h>
#include <linux/futex.h>
#include <malloc.h>
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

// glibc's own allocator under the names it exports for programs that replace some of it.
extern "C" {
void __libc_free(void *block);                  // NOLINT(bugprone-reserved-identifier)
void *__libc_realloc(void *block, size_t size); // NOLINT(bugprone-reserved-identifier)
}
#endif

namespace {

std::atomic<std::uint64_t> g_handedOverCount{0};
std::atomic<std::uint64_t> g_freedCount{0};

#if defined(QAFKA_HANDS_OVER_FOREIGN_FREES)
using FreeFunction = void (*)(void *);
using ReallocFunction = void *(*)(void *, size_t);

// The next free() and realloc() after this program's: glibc's, or those of a tool or allocator
// preloaded before it (heaptrack, jemalloc), which must get every block back.
std::atomic<FreeFunction> g_nextFree{nullptr};
std::atomic<ReallocFunction> g_nextRealloc{nullptr};

// Found before any shared library's initializer runs (a pre-initializer, which only a program may
// have), so that those and everything after them free through the right allocator.
void findTheNextAllocator(int, char **, char **)
{
    g_nextFree = reinterpret_cast<FreeFunction>(dlsym(RTLD_NEXT, "free"));
    g_nextRealloc = reinterpret_cast<ReallocFunction>(dlsym(RTLD_NEXT, "realloc"));
}
using PreInitializer = void (*)(int, char **, char **);
__attribute__((section(".preinit_array"), used)) const PreInitializer g_findTheNextAllocator =
    findTheNextAllocator;

// Blocks are told apart by glibc's chunk header, so only when glibc's allocator is the one in use.
bool glibcAllocatesHere()
{
    return g_nextFree.load(std::memory_order_relaxed) == &__libc_free;
}

void freeNow(void *block)
{
    const FreeFunction next = g_nextFree.load(std::memory_order_relaxed);
    next != nullptr ? next(block) : __libc_free(block);
}

// Only the threads that asked: their arena is the main one (handOverForeignFreesOfThisThread).
thread_local __attribute__((tls_model("initial-exec"))) bool t_handsOverForeignFrees = false;

// glibc's chunk header is the word before the block: its size, with flags in the low bits.
constexpr size_t kMappedChunk = 0x2;
constexpr size_t kNonMainArenaChunk = 0x4;

bool heldByAnotherArena(const void *block)
{
    const size_t header = static_cast<const size_t *>(block)[-1];
    return (header & kNonMainArenaChunk) != 0 && (header & kMappedChunk) == 0;
}

// A stack of handed-over blocks, linked through their first word; the helper takes it whole.
std::atomic<void *> g_handedOver{nullptr};
// Bumped when the stack stops being empty; the helper sleeps on it (a futex: no lock to take).
std::atomic<std::uint32_t> g_handOverSignal{0};
// A burst of frees gathers while the helper sleeps this long after each pass, so the GUI thread
// wakes it (a system call) once per burst rather than once per block.
constexpr useconds_t kGatherMicroseconds = 2000;

long futex(std::atomic<std::uint32_t> &word, int operation, std::uint32_t value)
{
    static_assert(sizeof(std::atomic<std::uint32_t>) == sizeof(std::uint32_t));
    return syscall(SYS_futex, reinterpret_cast<std::uint32_t *>(&word), operation, value, nullptr,
                   nullptr, 0);
}

void handOver(void *block)
{
    void *top = g_handedOver.load(std::memory_order_relaxed);
    do {
        *static_cast<void **>(block) = top;
    } while (!g_handedOver.compare_exchange_weak(top, block, std::memory_order_release,
                                                 std::memory_order_relaxed));
    g_handedOverCount.fetch_add(1, std::memory_order_relaxed);
    if (top == nullptr) {
        g_handOverSignal.fetch_add(1, std::memory_order_release);
        futex(g_handOverSignal, FUTEX_WAKE_PRIVATE, 1);
    }
}

void *freeHandedOverBlocks(void *)
{
    Qafka::lowerCurrentThreadPriority();
    for (;;) {
        const std::uint32_t signal = g_handOverSignal.load(std::memory_order_acquire);
        void *block = g_handedOver.exchange(nullptr, std::memory_order_acquire);
        if (block == nullptr) {
            futex(g_handOverSignal, FUTEX_WAIT_PRIVATE, signal);
            continue;
        }
        while (block != nullptr) {
            void *const next = *static_cast<void **>(block);
            freeNow(block);
            g_freedCount.fetch_add(1, std::memory_order_relaxed);
            block = next;
        }
        usleep(kGatherMicroseconds);
    }
    return nullptr;
}

// A child forked without exec has no helper: it frees its blocks itself.
void stopHandingOverInTheChild()
{
    t_handsOverForeignFrees = false;
}

bool startTheHelper()
{
    if (pthread_atfork(nullptr, nullptr, stopHandingOverInTheChild) != 0)
        return false;
    pthread_t helper{};
    if (pthread_create(&helper, nullptr, freeHandedOverBlocks, nullptr) != 0)
        return false;
    pthread_setname_np(helper, "qafka-frees");
    pthread_detach(helper);
    return true;
}
#endif

} // namespace

#if defined(QAFKA_HANDS_OVER_FOREIGN_FREES)
// Replaces glibc's free() and realloc() for the whole process (ELF interposition, as glibc
// documents for allocators): everything but a handing-over thread's foreign blocks goes on to
// the next allocator's unchanged.
extern "C" __attribute__((visibility("default"))) void free(void *block) noexcept
{
    if (block != nullptr && t_handsOverForeignFrees && heldByAnotherArena(block)) {
        handOver(block);
        return;
    }
    freeNow(block);
}

extern "C" __attribute__((visibility("default"))) void *realloc(void *block, size_t size) noexcept
{
    if (block == nullptr || !t_handsOverForeignFrees || !heldByAnotherArena(block)) {
        const ReallocFunction next = g_nextRealloc.load(std::memory_order_relaxed);
        return next != nullptr ? next(block, size) : __libc_realloc(block, size);
    }
    // Growing or shrinking in place would take the other arena's lock: move it to this one.
    if (size == 0) {
        handOver(block); // glibc's realloc(block, 0) frees it and returns null
        return nullptr;
    }
    void *const moved = malloc(size);
    if (moved == nullptr)
        return nullptr; // the block stays as it was, as realloc promises
    std::memcpy(moved, block, std::min(size, malloc_usable_size(block)));
    handOver(block);
    return moved;
}
#endif

namespace Qafka {

bool handOverForeignFreesOfThisThread()
{
#if defined(QAFKA_HANDS_OVER_FOREIGN_FREES)
    // Only the main thread allocates in glibc's main arena, which is what "foreign" is told from.
    if (gettid() != getpid() || !glibcAllocatesHere())
        return false;
    static const bool helperStarted = startTheHelper();
    t_handsOverForeignFrees = helperStarted;
    return helperStarted;
#else
    return false;
#endif
}

ForeignFreeCounts foreignFreeCounts()
{
    return {g_handedOverCount.load(std::memory_order_relaxed),
            g_freedCount.load(std::memory_order_relaxed)};
}

} // namespace Qafka
