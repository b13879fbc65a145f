/*
 * The counts of a line of ASCII that document analysis takes instead of reading the line's
 * decoded scalars again (`ASCIILineCounts` in KoEn), 32 bytes at a time. The quotes,
 * dashes and ellipsis of English typography (U+2013, U+2014, U+2018, U+2019, U+201C,
 * U+201D, U+2026: E2 80 xx in UTF-8) may stand among the ASCII: none of their bytes is in
 * a class counted, as none of the scalars is.
 */
#include "CTokenBlock.h"
#include "vector_lanes.h"

#include <stddef.h>

/* The clone with the processor's bit count, chosen at load time where it has one (x86-64
 * Linux); the portable x86-64 build counts bits by shifts and masks. (A processor with AVX2
 * takes `count_by_nibbles` instead.) */
#if defined(__x86_64__) && defined(__linux__)
#define KOEN_POPCOUNT_CLONES __attribute__((target_clones("popcnt", "default")))
#else
#define KOEN_POPCOUNT_CLONES
#endif

/* Whether the three bytes at `at` are one of the typographic marks: E2 80 and 93 (–),
 * 94 (—), 98 (‘), 99 (’), 9C (“), 9D (”) or A6 (…). */
static inline int is_typographic_mark(const uint8_t *bytes, int64_t at, int64_t count) {
  if (count - at < 3 || bytes[at] != 0xE2 || bytes[at + 1] != 0x80) return 0;
  switch (bytes[at + 2]) {
  case 0x93: case 0x94: case 0x98: case 0x99: case 0x9C: case 0x9D: case 0xA6: return 1;
  default: return 0;
  }
}

/* Adds a block's letters and capitals, all and at word starts (one bit per byte each). */
static inline void count_letters(koen_ascii_line *line, uint64_t letters, uint64_t upper, uint64_t word_starts) {
  line->letters += __builtin_popcountll(letters);
  line->upper += __builtin_popcountll(upper);
  line->letters_at_word_start += __builtin_popcountll(letters & word_starts);
  line->upper_at_word_start += __builtin_popcountll(upper & word_starts);
}

/* Whether the bytes outside ASCII of the block at `i` (one bit each in `high`) are all
   typographic marks; `carried` gets the bits of a mark's bytes that run into the next block. */
static inline int only_marks(const uint8_t *bytes, int64_t i, int64_t count, uint64_t high, uint64_t *carried) {
  *carried = 0;
  while (high != 0) {
    int at = __builtin_ctzll(high);
    if (!is_typographic_mark(bytes, i + at, count)) return 0;
    high &= ~((uint64_t)7 << at);
    if (at > 29) *carried = ((uint64_t)7 << at) >> 32;
  }
  return 1;
}

