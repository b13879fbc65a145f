#include "CICU.h"

#include <unicode/uchar.h>

static UProperty to_uproperty(koen_property property) {
  switch (property) {
  case KOEN_PROP_GENERAL_CATEGORY: return UCHAR_GENERAL_CATEGORY;
  case KOEN_PROP_WORD_BREAK: return UCHAR_WORD_BREAK;
  case KOEN_PROP_SENTENCE_BREAK: return UCHAR_SENTENCE_BREAK;
  case KOEN_PROP_GRAPHEME_BREAK: return UCHAR_GRAPHEME_CLUSTER_BREAK;
  case KOEN_PROP_LINE_BREAK: return UCHAR_LINE_BREAK;
  case KOEN_PROP_EAST_ASIAN_WIDTH: return UCHAR_EAST_ASIAN_WIDTH;
  case KOEN_PROP_HANGUL_SYLLABLE_TYPE: return UCHAR_HANGUL_SYLLABLE_TYPE;
  case KOEN_PROP_BIDI_PAIRED_BRACKET_TYPE: return UCHAR_BIDI_PAIRED_BRACKET_TYPE;
  case KOEN_PROP_EXTENDED_PICTOGRAPHIC: return UCHAR_EXTENDED_PICTOGRAPHIC;
  case KOEN_PROP_ALPHABETIC: return UCHAR_ALPHABETIC;
  case KOEN_PROP_WHITE_SPACE: return UCHAR_WHITE_SPACE;
  case KOEN_PROP_IDEOGRAPHIC: return UCHAR_IDEOGRAPHIC;
  case KOEN_PROP_DEFAULT_IGNORABLE: return UCHAR_DEFAULT_IGNORABLE_CODE_POINT;
  case KOEN_PROP_UPPERCASE: return UCHAR_UPPERCASE;
  case KOEN_PROP_LOWERCASE: return UCHAR_LOWERCASE;
  }
  return UCHAR_INVALID_CODE;
}

int32_t koen_property_value(uint32_t c, koen_property property) {
  UChar32 cp = (UChar32)c;
  if (property == KOEN_PROP_GENERAL_CATEGORY) return (int32_t)u_charType(cp);
  UProperty p = to_uproperty(property);
  if (p == UCHAR_INVALID_CODE) return -1;
  return u_getIntPropertyValue(cp, p);
}

const char *koen_property_value_name(koen_property property, int32_t value, int8_t long_name) {
  UProperty p = to_uproperty(property);
  if (p == UCHAR_INVALID_CODE) return NULL;
  return u_getPropertyValueName(p, value, long_name ? U_LONG_PROPERTY_NAME : U_SHORT_PROPERTY_NAME);
}

uint32_t koen_paired_bracket(uint32_t c) { return (uint32_t)u_getBidiPairedBracket((UChar32)c); }

uint32_t koen_to_lower(uint32_t c) { return (uint32_t)u_tolower((UChar32)c); }
