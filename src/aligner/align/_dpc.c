/* The banded DP kernel in C: the same computation as aligner/align/_dp_numba.py.
 *
 * Built at install time as an optional extension (setup.py) -- a plain shared
 * library: it needs no Python headers and is never imported as a module.
 * Python calls aligner_banded_dp() through ctypes, which releases the GIL.  Loading a C
 * library takes a millisecond, where numba needs about a second per process
 * to import itself and load its cached kernel; without a C compiler the
 * numba kernel is used instead (tests/align/test_dp.py checks both agree).
 *
 * Read aligner/align/dp.py for the model.  The parameter slots (enum) and the bead
 * kinds (KA, KB) must match aligner/align/kernel_slots.py, name by name and value by
 * value: tests/align/test_slots.py parses them out of this file and checks.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

enum {
    P_RATIO, P_VAR, P_LAM_LEN, P_LAM_LEX, P_NULL, P_SMOOTH, P_PAR, P_LEN_CAP, P_MU,
    P_SUPPORT, P_SUPPORT_MIN, P_MEMBER, P_LAM_ENC, P_ENC_REWARD, P_ENC_MEMBER, P_CONT, P_END_MIS,
    P_ENC_CROSS, P_ENC_CROSS_MIN, P_PAR_MIS, N_PARAMS
};

#define N_KINDS 21
static const int64_t KA[N_KINDS] = {1, 1, 0, 1, 2, 2, 1, 3, 2, 3, 1, 4, 1, 5, 3, 0, 2, 0, 3, 0, 4};
static const int64_t KB[N_KINDS] = {1, 0, 1, 2, 1, 2, 3, 1, 3, 2, 4, 1, 5, 1, 3, 2, 0, 3, 0, 4, 0};
#define REACH 5
#define RING (REACH + 1)
#define NO_MOVE (-1)
#define TIE 1e-9  /* gains closer than this are equal (the MBR kernel) */
/* line marks, as kernel_slots.py's MARK_* */
#define MARK_PARAGRAPH 1
#define MARK_CONTINUES (-1)
#define MARK_AFTER_OPEN 2
#define MARK_AFTER_END 3
#define N_STATS 6  /* per bead: cost, length cost, similarity, cost as null beads, encoder
                    * cosine, posterior (the MBR kernel's; NaN from the best path's) */

typedef struct {
    int64_t n, m;
    const int64_t *s_ptr, *s_ids, *t_ptr, *t_ids;
    const double *s_w, *t_w;
    const double *cs_slen, *cs_tlen, *cs_smass, *cs_tmass;
    const int8_t *s_par, *t_par;
    const double *params;
    double *sc_s, *sc_t;
    /* Sentence embeddings (used when params[P_LAM_ENC] > 0), see aligner/align/semantic.py:
     * e_dot[e_ptr[r] + c - e_lo[r]] is the dot product of source r and target c for the
     * columns c a bead over source r can reach; s_enc/t_enc hold REACH values a
     * sentence: 1 - its mean cosine with the other side's sentences, then its dot
     * products with the next 1 .. REACH - 1 sentences of its own side.  When
     * params[P_ENC_CROSS] > 0, e_dot holds two more blocks of e_ptr[n] values laid out
     * the same way: the last clause of source r with target c, and source r with the
     * last clause of target c. */
    const int64_t *e_ptr, *e_lo;
    const float *e_dot;
    const double *s_enc, *t_enc;
} Problem;

/* What the members of a bead's multi-sentence sides show: the support penalty, and each
 * member's support (the share of its features the other side covers). */
typedef struct {
    double pen;
    int64_t n;
    double sup[2 * REACH];
} Members;

/* Support of each sentence r0..r1-1 of one side -- the share of its features the other
 * side's summed features (other) cover -- written to sup; returns the penalty for those
 * the other side barely overlaps (short sentences weigh less). */
static double support_penalty(int64_t r0, int64_t r1, const int64_t *ptr, const int64_t *ids,
                              const double *w, const double *cs_mass, const double *other,
                              const double *params, double *sup_out)
{
    double lam_sup = params[P_SUPPORT], tau = params[P_SUPPORT_MIN];
    double mu = params[P_MU], smooth = params[P_SMOOTH];
    double pen = 0.0;
    for (int64_t r = r0; r < r1; r++) {
        double ovk = 0.0;
        for (int64_t k = ptr[r]; k < ptr[r + 1]; k++) {
            double ov = other[ids[k]];
            ovk += w[k] < ov ? w[k] : ov;
        }
        double mk = cs_mass[r + 1] - cs_mass[r];
        double sup = ovk / (mk + smooth);
        sup_out[r - r0] = sup;
        if (sup < tau)
            pen += lam_sup * (tau - sup) / tau * (mk < mu ? mk / mu : 1.0);
    }
    return pen;
}

/* The union overlap of src[i0:i1] and tgt[j0:j1]; mem gets what the members of its
 * multi-sentence sides show (when the support penalty or the members' shortfall is on). */
