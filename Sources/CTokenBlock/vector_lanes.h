/*
 * The compiler's generic vectors as the tokenizer's C scans use them: 32 bytes at a time,
 * which become SSE2 or AVX2 on x86-64 and NEON on ARM, and the bit mask of a compare's
 * lanes (`pmovmskb`), which Swift cannot reach with this toolchain.
 */
#ifndef KOEN_VECTOR_LANES_H
#define KOEN_VECTOR_LANES_H

#include <stdint.h>

typedef int8_t bytes32 __attribute__((vector_size(32)));
typedef uint8_t unsigned32 __attribute__((vector_size(32)));
typedef _Bool bits32 __attribute__((ext_vector_type(32)));
typedef uint16_t unsigned16x16 __attribute__((vector_size(32)));

/* `x + bias` wrapping around (in unsigned lanes: no signed overflow), as signed lanes. */
#define BIASED(x, bias) ((bytes32)((unsigned32)(x) + (uint8_t)(bias)))

/* The mask of a vector compare's lanes, lane i in bit i (of the low 32). */
#define LANE_BITS(v) ((uint64_t)__builtin_bit_cast(uint32_t, __builtin_convertvector((v), bits32)))

/* The AVX2 clone chosen at load time where the processor has it (x86-64 Linux). */
#if defined(__x86_64__) && defined(__linux__)
#define KOEN_VECTOR_CLONES __attribute__((target_clones("avx2", "default")))
/* The block scan's classes of ASCII by nibble lookups (`vpshufb`) where AVX2 is there. */
#define KOEN_NIBBLE_LOOKUP 1
#else
#define KOEN_VECTOR_CLONES
#define KOEN_NIBBLE_LOOKUP 0
#endif

#endif
