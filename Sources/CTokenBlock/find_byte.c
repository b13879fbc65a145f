/*
 * Scans of a run of bytes as a whole: the first occurrence of a byte, by the C library's
 * `memchr` (vector compares of 32 bytes and more at a time where the processor has them:
 * a line feed that ends a line, a NUL that makes a file binary), and the FNV-1a hash of
 * the bytes (a short line's key in the survey's counts).
 */
#include "CTokenBlock.h"

#include <string.h>

int64_t koen_find_byte(const uint8_t *bytes, int64_t count, uint8_t byte) {
  if (count <= 0) return -1;
  const uint8_t *found = memchr(bytes, byte, (size_t)count);
  return found ? (int64_t)(found - bytes) : -1;
}

uint64_t koen_fnv1a(const uint8_t *bytes, int64_t count) {
  uint64_t h = 0xcbf29ce484222325ull;
  const uint64_t prime = 0x100000001b3ull;
  int64_t i = 0;
  /* Four bytes a turn: one test of the end for four. */
  for (; count - i >= 4; i += 4) {
    h = (h ^ bytes[i]) * prime;
    h = (h ^ bytes[i + 1]) * prime;
    h = (h ^ bytes[i + 2]) * prime;
    h = (h ^ bytes[i + 3]) * prime;
  }
  for (; i < count; i++) h = (h ^ bytes[i]) * prime;
  return h;
}
