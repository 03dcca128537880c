/* The sentence encoder's per-row work in C (aligner/align/use_forward.py).
 *
 * Part of the same optional library as the DP kernel (_dpc.c, setup.py), called
 * through ctypes.  The forward pass spends half its time in one matrix product per
 * convolution stream (BLAS, left in numpy); the rest is passes over rows -- gathering
 * the first layer's tap rows, the shifted sums of the second layer, the ReLUs and
 * residuals, the layer norm and the sum over each sentence -- which numpy makes one
 * array operation, and one trip through memory, at a time.  Here each is one loop over
 * the rows.  The arithmetic is the numpy path's (use_forward.py keeps it for an install
 * without a C compiler; tests/align/test_encoder.py checks the two agree).
 *
 * Rows: the sentences of a batch laid end to end, with `pad` padding rows before,
 * between and after them.  `at[pad + r]` is the piece of row r (`pad_piece` on a
 * padding row) and `at` has `pad` more entries at both ends, so the tap k of a window
 * of row r reads `at[r + pad + k - left]`.
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

#define LANES 8  /* independent partial sums, so that a reduction vectorises */

/* sum of x[0..n) and of (x - mean)^2; n a multiple of LANES */
static float lane_sum(const float *restrict x, int64_t n)
{
    float p[LANES] = {0};
    for (int64_t j = 0; j < n; j += LANES)
        for (int l = 0; l < LANES; l++) p[l] += x[j + l];
    float s = 0.0f;
    for (int l = 0; l < LANES; l++) s += p[l];
    return s;
}

static float lane_sq_dev(const float *restrict x, int64_t n, float mean)
{
    float p[LANES] = {0};
    for (int64_t j = 0; j < n; j += LANES)
        for (int l = 0; l < LANES; l++) p[l] += (x[j + l] - mean) * (x[j + l] - mean);
    float s = 0.0f;
    for (int l = 0; l < LANES; l++) s += p[l];
    return s;
}

/* h[r] = relu(b1 + sum_k taps[at[r + pad + k - left]][k]) + stream[at[pad + r]];
 * zero on padding rows.  taps: (pieces + 1) x (n * width), stream: (pieces + 1) x width. */
void aligner_use_first(int64_t rows, int64_t width, int64_t n, int64_t left, int64_t pad,
                       int64_t pad_piece, const int64_t *at, const float *taps,
                       const float *b1, const float *stream, float *h)
{
    for (int64_t r = 0; r < rows; r++) {
        float *restrict out = h + r * width;
        int64_t piece = at[pad + r];
        if (piece == pad_piece) {
            memset(out, 0, (size_t)width * sizeof(float));
            continue;
        }
        memcpy(out, b1, (size_t)width * sizeof(float));
        for (int64_t k = 0; k < n; k++) {
            const float *restrict tap = taps + at[r + pad + k - left] * n * width + k * width;
            for (int64_t j = 0; j < width; j++) out[j] += tap[j];
        }
        const float *restrict res = stream + piece * width;
        for (int64_t j = 0; j < width; j++) out[j] = (out[j] > 0.0f ? out[j] : 0.0f) + res[j];
    }
}

/* conv[r] = relu(b2 + sum_k q[r + pad + k - left][k]) + h[r] on the rows of sentences
 * (padding rows are left as they are: nothing reads them).  q: (rows + 2 pad) x (n
 * width), its first and last `pad` rows zero; conv rows are `conv_stride` floats apart. */
void aligner_use_second(int64_t rows, int64_t width, int64_t n, int64_t left, int64_t pad,
                        int64_t pad_piece, const int64_t *at, const float *q,
                        const float *b2, const float *h, float *conv, int64_t conv_stride)
{
    for (int64_t r = 0; r < rows; r++) {
        if (at[pad + r] == pad_piece) continue;
        float *restrict out = conv + r * conv_stride;
        memcpy(out, b2, (size_t)width * sizeof(float));
        for (int64_t k = 0; k < n; k++) {
            const float *restrict qk = q + (r + pad + k - left) * n * width + k * width;
            for (int64_t j = 0; j < width; j++) out[j] += qk[j];
        }
        const float *restrict res = h + r * width;
        for (int64_t j = 0; j < width; j++) out[j] = (out[j] > 0.0f ? out[j] : 0.0f) + res[j];
    }
}

/* For each sentence s (rows starts[s] .. starts[s] + lens[s]): the sum over its rows of
 * the layer norm of [emb[at[pad + r]], conv[r]] (gain g, bias b) -> sums[s], of
 * emb_width + conv_width floats (both multiples of LANES).  Where `heads` is not NULL,
 * also the sum over the sentence's first heads[s] rows and its last row (its end marker)
 * -> head_sums[s], and where `tails` is not NULL, over its last tails[s] rows ->
 * tail_sums[s] (none when 0); the whole sum is added up in the same order either way. */
static void gain(float *acc, const float *g, const float *b, int64_t width, int64_t count)
{
    for (int64_t j = 0; j < width; j++) acc[j] = acc[j] * g[j] + (float)count * b[j];
}

void aligner_use_norm_sums(int64_t n_sent, const int64_t *starts, const int64_t *lens,
                           int64_t pad, const int64_t *at, const float *emb,
                           int64_t emb_width, const float *conv, int64_t conv_width,
                           const float *g, const float *b, float eps, float *sums,
                           const int64_t *heads, float *head_sums,
                           const int64_t *tails, float *tail_sums)
{
    int64_t width = emb_width + conv_width;
    for (int64_t s = 0; s < n_sent; s++) {
        float *restrict acc = sums + s * width;
        float *restrict hacc = heads ? head_sums + s * width : NULL;
        float *restrict tacc = tails ? tail_sums + s * width : NULL;
        int64_t end = starts[s] + lens[s];
        int64_t head_to = heads ? starts[s] + heads[s] : starts[s];
        int64_t tail_from = tails ? end - tails[s] : end;
        memset(acc, 0, (size_t)width * sizeof(float));
        if (hacc) memset(hacc, 0, (size_t)width * sizeof(float));
        if (tacc) memset(tacc, 0, (size_t)width * sizeof(float));
        for (int64_t r = starts[s]; r < end; r++) {
            const float *restrict e = emb + at[pad + r] * emb_width;
            const float *restrict c = conv + r * conv_width;
            float mean = (lane_sum(e, emb_width) + lane_sum(c, conv_width)) / (float)width;
            float var = lane_sq_dev(e, emb_width, mean) + lane_sq_dev(c, conv_width, mean);
            float inv = 1.0f / sqrtf(var / (float)width + eps);
            for (int64_t j = 0; j < emb_width; j++) acc[j] += (e[j] - mean) * inv;
            for (int64_t j = 0; j < conv_width; j++) acc[emb_width + j] += (c[j] - mean) * inv;
            int in_head = r < head_to || (r == end - 1 && head_to > starts[s]);
            float *parts[2] = {in_head ? hacc : NULL, r >= tail_from ? tacc : NULL};
            for (int k = 0; k < 2; k++) {
                float *restrict p = parts[k];
                if (!p) continue;
                for (int64_t j = 0; j < emb_width; j++) p[j] += (e[j] - mean) * inv;
                for (int64_t j = 0; j < conv_width; j++) p[emb_width + j] += (c[j] - mean) * inv;
            }
        }
        gain(acc, g, b, width, lens[s]);
        if (hacc) gain(hacc, g, b, width, heads[s] > 0 ? heads[s] + 1 : 0);
        if (tacc) gain(tacc, g, b, width, tails[s]);
    }
}