static double overlap(const Problem *p, int64_t i0, int64_t i1, int64_t j0, int64_t j1,
                      Members *mem)
{
    double *sc_s = p->sc_s, *sc_t = p->sc_t;
    for (int64_t k = p->s_ptr[i0]; k < p->s_ptr[i1]; k++)
        sc_s[p->s_ids[k]] += p->s_w[k];
    for (int64_t k = p->t_ptr[j0]; k < p->t_ptr[j1]; k++)
        sc_t[p->t_ids[k]] += p->t_w[k];
    double pen = 0.0;
    mem->n = 0;
    int judge = p->params[P_SUPPORT] > 0.0 || p->params[P_MEMBER] > 0.0;
    if (judge && i1 - i0 > 1) {
        pen += support_penalty(i0, i1, p->s_ptr, p->s_ids, p->s_w, p->cs_smass, sc_t, p->params,
                               mem->sup);
        mem->n = i1 - i0;
    }
    if (judge && j1 - j0 > 1) {
        pen += support_penalty(j0, j1, p->t_ptr, p->t_ids, p->t_w, p->cs_tmass, sc_s, p->params,
                               mem->sup + mem->n);
        mem->n += j1 - j0;
    }
    mem->pen = p->params[P_SUPPORT] > 0.0 ? pen : 0.0;
    double acc = 0.0;
    for (int64_t k = p->t_ptr[j0]; k < p->t_ptr[j1]; k++) {
        int64_t f = p->t_ids[k];
        double tv = sc_t[f];
        if (tv > 0.0) {
            double sv = sc_s[f];
            acc += sv < tv ? sv : tv;
            sc_t[f] = 0.0;
        }
    }
    for (int64_t k = p->s_ptr[i0]; k < p->s_ptr[i1]; k++)
        sc_s[p->s_ids[k]] = 0.0;
    return acc;
}

/* What an aligned bead ending before source i1 and target j1 adds when its end cuts a
 * clause from the sentence that translates it: x1, how much closer the last clause of its
 * last source sentence is to the next target sentence than to its own last one; x2, the
 * same for the last clause of its last target sentence and the source sentences; y1, how
 * much closer the first clause of the next target sentence is to its last source sentence
 * than to the next source sentence; y2, the same for the first clause of the next source
 * sentence and the target sentences; the largest beyond P_ENC_CROSS_MIN, times
 * P_ENC_CROSS (semantic.py makes the blocks: after the sentences', the source last
 * clauses x targets, sources x target last clauses, sources x target first clauses and
 * source first clauses x targets, each laid out as the sentences'). */
static double crossing_cost(const Problem *p, int64_t i1, int64_t j1)
{
    const double *params = p->params;
    int64_t n_band = p->e_ptr[p->n], r = i1 - 1;
    int64_t first = p->e_lo[r], count = p->e_ptr[r + 1] - p->e_ptr[r];
    double x = -9.0;
    if (j1 - 1 >= first && j1 < first + count) {
        const float *ls = p->e_dot + n_band + p->e_ptr[r];
        double x1 = (double)ls[j1 - first] - (double)ls[j1 - 1 - first];
        x = x1 > x ? x1 : x;
    }
    if (i1 < p->n && j1 - 1 >= first && j1 - 1 < first + count) {
        int64_t first2 = p->e_lo[i1], count2 = p->e_ptr[i1 + 1] - p->e_ptr[i1];
        if (j1 - 1 >= first2 && j1 - 1 < first2 + count2) {
            const float *lt = p->e_dot + 2 * n_band;
            double x2 = (double)lt[p->e_ptr[i1] + j1 - 1 - first2]
                        - (double)lt[p->e_ptr[r] + j1 - 1 - first];
            x = x2 > x ? x2 : x;
        }
    }
    if (i1 < p->n) {
        int64_t first2 = p->e_lo[i1], count2 = p->e_ptr[i1 + 1] - p->e_ptr[i1];
        if (j1 >= first && j1 < first + count && j1 >= first2 && j1 < first2 + count2) {
            const float *ft = p->e_dot + 3 * n_band;
            double y1 = (double)ft[p->e_ptr[r] + j1 - first]
                        - (double)ft[p->e_ptr[i1] + j1 - first2];
            x = y1 > x ? y1 : x;
        }
        if (j1 - 1 >= first2 && j1 < first2 + count2) {
            const float *fs = p->e_dot + 4 * n_band + p->e_ptr[i1];
            double y2 = (double)fs[j1 - 1 - first2] - (double)fs[j1 - first2];
            x = y2 > x ? y2 : x;
        }
    }
    double excess = x - params[P_ENC_CROSS_MIN];
    return excess > 0.0 ? params[P_ENC_CROSS] * excess : 0.0;
}

