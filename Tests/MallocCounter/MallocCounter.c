#include "MallocCounter.h"

#include <stddef.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define KOEN_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define KOEN_SANITIZED 1
#endif

#if defined(__GLIBC__) && !defined(KOEN_SANITIZED)

#include <errno.h>

extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t count, size_t size);
extern void *__libc_realloc(void *pointer, size_t size);
extern void *__libc_memalign(size_t alignment, size_t size);

static _Thread_local int counting;
static _Thread_local int64_t count;

void *malloc(size_t size) {
  if (counting) count++;
  return __libc_malloc(size);
}

void *calloc(size_t n, size_t size) {
  if (counting) count++;
  return __libc_calloc(n, size);
}

void *realloc(void *pointer, size_t size) {
  if (counting) count++;
  return __libc_realloc(pointer, size);
}

void *memalign(size_t alignment, size_t size) {
  if (counting) count++;
  return __libc_memalign(alignment, size);
}

void *aligned_alloc(size_t alignment, size_t size) {
  if (counting) count++;
  return __libc_memalign(alignment, size);
}

int posix_memalign(void **out, size_t alignment, size_t size) {
  if (counting) count++;
  if (alignment < sizeof(void *) || (alignment & (alignment - 1)) != 0) return EINVAL;
  void *pointer = __libc_memalign(alignment, size);
  if (pointer == NULL && size != 0) return ENOMEM;
  *out = pointer;
  return 0;
}

int koen_malloc_counter_available(void) { return 1; }

void koen_malloc_counter_start(void) {
  count = 0;
  counting = 1;
}

int64_t koen_malloc_counter_stop(void) {
  counting = 0;
  return count;
}

#else

int koen_malloc_counter_available(void) { return 0; }
void koen_malloc_counter_start(void) {}
int64_t koen_malloc_counter_stop(void) { return 0; }

#endif
