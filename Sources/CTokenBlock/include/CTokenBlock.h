/*
 * CTokenBlock: the byte classification behind the tokenizer's block scan, in C because
 * Swift cannot reach a vector compare's byte mask (`pmovmskb`) with this toolchain.
 *
 * One call classifies 64 bytes at once and says where the plain tokens among them end:
 * runs of ASCII letters, of ASCII digits, of spaces and of precomposed Hangul syllables,
 * ASCII words and numbers joined across single marks (`don't`, `3,000`), and single ASCII
 * marks, symbols and controls, each decided from the bytes alone exactly as the
 * tokenizer's scalar fast paths decide them. Everything else (other bytes outside ASCII,
 * `@`, `_` but between two letters or two digits in a block of ASCII, CR, a word or number
 * that a mark may join where the block leaves it undecided, Hangul before a hyphen) stops
 * the block; the tokenizer takes over there.
 *
 * A second scan measures the body of a URL the same way (`koen_url_run_scan`), and
 * `token_tables.h` holds the tokenizer's constant tables of ASCII bytes.
 *
 * Document analysis reads its lines with the scans after those: a line of ASCII decoded
 * and counted, its prose normalized, the chrome lexicon's automaton run over it, a byte
 * found; each decides nothing the Swift code it serves does not define.
 */
#ifndef KOEN_CTOKENBLOCK_H
#define KOEN_CTOKENBLOCK_H

#include <stdint.h>

#include "token_tables.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The scans are KoEn's own: hidden from the dynamic symbol table, so a shared library
 * built with them (libKoEnC.so) calls its own copies, never those of a program that links
 * them too. Several are chosen by the processor at load time (IFUNC), and a library's
 * reference bound to a program's IFUNC cannot be resolved. */
#pragma GCC visibility push(hidden)

/** The plain token boundaries of 64 bytes; bit i stands for the byte at offset i. */
typedef struct {
  /** Where a token starts if every token so far was plain: where a run of letters,
   *  digits or spaces begins, and at and after every other byte but a mark that joins
   *  two runs into one word. */
  uint64_t bounds;
  /** Where handing out must stop: no token may end at or after the first stop after its
   *  start (a byte the block does not decide, the byte after it, the end of a word or
   *  number that a mark it leaves undecided may join). Bit 63 is always set. */
  uint64_t stops;
} koen_token_block;

/** Classifies the 64 bytes at `bytes`; the 66 bytes from `bytes` must be readable. */
koen_token_block koen_token_block_scan(const uint8_t *bytes);

/** `koen_token_block_scan` with compares only, as on processors without AVX2 (where
 *  `koen_token_block_scan` looks bytes up by nibble instead): the same result, for the
 *  tests to compare. */
koen_token_block koen_token_block_scan_portable(const uint8_t *bytes);

/** A run of the bytes a URL may hold, and the balance of the brackets in it. */
typedef struct {
  /** The run's length in bytes. */
  int64_t length;
  /** The number of `(` minus the number of `)` in the run. */
  int64_t parens;
  /** The number of `[` minus the number of `]` in the run. */
  int64_t brackets;
} koen_url_run;

/** The run of URL bytes (RFC 3986's characters: ASCII letters, digits and
 *  `- . _ ~ : / ? # [ ] @ ! $ & ' ( ) * + , ; = %`) at the start of the `count` bytes at
 *  `bytes`, 32 bytes at a time: a URL's body is long, and one byte in three or four of it
 *  is a mark. */
koen_url_run koen_url_run_scan(const uint8_t *bytes, int64_t count);

/** What document analysis counts of a line of ASCII (`ASCIILineCounts` in KoEn); the
 *  quotes, dashes and ellipsis of English typography may stand among the ASCII. */
typedef struct {
  /** ASCII letters, upper-case ones, and of each those that start a word: at the line's
   *  start or after a space (U+0009-U+000D, U+0020), `-`, `/` or `|`. */
  int64_t letters;
  int64_t upper;
  int64_t letters_at_word_start;
  int64_t upper_at_word_start;
  /** Whether every byte is ASCII, or one of the three of a typographic mark: U+2013,
   *  U+2014, U+2018, U+2019, U+201C, U+201D, U+2026 (the other fields count nothing
   *  otherwise). */
  uint8_t is_ascii;
  /** Whether the line has a digit; `/`, `|` or `>`; only spaces; a byte that may give an
   *  inline mask away (`@ % { $ ^ \ | < & ` +`, `:` before `/`, `.` after `www`, `-` at
   *  the start or after a space, `(` or `[`). */
  uint8_t has_digit;
  uint8_t may_separate_row;
  uint8_t is_blank;
  uint8_t has_mask_clue;
  /** Whether the line has a `,`; a `<`, `]` or `=` (without one, no HTML tag, Markdown
   *  link target or `href=`). */
  uint8_t has_comma;
  uint8_t has_link_mark;
} koen_ascii_line;

