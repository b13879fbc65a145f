#include "CICU.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

struct koen_breaks {
  UBreakIterator *iterator;
  UText text;
};

koen_breaks *koen_breaks_open(koen_break_kind kind, const char *locale, koen_status *status) {
  UErrorCode *err = (UErrorCode *)status;
  if (U_FAILURE(*err)) return NULL;
  UBreakIteratorType type;
  switch (kind) {
  case KOEN_BREAK_CHARACTER: type = UBRK_CHARACTER; break;
  case KOEN_BREAK_WORD: type = UBRK_WORD; break;
  case KOEN_BREAK_LINE: type = UBRK_LINE; break;
  case KOEN_BREAK_SENTENCE: type = UBRK_SENTENCE; break;
  default: *err = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
  }
  koen_breaks *b = calloc(1, sizeof *b);
  if (b == NULL) { *err = U_MEMORY_ALLOCATION_ERROR; return NULL; }
  UText empty = UTEXT_INITIALIZER;
  b->text = empty;
  b->iterator = ubrk_open(type, locale, NULL, 0, err);
  if (U_FAILURE(*err)) { free(b); return NULL; }
  return b;
}

void koen_breaks_set_utf8(koen_breaks *b, const uint8_t *text, int64_t length,
                          koen_status *status) {
  UErrorCode *err = (UErrorCode *)status;
  utext_openUTF8(&b->text, (const char *)text, length, err);
  if (U_FAILURE(*err)) return;
  ubrk_setUText(b->iterator, &b->text, err);
}

void koen_breaks_set_utf16(koen_breaks *b, const uint16_t *text, int32_t length,
                           koen_status *status) {
  ubrk_setText(b->iterator, (const UChar *)text, length, (UErrorCode *)status);
}

int32_t koen_breaks_next(koen_breaks *b) { return ubrk_next(b->iterator); }

int32_t koen_breaks_previous(koen_breaks *b) { return ubrk_previous(b->iterator); }

int32_t koen_breaks_first(koen_breaks *b) { return ubrk_first(b->iterator); }

int32_t koen_breaks_last(koen_breaks *b) { return ubrk_last(b->iterator); }

int32_t koen_breaks_rule_status(const koen_breaks *b) { return ubrk_getRuleStatus(b->iterator); }

void koen_breaks_close(koen_breaks *b) {
  if (b == NULL) return;
  ubrk_close(b->iterator);
  utext_close(&b->text);
  free(b);
}
