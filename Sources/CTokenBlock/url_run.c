#include "CTokenBlock.h"

#include "vector_lanes.h"

/* The bytes a URL may hold (RFC 3986's characters): ASCII from `!` to `~` but
 * `" < > \ ^ ` { | }`. */
#define URL_BYTES(x)                                                                       \
  ((BIASED(x, 0x5F) < -34) /* 21-7E */                                                    \
   & ~((x == 0x22) | (x == 0x60) | ((x | 2) == 0x3E) /* < > */ | ((x | 2) == 0x5E) /* \ ^ */ \
       | (BIASED(x, 0x05) < -125) /* { | } */))

/* The same set as two 64-bit masks, for the last bytes. */
static const uint64_t urlBytesLow = 0xAFFFFFFA00000000ull;
static const uint64_t urlBytesHigh = 0x47FFFFFEAFFFFFFFull;

static inline int isURLByte(uint8_t b) {
  if (b >= 0x80) return 0;
  uint64_t set = b < 64 ? urlBytesLow : urlBytesHigh;
  return (int)(set >> (b & 63) & 1);
}

KOEN_VECTOR_CLONES
koen_url_run koen_url_run_scan(const uint8_t *bytes, int64_t count) {
  int64_t i = 0, parens = 0, brackets = 0;
  while (i + 32 <= count) {
    bytes32 x;
    __builtin_memcpy(&x, bytes + i, 32);
    uint64_t outside = ~LANE_BITS(URL_BYTES(x)) & 0xFFFFFFFFull;
    /* The bytes of the run in this load (all 32 when none is outside). */
    uint64_t run = outside ? (outside & (0 - outside)) - 1 : 0xFFFFFFFFull;
    /* Brackets are rare in URLs: one test for all four, then a count of each. */
    if (LANE_BITS(((x | 1) == 0x29) | (x == 0x5B) | (x == 0x5D)) & run) {
      parens += __builtin_popcountll(LANE_BITS(x == 0x28) & run)
                - __builtin_popcountll(LANE_BITS(x == 0x29) & run);
      brackets += __builtin_popcountll(LANE_BITS(x == 0x5B) & run)
                  - __builtin_popcountll(LANE_BITS(x == 0x5D) & run);
    }
    if (outside) {
      koen_url_run result = {i + __builtin_ctzll(outside), parens, brackets};
      return result;
    }
    i += 32;
  }
  for (; i < count && isURLByte(bytes[i]); i++) {
    switch (bytes[i]) {
    case '(': parens++; break;
    case ')': parens--; break;
    case '[': brackets++; break;
    case ']': brackets--; break;
    default: break;
    }
  }
  koen_url_run result = {i, parens, brackets};
  return result;
}
