/*
 * CICU: KoEn's thin C layer over the system ICU library.
 *
 * ICU renames every C function with a version suffix through macros, which Swift cannot
 * import, and its headers clash with the copy Foundation carries on Linux. So no ICU header
 * is included here: this header declares only KoEn's own functions, plain integer types and
 * opaque handles. The .c files include <unicode/...> and forward to ICU. No logic lives here.
 *
 * Conventions:
 *  - Every function that can fail takes a `koen_status *` last. It must hold KOEN_OK (0) on
 *    entry; on return it holds ICU's UErrorCode value unchanged (> 0 failure, < 0 warning).
 *  - Text is passed as `uint16_t *` (UTF-16 code units) or `uint8_t *` (UTF-8 bytes) and cast
 *    to ICU's types inside the .c files.
 *  - Each handle says whether it is BORROWED (owned by ICU, never freed) or OWNED (release it
 *    with the matching _close function).
 */
#ifndef KOEN_CICU_H
#define KOEN_CICU_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- status.c ------------------------------------------------------------------------- */

/** An ICU UErrorCode value, passed through unchanged. */
typedef int32_t koen_status;

enum {
  KOEN_OK = 0,
  KOEN_ILLEGAL_ARGUMENT = 1,
  KOEN_MISSING_RESOURCE = 2,
  KOEN_INVALID_CHAR_FOUND = 10,
  KOEN_INDEX_OUTOFBOUNDS = 8,
  KOEN_BUFFER_OVERFLOW = 15,
};

/** ICU's name for a status ("U_BUFFER_OVERFLOW_ERROR"). The string is static. */
const char *koen_status_name(koen_status status);

/** The Unicode version of the ICU in use, as four numbers (15.0.0.0). */
void koen_unicode_version(uint8_t out[4]);

/** The version of the ICU library in use, as four numbers (72.1.0.0). */
void koen_icu_version(uint8_t out[4]);

/* ---- normalizer.c --------------------------------------------------------------------- */

typedef enum {
  KOEN_NFC = 0,
  KOEN_NFD = 1,
  KOEN_NFKC = 2,
  KOEN_NFKD = 3,
  KOEN_NFKC_CASEFOLD = 4,
} koen_norm_form;

/** A normalizer. BORROWED: an ICU singleton, never freed, safe to share between threads. */
typedef struct koen_normalizer koen_normalizer;

const koen_normalizer *koen_normalizer_get(koen_norm_form form, koen_status *status);

/** Normalizes src into dest; returns the full length of the result (unorm2_normalize). */
int32_t koen_normalize(const koen_normalizer *n, const uint16_t *src, int32_t length,
                       uint16_t *dest, int32_t capacity, koen_status *status);

/** 1 when src is normalized, 0 when not (unorm2_isNormalized). */
int8_t koen_normalizer_is_normalized(const koen_normalizer *n, const uint16_t *src,
                                     int32_t length, koen_status *status);

/** The length of the prefix of src that is surely normalized (unorm2_spanQuickCheckYes). */
int32_t koen_normalizer_span_quick_check_yes(const koen_normalizer *n, const uint16_t *src,
                                             int32_t length, koen_status *status);

/** 1 when c starts a new normalization segment: text can be cut before it. */
int8_t koen_normalizer_has_boundary_before(const koen_normalizer *n, uint32_t c);

/** 1 when c ends a normalization segment: text can be cut after it. */
int8_t koen_normalizer_has_boundary_after(const koen_normalizer *n, uint32_t c);

/** The canonical combining class of c. */
uint8_t koen_combining_class(uint32_t c);

/* ---- properties.c --------------------------------------------------------------------- */

typedef enum {
  KOEN_PROP_GENERAL_CATEGORY = 0,   /* ICU's UCharCategory values (u_charType) */
  KOEN_PROP_WORD_BREAK = 1,         /* UWordBreakValues */
  KOEN_PROP_SENTENCE_BREAK = 2,     /* USentenceBreak */
  KOEN_PROP_GRAPHEME_BREAK = 3,     /* UGraphemeClusterBreak */
  KOEN_PROP_LINE_BREAK = 4,         /* ULineBreak */
  KOEN_PROP_EAST_ASIAN_WIDTH = 5,   /* UEastAsianWidth */
  KOEN_PROP_HANGUL_SYLLABLE_TYPE = 6, /* UHangulSyllableType */
  KOEN_PROP_BIDI_PAIRED_BRACKET_TYPE = 7, /* UBidiPairedBracketType */
  KOEN_PROP_EXTENDED_PICTOGRAPHIC = 8, /* binary: 0 or 1 */
  KOEN_PROP_ALPHABETIC = 9,         /* binary: 0 or 1 */
  KOEN_PROP_WHITE_SPACE = 10,       /* binary: 0 or 1 */
  KOEN_PROP_IDEOGRAPHIC = 11,       /* binary: 0 or 1 */
  KOEN_PROP_DEFAULT_IGNORABLE = 12, /* binary: 0 or 1 (Default_Ignorable_Code_Point) */
  KOEN_PROP_UPPERCASE = 13,         /* binary: 0 or 1 */
  KOEN_PROP_LOWERCASE = 14,         /* binary: 0 or 1 */
} koen_property;

