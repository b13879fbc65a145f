#include "CICU.h"

#include <unicode/uchar.h>
#include <unicode/utypes.h>
#include <unicode/uversion.h>

_Static_assert(KOEN_OK == U_ZERO_ERROR, "status values are ICU's");
_Static_assert(KOEN_ILLEGAL_ARGUMENT == U_ILLEGAL_ARGUMENT_ERROR, "status values are ICU's");
_Static_assert(KOEN_MISSING_RESOURCE == U_MISSING_RESOURCE_ERROR, "status values are ICU's");
_Static_assert(KOEN_INDEX_OUTOFBOUNDS == U_INDEX_OUTOFBOUNDS_ERROR, "status values are ICU's");
_Static_assert(KOEN_INVALID_CHAR_FOUND == U_INVALID_CHAR_FOUND, "status values are ICU's");
_Static_assert(KOEN_BUFFER_OVERFLOW == U_BUFFER_OVERFLOW_ERROR, "status values are ICU's");
_Static_assert(sizeof(UChar) == sizeof(uint16_t), "UTF-16 units are 16 bits");
_Static_assert(sizeof(UChar32) == sizeof(uint32_t), "code points are 32 bits");

const char *koen_status_name(koen_status status) { return u_errorName((UErrorCode)status); }

void koen_unicode_version(uint8_t out[4]) { u_getUnicodeVersion(out); }

void koen_icu_version(uint8_t out[4]) { u_getVersion(out); }
