/*
 * Scans of a run of bytes as a whole: the first occurrence of a byte, by the C library's
 * `memchr` (vector compares of 32 bytes and more at a time where the processor has them:
 * a line feed that ends a line, a NUL that makes a file binary), and a 64-bit hash of
 * the bytes (a short line's key in the survey's counts).
 */
#include "CTokenBlock.h"

#include <string.h>

int64_t koen_find_byte(const uint8_t *bytes, int64_t count, uint8_t byte) {
  if (count <= 0) return -1;
  const uint8_t *found = memchr(bytes, byte, (size_t)count);
  return found ? (int64_t)(found - bytes) : -1;
}

/* Eight bytes a turn, each word of the text taken into the state by one multiplication
 * and a shift: FNV-1a took one multiplication per byte, one after the other. Every step is
 * one to one (an XOR with the word, a multiplication by an odd constant, an XOR with the
 * state shifted right), the length is the starting state, and the last, partial word is
 * padded with zero bytes. The end mixes the high bits into the low ones, by which a table
 * picks its slot. */
uint64_t koen_text_hash(const uint8_t *bytes, int64_t count) {
  const uint64_t k = 0x9E3779B97F4A7C15ull;
  uint64_t h = (uint64_t)count * k;
  int64_t i = 0;
  for (; count - i >= 8; i += 8) {
    uint64_t w;
    memcpy(&w, bytes + i, 8);
    h = (h ^ w) * k;
    h ^= h >> 29;
  }
  if (i < count) {
    /* The last bytes, in the low bytes of a word: read by the word that ends with them
     * when the text has eight bytes (a call of `memcpy` of a count only known here cost
     * more than the turns), one by one otherwise. */
    uint64_t w = 0;
    int64_t rest = count - i;
    if (count >= 8) {
      memcpy(&w, bytes + count - 8, 8);
      w >>= 8 * (8 - rest);
    } else {
      for (int64_t j = rest - 1; j >= 0; j--) w = w << 8 | bytes[i + j];
    }
    h = (h ^ w) * k;
    h ^= h >> 29;
  }
  h ^= h >> 32;
  h *= 0xD6E8FEB86659FD93ull;
  h ^= h >> 32;
  return h;
}
