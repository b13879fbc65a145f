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

/* What a byte says about a mark right after a run of ASCII letters or digits, where the
 * byte after the mark does not end a word whatever comes next. As the byte before or after
 * the mark: 1 a letter, 2 a digit. As the mark: 4 it joins two runs of letters (`-` ' `.`,
 * as `TokenScanner.joins`, and `_`, which `TokenScanner.asciiRun` takes into the run), 8
 * two runs of digits (' `.` `,` `;` `_`); 0x10 the word ends before
 * it unless `/` follows (`:`), 0x20 unless a byte outside ASCII or `@` follows (' `,` `;`:
 * `TokenScanner.asciiWordMayContinue`); 0x200 `.`, which does not join after `www`. As
 * the byte after the mark: 0x40 not `/`, 0x80 ASCII but not `@`. 0x100 `w` or `W`. */
static const uint16_t markBytes[256] = {
  0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0,  /* 00 */
  0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0,  /* 10 */
  0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0EC, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0E8, 0x0C4, 0x2CC, 0x080,  /* 20 */
  0x0C2, 0x0C2, 0x0C2, 0x0C2, 0x0C2, 0x0C2, 0x0C2, 0x0C2, 0x0C2, 0x0C2, 0x0D0, 0x0E8, 0x0C0, 0x0C0, 0x0C0, 0x0C0,  /* 30 */
  0x040, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1,  /* 40 */
  0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x1C1, 0x0C1, 0x0C1, 0x0C1, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0CC,  /* 50 */
  0x0C0, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1,  /* 60 */
  0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x0C1, 0x1C1, 0x0C1, 0x0C1, 0x0C1, 0x0C0, 0x0C0, 0x0C0, 0x0C0, 0x0C0,  /* 70 */
  0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040,  /* 80 */
  0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040,  /* 90 */
  0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040,  /* A0 */
  0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040,  /* B0 */
  0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040,  /* C0 */
  0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040,  /* D0 */
  0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040,  /* E0 */
  0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040, 0x040,  /* F0 */
};

/* `block` with the marks at `marks` decided (bits of the block at `bytes`, each an ASCII
 * mark, `_`, `@` or CR right after a letter or digit, which stops the block because the byte
 * after it does not end a word whatever comes next): a mark that joins two runs into one
 * word (`don't`, `well-known`, `e.g`, `3,000`, `1.5`, `user_name`) is no longer a bound, nor
 * the byte after it, nor a stop, and a mark before which the word ends after all
 * (`xml:lang`, `&lt;b`) no longer stops. Only the word's end stops such a mark, and only
 * a `_` the byte after it (no other stop falls on a mark after a letter or digit, nor on
 * the letter or digit after it). A `.` after `www` does not join: the scanner looks for a URL there; nor
 * does anything after `://` in the block, most likely a URL's body. Out of line and reached
 * by a tail call, so that the scans keep no more registers for it. */
static __attribute__((noinline)) koen_token_block decideMarks(const uint8_t *bytes, uint64_t marks,
                                                              koen_token_block block) {
  marks &= ~((uint64_t)1 << 63); /* the block's last byte: the next is not classified */
  while (marks) {
    int p = __builtin_ctzll(marks);
    marks &= marks - 1;
    unsigned mark = markBytes[bytes[p]], next = markBytes[bytes[p + 1]], before = markBytes[bytes[p - 1]];
    unsigned runs = next & 3;
    if (runs == (before & 3) && (mark >> 2 & runs)) {
      if ((mark & 0x200) && p >= 3 && (before & markBytes[bytes[p - 2]] & markBytes[bytes[p - 3]] & 0x100))
        continue;
      /* a `_` also stops the byte after it; a joining mark's next byte is no stop */
      block.bounds &= ~((uint64_t)3 << p);
      block.stops &= ~((uint64_t)3 << p);
    } else if ((mark << 2) & next & 0xC0) {
      block.stops &= ~((uint64_t)1 << p);
    } else if (mark & 0x10) {
      break;
    }
  }
  return block;
}

/* The block from the classes of its 64 bytes at `bytes`. */
static inline __attribute__((always_inline)) koen_token_block finish(
  const uint8_t *bytes, int underscores, uint64_t letters, uint64_t digits, uint64_t spaces, uint64_t slashes, uint64_t hyphens,
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
  /* Where a mark that may join follows a word, the scanner's rules decide it there; in a
   * block of ASCII also where `_` follows (`user_name`; `@` and CR stay stops). In a block
   * with Hangul, keeping the ASCII stops for that cost more than it saved. */
  uint64_t marks = badWordEnds & (joiners | (underscores ? asciiStops : 0));
  if (__builtin_expect(marks != 0, 0)) return decideMarks(bytes, marks, block);
  return block;
}

#define JOIN(field) (lo.field | hi.field << 32)

/* The scan of 64 bytes `x0` `x1` of ASCII, with `CLASSIFY_ASCII` for their classes: no
 * syllables, no hyphen after one (most blocks of English text). */
#define SCAN_ASCII(CLASSIFY_ASCII, bytes, x0, x1)                                                   \
  do {                                                                                      \
    struct classes lo, hi;                                                                  \
    CLASSIFY_ASCII(x0, lo);                                                                 \
    CLASSIFY_ASCII(x1, hi);                                                                 \
    return finish(bytes, 1, JOIN(letters), JOIN(digits), JOIN(spaces), JOIN(slashes), 0,  \
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
    return finish(bytes, 0, JOIN(letters), JOIN(digits), JOIN(spaces), JOIN(slashes), JOIN(hyphens), \
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
  if (ALL_ASCII(x0, x1)) SCAN_ASCII(CLASSIFY_ASCII_COMPARES, bytes, x0, x1);
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
  SCAN_ASCII(CLASSIFY_ASCII_NIBBLES, bytes, x0, x1);
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
