#include "CICU.h"

#include <unicode/parseerr.h>
#include <unicode/uenum.h>
#include <unicode/utrans.h>

static void copy_context(const UChar *from, uint16_t *to) {
  if (to == NULL) return;
  int32_t i = 0;
  for (; i < U_PARSE_CONTEXT_LEN - 1 && from[i] != 0; i++) to[i] = from[i];
  to[i] = 0;
}

koen_translit *koen_translit_open(const uint16_t *id, int32_t id_length, const uint16_t *rules,
                                  int32_t rules_length, int8_t reverse, int32_t *error_line,
                                  int32_t *error_offset, uint16_t *pre_context,
                                  uint16_t *post_context, koen_status *status) {
  UParseError parse = {0};
  parse.offset = -1;
  UTransliterator *t = utrans_openU((const UChar *)id, id_length,
                                    reverse ? UTRANS_REVERSE : UTRANS_FORWARD,
                                    (const UChar *)rules, rules_length, &parse,
                                    (UErrorCode *)status);
  *error_line = parse.line;
  *error_offset = parse.offset;
  copy_context(parse.preContext, pre_context);
  copy_context(parse.postContext, post_context);
  return (koen_translit *)t;
}

void koen_translit_run(const koen_translit *t, uint16_t *text, int32_t *length,
                       int32_t capacity, koen_status *status) {
  int32_t limit = *length;
  utrans_transUChars((const UTransliterator *)t, (UChar *)text, length, capacity, 0, &limit,
                     (UErrorCode *)status);
}

int32_t koen_translit_id(const koen_translit *t, uint16_t *out, int32_t capacity,
                         koen_status *status) {
  int32_t length = 0;
  const UChar *id = utrans_getUnicodeID((const UTransliterator *)t, &length);
  if (length > capacity) { *status = U_BUFFER_OVERFLOW_ERROR; return length; }
  for (int32_t i = 0; i < length; i++) out[i] = id[i];
  return length;
}

void koen_translit_close(koen_translit *t) { utrans_close((UTransliterator *)t); }

koen_translit_ids *koen_translit_ids_open(koen_status *status) {
  return (koen_translit_ids *)utrans_openIDs((UErrorCode *)status);
}

const uint16_t *koen_translit_ids_next(koen_translit_ids *ids, int32_t *length,
                                       koen_status *status) {
  return (const uint16_t *)uenum_unext((UEnumeration *)ids, length, (UErrorCode *)status);
}

void koen_translit_ids_close(koen_translit_ids *ids) { uenum_close((UEnumeration *)ids); }
