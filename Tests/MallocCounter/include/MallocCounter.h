/*
 * MallocCounter: counts heap allocations made by the calling thread, so tests can check
 * that a code path allocates nothing. Test-only; never linked into the library.
 *
 * It interposes malloc, calloc, realloc, posix_memalign, aligned_alloc and memalign in the
 * test executable and forwards them to glibc's own implementations (__libc_malloc and
 * friends). Counting is per thread and off unless started. Under a sanitizer, which
 * intercepts malloc itself, or off glibc, nothing is interposed and
 * koen_malloc_counter_available() returns 0.
 */
#ifndef KOEN_MALLOC_COUNTER_H
#define KOEN_MALLOC_COUNTER_H

#include <stdint.h>

/** 1 when allocations can be counted in this build, 0 otherwise. */
int koen_malloc_counter_available(void);

/** Starts counting this thread's allocations from zero. */
void koen_malloc_counter_start(void);

/** Stops counting and returns how many allocations this thread made since the start. */
int64_t koen_malloc_counter_stop(void);

#endif
