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
 * Linux); the portable x86-64 build counts bits by shifts and masks. */
#if defined(__x86_64__) && defined(__linux__)
#define KOEN_POPCOUNT_CLONES __attribute__((target_clones("arch=x86-64-v3", "popcnt", "default")))
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

KOEN_POPCOUNT_CLONES
koen_ascii_line koen_ascii_line_count(const uint8_t *bytes, int64_t count) {
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
    carried = 0;
    while (high != 0) {
      int at = __builtin_ctzll(high);
      if (!is_typographic_mark(bytes, i + at, count)) {
        line.is_ascii = 0;
        return line;
      }
      high &= ~((uint64_t)7 << at);
      if (at > 29) carried = ((uint64_t)7 << at) >> 32;
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
    line.letters += __builtin_popcountll(letters);
    line.upper += __builtin_popcountll(upper);
    line.letters_at_word_start += __builtin_popcountll(letters & afterStart);
    line.upper_at_word_start += __builtin_popcountll(upper & afterStart);
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
