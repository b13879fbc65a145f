#include "CICUDirect.h"

#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

int64_t bench_icu_word_boundaries(const uint8_t *text, int64_t length) {
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *iterator = ubrk_open(UBRK_WORD, "", NULL, 0, &status);
  if (U_FAILURE(status)) return -1;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, (const char *)text, length, &status);
  ubrk_setUText(iterator, &ut, &status);
  if (U_FAILURE(status)) { ubrk_close(iterator); return -1; }
  int64_t count = 0;
  int64_t statusSum = 0;
  while (ubrk_next(iterator) != UBRK_DONE) {
    statusSum += ubrk_getRuleStatus(iterator);
    count += 1;
  }
  ubrk_close(iterator);
  utext_close(&ut);
  return count + (statusSum & 0);
}

static const UNormalizer2 *instance(int32_t form, UErrorCode *status) {
  switch (form) {
  case 0: return unorm2_getNFCInstance(status);
  case 1: return unorm2_getNFDInstance(status);
  case 2: return unorm2_getNFKCInstance(status);
  case 4: return unorm2_getNFKCCasefoldInstance(status);
  default: *status = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
  }
}

int32_t bench_icu_normalize(int32_t form, const uint16_t *src, int32_t length, uint16_t *dest,
                            int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *n = instance(form, &status);
  if (U_FAILURE(status)) return -1;
  int32_t result = unorm2_normalize(n, (const UChar *)src, length, (UChar *)dest, capacity, &status);
  return U_FAILURE(status) ? -1 : result;
}

int32_t bench_icu_is_normalized(int32_t form, const uint16_t *src, int32_t length) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *n = instance(form, &status);
  if (U_FAILURE(status)) return -1;
  UBool yes = unorm2_isNormalized(n, (const UChar *)src, length, &status);
  return U_FAILURE(status) ? -1 : (yes ? 1 : 0);
}

int32_t bench_icu_normalize_utf8(int32_t form, const uint8_t *src, int32_t length,
                                 uint16_t *scratch16, int32_t scratch16Capacity,
                                 uint16_t *out16, int32_t out16Capacity, uint8_t *dest,
                                 int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t length16 = 0;
  u_strFromUTF8((UChar *)scratch16, scratch16Capacity, &length16, (const char *)src, length,
                &status);
  if (U_FAILURE(status)) return -1;
  const UNormalizer2 *n = instance(form, &status);
  if (U_FAILURE(status)) return -1;
  int32_t normalized = unorm2_normalize(n, (const UChar *)scratch16, length16, (UChar *)out16,
                                        out16Capacity, &status);
  if (U_FAILURE(status)) return -1;
  int32_t length8 = 0;
  u_strToUTF8((char *)dest, capacity, &length8, (const UChar *)out16, normalized, &status);
  return U_FAILURE(status) ? -1 : length8;
}