/* The encoder's term of the bead src[i0:i1] <-> tgt[j0:j1].  The cosine of the two sides'
 * summed embeddings comes from the pairwise dot products; a distance 1 - cos is normalised
 * by the sides' typical distance to the other text (Vecalign's normalisation: a model or a
 * language whose unrelated sentences sit close counts the same).  Each sentence is charged
 * the bead's distance plus P_ENC_MEMBER times how far its own distance to the other side's
 * sum exceeds it -- so an unrelated sentence does not ride into a bead on its neighbour's
 * match -- and an aligned bead earns a reward.  cos_out gets the bead's cosine. */
static double encoder_cost(const Problem *p, int64_t i0, int64_t i1, int64_t j0, int64_t j1,
                           double *cos_out)
{
    const double *params = p->params;
    double dot = 0.0, ns = 0.0, nt = 0.0, base = 0.0;
    double by_src[REACH] = {0.0}, by_tgt[REACH] = {0.0};
    int64_t a = i1 - i0, b = j1 - j0;
    for (int64_t r = i0; r < i1; r++) {
        int64_t first = p->e_lo[r], count = p->e_ptr[r + 1] - p->e_ptr[r];
        const float *row = p->e_dot + p->e_ptr[r];
        for (int64_t c = j0; c < j1; c++)
            if (c >= first && c < first + count) {
                double d = row[c - first];
                by_src[r - i0] += d;
                by_tgt[c - j0] += d;
            }
        dot += by_src[r - i0];
        base += p->s_enc[REACH * r] / (double)a;
        ns += 1.0;
        for (int64_t r2 = r + 1; r2 < i1; r2++)
            ns += 2.0 * p->s_enc[REACH * r + (r2 - r)];
    }
    for (int64_t c = j0; c < j1; c++) {
        base += p->t_enc[REACH * c] / (double)b;
        nt += 1.0;
        for (int64_t c2 = c + 1; c2 < j1; c2++)
            nt += 2.0 * p->t_enc[REACH * c + (c2 - c)];
    }
    ns = sqrt(ns > 1e-6 ? ns : 1e-6);
    nt = sqrt(nt > 1e-6 ? nt : 1e-6);
    double cos = dot / (ns * nt);
    *cos_out = cos;
    /* sum over members of max(bead distance, own distance); a member's own cosine is
     * that of its unit vector with the other side's sum */
    double dist = 0.0;
    for (int64_t k = 0; k < a; k++) {
        double own = by_src[k] / nt;
        dist += 1.0 - cos + (own < cos ? params[P_ENC_MEMBER] * (cos - own) : 0.0);
    }
    for (int64_t k = 0; k < b; k++) {
        double own = by_tgt[k] / ns;
        dist += 1.0 - cos + (own < cos ? params[P_ENC_MEMBER] * (cos - own) : 0.0);
    }
    base *= 0.5;
    double cross = params[P_ENC_CROSS] > 0.0 ? crossing_cost(p, i1, j1) : 0.0;
    return params[P_LAM_ENC] * 0.5 * dist / (base > 0.05 ? base : 0.05) - params[P_ENC_REWARD]
           + cross;
}

static double length_cost(const Problem *p, int64_t i0, int64_t i1, int64_t j0, int64_t j1)
{
    const double *params = p->params;
    double ratio = params[P_RATIO];
    double ls = p->cs_slen[i1] - p->cs_slen[i0];
    double lt = p->cs_tlen[j1] - p->cs_tlen[j0];
    double mean = (ls * ratio + lt) * 0.5;
    double delta = (lt - ls * ratio) / sqrt(params[P_VAR] * mean + 1.0);
    double cost = 0.5 * delta * delta;
    return cost < params[P_LEN_CAP] ? cost : params[P_LEN_CAP];
}

/* What a line boundary inside a group adds to its cost: a paragraph start (mark 1) a
 * penalty, a line that continues the one before it (mark -1, a sentence split inside
 * brackets) a bonus. */
static double boundary(const double *params, int8_t mark)
{
    return mark == MARK_PARAGRAPH ? params[P_PAR] : mark == MARK_CONTINUES ? -params[P_CONT] : 0.0;
}

/* What a bead (a null bead too) ending before source i1 and target j1 adds: P_END_MIS
 * when the path's cut there falls mid-sentence on one side (after a comma, a semicolon)
 * and at a sentence or paragraph end on the other; P_PAR_MIS when it falls at a
 * paragraph end on one side only. */
static double end_mismatch(const Problem *p, int64_t i1, int64_t j1)
{
    int s = i1 < p->n ? p->s_par[i1] : 0, t = j1 < p->m ? p->t_par[j1] : 0;
    int s_open = s == MARK_AFTER_OPEN, t_open = t == MARK_AFTER_OPEN;
    int s_end = s == MARK_AFTER_END || s == MARK_PARAGRAPH;
    int t_end = t == MARK_AFTER_END || t == MARK_PARAGRAPH;
    double cost = (s_open && t_end) || (s_end && t_open) ? p->params[P_END_MIS] : 0.0;
    return (s == MARK_PARAGRAPH) != (t == MARK_PARAGRAPH) ? cost + p->params[P_PAR_MIS] : cost;
}

