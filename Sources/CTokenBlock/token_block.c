#include "CTokenBlock.h"

#include "vector_lanes.h"

/* The classes of 32 bytes of ASCII, with compares only (any vector unit). The range tests
 * are signed compares after a bias. */
#define CLASSIFY_ASCII_COMPARES(x, c)                                                        \
  do {                                                                                      \
    c.letters = LANE_BITS(BIASED(x | 0x20, 0x1F) < -102); /* A-Z a-z */                    \
    c.digits = LANE_BITS(BIASED(x, 0x50) < -118);         /* 0-9 */                        \
    c.spaces = LANE_BITS(x == 0x20);                                                        \
    c.slashes = LANE_BITS(x == 0x2F);                                                       \
    /* the marks that may join or extend a word: % ' + , - . : ; */                         \
    c.joiners = LANE_BITS(((x | 2) == 0x27) | ((x | 1) == 0x3B) | (BIASED(x, 0x55) < -124)); \
    /* ASCII bytes the block never decides: @, _, CR */                                     \
    c.asciiStops = LANE_BITS((x == 0x40) | (x == 0x5F) | (x == 0x0D));                      \
  } while (0)

#if KOEN_NIBBLE_LOOKUP
#include <immintrin.h>

/* The same classes from two table lookups per byte, one by its low and one by its high
 * four bits (`vpshufb`, AVX2), whose AND has a bit per class: 0x80 digits, 0x01 and 0x02
 * letters (A-O a-o, P-Z p-z), 0x04 and 0x08 joiners (% ' + , - . and : ;), 0x10 0x20 0x40
 * the stops @ _ CR. Bytes from 0x80 up have no class: their high nibble's entry is 0.
 * About 20 instructions fewer per block than the compares. */
#define NIBBLE_TABLE(...) ((bytes32){__VA_ARGS__, __VA_ARGS__})
#define CLASSIFY_ASCII_NIBBLES(x, c)                                                         \
  do {                                                                                      \
    const bytes32 byLow = NIBBLE_TABLE(                                                     \
      (int8_t)0x92, (int8_t)0x83, (int8_t)0x83, (int8_t)0x83, (int8_t)0x83, (int8_t)0x87,   \
      (int8_t)0x83, (int8_t)0x87, (int8_t)0x83, (int8_t)0x83, 0x0B, 0x0D, 0x05, 0x45, 0x05, \
      0x21);                                                                                \
    const bytes32 byHigh = NIBBLE_TABLE(                                                    \
      0x40, 0, 0x04, (int8_t)0x88, 0x11, 0x22, 0x01, 0x02, 0, 0, 0, 0, 0, 0, 0, 0);         \
    bytes32 high = (bytes32)((unsigned16x16)x >> 4) & 0x0F;                                  \
    bytes32 cls = (bytes32)_mm256_shuffle_epi8((__m256i)byLow, (__m256i)x)                  \
                  & (bytes32)_mm256_shuffle_epi8((__m256i)byHigh, (__m256i)high);           \
    c.letters = LANE_BITS((cls & 0x03) > 0);                                                \
    c.digits = LANE_BITS(cls < 0);                                                          \
    c.spaces = LANE_BITS(x == 0x20);                                                        \
    c.slashes = LANE_BITS(x == 0x2F);                                                       \
    c.joiners = LANE_BITS((cls & 0x0C) > 0);                                                \
    c.asciiStops = LANE_BITS((cls & 0x70) > 0);                                             \
  } while (0)
#endif

/* Where a precomposed Hangul syllable U+AC00-U+D77F may start, by its first two bytes: EA
 * B0-BF, EB-EC 80-BF, ED 80-9D (U+D780-U+D7A3 are left to the scanner). */
#define SYLLABLE_STARTS_COMPARES(x, next)                                                    \
  (((x == (int8_t)0xEA) & (BIASED(next, 0xD0) < -112)) | ((BIASED(x, 0x95) < -126) & (next < -64)) \
   | ((x == (int8_t)0xED) & (next < -98)))

