/*
 * The normalized text of a line of prose in ASCII and typographic marks (`LineText` in
 * KoEn: Latin letters lower-cased, every run of other scalars one space, trimmed), 32
 * scalars at a time where they are letters and single spaces, as most of a sentence is.
 */
#include "CTokenBlock.h"
#include "vector_lanes.h"

#include <stddef.h>

#if defined(__x86_64__) && defined(__linux__)
#define KOEN_POPCOUNT_CLONES __attribute__((target_clones("arch=x86-64-v3", "popcnt", "default")))
#else
#define KOEN_POPCOUNT_CLONES
#endif

typedef uint32_t words4 __attribute__((vector_size(16)));
typedef uint32_t words16 __attribute__((vector_size(64)));
typedef uint8_t bytes16 __attribute__((vector_size(16)));

/* The low bytes of the values of the 16 scalars at `scalars`: the third 32-bit word of each
 * 16-byte scalar, four scalars to a shuffle. Only whether a
 * byte is an ASCII letter is read from them: a value outside ASCII (a typographic mark,
 * U+2013 to U+2026) keeps a low byte that is not one. */
static inline bytes16 gather16(const uint8_t *scalars) {
  words4 v[16];
  __builtin_memcpy(v, scalars, 256);
  words4 q[4];
  for (int j = 0; j < 4; j++) {
    words4 a = __builtin_shufflevector(v[4 * j], v[4 * j + 1], 2, 6, 3, 7);
    words4 b = __builtin_shufflevector(v[4 * j + 2], v[4 * j + 3], 2, 6, 3, 7);
    q[j] = __builtin_shufflevector(a, b, 0, 1, 4, 5);
  }
  words16 all = __builtin_shufflevector(
    __builtin_shufflevector(q[0], q[1], 0, 1, 2, 3, 4, 5, 6, 7),
    __builtin_shufflevector(q[2], q[3], 0, 1, 2, 3, 4, 5, 6, 7), 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    12, 13, 14, 15);
  return __builtin_convertvector(all & 0xFF, bytes16);
}

/* The state of the text being written. */
struct writer {
  /* Bytes written to the line before this block of scalars, and within it. */
  int64_t before;
  int64_t length;
  int64_t spaces;
  /* Whether other scalars came after the last letter. */
  int pending;
};

/* Adds 32 bytes (low bytes of scalar values) into `staged`: each run of letters,
 * lower-cased, after one space when other bytes came between it and the letter before
 * (and something was written). A run is copied by one 32-byte load and store, which the
 * staging room allows past its end. */
__attribute__((always_inline)) static inline struct writer add_block(struct writer w, const uint8_t *bytes,
                                                                      uint8_t *staged) {
  bytes32 x;
  __builtin_memcpy(&x, bytes, 32);
  uint64_t letters = LANE_BITS(BIASED(x | 0x20, 0x1F) < -102);
  uint8_t lower[64];
  bytes32 folded = x | 0x20;
  __builtin_memcpy(lower, &folded, 32);
  __builtin_memcpy(lower + 32, &folded, 32);
  uint64_t rest = letters;
  if (rest != 0) {
    int start = __builtin_ctzll(rest);
    /* The first run: after a space if other bytes came before it since the last letter. */
    if ((w.pending || start > 0) && w.before + w.length > 0) {
      staged[w.length++] = 0x20;
      w.spaces++;
    }
    for (;;) {
      int end = start + __builtin_ctzll(~(rest >> start));
      __builtin_memcpy(staged + w.length, lower + start, 32);
      w.length += end - start;
      rest &= ~(uint64_t)0 << end;
      if (rest == 0) break;
      /* Other bytes stand between this run and the next. */
      start = __builtin_ctzll(rest);
      staged[w.length++] = 0x20;
      w.spaces++;
    }
  }
  w.pending = (letters >> 31 & 1) == 0;
  return w;
}

KOEN_POPCOUNT_CLONES
koen_plain_text koen_plain_normalize(const uint8_t *scalars, int64_t stride, int64_t value_offset, int64_t count,
                                     uint8_t *out) {
  struct writer w = {0, 0, 0, 0};
  /* The scalars' values as bytes, 256 at a time, then non-letters to the next 32. */
  uint8_t bytes[256];
  uint8_t staged[256 + 64];
  for (int64_t start = 0; start < count; start += 256) {
    int64_t n = count - start < 256 ? count - start : 256;
    const uint8_t *first = scalars + start * stride;
    const uint8_t *value = first + value_offset;
    int64_t k = 0;
    if (stride == 16 && value_offset == 8) {
      for (; n - k >= 16; k += 16) {
        bytes16 b = gather16(first + k * 16);
        __builtin_memcpy(bytes + k, &b, 16);
      }
    }
    for (; k < n; k++) {
      uint32_t v;
      __builtin_memcpy(&v, value + k * stride, 4);
      bytes[k] = (uint8_t)v;
    }
    for (; k < ((n + 31) & ~(int64_t)31); k++) bytes[k] = 0;
    w.length = 0;
    for (k = 0; k < n; k += 32) w = add_block(w, bytes + k, staged);
    __builtin_memcpy(out + w.before, staged, (size_t)w.length);
    w.before += w.length;
  }
  koen_plain_text text = {w.before, w.spaces};
  return text;
}
