/*
 * A line's ASCII bytes decoded into KoEn's 16-byte `SourceScalar`s (`SourceLine.decode`):
 * each scalar is the byte's offset in the input (8 bytes) and the byte's 8 bytes from a
 * table (its value, length 1, letter class and traits). Where the processor has AVX2, the
 * table is read by gathers, four scalars to one, and the scalars written two to a store.
 */
#include "CTokenBlock.h"

#include <string.h>

#if defined(__x86_64__) && defined(__linux__)
#include <immintrin.h>
#define KOEN_DECODE_AVX2 1
#endif

/* One scalar at a time, up to the first byte outside ASCII. */
static int64_t decode_bytes(const uint8_t *bytes, int64_t start, int64_t count, int64_t offset, const uint64_t *tails,
                            uint8_t *out) {
  int64_t i = start;
  for (; i < count && bytes[i] < 0x80; i++) {
    int64_t at = offset + i;
    memcpy(out + 16 * i, &at, 8);
    memcpy(out + 16 * i + 8, &tails[bytes[i]], 8);
  }
  return i;
}

#ifdef KOEN_DECODE_AVX2
/* Four scalars from the offsets `o` and tails `t` into `out`: (o0, t0, o1, t1), (o2, t2, o3, t3). */
__attribute__((target("avx2"))) static inline void store4(uint8_t *out, __m256i o, __m256i t) {
  __m256i even = _mm256_unpacklo_epi64(o, t);
  __m256i odd = _mm256_unpackhi_epi64(o, t);
  _mm256_storeu_si256((__m256i *)out, _mm256_permute2x128_si256(even, odd, 0x20));
  _mm256_storeu_si256((__m256i *)(out + 32), _mm256_permute2x128_si256(even, odd, 0x31));
}

__attribute__((target("avx2"))) static int64_t decode_avx2(const uint8_t *bytes, int64_t count, int64_t offset,
                                                           const uint64_t *tails, uint8_t *out) {
  int64_t i = 0;
  __m256i offsets = _mm256_add_epi64(_mm256_set1_epi64x(offset), _mm256_set_epi64x(3, 2, 1, 0));
  const __m256i four = _mm256_set1_epi64x(4);
  for (; count - i >= 8; i += 8) {
    uint64_t eight;
    memcpy(&eight, bytes + i, 8);
    if (eight & 0x8080808080808080ull) break;
    __m128i b = _mm_cvtsi64_si128((long long)eight);
    __m256i low = _mm256_i64gather_epi64((const long long *)tails, _mm256_cvtepu8_epi64(b), 8);
    __m256i high = _mm256_i64gather_epi64((const long long *)tails, _mm256_cvtepu8_epi64(_mm_srli_si128(b, 4)), 8);
    store4(out + 16 * i, offsets, low);
    offsets = _mm256_add_epi64(offsets, four);
    store4(out + 16 * i + 64, offsets, high);
    offsets = _mm256_add_epi64(offsets, four);
  }
  return decode_bytes(bytes, i, count, offset, tails, out);
}
#endif

int64_t koen_decode_ascii(const uint8_t *bytes, int64_t count, int64_t offset, const uint64_t *tails, uint8_t *out) {
#ifdef KOEN_DECODE_AVX2
  if (__builtin_cpu_supports("avx2")) return decode_avx2(bytes, count, offset, tails, out);
#endif
  return decode_bytes(bytes, 0, count, offset, tails, out);
}