#if KOEN_NIBBLE_LOOKUP
/* The same from the lead byte's low four bits (`vpshufb`): a bias that moves the second
 * byte's range for that lead to start at -128, and the bound it must be under. */
#define SYLLABLE_STARTS_NIBBLES(x, next)                                                     \
  ({                                                                                        \
    const bytes32 bias = NIBBLE_TABLE(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (int8_t)0xD0, 0, 0, 0, 0, 0); \
    const bytes32 bound = NIBBLE_TABLE(                                                     \
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -112, -64, -64, -98, 0, 0);                             \
    bytes32 lowBits = x & 0x0F;                                                             \
    bytes32 moved = (bytes32)((unsigned32)next                                              \
                              + (unsigned32)_mm256_shuffle_epi8((__m256i)bias, (__m256i)lowBits)); \
    (BIASED(x, 0x96) < -124) /* EA-ED */                                                    \
      & ((bytes32)_mm256_shuffle_epi8((__m256i)bound, (__m256i)lowBits) > moved);          \
  })
#endif

/* The classes of any 32 bytes `x` (`next` and `after` are the same bytes moved by one and
 * by two): those of ASCII (by `CLASSIFY_ASCII`), and hyphens, bytes outside ASCII and
 * Hangul syllables (their first two bytes by `SYLLABLE_STARTS`, then a continuation byte). */
#define CLASSIFY(CLASSIFY_ASCII, SYLLABLE_STARTS, x, next, after, c)                         \
  do {                                                                                      \
    CLASSIFY_ASCII(x, c);                                                                   \
    c.hyphens = LANE_BITS(x == 0x2D);                                                       \
    c.high = LANE_BITS(x < 0);                                                              \
    c.syllables = LANE_BITS(SYLLABLE_STARTS(x, next) & (after < -64));                      \
  } while (0)

struct classes {
  uint64_t letters, digits, spaces, slashes, hyphens, joiners, asciiStops, high, syllables;
};

/* The block from the classes of its 64 bytes. */
static inline __attribute__((always_inline)) koen_token_block finish(
  uint64_t letters, uint64_t digits, uint64_t spaces, uint64_t slashes, uint64_t hyphens,
  uint64_t joiners, uint64_t asciiStops, uint64_t high, uint64_t syllables) {
  /* The second and third bytes of each syllable; every other byte outside ASCII stops. */
  uint64_t inSyllables = syllables << 1 | syllables << 2;
  uint64_t stops = (high & ~(syllables | inSyllables)) | asciiStops;
  uint64_t alnum = letters | digits;
  /* Bytes that end an ASCII word or number whatever follows (the tokenizer's
   * `koen_ascii_word_ends` 1, and a Hangul syllable). */
  uint64_t enders = ~(alnum | joiners | stops);
  /* A run of letters, digits, spaces or syllables goes on where the byte before is of its
   * kind; a syllable's last two bytes are inside it. */
  uint64_t runs = (letters & letters << 1) | (digits & digits << 1) | (spaces & spaces << 1)
                  | inSyllables | (syllables & syllables << 3);
  uint64_t bounds = ~runs;
  /* A word or number ends at an ender, or at a mark before an ASCII ender but `/`
   * (`word. `; not `http:/`, `a.한`). */
  uint64_t wordEnds = enders | (joiners & (enders & ~high & ~slashes) >> 1);
  uint64_t badWordEnds = alnum << 1 & bounds & ~wordEnds;
  /* A hyphen may join Hangul (`한-국`). */
  uint64_t badHangulEnds = syllables << 3 & ~syllables & hyphens;
  koen_token_block block = {
    bounds, stops | stops << 1 | badWordEnds | badHangulEnds | (uint64_t)1 << 63};
  return block;
}

#define JOIN(field) (lo.field | hi.field << 32)

/* The scan of 64 bytes `x0` `x1` of ASCII, with `CLASSIFY_ASCII` for their classes: no
 * syllables, no hyphen after one (most blocks of English text). */