/* The counts by compares of the generic vectors, one per class and byte value. */
KOEN_POPCOUNT_CLONES
static koen_ascii_line count_by_compares(const uint8_t *bytes, int64_t count) {
  koen_ascii_line line = {0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0};
  /* Bit 0 set when the byte before the next 32 starts a word, as the line's start does. */
  uint64_t before = 1;
  uint64_t digits = 0, separators = 0, others = 0, clues = 0, commas = 0, link_marks = 0;
  /* Of the 32 bytes before: those that are `w` or `W`, and those that are a space, `(` or
   * `[`; and whether the last was `:`. */
  uint64_t previous_w = 0, previous_opening = 0, previous_colon = 0;
  /* The bytes at the start of the next 32 that belong to a mark begun before them. */
  uint64_t carried = 0;
  for (int64_t i = 0; i < count; i += 32) {
    bytes32 x;
    uint64_t valid = 0xFFFFFFFFu;
    if (count - i >= 32) {
      __builtin_memcpy(&x, bytes + i, 32);
    } else {
      /* The last bytes, padded with zero bytes, which are in no class counted. */
      uint8_t last[32] = {0};
      __builtin_memcpy(last, bytes + i, (size_t)(count - i));
      __builtin_memcpy(&x, last, 32);
      valid = ((uint64_t)1 << (count - i)) - 1;
    }
    /* The bytes outside ASCII, but those of a mark that started before. */
    uint64_t high = LANE_BITS(x < 0) & ~carried;
    if (!only_marks(bytes, i, count, high, &carried)) {
      line.is_ascii = 0;
      return line;
    }
    uint64_t letters = LANE_BITS(BIASED(x | 0x20, 0x1F) < -102);                 /* A-Z a-z */
    uint64_t upper = LANE_BITS(BIASED(x, 0x3F) < -102);                          /* A-Z */
    uint64_t spaces = LANE_BITS((BIASED(x, 0x77) < -123) | (x == 0x20));         /* \t-\r, space */
    uint64_t marks = LANE_BITS((x == 0x2D) | (x == 0x2F) | (x == 0x7C));         /* - / | */
    separators |= LANE_BITS((x == 0x2F) | (x == 0x7C) | (x == 0x3E));            /* / | > */
    digits |= LANE_BITS(BIASED(x, 0x50) < -118);                                 /* 0-9 */
    commas |= LANE_BITS(x == 0x2C);                                              /* , */
    link_marks |= LANE_BITS((x == 0x3C) | (x == 0x5D) | (x == 0x3D));            /* < ] = */
    others |= ~spaces & valid;
    /* The scalars that may give an inline mask away (`MaskScanner.firstClue`): `@ % { $ ^
     * \ | < & ` +` anywhere, `:` before `/`, `.` after `www`, `-` at the start or after a
     * space, `(` or `[`. */
    uint64_t slash = LANE_BITS(x == 0x2F);
    uint64_t colon = LANE_BITS(x == 0x3A);
    uint64_t w = LANE_BITS((x | 0x20) == 0x77);
    uint64_t opening = spaces | LANE_BITS((x == 0x28) | (x == 0x5B));
    uint64_t w1 = (w << 1 | previous_w >> 31) & 0xFFFFFFFFu;
    uint64_t w2 = (w << 2 | previous_w >> 30) & 0xFFFFFFFFu;
    uint64_t w3 = (w << 3 | previous_w >> 29) & 0xFFFFFFFFu;
    uint64_t after_opening = (opening << 1 | previous_opening >> 31 | (i == 0)) & 0xFFFFFFFFu;
    clues |= LANE_BITS((x == 0x40) | (x == 0x25) | (x == 0x7B) | (x == 0x24) | (x == 0x5E) | (x == 0x5C) | (x == 0x7C) |
                       (x == 0x3C) | (x == 0x26) | (x == 0x60) | (x == 0x2B));
    clues |= (colon & slash >> 1) | (previous_colon & slash & 1);
    clues |= LANE_BITS(x == 0x2E) & w1 & w2 & w3;
    clues |= LANE_BITS(x == 0x2D) & after_opening;
    previous_w = w;
    previous_opening = opening;
    previous_colon = colon >> 31;
    uint64_t startsWord = spaces | marks;
    uint64_t afterStart = (startsWord << 1 | before) & 0xFFFFFFFFu;
    before = startsWord >> 31 & 1;
    count_letters(&line, letters, upper, afterStart);
  }
  line.is_ascii = 1;
  line.has_digit = digits != 0;
  line.may_separate_row = separators != 0;
  line.is_blank = others == 0;
  line.has_mask_clue = clues != 0;
  line.has_comma = commas != 0;
  line.has_link_mark = link_marks != 0;
  return line;
}

#if defined(__x86_64__) && defined(__linux__)
#include <immintrin.h>

