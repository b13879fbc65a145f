/*
 * ICU called directly, for the benchmarks' baselines: the same work KoEn does, with only
 * ICU's C API in the loop. No ICU header here (see Sources/CICU/include/CICU.h).
 */
#ifndef KOEN_CICU_DIRECT_H
#define KOEN_CICU_DIRECT_H

#include <stdint.h>

/** Counts ICU's word boundaries in UTF-8 text (ubrk_open + utext_openUTF8 + ubrk_next),
 *  reading each boundary's rule status as a tokenizer would. Returns -1 on error. */
int64_t bench_icu_word_boundaries(const uint8_t *text, int64_t length);

/** Normalizes UTF-16 src into dest with ICU's NFC (0), NFD (1), NFKC (2) or
 *  NFKC_Casefold (4) singleton; returns the result's length, or -1 on error. */
int32_t bench_icu_normalize(int32_t form, const uint16_t *src, int32_t length, uint16_t *dest,
                            int32_t capacity);

/** unorm2_isNormalized with the same forms. */
int32_t bench_icu_is_normalized(int32_t form, const uint16_t *src, int32_t length);

/** What a UTF-8 API over ICU has to do: UTF-8 → UTF-16 (u_strFromUTF8), normalize, and
 *  UTF-16 → UTF-8 (u_strToUTF8), with caller-provided buffers. Returns the UTF-8 length of
 *  the result, or -1 on error. */
int32_t bench_icu_normalize_utf8(int32_t form, const uint8_t *src, int32_t length,
                                 uint16_t *scratch16, int32_t scratch16Capacity,
                                 uint16_t *out16, int32_t out16Capacity, uint8_t *dest,
                                 int32_t capacity);

#endif