#define SCAN_ASCII(CLASSIFY_ASCII, x0, x1)                                                   \
  do {                                                                                      \
    struct classes lo, hi;                                                                  \
    CLASSIFY_ASCII(x0, lo);                                                                 \
    CLASSIFY_ASCII(x1, hi);                                                                 \
    return finish(JOIN(letters), JOIN(digits), JOIN(spaces), JOIN(slashes), 0,            \
                  JOIN(joiners), JOIN(asciiStops), 0, 0);                                   \
  } while (0)

/* The scan of the 64 bytes at `bytes` (`x0` `x1`), any bytes. */
#define SCAN_ANY(CLASSIFY_ASCII, SYLLABLE_STARTS, bytes, x0, x1)                                              \
  do {                                                                                      \
    struct classes lo, hi;                                                                  \
    bytes32 n0, n1, a0, a1;                                                                 \
    __builtin_memcpy(&n0, bytes + 1, 32);                                                   \
    __builtin_memcpy(&n1, bytes + 33, 32);                                                  \
    __builtin_memcpy(&a0, bytes + 2, 32);                                                   \
    __builtin_memcpy(&a1, bytes + 34, 32);                                                  \
    CLASSIFY(CLASSIFY_ASCII, SYLLABLE_STARTS, x0, n0, a0, lo);                              \
    CLASSIFY(CLASSIFY_ASCII, SYLLABLE_STARTS, x1, n1, a1, hi);                              \
    return finish(JOIN(letters), JOIN(digits), JOIN(spaces), JOIN(slashes), JOIN(hyphens), \
                  JOIN(joiners), JOIN(asciiStops), JOIN(high), JOIN(syllables));            \
  } while (0)

#define LOAD_BLOCK(bytes, x0, x1)                                                            \
  bytes32 x0, x1;                                                                           \
  __builtin_memcpy(&x0, bytes, 32);                                                         \
  __builtin_memcpy(&x1, bytes + 32, 32)

#define ALL_ASCII(x0, x1) (LANE_BITS(x0 < 0) == 0 && LANE_BITS(x1 < 0) == 0)

KOEN_VECTOR_CLONES
koen_token_block koen_token_block_scan_portable(const uint8_t *bytes) {
  LOAD_BLOCK(bytes, x0, x1);
  if (ALL_ASCII(x0, x1)) SCAN_ASCII(CLASSIFY_ASCII_COMPARES, x0, x1);
  SCAN_ANY(CLASSIFY_ASCII_COMPARES, SYLLABLE_STARTS_COMPARES, bytes, x0, x1);
}

#if KOEN_NIBBLE_LOOKUP
/* A block with bytes outside ASCII, apart: the ASCII blocks' function then needs fewer
 * registers saved (six pushes and pops fewer per block), and reaches this one by a jump. */
__attribute__((target("avx2"), noinline)) static koen_token_block scanAnyWithNibbles(
  const uint8_t *bytes) {
  LOAD_BLOCK(bytes, x0, x1);
  SCAN_ANY(CLASSIFY_ASCII_NIBBLES, SYLLABLE_STARTS_NIBBLES, bytes, x0, x1);
}

__attribute__((target("avx2"))) static koen_token_block scanWithNibbles(const uint8_t *bytes) {
  LOAD_BLOCK(bytes, x0, x1);
  if (!ALL_ASCII(x0, x1)) return scanAnyWithNibbles(bytes);
  SCAN_ASCII(CLASSIFY_ASCII_NIBBLES, x0, x1);
}

/* The scan for this processor, chosen once at load time. */
static koen_token_block (*resolveScan(void))(const uint8_t *) {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") ? scanWithNibbles : koen_token_block_scan_portable;
}

koen_token_block koen_token_block_scan(const uint8_t *bytes) __attribute__((ifunc("resolveScan")));
#else
koen_token_block koen_token_block_scan(const uint8_t *bytes) {
  return koen_token_block_scan_portable(bytes);
}
#endif