/** The value of an enumerated or binary property of c (u_getIntPropertyValue). */
int32_t koen_property_value(uint32_t c, koen_property property);

/**
 * ICU's name for a value of an enumerated property ("ALetter", "Lu"), short or long, or NULL
 * when it has none (u_getPropertyValueName). The string is static.
 */
const char *koen_property_value_name(koen_property property, int32_t value, int8_t long_name);

/** The paired bracket of c, or c itself (u_getBidiPairedBracket). */
uint32_t koen_paired_bracket(uint32_t c);

/** The simple lowercase mapping of c (u_tolower). */
uint32_t koen_to_lower(uint32_t c);

/* ---- script.c ------------------------------------------------------------------------- */

/** The script code of c (uscript_getScript); a UScriptCode value. */
int32_t koen_script_of(uint32_t c, koen_status *status);

/** c's Script_Extensions into out; returns their count (uscript_getScriptExtensions). */
int32_t koen_script_extensions(uint32_t c, int32_t *out, int32_t capacity, koen_status *status);

/** The ISO 15924 code of a script ("Hang"), or NULL. The string is static. */
const char *koen_script_short_name(int32_t script);

/** The long name of a script ("Hangul"), or NULL. The string is static. */
const char *koen_script_name(int32_t script);

/** The script code for an ISO 15924 code or a script name, or -1 (uscript_getCode). */
int32_t koen_script_code(const char *name, koen_status *status);

/* ---- breaks.c ------------------------------------------------------------------------- */

typedef enum {
  KOEN_BREAK_CHARACTER = 0,  /* grapheme clusters */
  KOEN_BREAK_WORD = 1,
  KOEN_BREAK_LINE = 2,
  KOEN_BREAK_SENTENCE = 3,
} koen_break_kind;

/**
 * A break iterator over UTF-8 text. OWNED: release with koen_breaks_close. Not thread-safe:
 * one per thread. The bytes given to koen_breaks_set_utf8 must outlive the iteration.
 */
typedef struct koen_breaks koen_breaks;

koen_breaks *koen_breaks_open(koen_break_kind kind, const char *locale, koen_status *status);

/** Points the iterator at text (not copied); the iterator moves to offset 0. */
void koen_breaks_set_utf8(koen_breaks *b, const uint8_t *text, int64_t length,
                          koen_status *status);

/** Points the iterator at UTF-16 text (not copied); offsets are then in UTF-16 units. */
void koen_breaks_set_utf16(koen_breaks *b, const uint16_t *text, int32_t length,
                           koen_status *status);

/** The next boundary as a UTF-8 offset, or -1 at the end. */
int32_t koen_breaks_next(koen_breaks *b);

/** The previous boundary as a UTF-8 offset, or -1 at the start. */
int32_t koen_breaks_previous(koen_breaks *b);

/** Moves to the first boundary (0) and returns it. */
int32_t koen_breaks_first(koen_breaks *b);

/** Moves to the last boundary (the length) and returns it. */
int32_t koen_breaks_last(koen_breaks *b);

/** The rule status of the boundary last returned (ubrk_getRuleStatus). */
int32_t koen_breaks_rule_status(const koen_breaks *b);

void koen_breaks_close(koen_breaks *b);

/* ---- translit.c ----------------------------------------------------------------------- */

/** A transliterator. OWNED: release with koen_translit_close. Not thread-safe. */
typedef struct koen_translit koen_translit;

/**
 * Opens a transliterator by ID (rules == NULL) or from rules (id names the rule set).
 * reverse != 0 opens the reverse direction. On a rule syntax error, *error_offset receives
 * ICU's UParseError offset (UTF-16 units into the rules, -1 when unknown) and *error_line its
 * line field; pre_context and post_context receive up to 15 UTF-16 units of the rules before
 * and after the error, NUL-terminated (each must hold 16 units; either may be NULL).
 */
koen_translit *koen_translit_open(const uint16_t *id, int32_t id_length, const uint16_t *rules,
                                  int32_t rules_length, int8_t reverse, int32_t *error_line,
                                  int32_t *error_offset, uint16_t *pre_context,
                                  uint16_t *post_context, koen_status *status);

/**
 * Transliterates text in place (utrans_transUChars). *length is the text's length on entry
 * and the result's full length on return; capacity is the buffer's size. On
 * KOEN_BUFFER_OVERFLOW the buffer's content is undefined: call again with the original text
 * and a buffer of at least the returned *length.
 */
void koen_translit_run(const koen_translit *t, uint16_t *text, int32_t *length,
                       int32_t capacity, koen_status *status);

/** The transliterator's ID into out; returns its full length. */
int32_t koen_translit_id(const koen_translit *t, uint16_t *out, int32_t capacity,
                         koen_status *status);

void koen_translit_close(koen_translit *t);

/** The available transliterator IDs. OWNED: release with koen_translit_ids_close. */
typedef struct koen_translit_ids koen_translit_ids;

koen_translit_ids *koen_translit_ids_open(koen_status *status);

/** The next ID, borrowed until the next call; *length receives its length. NULL at the end. */
const uint16_t *koen_translit_ids_next(koen_translit_ids *ids, int32_t *length,
                                       koen_status *status);

void koen_translit_ids_close(koen_translit_ids *ids);

#ifdef __cplusplus
}
#endif

#endif /* KOEN_CICU_H */