/* Cost of the non-null bead src[i0:i1] <-> tgt[j0:j1] whose union overlap is ov and whose
 * members show mem (NULL: single sentences); out gets (len_cost, sim).  The members'
 * shortfall -- how far each member's own support falls below the bead's similarity --
 * charges a member by its own evidence, not by the bead's (a caption merged into a
 * well-matched bead would otherwise ride on its neighbours' evidence). */
static double cost_from_overlap(const Problem *p, int64_t i0, int64_t i1, int64_t j0, int64_t j1,
                                double ov, const Members *mem, double prior, double *out)
{
    const double *params = p->params;
    int64_t a = i1 - i0, b = j1 - j0;
    double len_cost = length_cost(p, i0, i1, j0, j1);
    double mass = 0.5 * ((p->cs_smass[i1] - p->cs_smass[i0]) + (p->cs_tmass[j1] - p->cs_tmass[j0]));
    double sim = ov / (mass + params[P_SMOOTH]);
    double shortfall = 0.0, pen = 0.0;
    if (mem != NULL) {
        pen = mem->pen;
        for (int64_t k = 0; k < mem->n; k++)
            if (mem->sup[k] < sim)
                shortfall += sim - mem->sup[k];
    }
    double cost = params[P_LAM_LEN] * len_cost
                  + params[P_LAM_LEX] * 0.5 * ((1.0 - sim) * (double)(a + b)
                                               + params[P_MEMBER] * shortfall)
                  + prior + pen;
    int64_t s_pars = 0, t_pars = 0;
    for (int64_t k = i0 + 1; k < i1; k++) {
        cost += boundary(params, p->s_par[k]);
        s_pars += p->s_par[k] == MARK_PARAGRAPH;
    }
    for (int64_t k = j0 + 1; k < j1; k++) {
        cost += boundary(params, p->t_par[k]);
        t_pars += p->t_par[k] == MARK_PARAGRAPH;
    }
    /* a paragraph start inside the group that the other side's group does not match is
     * a paragraph end on one side only, as at a bead's end (end_mismatch) */
    cost += params[P_PAR_MIS] * (double)(s_pars > t_pars ? s_pars - t_pars : t_pars - s_pars);
    cost += end_mismatch(p, i1, j1);
    out[2] = 0.0;
    if (params[P_LAM_ENC] > 0.0)
        cost += encoder_cost(p, i0, i1, j0, j1, out + 2);
    out[0] = len_cost;
    out[1] = sim;
    return cost;
}

/* Cost of src[i0:i1] <-> tgt[j0:j1]; out gets (len_cost, sim).  A null bead of several
 * sentences (a run of unaligned sentences on one side) costs theirs apart plus its prior
 * (<= 0). */
static double bead_cost(const Problem *p, int64_t i0, int64_t i1, int64_t j0, int64_t j1,
                        double prior, double *out)
{
    int64_t a = i1 - i0, b = j1 - j0;
    if (a == 0 || b == 0) {
        out[0] = 0.0;
        out[1] = 0.0;
        out[2] = 0.0;
        return p->params[P_NULL] * (double)(a + b) + prior + end_mismatch(p, i1, j1);
    }
    Members mem;
    double ov = overlap(p, i0, i1, j0, j1, &mem);
    return cost_from_overlap(p, i0, i1, j0, j1, ov, &mem, prior, out);
}

/* A lower bound of bead_cost (without prior) for a non-null bead whose union overlap is
 * at most ov_max.  The overlap can never exceed the smaller side's mass either; the
 * length cost is exact, the support, shortfall, paragraph and end terms (>= 0) are left
 * out, the continuation bonuses counted in full, and the encoder's term is at least minus
 * its reward. */
static double lower_bound(const Problem *p, int64_t i0, int64_t i1, int64_t j0, int64_t j1,
                          double ov_max)
{
    const double *params = p->params;
    double ms = p->cs_smass[i1] - p->cs_smass[i0];
    double mt = p->cs_tmass[j1] - p->cs_tmass[j0];
    double ov = ms < mt ? ms : mt;
    if (ov_max < ov)
        ov = ov_max;
    double best_sim = ov / (0.5 * (ms + mt) + params[P_SMOOTH]);
    double lex = params[P_LAM_LEX] * (1.0 - best_sim) * (double)((i1 - i0) + (j1 - j0)) * 0.5;
    double enc = params[P_LAM_ENC] > 0.0 ? -params[P_ENC_REWARD] : 0.0;
    double cont = 0.0;  /* the continuation bonuses, which can lower the cost */
    for (int64_t k = i0 + 1; k < i1; k++)
        cont += p->s_par[k] == MARK_CONTINUES ? params[P_CONT] : 0.0;
    for (int64_t k = j0 + 1; k < j1; k++)
        cont += p->t_par[k] == MARK_CONTINUES ? params[P_CONT] : 0.0;
    return params[P_LAM_LEN] * length_cost(p, i0, i1, j0, j1) + lex + enc - cont;
}

