/*
 * koen.h: the C ABI of KoEn (libKoEnC.so), for Python and any language with a C FFI.
 *
 * Text goes in as UTF-8 bytes (pointer + length; no NUL terminator needed). Results come
 * back as bytes: JSON Lines equal, byte for byte, to what the command prints with
 * `--format jsonl` for a file of the same name and content, or text (normalize, romanize).
 * Offsets in records are UTF-8 byte offsets into the input, 0-based, half-open.
 *
 * OWNERSHIP
 *   - Inputs are borrowed for the duration of the call only; KoEn keeps no pointer to them.
 *   - Every buffer a function returns through an out-parameter (`*out`, `*ranges`,
 *     `*message`) is OWNED BY THE CALLER from then on and must be released with
 *     koen_free() (not free(): the library may use another allocator). koen_free(NULL) is
 *     a no-op. A successful call always sets `*out` to a non-NULL buffer, even when
 *     `*out_length` is 0.
 *   - koen_version() returns a string owned by the library: never free it.
 *
 * ERRORS
 *   Every function returns KOEN_OK (0) or an error code below. When `message` is not
 *   NULL, `*message` is set to NULL on success and, on failure, to a NUL-terminated UTF-8
 *   message (free it with koen_free). On failure the other out-parameters are untouched.
 *   The codes equal the command's exit status for the same failure where there is one.
 *
 * THREAD SAFETY
 *   Every function is reentrant and may be called from any number of threads at once:
 *   there is no handle, no global mutable state and no thread-local error. The library
 *   does not start threads of its own.
 *
 * Names starting with `koen_` that are not declared here (koen_normalize, koen_breaks_*,
 * ...) belong to the library's internal ICU layer and are not part of this ABI.
 */
#ifndef KOEN_H
#define KOEN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Result codes. */
#define KOEN_OK 0
/* A NULL pointer where one is required, or an option value out of range (command: 2). */
#define KOEN_ERROR_ARGUMENT 2
/* The input is not UTF-8 text: invalid UTF-8 (unless KOEN_KEEP_INVALID), a NUL byte, or a
 * UTF-16/UTF-32 byte order mark. The message is the command's, e.g.
 * "invalid UTF-8 at byte 12 (line 2, column 3: 0xC3 0x28)" (command: exit status 65). */
#define KOEN_ERROR_DATA 65
/* ICU failed or memory ran out. */
#define KOEN_ERROR_INTERNAL 70

/* koen_segment levels (`koen segment --level`). */
#define KOEN_LEVEL_TOKEN 0
#define KOEN_LEVEL_RUN 1
#define KOEN_LEVEL_LINE 2

/* koen_segment flags. */
/* Accept invalid UTF-8 (`--keep-invalid`): bad bytes become U+FFFD in "text", offsets still
 * cover them. */
#define KOEN_KEEP_INVALID 1u

/* The document's language (`koen analyze --dominant`, `koen untranslated --target`). */
#define KOEN_DOMINANT_AUTO 0
#define KOEN_DOMINANT_EN 1
#define KOEN_DOMINANT_KO 2

/* The document's format (`--as`); AUTO infers it from the name and the first 64 KiB. */
#define KOEN_FORMAT_AUTO 0
#define KOEN_FORMAT_TEXT 1
#define KOEN_FORMAT_MARKDOWN 2
#define KOEN_FORMAT_PO 3
#define KOEN_FORMAT_ASCIIDOC 4
#define KOEN_FORMAT_RST 5
#define KOEN_FORMAT_MARKUP 6          /* HTML or XML documentation */
#define KOEN_FORMAT_LOCALE_TABLE 7    /* key = value catalogues: .properties, .strings, INI, YAML, Lua, PHP, Fluent */
#define KOEN_FORMAT_XML_CATALOGUE 8   /* Android XML, Qt .ts, XLIFF, .resx */
#define KOEN_FORMAT_JSON_CATALOGUE 9  /* JSON catalogues: WebExtension, i18next, flat or nested */
#define KOEN_FORMAT_CSV_CATALOGUE 10  /* CSV catalogues with a header naming the translation column */
#define KOEN_FORMAT_ORG 11  /* Org documents (Emacs Org mode) */

