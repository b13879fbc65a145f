#include "CICU.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>

const koen_normalizer *koen_normalizer_get(koen_norm_form form, koen_status *status) {
  UErrorCode *err = (UErrorCode *)status;
  switch (form) {
  case KOEN_NFC: return (const koen_normalizer *)unorm2_getNFCInstance(err);
  case KOEN_NFD: return (const koen_normalizer *)unorm2_getNFDInstance(err);
  case KOEN_NFKC: return (const koen_normalizer *)unorm2_getNFKCInstance(err);
  case KOEN_NFKD: return (const koen_normalizer *)unorm2_getNFKDInstance(err);
  case KOEN_NFKC_CASEFOLD: return (const koen_normalizer *)unorm2_getNFKCCasefoldInstance(err);
  }
  *err = U_ILLEGAL_ARGUMENT_ERROR;
  return NULL;
}

int32_t koen_normalize(const koen_normalizer *n, const uint16_t *src, int32_t length,
                       uint16_t *dest, int32_t capacity, koen_status *status) {
  return unorm2_normalize((const UNormalizer2 *)n, (const UChar *)src, length, (UChar *)dest,
                          capacity, (UErrorCode *)status);
}

int8_t koen_normalizer_is_normalized(const koen_normalizer *n, const uint16_t *src,
                                     int32_t length, koen_status *status) {
  return (int8_t)unorm2_isNormalized((const UNormalizer2 *)n, (const UChar *)src, length,
                                     (UErrorCode *)status);
}

int32_t koen_normalizer_span_quick_check_yes(const koen_normalizer *n, const uint16_t *src,
                                             int32_t length, koen_status *status) {
  return unorm2_spanQuickCheckYes((const UNormalizer2 *)n, (const UChar *)src, length,
                                  (UErrorCode *)status);
}

int8_t koen_normalizer_has_boundary_before(const koen_normalizer *n, uint32_t c) {
  return (int8_t)unorm2_hasBoundaryBefore((const UNormalizer2 *)n, (UChar32)c);
}

int8_t koen_normalizer_has_boundary_after(const koen_normalizer *n, uint32_t c) {
  return (int8_t)unorm2_hasBoundaryAfter((const UNormalizer2 *)n, (UChar32)c);
}

uint8_t koen_combining_class(uint32_t c) { return u_getCombiningClass((UChar32)c); }