/* Sum of the pairwise overlaps of the sentences of a bead: an upper bound of its union
 * overlap, since min(a1 + a2, b) <= min(a1, b) + min(a2, b).  pair holds, for the
 * last RING rows r, the overlap of source r-1 with target c-1 at column c; INFINITY
 * when a pair lies outside the band. */
static double pair_sum(const double *pair, const int64_t *lo, const int64_t *hi, int64_t width,
                       int64_t i0, int64_t i1, int64_t j0, int64_t j1)
{
    double sum = 0.0;
    for (int64_t r = i0 + 1; r <= i1; r++) {
        if (j0 + 1 < lo[r] || j1 > hi[r])
            return INFINITY;
        const double *row = pair + (r % RING) * width - lo[r];
        for (int64_t c = j0 + 1; c <= j1; c++)
            sum += row[c];
    }
    return sum;
}

/* The cost of the move of kind k into (i, j), from a node reached at cost prev; ov11 is
 * the 1-1 overlap of source i-1 and target j-1.  INFINITY when a lower bound -- from
 * length, prior and the best possible overlap, computed before the (costly) union
 * overlap -- shows that prev plus the move would reach limit: such a move cannot be
 * the best (the best path's kernel, limit = the best so far) or weighs nothing (the
 * minimum-Bayes-risk kernel, limit = a margin above it). */
static double move_cost(const Problem *p, const double *pair, const int64_t *lo,
                        const int64_t *hi, int64_t width, int64_t i, int64_t j, int k,
                        double ov11, double prev, double limit, const double *priors,
                        double *out)
{
    int64_t pi = i - KA[k], pj = j - KB[k];
    if (k == 0)  /* 1-1: its overlap is known */
        return cost_from_overlap(p, pi, i, pj, j, ov11, NULL, priors[k], out);
    if (KA[k] > 0 && KB[k] > 0 && limit < INFINITY
        && prev + priors[k]
               + lower_bound(p, pi, i, pj, j, pair_sum(pair, lo, hi, width, pi, i, pj, j))
               >= limit)
        return INFINITY;
    return bead_cost(p, pi, i, pj, j, priors[k], out);
}

/* The path that back (per node, the kind of the move into it) leads to from (n, m):
 * kinds_out gets its kinds from the start, stats_out per bead its cost, length cost,
 * similarity, the cost of its sentences as null beads, the encoder's cosine and NaN (for
 * the posterior, which only the MBR kernel knows).  Returns the number of beads, or -1
 * when no move leads into a node on the way. */
static int64_t path_out(const Problem *p, int64_t n, int64_t m, const int64_t *lo,
                        int64_t width, const int8_t *back, const double *priors,
                        int64_t *kinds_out, double *stats_out)
{
    double out[3];
    int64_t steps = 0, i = n, j = m;
    while (i > 0 || j > 0) {
        int k = back[i * width + (j - lo[i])];
        if (k == NO_MOVE)
            return -1;
        kinds_out[steps++] = k;
        i -= KA[k];
        j -= KB[k];
    }
    for (int64_t x = 0; x < steps / 2; x++) {
        int64_t tmp = kinds_out[x];
        kinds_out[x] = kinds_out[steps - 1 - x];
        kinds_out[steps - 1 - x] = tmp;
    }
    i = 0;
    j = 0;
    for (int64_t b = 0; b < steps; b++) {
        int64_t k = kinds_out[b], a = KA[k], c = KB[k];
        double *st = stats_out + N_STATS * b;
        st[0] = bead_cost(p, i, i + a, j, j + c, priors[k], out);
        st[1] = out[0];
        st[2] = out[1];
        st[4] = out[2];
        st[5] = NAN;
        if (a > 0 && c > 0)
            st[3] = bead_cost(p, i, i + a, j, j, 0.0, out)
                    + bead_cost(p, i + a, i + a, j, j + c, 0.0, out);
        else
            st[3] = st[0];
        i += a;
        j += c;
    }
    return steps;
}

/* Best path through the band.  back is (n+1) x width int8 scratch, sc_s/sc_t are
 * zeroed arrays of n_features + 1 doubles, kinds_out has room for n + m kinds and
 * stats_out for n + m rows of N_STATS.  Returns the number of beads, or -1 when the band
 * does not connect (0, 0) to (n, m), -2 when out of memory. */
