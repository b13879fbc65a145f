/*
 * The first occurrence of a byte, by the C library's `memchr` (vector compares of 32 bytes
 * and more at a time where the processor has them): a line feed that ends a line, a NUL
 * that makes a file binary.
 */
#include "CTokenBlock.h"

#include <string.h>

int64_t koen_find_byte(const uint8_t *bytes, int64_t count, uint8_t byte) {
  if (count <= 0) return -1;
  const uint8_t *found = memchr(bytes, byte, (size_t)count);
  return found ? (int64_t)(found - bytes) : -1;
}
