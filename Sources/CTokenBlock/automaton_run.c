/*
 * The inner loop of the chrome lexicon's automaton (`LexiconAutomaton` in KoEn): a
 * normalized line's bytes read through the transition table until one reports patterns.
 */
#include "CTokenBlock.h"

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