/* Normalization forms (`koen normalize --form`). */
#define KOEN_NFC 0
#define KOEN_NFD 1
#define KOEN_NFKC 2
#define KOEN_NFKD 3
#define KOEN_NFKC_CASEFOLD 4

/* Romanization schemes (`koen romanize --scheme`). */
#define KOEN_RR 0
#define KOEN_RR_TRANSLIT 1
#define KOEN_MR 2
#define KOEN_ICU 3

/* Romanization options (bits; the command always sets KOEN_ROMANIZE_READ_HANJA). */
#define KOEN_ROMANIZE_PROPER_NOUN (1u << 0)        /* --proper */
#define KOEN_ROMANIZE_HYPHENATE (1u << 1)
#define KOEN_ROMANIZE_PERSONAL_NAME (1u << 2)      /* --name */
#define KOEN_ROMANIZE_ADDRESS (1u << 3)            /* --address */
#define KOEN_ROMANIZE_OMIT_ADMIN_UNITS (1u << 4)
#define KOEN_ROMANIZE_READ_HANJA (1u << 5)
#define KOEN_ROMANIZE_ASCII (1u << 6)              /* McCune-Reischauer without breves */
#define KOEN_ROMANIZE_CUSTOMARY_SURNAMES (1u << 7)

/* KoEn's version, e.g. "0.1.0". Owned by the library. */
const char *koen_version(void);

/* Releases a buffer or message returned by a KoEn function. NULL is ignored. */
void koen_free(void *p);

/*
 * The records of `koen segment --format jsonl --level LEVEL NAME`: one JSON object per
 * line, each ending in '\n'. `name` is the "file" field (NULL: "<stdin>"). Token and run
 * segments tile the input.
 */
int32_t koen_segment(const uint8_t *text, size_t length, const char *name, int32_t level,
                     uint32_t flags, uint8_t **out, size_t *out_length, char **message);

/*
 * The byte ranges of the same segments (or of the lines, without their line breaks, for
 * KOEN_LEVEL_LINE): `*ranges` gets 2 * `*count` integers, start and end of each in order.
 */
int32_t koen_segment_ranges(const uint8_t *text, size_t length, int32_t level, uint32_t flags,
                            int64_t **ranges, size_t *count, char **message);

/*
 * The records of `koen analyze --format jsonl NAME`: a "line" record per line, a
 * "finding" record per gettext catalogue finding, then the "document" record.
 * `name` is the "file" field and, with KOEN_FORMAT_AUTO, decides the format by its
 * extension (.po, .md) as for a file; NULL: "<stdin>". `glossary` (may be NULL when
 * `glossary_length` is 0) holds terms kept as they are, one per line, '#' comments: the
 * content of an `--allow` file.
 */
int32_t koen_analyze(const uint8_t *text, size_t length, const char *name, int32_t dominant,
                     int32_t format, const uint8_t *glossary, size_t glossary_length,
                     uint8_t **out, size_t *out_length, char **message);

/*
 * The records of `koen untranslated --format jsonl NAME` (`dominant` is `--target`): one
 * per fragment left in the other language, or per catalogue entry left untranslated.
 * Empty output means nothing was found (the command's exit status 0; 1 otherwise).
 */
int32_t koen_untranslated(const uint8_t *text, size_t length, const char *name,
                          int32_t dominant, int32_t format, const uint8_t *glossary,
                          size_t glossary_length, uint8_t **out, size_t *out_length,
                          char **message);

/* The text in normalization form `form`, as `koen normalize --form` writes it. */
int32_t koen_normalize_text(const uint8_t *text, size_t length, int32_t form, uint8_t **out,
                            size_t *out_length, char **message);

/*
 * The text romanized line by line, line breaks kept, as `koen romanize --scheme` writes it
 * (the command passes KOEN_ROMANIZE_READ_HANJA plus its flags).
 */
int32_t koen_romanize(const uint8_t *text, size_t length, int32_t scheme, uint32_t options,
                      uint8_t **out, size_t *out_length, char **message);

#ifdef __cplusplus
}
#endif

#endif /* KOEN_H */