/* Where the processor has AVX2, the classes of the bytes are looked up by their two nibbles
 * (`vpshufb`), eight classes to a pair of tables: a byte is in a class when the class's bit
 * is set both in the entry of its low nibble and in that of its high nibble, so each bit
 * stands for a set of rows (high nibbles) times a set of columns (low nibbles) of the ASCII
 * table. A byte outside ASCII (high nibble 8 to F) is in none.
 *
 * Table A: 0 `\t`-`\r`, 1 space (the two are the spaces), 2 `-` `/`, 3 `|` (with the spaces,
 * what starts a word after it), 4 `(`, 5 `[` (with the spaces, an opening), 6 `:`, 7 `.`.
 * Table B: 0 `/`, 1 `-`, 2 `w` `W`, 3 digits, 4 `,`, 5 `<` `=`, 6 `]` (5 and 6 the link marks).
 * Table C: 0 `>`, 6 `/`, 7 `|` (the row separators); 1 `$ % & +`, 2 `@` and a backquote,
 * 3 backslash `^`, 4 `{ |`, 5 `<` (the scalars that give an inline mask away anywhere). */
static const uint8_t classes_a[2][16] = {
  {0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x01, 0x41, 0x21, 0x09, 0x05, 0x80, 0x04},
  {0x01, 0x00, 0x96, 0x40, 0x00, 0x20, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
};
static const uint8_t classes_b[2][16] = {
  {0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x0C, 0x08, 0x08, 0x00, 0x00, 0x30, 0x62, 0x00, 0x01},
  {0x00, 0x00, 0x13, 0x28, 0x00, 0x44, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
};
static const uint8_t classes_c[2][16] = {
  {0x04, 0x00, 0x00, 0x00, 0x02, 0x02, 0x02, 0x00, 0x00, 0x00, 0x00, 0x12, 0xB8, 0x00, 0x09, 0x40},
  {0x00, 0x00, 0x42, 0x21, 0x04, 0x08, 0x04, 0x90, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
};

#define AVX2_TARGET __attribute__((target("avx2,bmi,bmi2,popcnt")))

/* The classes of the 32 bytes `x` in one pair of tables (`low`, `high` broadcast to both lanes). */
AVX2_TARGET static inline __m256i lookup(__m256i low_nibbles, __m256i high_nibbles, const uint8_t table[2][16]) {
  __m256i low = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)table[0]));
  __m256i high = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)table[1]));
  return _mm256_and_si256(_mm256_shuffle_epi8(low, low_nibbles), _mm256_shuffle_epi8(high, high_nibbles));
}

/* The lanes of `classes` with one of the bits of `bits` set. */
AVX2_TARGET static inline uint64_t lanes_with(__m256i classes, uint8_t bits) {
  __m256i none = _mm256_cmpeq_epi8(_mm256_and_si256(classes, _mm256_set1_epi8((char)bits)), _mm256_setzero_si256());
  return ~(uint64_t)(uint32_t)_mm256_movemask_epi8(none) & 0xFFFFFFFFu;
}

/* The lanes of `classes` with bit `bit` set. */
#define LANES_WITH_BIT(classes, bit) \
  ((uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_slli_epi16((classes), 7 - (bit))))

/* `count_by_compares`, its classes looked up by nibbles: the same counts, fewer
 * instructions for each 32 bytes. */
