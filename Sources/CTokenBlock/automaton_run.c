/*
 * The inner loop of the chrome lexicon's automaton (`LexiconAutomaton` in KoEn): a
 * normalized line's bytes read through the transition table until one reports patterns.
 */
#include "CTokenBlock.h"
#include "vector_lanes.h"

/* One transition from the row in `r` by byte `i`; on a marked one, the row is left for the
 * caller and the index after the byte returned. */
#define STEP(k)                                        \
  do {                                                 \
    int32_t t = transitions[r + classes[text[(k)]]];   \
    if (t < 0) {                                       \
      *row = t;                                        \
      return (k) + 1;                                  \
    }                                                  \
    r = t;                                             \
  } while (0)

int64_t koen_automaton_run(const uint8_t *text, int64_t start, int64_t count, const uint16_t *classes,
                           const int32_t *transitions, int32_t *row) {
  int64_t r = *row;
  int64_t i = start;
  /* Four bytes a turn: one test of the end for four transitions. */
  for (; count - i >= 4; i += 4) {
    STEP(i);
    STEP(i + 1);
    STEP(i + 2);
    STEP(i + 3);
  }
  for (; i < count; i++) STEP(i);
  *row = (int32_t)r;
  return count;
}

/*
 * The lexicon's phrases in a normalized line of ASCII (`ChromeLexicon` in KoEn), which start
 * only at word starts (the line's start, or after a space): an anchored automaton is run
 * from each word start whose first two bytes begin some phrase. Most words begin none, and
 * are passed over without reading the rest of them.
 */

/* Whether a phrase may start at `s`, which has a byte after it: the bit of its first byte
 * (five low bits) in `firsts`, then of its first two in `pairs`. */
static inline int may_start(const uint8_t *text, int64_t s, uint32_t firsts, const uint64_t *pairs) {
  uint32_t first = text[s] & 31;
  if ((firsts >> first & 1) == 0) return 0;
  uint32_t key = first << 5 | (text[s + 1] & 31);
  return (int)(pairs[key >> 6] >> (key & 63) & 1);
}

/* The first word start at or after `from` where a phrase may start, or `count`. */
static int64_t next_word_start(const uint8_t *text, int64_t from, int64_t count, uint32_t firsts,
                               const uint64_t *pairs) {
  /* The last byte has no second: a one-byte text, or a one-letter last word. */
  uint8_t last[2] = {count > 0 ? text[count - 1] : 0, 0};
  int64_t i = from;
  if (i == 0 && count > 0) {
    if (may_start(count == 1 ? last : text, 0, firsts, pairs)) return 0;
    i = 1;
  }
  /* Positions `i ..< i + 32` by the spaces before them, 32 at a time, each followed by a byte. */
  for (; count - i > 32; i += 32) {
    bytes32 x;
    __builtin_memcpy(&x, text + i - 1, 32);
    uint64_t starts = LANE_BITS(x == 0x20);
    while (starts != 0) {
      int64_t s = i + __builtin_ctzll(starts);
      if (may_start(text, s, firsts, pairs)) return s;
      starts &= starts - 1;
    }
  }
  /* Then eight at a time: a space becomes a zero byte, flagged exactly by its top bit. */
  const uint64_t ones = 0x0101010101010101ull, low7 = ones * 0x7F;
  for (; count - i > 8; i += 8) {
    uint64_t y;
    __builtin_memcpy(&y, text + i - 1, 8);
    y ^= ones * 0x20;
    uint64_t starts = ~(((y & low7) + low7) | y) & (ones * 0x80);
    while (starts != 0) {
      int64_t s = i + (__builtin_ctzll(starts) >> 3);
      if (may_start(text, s, firsts, pairs)) return s;
      starts &= starts - 1;
    }
  }
  for (; i < count - 1; i++) {
    if (text[i - 1] == 0x20 && may_start(text, i, firsts, pairs)) return i;
  }
  if (i == count - 1 && i > 0 && text[i - 1] == 0x20 && may_start(last, 0, firsts, pairs)) return i;
  return count;
}

int koen_automaton_walk_words(const uint8_t *text, int64_t count, const uint16_t *classes, const int32_t *transitions,
                              uint32_t firsts, const uint64_t *pairs, koen_word_walk *walk) {
  int64_t s = walk->word;
  int64_t i = walk->next;
  int64_t r = walk->row;
  for (;;) {
    if (r >= 0) {
      for (; i < count; i++) {
        int32_t t = transitions[r + classes[text[i]]];
        if (t < 0) {
          if (t == INT32_MIN) break;
          walk->word = s;
          walk->next = i + 1;
          walk->row = t;
          return 1;
        }
        r = t;
      }
    }
    s = next_word_start(text, s + 1, count, firsts, pairs);
    if (s >= count) return 0;
    i = s;
    r = 0;
  }
}

int koen_is_ascii(const uint8_t *bytes, int64_t count) {
  int64_t i = 0;
  bytes32 any = {0};
  for (; count - i >= 32; i += 32) {
    bytes32 x;
    __builtin_memcpy(&x, bytes + i, 32);
    any |= x;
  }
  if (LANE_BITS(any < 0) != 0) return 0;
  uint8_t rest = 0;
  for (; i < count; i++) rest |= bytes[i];
  return rest < 0x80;
}