int64_t aligner_banded_dp(
    int64_t n, int64_t m, const int64_t *lo, const int64_t *hi,
    const int64_t *s_ptr, const int64_t *s_ids, const double *s_w,
    const int64_t *t_ptr, const int64_t *t_ids, const double *t_w,
    const double *cs_slen, const double *cs_tlen, const double *cs_smass, const double *cs_tmass,
    const int8_t *s_par, const int8_t *t_par, const double *params, const double *priors,
    const int64_t *e_ptr, const int64_t *e_lo, const float *e_dot, const double *s_enc,
    const double *t_enc, int64_t width, int8_t *back, double *sc_s, double *sc_t,
    int64_t *kinds_out, double *stats_out)
{
    Problem p = {n, m, s_ptr, s_ids, t_ptr, t_ids, s_w, t_w, cs_slen, cs_tlen, cs_smass,
                 cs_tmass, s_par, t_par, params, sc_s, sc_t, e_ptr, e_lo, e_dot, s_enc, t_enc};
    double out[3];
    double *cost = malloc(sizeof(double) * RING * (size_t)width);
    double *pair = malloc(sizeof(double) * RING * (size_t)width);
    if (cost == NULL || pair == NULL) {
        free(cost);
        free(pair);
        return -2;
    }
    for (int64_t x = 0; x < RING * width; x++)
        cost[x] = INFINITY;
    for (int64_t x = 0; x < (n + 1) * width; x++)
        back[x] = NO_MOVE;
    cost[0] = 0.0;
    for (int64_t i = 0; i <= n; i++) {
        double *row = cost + (i % RING) * width;
        double *prow = pair + (i % RING) * width;
        if (i > 0)
            for (int64_t x = 0; x < width; x++)
                row[x] = INFINITY;
        for (int64_t j = lo[i]; j <= hi[i]; j++) {
            if (i == 0 && j == 0)
                continue;
            /* The 1-1 overlap of source i-1 and target j-1: the 1-1 bead's own overlap
             * and, summed, a bound for the larger beads of the next rows. */
            Members single;
            double ov11 = i > 0 && j > 0 ? overlap(&p, i - 1, i, j - 1, j, &single) : 0.0;
            prow[j - lo[i]] = ov11;
            double best = INFINITY;
            int arg = NO_MOVE;
            for (int k = 0; k < N_KINDS; k++) {
                int64_t pi = i - KA[k], pj = j - KB[k];
                if (pi < 0 || pj < 0 || pj < lo[pi] || pj > hi[pi])
                    continue;
                double prev = cost[(pi % RING) * width + (pj - lo[pi])];
                if (prev == INFINITY)
                    continue;
                double c = move_cost(&p, pair, lo, hi, width, i, j, k, ov11, prev, best,
                                     priors, out);
                if (c == INFINITY)
                    continue;
                c += prev;
                if (c < best) {
                    best = c;
                    arg = k;
                }
            }
            row[j - lo[i]] = best;
            back[i * width + (j - lo[i])] = (int8_t)arg;
        }
    }
    free(pair);
    free(cost);
    return path_out(&p, n, m, lo, width, back, priors, kinds_out, stats_out);
}

/* -T log(exp(-x / T) + exp(-y / T)): the soft minimum of two costs. */
static double soft_min(double x, double y, double temp)
{
    if (x == INFINITY)
        return y;
    if (y == INFINITY)
        return x;
    double lo = x < y ? x : y, hi = x < y ? y : x;
    return lo - temp * log1p(exp(-(hi - lo) / temp));
}

/* Minimum-Bayes-risk path through the band: the path whose beads the model most expects
 * to be right, rather than the single cheapest one.  Every path's weight is
 * exp(-cost / temp); a forward and a backward pass over every move of the band give each
 * bead its posterior probability (an unaligned sentence's summed over every move that
 * leaves it unaligned, runs included); then the path with the largest sum of
 * (posterior - lam) per bead -- an unaligned sentence is a bead of its own, as the
 * scorers count them -- is the answer: a bead the model gives less than lam is not
 * worth its place.  Moves that align sentences and reach a node at least 15 temp above
 * its best are left out (each weighs less than e^-15 of the node).  Arguments and result as
 * aligner_banded_dp's, with each kept bead's posterior in its last statistic (an
 * unaligned sentence's: that of staying unaligned); the extra memory is a float per
 * move of the band (cells x kinds) and two doubles a cell. */