AVX2_TARGET static koen_ascii_line count_by_nibbles(const uint8_t *bytes, int64_t count) {
  koen_ascii_line line = {0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0};
  uint64_t before = 1;
  uint64_t others = 0, clues = 0;
  __m256i any_b = _mm256_setzero_si256(), any_c = _mm256_setzero_si256();
  uint64_t previous_w = 0, previous_opening = 0, previous_colon = 0;
  uint64_t carried = 0;
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  for (int64_t i = 0; i < count; i += 32) {
    __m256i x;
    uint64_t valid = 0xFFFFFFFFu;
    if (count - i >= 32) {
      x = _mm256_loadu_si256((const __m256i *)(bytes + i));
    } else {
      uint8_t last[32] = {0};
      __builtin_memcpy(last, bytes + i, (size_t)(count - i));
      x = _mm256_loadu_si256((const __m256i *)last);
      valid = ((uint64_t)1 << (count - i)) - 1;
    }
    uint64_t high = (uint64_t)(uint32_t)_mm256_movemask_epi8(x) & ~carried;
    if (!only_marks(bytes, i, count, high, &carried)) {
      line.is_ascii = 0;
      return line;
    }
    /* A-Z a-z, and A-Z, by signed compares of the biased bytes (as `count_by_compares`). */
    __m256i folded = _mm256_add_epi8(_mm256_or_si256(x, _mm256_set1_epi8(0x20)), _mm256_set1_epi8(0x1F));
    uint64_t letters = (uint32_t)_mm256_movemask_epi8(_mm256_cmpgt_epi8(_mm256_set1_epi8(-102), folded));
    __m256i biased = _mm256_add_epi8(x, _mm256_set1_epi8(0x3F));
    uint64_t upper = (uint32_t)_mm256_movemask_epi8(_mm256_cmpgt_epi8(_mm256_set1_epi8(-102), biased));

    __m256i low_nibbles = _mm256_and_si256(x, nibble);
    __m256i high_nibbles = _mm256_and_si256(_mm256_srli_epi16(x, 4), nibble);
    __m256i a = lookup(low_nibbles, high_nibbles, classes_a);
    __m256i b = lookup(low_nibbles, high_nibbles, classes_b);
    __m256i c = lookup(low_nibbles, high_nibbles, classes_c);
    any_b = _mm256_or_si256(any_b, b);
    any_c = _mm256_or_si256(any_c, c);

    uint64_t spaces = lanes_with(a, 0x03);
    uint64_t starts_word = lanes_with(a, 0x0F);
    uint64_t opening = lanes_with(a, 0x33);
    others |= ~spaces & valid;

    /* The clues that take the bytes around them need a `:`, `.` or `-` in the block; and
     * once one clue is found, no other is sought. */
    uint64_t punctuation = lanes_with(a, 0xC0) | LANES_WITH_BIT(b, 1);
    if (clues == 0 && punctuation != 0) {
      uint64_t colon = LANES_WITH_BIT(a, 6);
      uint64_t dot = LANES_WITH_BIT(a, 7);
      uint64_t slash = LANES_WITH_BIT(b, 0);
      uint64_t dash = LANES_WITH_BIT(b, 1);
      uint64_t w = LANES_WITH_BIT(b, 2);
      uint64_t w1 = (w << 1 | previous_w >> 31) & 0xFFFFFFFFu;
      uint64_t w2 = (w << 2 | previous_w >> 30) & 0xFFFFFFFFu;
      uint64_t w3 = (w << 3 | previous_w >> 29) & 0xFFFFFFFFu;
      uint64_t after_opening = (opening << 1 | previous_opening >> 31 | (i == 0)) & 0xFFFFFFFFu;
      clues |= (colon & slash >> 1) | (previous_colon & slash & 1);
      clues |= dot & w1 & w2 & w3;
      clues |= dash & after_opening;
      previous_w = w;
      previous_colon = colon >> 31;
    } else {
      previous_w = LANES_WITH_BIT(b, 2);
      previous_colon = 0;
    }
    previous_opening = opening;
    uint64_t after_start = (starts_word << 1 | before) & 0xFFFFFFFFu;
    before = starts_word >> 31 & 1;
    count_letters(&line, letters, upper, after_start);
  }
  line.is_ascii = 1;
  line.has_digit = lanes_with(any_b, 0x08) != 0;
  line.may_separate_row = lanes_with(any_c, 0xC1) != 0;
  line.is_blank = others == 0;
  line.has_mask_clue = clues != 0 || lanes_with(any_c, 0x3E) != 0;
  line.has_comma = lanes_with(any_b, 0x10) != 0;
  line.has_link_mark = lanes_with(any_b, 0x60) != 0;
  return line;
}
#endif

koen_ascii_line koen_ascii_line_count(const uint8_t *bytes, int64_t count) {
#if defined(__x86_64__) && defined(__linux__)
  if (__builtin_cpu_supports("avx2")) return count_by_nibbles(bytes, count);
#endif
  return count_by_compares(bytes, count);
}