/** The counts of the line of `count` bytes at `bytes`, 32 bytes at a time. */
koen_ascii_line koen_ascii_line_count(const uint8_t *bytes, int64_t count);

/** The length and the number of spaces of a normalized text. */
typedef struct {
  int64_t length;
  int64_t spaces;
} koen_plain_text;

/** Writes the normalized text of the `count` scalars of `stride` bytes each from `scalars`,
 *  each with its value (uint32) `value_offset` bytes in, into `out`, which has room for
 *  `count` bytes: ASCII letters
 *  lower-cased, every run of other scalars one space, none at the start or the end. Every
 *  scalar outside ASCII must be a typographic mark that `koen_ascii_line_count` accepts:
 *  only a value's low byte is read, and theirs are not letters. */
koen_plain_text koen_plain_normalize(const uint8_t *scalars, int64_t stride, int64_t value_offset, int64_t count,
                                     uint8_t *out);

/** Runs an automaton over `text[start..<count]` from the row in `*row` (`LexiconAutomaton`
 *  in KoEn: `transitions[row + classes[byte]]` is the next row, negative where patterns
 *  end). Stops after the first byte whose transition is negative, leaving that transition
 *  in `*row`, and returns the index after the byte; otherwise leaves the last row and
 *  returns `count`. */
int64_t koen_automaton_run(const uint8_t *text, int64_t start, int64_t count, const uint16_t *classes,
                           const int32_t *transitions, int32_t *row);

/** Where `koen_automaton_walk_words` is: the walk from word start `word`, at byte `next` in
 *  the row `row` (negative before the first word start and after a report, until the
 *  caller sets the row to go on from). */
typedef struct {
  int64_t word;
  int64_t next;
  int32_t row;
} koen_word_walk;

/** Runs an anchored automaton (as `koen_automaton_run` does) from each word start of the
 *  normalized text of `count` bytes at `text` (index 0, or one after a space) whose first
 *  byte has its bit `byte & 31` in `firsts` and whose first two bytes have their bit
 *  `(b0 & 31) << 5 | (b1 & 31)` (b1 = 0 past the end) of the 1024 in `pairs` (16 words)
 *  set, until the walk leaves the automaton. Starts after `walk->word` (-1 for the
 *  text's start) when `walk->row` is negative, else goes on with the walk. Returns 1 after
 *  a byte whose transition is marked (patterns end there), leaving it in `walk->row` and
 *  the index after the byte in `walk->next`; 0 at the end of the text. */
int koen_automaton_walk_words(const uint8_t *text, int64_t count, const uint16_t *classes, const int32_t *transitions,
                              uint32_t firsts, const uint64_t *pairs, koen_word_walk *walk);

/** Whether the `count` bytes at `bytes` are all ASCII. */
int koen_is_ascii(const uint8_t *bytes, int64_t count);

/** Decodes the leading ASCII bytes of the `count` bytes at `bytes`, up to the first byte
 *  outside ASCII, into 16-byte scalars at `out` (room for one per byte): each the byte's
 *  offset, `offset` plus its index, as an int64, then `tails[byte]` (128 entries). Returns
 *  how many it decoded. */
int64_t koen_decode_ascii(const uint8_t *bytes, int64_t count, int64_t offset, const uint64_t *tails, uint8_t *out);

/** The index of the first `byte` among the `count` bytes at `bytes`, or -1. */
int64_t koen_find_byte(const uint8_t *bytes, int64_t count, uint8_t byte);

/** A 64-bit hash of the `count` bytes at `bytes`, the same in every process and on every
 *  little-endian machine: eight bytes a turn, one multiplication each. */
uint64_t koen_text_hash(const uint8_t *bytes, int64_t count);

#pragma GCC visibility pop

#ifdef __cplusplus
}
#endif

#endif