int64_t aligner_banded_mbr(
    int64_t n, int64_t m, const int64_t *lo, const int64_t *hi,
    const int64_t *s_ptr, const int64_t *s_ids, const double *s_w,
    const int64_t *t_ptr, const int64_t *t_ids, const double *t_w,
    const double *cs_slen, const double *cs_tlen, const double *cs_smass, const double *cs_tmass,
    const int8_t *s_par, const int8_t *t_par, const double *params, const double *priors,
    const int64_t *e_ptr, const int64_t *e_lo, const float *e_dot, const double *s_enc,
    const double *t_enc, double temp, double lam, int64_t width, int8_t *back, double *sc_s,
    double *sc_t, int64_t *kinds_out, double *stats_out)
{
    Problem p = {n, m, s_ptr, s_ids, t_ptr, t_ids, s_w, t_w, cs_slen, cs_tlen, cs_smass,
                 cs_tmass, s_par, t_par, params, sc_s, sc_t, e_ptr, e_lo, e_dot, s_enc, t_enc};
    double out[3];
    double margin = 15.0 * temp;
    /* cell (i, j) of the band is at off[i] + j - lo[i] */
    int64_t *off = malloc(sizeof(int64_t) * (size_t)(n + 2));
    double *pair = malloc(sizeof(double) * RING * (size_t)width);
    if (off == NULL || pair == NULL) {
        free(off);
        free(pair);
        return -2;
    }
    off[0] = 0;
    for (int64_t i = 0; i <= n; i++)
        off[i + 1] = off[i] + (hi[i] - lo[i] + 1);
    int64_t cells = off[n + 1];
    float *move = malloc(sizeof(float) * (size_t)cells * N_KINDS);  /* cost, then posterior */
    double *fwd = malloc(sizeof(double) * (size_t)cells);  /* soft-min cost from (0, 0) */
    double *bwd = malloc(sizeof(double) * (size_t)cells);  /* ... to (n, m) */
    double *null_post = calloc((size_t)(n + m + 1), sizeof(double));
    if (move == NULL || fwd == NULL || bwd == NULL || null_post == NULL) {
        free(off);
        free(pair);
        free(move);
        free(fwd);
        free(bwd);
        free(null_post);
        return -2;
    }
#define CELL(i, j) (off[i] + (j) - lo[i])
    /* Forward: every move's cost (INFINITY: no move), each cell's soft minimum. */
    for (int64_t i = 0; i <= n; i++) {
        double *prow = pair + (i % RING) * width;
        for (int64_t j = lo[i]; j <= hi[i]; j++) {
            float *mv = move + CELL(i, j) * N_KINDS;
            for (int k = 0; k < N_KINDS; k++)
                mv[k] = INFINITY;
            Members single;
            double ov11 = i > 0 && j > 0 ? overlap(&p, i - 1, i, j - 1, j, &single) : 0.0;
            prow[j - lo[i]] = ov11;
            if (i == 0 && j == 0) {
                fwd[0] = 0.0;
                continue;
            }
            double best = INFINITY;
            for (int k = 0; k < N_KINDS; k++) {
                int64_t pi = i - KA[k], pj = j - KB[k];
                if (pi < 0 || pj < 0 || pj < lo[pi] || pj > hi[pi])
                    continue;
                double prev = fwd[CELL(pi, pj)];
                if (prev == INFINITY)
                    continue;
                double c = move_cost(&p, pair, lo, hi, width, i, j, k, ov11, prev,
                                     best + margin, priors, out);
                if (c == INFINITY)
                    continue;
                mv[k] = (float)c;
                if (prev + c < best)
                    best = prev + c;
            }
            /* The two-sided moves kept are those within the margin of the node's best as
             * it ends up: the pruning above, against the best so far and by a lower bound,
             * leaves out only such moves beyond that, so this set is the same whatever the
             * bound (the numba kernel's is looser) -- and so are the moves the gain pass
             * may take.  Moves leaving sentences unaligned are never left out (the gain
             * pass walks runs of them one sentence at a time). */
            double acc = INFINITY;
            for (int k = 0; k < N_KINDS; k++) {
                if (mv[k] == INFINITY)
                    continue;
                double via = fwd[CELL(i - KA[k], j - KB[k])] + (double)mv[k];
                if (KA[k] > 0 && KB[k] > 0 && via >= best + margin)
                    mv[k] = INFINITY;
                else
                    acc = soft_min(acc, via, temp);
            }
            fwd[CELL(i, j)] = acc;
        }
    }
    free(pair);
    /* Backward: each cell's soft-min cost to (n, m). */
    for (int64_t i = n; i >= 0; i--)
        for (int64_t j = hi[i]; j >= lo[i]; j--) {
            if (i == n && j == m) {
                bwd[CELL(i, j)] = 0.0;
                continue;
            }
            double acc = INFINITY;
            for (int k = 0; k < N_KINDS; k++) {
                int64_t ni = i + KA[k], nj = j + KB[k];
                if (ni > n || nj < lo[ni] || nj > hi[ni])
                    continue;
                float c = move[CELL(ni, nj) * N_KINDS + k];
                double next = bwd[CELL(ni, nj)];
                if (c < INFINITY && next < INFINITY)
                    acc = soft_min(acc, next + (double)c, temp);
            }
            bwd[CELL(i, j)] = acc;
        }
    double total = fwd[CELL(n, m)];
    if (total == INFINITY) {
        free(off);
        free(move);
        free(fwd);
        free(bwd);
        free(null_post);
        return -1;
    }
    /* Posteriors: each move's (-1: no move), and per sentence that of staying unaligned
     * (null_post: sources 0..n-1, then targets). */
    for (int64_t i = 0; i <= n; i++)
        for (int64_t j = lo[i]; j <= hi[i]; j++) {
            float *mv = move + CELL(i, j) * N_KINDS;
            double after = bwd[CELL(i, j)];
            for (int k = 0; k < N_KINDS; k++) {
                if (mv[k] == INFINITY || after == INFINITY) {
                    mv[k] = -1.0f;
                    continue;
                }
                int64_t pi = i - KA[k], pj = j - KB[k];
                double post = exp(-(fwd[CELL(pi, pj)] + (double)mv[k] + after - total) / temp);
                mv[k] = (float)post;
                if (KB[k] == 0)
                    for (int64_t x = pi; x < i; x++)
                        null_post[x] += post;
                if (KA[k] == 0)
                    for (int64_t x = pj; x < j; x++)
                        null_post[n + x] += post;
            }
        }
    free(bwd);
    /* The path of the largest expected gain (fwd now holds each cell's best gain). */
    for (int64_t x = 0; x < (n + 1) * width; x++)
        back[x] = NO_MOVE;
    for (int64_t i = 0; i <= n; i++)
        for (int64_t j = lo[i]; j <= hi[i]; j++) {
            if (i == 0 && j == 0) {
                fwd[0] = 0.0;
                continue;
            }
            const float *mv = move + CELL(i, j) * N_KINDS;
            double best = -INFINITY;
            int arg = NO_MOVE;
            for (int k = 0; k < N_KINDS; k++) {
                /* a run of unaligned sentences gains what its sentences one by one do:
                 * the one-sentence moves alone keep the choice free of ties (and reach
                 * every cell a run does: the band's bounds never decrease, band.py) */
                if (mv[k] < 0.0f || ((KA[k] == 0 || KB[k] == 0) && KA[k] + KB[k] > 1))
                    continue;
                int64_t pi = i - KA[k], pj = j - KB[k];
                double prev = fwd[CELL(pi, pj)];
                if (prev == -INFINITY)
                    continue;
                double gain = KB[k] == 0   ? null_post[pi] - lam
                              : KA[k] == 0 ? null_post[n + pj] - lam
                                           : (double)mv[k] - lam;
                /* ties (the same beads in another order: a source sentence left out
                 * before or after a target one) go to the first kind, in both kernels
                 * alike whatever their last bits */
                if (prev + gain > best + TIE) {
                    best = prev + gain;
                    arg = k;
                }
            }
            fwd[CELL(i, j)] = best;
            back[i * width + (j - lo[i])] = (int8_t)arg;
        }
    int64_t steps = path_out(&p, n, m, lo, width, back, priors, kinds_out, stats_out);
    /* each kept bead's posterior (the path has no runs of unaligned sentences) */
    for (int64_t b = 0, i = 0, j = 0; b < steps; b++) {
        int64_t k = kinds_out[b], a = KA[k], c = KB[k];
        stats_out[N_STATS * b + 5] = c == 0   ? null_post[i]
                                     : a == 0 ? null_post[n + j]
                                              : (double)move[CELL(i + a, j + c) * N_KINDS + k];
        i += a;
        j += c;
    }
#undef CELL
    free(off);
    free(move);
    free(fwd);
    free(null_post);
    return steps;
}

