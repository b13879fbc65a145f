#include "CICU.h"

#include <unicode/uscript.h>

_Static_assert(sizeof(UScriptCode) == sizeof(int32_t), "script codes are 32 bits");

int32_t koen_script_of(uint32_t c, koen_status *status) {
  return (int32_t)uscript_getScript((UChar32)c, (UErrorCode *)status);
}

int32_t koen_script_extensions(uint32_t c, int32_t *out, int32_t capacity, koen_status *status) {
  return uscript_getScriptExtensions((UChar32)c, (UScriptCode *)out, capacity,
                                     (UErrorCode *)status);
}

const char *koen_script_short_name(int32_t script) {
  return uscript_getShortName((UScriptCode)script);
}

const char *koen_script_name(int32_t script) { return uscript_getName((UScriptCode)script); }

int32_t koen_script_code(const char *name, koen_status *status) {
  UScriptCode code = USCRIPT_INVALID_CODE;
  int32_t count = uscript_getCode(name, &code, 1, (UErrorCode *)status);
  return count > 0 ? (int32_t)code : -1;
}
