#include "CICU.h"

#include <unicode/uchar.h>

int32_t koen_property_value(uint32_t c, koen_property property) {
  UChar32 cp = (UChar32)c;
  switch (property) {
  case KOEN_PROP_GENERAL_CATEGORY: return (int32_t)u_charType(cp);
  case KOEN_PROP_WORD_BREAK: return u_getIntPropertyValue(cp, UCHAR_WORD_BREAK);
  case KOEN_PROP_SENTENCE_BREAK: return u_getIntPropertyValue(cp, UCHAR_SENTENCE_BREAK);
  case KOEN_PROP_GRAPHEME_BREAK: return u_getIntPropertyValue(cp, UCHAR_GRAPHEME_CLUSTER_BREAK);
  case KOEN_PROP_LINE_BREAK: return u_getIntPropertyValue(cp, UCHAR_LINE_BREAK);
  case KOEN_PROP_EAST_ASIAN_WIDTH: return u_getIntPropertyValue(cp, UCHAR_EAST_ASIAN_WIDTH);
  case KOEN_PROP_HANGUL_SYLLABLE_TYPE:
    return u_getIntPropertyValue(cp, UCHAR_HANGUL_SYLLABLE_TYPE);
  case KOEN_PROP_BIDI_PAIRED_BRACKET_TYPE:
    return u_getIntPropertyValue(cp, UCHAR_BIDI_PAIRED_BRACKET_TYPE);
  case KOEN_PROP_EXTENDED_PICTOGRAPHIC: return u_hasBinaryProperty(cp, UCHAR_EXTENDED_PICTOGRAPHIC);
  case KOEN_PROP_ALPHABETIC: return u_hasBinaryProperty(cp, UCHAR_ALPHABETIC);
  case KOEN_PROP_WHITE_SPACE: return u_hasBinaryProperty(cp, UCHAR_WHITE_SPACE);
  }
  return -1;
}

uint32_t koen_paired_bracket(uint32_t c) { return (uint32_t)u_getBidiPairedBracket((UChar32)c); }

uint32_t koen_to_lower(uint32_t c) { return (uint32_t)u_tolower((UChar32)c); }