/* IBM Model 1's EM for p(x | y): the same computation, in the same order, as
 * aligner/align/model1.py's numpy version (tests/align/test_model1.py checks they agree).
 * Co-occurrence k belongs to word pair key[k] and to group[k], the (bead, x) over whose
 * y words x's unit of count is shared; given[w] is word pair w's y.  prob gets p(x | y)
 * per word pair.  Returns 0, or -2 when out of memory. */
int64_t aligner_model1(int64_t n_pairs, const int64_t *key, const int64_t *group,
                       int64_t n_keys, int64_t n_groups, const int64_t *given, int64_t n_given,
                       int64_t iterations, double *prob)
{
    double *share = malloc(sizeof(double) * (size_t)(n_pairs > 0 ? n_pairs : 1));
    double *den = malloc(sizeof(double) * (size_t)(n_groups > 0 ? n_groups : 1));
    double *count = malloc(sizeof(double) * (size_t)(n_keys > 0 ? n_keys : 1));
    double *norm = malloc(sizeof(double) * (size_t)(n_given > 0 ? n_given : 1));
    if (share == NULL || den == NULL || count == NULL || norm == NULL) {
        free(share);
        free(den);
        free(count);
        free(norm);
        return -2;
    }
    for (int64_t w = 0; w < n_keys; w++)
        prob[w] = 1.0;
    for (int64_t it = 0; it < iterations; it++) {
        for (int64_t g = 0; g < n_groups; g++)
            den[g] = 0.0;
        for (int64_t k = 0; k < n_pairs; k++) {
            share[k] = prob[key[k]];
            den[group[k]] += share[k];
        }
        for (int64_t w = 0; w < n_keys; w++)
            count[w] = 0.0;
        for (int64_t k = 0; k < n_pairs; k++)
            count[key[k]] += share[k] / den[group[k]];
        for (int64_t y = 0; y < n_given; y++)
            norm[y] = 0.0;
        for (int64_t w = 0; w < n_keys; w++)
            norm[given[w]] += count[w];
        for (int64_t w = 0; w < n_keys; w++)
            prob[w] = count[w] / norm[given[w]];
    }
    free(share);
    free(den);
    free(count);
    free(norm);
    return 0;
}
