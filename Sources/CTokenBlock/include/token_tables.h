/*
 * The tokenizer's tables of ASCII bytes, constant data that the inlined iteration reads
 * through a link-time address: held as fields of the iterator, they made it too large to be
 * destroyed inline, and the compiler then kept the iteration's state in memory (see
 * `Tokenizer.Iterator`). Bytes from 0x80 up are 0 in each table but `koen_block_starts`.
 *
 * The tests check each table against its definition (`TokenTablesTests`).
 */
#ifndef KOEN_TOKEN_TABLES_H
#define KOEN_TOKEN_TABLES_H

#include <stdint.h>

/** The bytes `[A-Za-z0-9_]` by their role in an ASCII word: 1 letter, 2 digit, 4 `_`. */
static inline const uint8_t *koen_ascii_word_classes(void) {
  static const uint8_t table[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 00 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 10 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 20 */
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,  /* 30 */
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* 40 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 4,  /* 50 */
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* 60 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,  /* 70 */
  };
  return table;
}

/** What the byte after a run of ASCII letters or digits says about the run's end: 1 the
 *  token ends there whatever follows, 2 it ends there if the next byte is of kind 1 or the
 *  input ends (`. ' , ; - + %`), 3 it ends there unless a `/` follows (`:`), 0 a closer
 *  look is needed (`@`, letters, digits, `_`, bytes outside ASCII). */
static inline const uint8_t *koen_ascii_word_ends(void) {
  static const uint8_t table[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* 00 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* 10 */
    1, 1, 1, 1, 1, 2, 1, 2, 1, 1, 1, 2, 2, 2, 2, 1,  /* 20 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 2, 1, 1, 1, 1,  /* 30 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 40 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0,  /* 50 */
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 60 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1,  /* 70 */
  };
  return table;
}

/** The kind of a plain token by its first byte, as `TokenKind`'s case index (0 word,
 *  1 number, 2 punctuation, 3 symbol, 4 whitespace, 5 line break): word for ASCII letters
 *  and bytes outside ASCII, number for digits, and for the other ASCII bytes the kind of a
 *  token of that one byte (from its general category: the line breaks LF, VT, FF apart). */
static inline const uint8_t *koen_plain_token_kinds(void) {
  static const uint8_t table[256] = {
    3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 5, 5, 4, 3, 3,  /* 00 */
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,  /* 10 */
    4, 2, 2, 2, 3, 2, 2, 2, 2, 2, 2, 3, 2, 2, 2, 2,  /* 20 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 3, 3, 2,  /* 30 */
    2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 40 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 3, 2,  /* 50 */
    3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 60 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 2, 3, 3,  /* 70 */
  };
  return table;
}

/** 1 for the bytes where a block may start a plain token (ASCII, and EA-ED, the lead bytes
 *  of Hangul syllables), 0 for the others: one load where the two range tests took eight
 *  instructions for every new block. */
static inline const uint8_t *koen_block_starts(void) {
  static const uint8_t table[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* 00 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* 10 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* 20 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* 30 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* 40 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* 50 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* 60 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* 70 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 80 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 90 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* A0 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* B0 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* C0 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* D0 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0,  /* E0 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* F0 */
  };
  return table;
}

#endif
