"""The DP kernels: optimal over every bead sequence, and the C and numba kernels agree."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from aligner.align import dp
from aligner.align import kernel_slots as slots
from aligner.align._dp_numba import bead_cost
from aligner.align.dp import available_kernels, banded_dp
from aligner.align.kernel_slots import KINDS
from aligner.align.semantic import encoder_band
from tests._tools import require_tool


@dataclass(frozen=True)
class Problem:
    n: int
    m: int
    s_ptr: npt.NDArray[np.int64]
    s_ids: npt.NDArray[np.int64]
    s_w: npt.NDArray[np.float64]
    t_ptr: npt.NDArray[np.int64]
    t_ids: npt.NDArray[np.int64]
    t_w: npt.NDArray[np.float64]
    cs_slen: npt.NDArray[np.float64]
    cs_tlen: npt.NDArray[np.float64]
    cs_smass: npt.NDArray[np.float64]
    cs_tmass: npt.NDArray[np.float64]
    s_par: npt.NDArray[np.int8]
    t_par: npt.NDArray[np.int8]
    params: npt.NDArray[np.float64]
    priors: npt.NDArray[np.float64]
    n_features: int
    enc: dp.EncArrays

    def args(self) -> tuple[object, ...]:
        return (self.s_ptr, self.s_ids, self.s_w, self.t_ptr, self.t_ids, self.t_w,
                self.cs_slen, self.cs_tlen, self.cs_smass, self.cs_tmass, self.s_par,
                self.t_par, self.params, self.priors, self.n_features)


def _rows(rng: np.random.Generator, n: int, n_features: int
          ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.float64]]:
    ptr = [0]
    ids: list[int] = []
    for _ in range(n):
        k = int(rng.integers(0, 6))
        ids.extend(sorted(rng.choice(n_features, size=k, replace=False).tolist()))
        ptr.append(len(ids))
    return (np.array(ptr, dtype=np.int64), np.array(ids, dtype=np.int64),
            rng.uniform(0.2, 3.0, len(ids)))


def _cumsum(x: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    return np.concatenate([[0.0], np.cumsum(x)])


def _unit(rng: np.random.Generator, k: int) -> npt.NDArray[np.float16]:
    x = rng.normal(size=(k, 8)) + 1.0  # a shared component: cosines around 0.5
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float16)


def _marks(rng: np.random.Generator, k: int) -> npt.NDArray[np.int8]:
    """Line marks: a paragraph start or a line continuing the one before here and there
    (the continuation bonus lowers a bead's cost below the kernels' usual bound unless
    they count it), and lines after one ending mid-sentence or at a sentence end."""
    return rng.choice(np.array([slots.MARK_CONTINUES, slots.MARK_NONE, slots.MARK_NONE,
                                slots.MARK_AFTER_OPEN, slots.MARK_AFTER_OPEN,
                                slots.MARK_AFTER_END, slots.MARK_AFTER_END,
                                slots.MARK_PARAGRAPH], dtype=np.int8), size=k)


def make_problem(seed: int, n: int, m: int, support: bool, encoder: bool = False,
                 lo: npt.NDArray[np.int64] | None = None,
                 hi: npt.NDArray[np.int64] | None = None) -> Problem:
    """A random problem; ``encoder``: with random embeddings (their arrays made for the
    band ``lo``/``hi``, the full band by default)."""
    rng = np.random.default_rng(seed)
    n_features = 12  # few features: plenty of chance overlaps between groups
    s_ptr, s_ids, s_w = _rows(rng, n, n_features)
    t_ptr, t_ids, t_w = _rows(rng, m, n_features)
    s_mass = np.bincount(np.repeat(np.arange(n), np.diff(s_ptr)), weights=s_w, minlength=n)
    t_mass = np.bincount(np.repeat(np.arange(m), np.diff(t_ptr)), weights=t_w, minlength=m)
    params = np.zeros(slots.N_PARAMS)
    params[slots.P_RATIO] = rng.uniform(0.7, 1.4)
    params[slots.P_VAR] = 8.0
    params[slots.P_LAM_LEN] = 1.0
    params[slots.P_LAM_LEX] = rng.uniform(5.0, 15.0)
    params[slots.P_NULL] = rng.uniform(3.0, 10.0)
    params[slots.P_SMOOTH] = 1.0
    params[slots.P_PAR] = 1.5
    params[slots.P_CONT] = rng.uniform(0.0, 5.0)
    params[slots.P_END_MIS] = rng.uniform(0.0, 3.0)
    params[slots.P_PAR_MIS] = rng.uniform(0.0, 3.0)
    params[slots.P_LEN_CAP] = 25.0
    masses = np.concatenate([s_mass, t_mass])
    params[slots.P_MU] = float(masses.mean()) if len(masses) and masses.mean() > 0 else 1.0
    params[slots.P_SUPPORT] = 1.0 if support else 0.0
    params[slots.P_SUPPORT_MIN] = 0.05
    params[slots.P_MEMBER] = rng.uniform(0.5, 2.0) if rng.random() < 0.5 else 0.0
    run = (KINDS.sum(axis=1) > 1) & (KINDS == 0).any(axis=1)  # runs of unaligned sentences
    priors = np.where((KINDS == 1).all(axis=1) | (KINDS == 0).any(axis=1), 0.0,
                      rng.uniform(1.0, 6.0, len(KINDS)))
    priors[run] = -(KINDS[run].sum(axis=1) - 1) * rng.uniform(0.0, params[slots.P_NULL] / 2)
    enc = dp.no_encoder()
    if encoder:
        params[slots.P_LAM_ENC] = rng.uniform(2.0, 12.0)
        params[slots.P_ENC_REWARD] = rng.uniform(0.0, 4.0)
        if lo is None or hi is None:
            lo, hi = full_band(n, m)
        clauses = None
        if rng.random() < 0.5:  # the crossing cost, with random last- and first-clause vectors
            params[slots.P_ENC_CROSS] = rng.uniform(0.0, 20.0)
            params[slots.P_ENC_CROSS_MIN] = rng.uniform(-0.2, 0.1)
            clauses = (_unit(rng, n), _unit(rng, m), _unit(rng, n), _unit(rng, m))
        enc = encoder_band(_unit(rng, n), _unit(rng, m), lo, hi, clauses)
    return Problem(
        n, m, s_ptr, s_ids, s_w, t_ptr, t_ids, t_w,
        _cumsum(rng.integers(1, 120, n).astype(np.float64)),
        _cumsum(rng.integers(1, 120, m).astype(np.float64)),
        _cumsum(s_mass), _cumsum(t_mass),
        _marks(rng, n), _marks(rng, m),
        params, priors, n_features, enc,
    )


def full_band(n: int, m: int) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    return np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m, dtype=np.int64)


def brute_force_cost(p: Problem) -> float:
    """Cheapest bead sequence by exhaustive search (memoised over nodes)."""
    scratch = (np.zeros(p.n_features + 1), np.zeros(p.n_features + 1), np.zeros(5),
               np.zeros(8))

    @functools.cache
    def best(i: int, j: int) -> float:
        if i == 0 and j == 0:
            return 0.0
        out = np.inf
        for k, (a, b) in enumerate(KINDS.tolist()):
            if i - a < 0 or j - b < 0:
                continue
            c = bead_cost(i - a, i, j - b, j, p.s_ptr, p.s_ids, p.s_w, p.t_ptr, p.t_ids, p.t_w,
                          p.cs_slen, p.cs_tlen, p.cs_smass, p.cs_tmass, p.s_par, p.t_par,
                          p.params, p.priors[k], *scratch, *p.enc)
            out = min(out, best(i - a, j - b) + c)
        return out

    return best(p.n, p.m)


def _kernels() -> list[str]:
    return ["c", "numba"]


def _need(kernel: str) -> None:
    if kernel == "c":
        require_tool("the C alignment kernel", lambda: "c" if "c" in available_kernels() else None,
                     "a C compiler (apt install gcc), then pip install -e . again")


@pytest.mark.parametrize("kernel", _kernels())
@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(1, 7), m=st.integers(1, 7),
       support=st.booleans(), encoder=st.booleans())
def test_path_is_optimal(kernel: str, seed: int, n: int, m: int, support: bool,
                         encoder: bool) -> None:
    _need(kernel)
    p = make_problem(seed, n, m, support, encoder)
    kinds, stats = banded_dp(n, m, *full_band(n, m), *p.args(), enc=p.enc, kernel=kernel)
    assert KINDS[kinds].sum(axis=0).tolist() == [n, m]  # covers both sides exactly
    assert stats[:, 0].sum() == pytest.approx(brute_force_cost(p), rel=1e-9, abs=1e-9)
    assert np.isnan(stats[:, 5]).all()  # no posterior without the decoding


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(0, 60), m=st.integers(0, 60),
       support=st.booleans(), width=st.integers(2, 20), encoder=st.booleans())
# the numba crossing cost once subtracted two float32 cosines in float32 (numba's float()
# of a float32 stays one); C in double: 8e-8 apart here
@example(seed=17468, n=27, m=42, support=False, width=2, encoder=True)
def test_c_and_numba_kernels_agree(seed: int, n: int, m: int, support: bool,
                                   width: int, encoder: bool) -> None:
    _need("c")
    # a diagonal band of the given width (repaired so that it connects the corners)
    from aligner.align.band import band_from_anchors

    lo, hi = band_from_anchors(n, m, [], min_width=width, max_width=width)
    p = make_problem(seed, n, m, support, encoder and n > 0 and m > 0, lo, hi)
    k_c, s_c = banded_dp(n, m, lo, hi, *p.args(), enc=p.enc, kernel="c")
    k_n, s_n = banded_dp(n, m, lo, hi, *p.args(), enc=p.enc, kernel="numba")
    assert k_c.tolist() == k_n.tolist()
    np.testing.assert_allclose(s_c, s_n, rtol=1e-12, atol=1e-12)


def _all_paths(n: int, m: int) -> list[list[tuple[int, int, int, int, int]]]:
    """Every bead sequence from (0, 0) to (n, m): (kind, i0, i1, j0, j1) per bead."""
    if n == 0 and m == 0:
        return [[]]
    paths = []
    for k, (a, b) in enumerate(KINDS.tolist()):
        if a <= n and b <= m:
            for head in _all_paths(n - a, m - b):
                paths.append([*head, (k, n - a, n, m - b, m)])
    return paths


Unit = tuple[str, int, int, int, int]  # a bead ("bead", i0, i1, j0, j1) or a sentence left out


def _path(kinds: npt.NDArray[np.int64]) -> list[tuple[int, int, int, int, int]]:
    """A kernel's path as :func:`_all_paths` gives paths: (kind, i0, i1, j0, j1) per bead."""
    out, i, j = [], 0, 0
    for k in kinds.tolist():
        a, b = KINDS[k].tolist()
        out.append((k, i, i + a, j, j + b))
        i, j = i + a, j + b
    return out


def _units(path: list[tuple[int, int, int, int, int]]) -> list[Unit]:
    """The path's beads as the scorer counts them, in order."""
    out: list[Unit] = []
    for _, i0, i1, j0, j1 in path:
        if i1 > i0 and j1 > j0:
            out.append(("bead", i0, i1, j0, j1))
        else:
            out += [("src", x, 0, 0, 0) for x in range(i0, i1)]
            out += [("tgt", x, 0, 0, 0) for x in range(j0, j1)]
    return out


def posteriors(p: Problem, temp: float) -> tuple[list[list[tuple[int, int, int, int, int]]],
                                                 dict[Unit, float]]:
    """Every path of the problem, and by enumerating them each unit's posterior (an
    unaligned sentence's: the weight of every path leaving it unaligned)."""
    scratch = (np.zeros(p.n_features + 1), np.zeros(p.n_features + 1), np.zeros(5),
               np.zeros(8))
    paths = _all_paths(p.n, p.m)
    costs = np.array([sum(bead_cost(i0, i1, j0, j1, p.s_ptr, p.s_ids, p.s_w, p.t_ptr,
                                    p.t_ids, p.t_w, p.cs_slen, p.cs_tlen, p.cs_smass,
                                    p.cs_tmass, p.s_par, p.t_par, p.params, p.priors[k],
                                    *scratch, *p.enc)
                          for k, i0, i1, j0, j1 in path) for path in paths])
    weights = np.exp(-(costs - costs.min()) / temp)
    weights /= weights.sum()
    posterior: dict[Unit, float] = {}
    for path, w in zip(paths, weights, strict=True):
        for u in set(_units(path)):
            posterior[u] = posterior.get(u, 0.0) + float(w)
    return paths, posterior


def expected_gains(p: Problem, temp: float, lam: float) -> dict[tuple[int, ...], float]:
    """Each path's expected gain: its beads' posteriors, less lam each."""
    paths, posterior = posteriors(p, temp)
    return {tuple(k for k, *_ in path): sum(posterior[u] - lam for u in set(_units(path)))
            for path in paths}


@pytest.mark.parametrize("kernel", _kernels())
@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(1, 4), m=st.integers(1, 4),
       encoder=st.booleans(), temp=st.sampled_from([0.5, 1.5, 4.0]),
       lam=st.sampled_from([0.2, 0.5, 0.8]))
def test_mbr_path_has_the_largest_expected_gain(kernel: str, seed: int, n: int, m: int,
                                                encoder: bool, temp: float,
                                                lam: float) -> None:
    """Checked against every path of a small problem: the kernel's path is one of those
    whose expected gain -- the beads' posteriors less the threshold -- is largest."""
    _need(kernel)
    p = make_problem(seed, n, m, True, encoder)
    kinds, stats = banded_dp(n, m, *full_band(n, m), *p.args(), enc=p.enc, kernel=kernel,
                             mbr=(temp, lam))
    assert KINDS[kinds].sum(axis=0).tolist() == [n, m]
    gains = expected_gains(p, temp, lam)
    # costs are kept as float32 between the passes: a near tie may go either way
    assert gains[tuple(kinds.tolist())] == pytest.approx(max(gains.values()), abs=1e-4)
    assert len(stats) == len(kinds)
    # each kept bead's posterior is returned with it (float32 between the passes)
    _, posterior = posteriors(p, temp)
    assert stats[:, 5].tolist() == pytest.approx(
        [posterior[u] for u in _units(_path(kinds))], abs=1e-5)


def test_mbr_at_a_low_temperature_is_the_best_path() -> None:
    """As the temperature falls, the posteriors concentrate on the cheapest path (whose
    runs of unaligned sentences may come out as single null beads: the same beads).  At
    0.01 a path within a few thousandths of the best one still shares its weight (seed
    0: leaving a source and a target sentence unaligned instead of one 1-1 bead)."""
    for seed in range(20):
        p = make_problem(seed, 6, 5, True, seed % 2 == 0)
        best, _ = banded_dp(6, 5, *full_band(6, 5), *p.args(), enc=p.enc)
        low, _ = banded_dp(6, 5, *full_band(6, 5), *p.args(), enc=p.enc, mbr=(0.001, 0.5))
        assert sorted(_units(_path(low))) == sorted(_units(_path(best))), seed


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(0, 60), m=st.integers(0, 60),
       width=st.integers(2, 20), encoder=st.booleans(), temp=st.sampled_from([0.7, 1.5, 3.0]))
# the gain pass took a move of almost no weight that one kernel's pruning had kept and
# the other's (a tighter lower bound) had left out, until both kept the same moves
@example(seed=2, n=40, m=4, width=2, encoder=False, temp=1.5)
@example(seed=17468, n=27, m=42, width=2, encoder=True, temp=1.5)
def test_c_and_numba_mbr_kernels_agree(seed: int, n: int, m: int, width: int, encoder: bool,
                                       temp: float) -> None:
    _need("c")
    from aligner.align.band import band_from_anchors

    lo, hi = band_from_anchors(n, m, [], min_width=width, max_width=width)
    p = make_problem(seed, n, m, True, encoder and n > 0 and m > 0, lo, hi)
    k_c, s_c = banded_dp(n, m, lo, hi, *p.args(), enc=p.enc, kernel="c", mbr=(temp, 0.5))
    k_n, s_n = banded_dp(n, m, lo, hi, *p.args(), enc=p.enc, kernel="numba", mbr=(temp, 0.5))
    assert k_c.tolist() == k_n.tolist()
    np.testing.assert_allclose(s_c[:, :5], s_n[:, :5], rtol=1e-12, atol=1e-12)
    # the posteriors come through exp and log1p of two maths libraries, kept as float32
    np.testing.assert_allclose(s_c[:, 5], s_n[:, 5], rtol=1e-6, atol=1e-7)


def test_forcing_a_missing_c_kernel_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dp, "_c_kernel", lambda mbr=False: None)
    p = make_problem(0, 2, 2, False)
    with pytest.raises(RuntimeError, match="C kernel was not built"):
        banded_dp(2, 2, *full_band(2, 2), *p.args(), kernel="c")
    kinds, _ = banded_dp(2, 2, *full_band(2, 2), *p.args())
    assert KINDS[kinds].sum(axis=0).tolist() == [2, 2]  # falls back to numba


def test_wrong_dtype_is_refused_before_the_c_call() -> None:
    _need("c")
    p = make_problem(0, 2, 2, False)
    lo, hi = full_band(2, 2)
    with pytest.raises(TypeError, match="int64"):
        banded_dp(2, 2, lo.astype(np.int32), hi, *p.args(), kernel="c")


@pytest.mark.parametrize("kernel", _kernels())
def test_encoder_cosine_is_that_of_the_summed_embeddings(kernel: str) -> None:
    """Every bead's reported cosine is the cosine of its sides' summed sentence vectors,
    computed here directly, in a band narrower than the pair (so the dot products of
    the band's edge rows matter)."""
    _need(kernel)
    from aligner.align.band import band_from_anchors

    n, m = 30, 34
    lo, hi = band_from_anchors(n, m, [], min_width=4, max_width=4)
    rng = np.random.default_rng(7)
    es, et = _unit(rng, n), _unit(rng, m)
    p = make_problem(3, n, m, False)
    p.params[slots.P_LAM_ENC] = 6.0
    kinds, stats = banded_dp(n, m, lo, hi, *p.args(), enc=encoder_band(es, et, lo, hi),
                             kernel=kernel)
    i = j = 0
    for k, cos in zip(kinds.tolist(), stats[:, 4].tolist(), strict=True):
        a, b = KINDS[k]
        if a and b:
            u = es[i:i + a].astype(np.float64).sum(axis=0)
            v = et[j:j + b].astype(np.float64).sum(axis=0)
            assert cos == pytest.approx(u @ v / np.linalg.norm(u) / np.linalg.norm(v), abs=1e-4)
        else:
            assert cos == 0.0
        i, j = i + a, j + b


def test_a_ctrl_c_during_a_kernel_is_raised_once_it_returns() -> None:
    """Ctrl-C while numba's kernel ran crashed the process (exit 139) or gave a
    SystemError traceback: the interrupt is held back, then raised as usual."""
    import os
    import signal

    done: list[str] = []
    with pytest.raises(KeyboardInterrupt), dp.interrupt_after():
        os.kill(os.getpid(), signal.SIGINT)
        done.append("the kernel went on to its end")
    assert done == ["the kernel went on to its end"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # put back
    with dp.interrupt_after():  # no Ctrl-C: nothing raised
        pass


@pytest.mark.parametrize("kernel", _kernels())
def test_every_kernel_call_holds_ctrl_c_back(kernel: str, monkeypatch: pytest.MonkeyPatch
                                             ) -> None:
    import os
    import signal

    _need(kernel)
    n = m = 3
    p = make_problem(1, n, m, False, False)
    held = [False]
    real = dp.interrupt_after

    @contextlib.contextmanager
    def watching() -> Iterator[None]:
        with real():
            held[0] = True
            os.kill(os.getpid(), signal.SIGINT)  # as if pressed as the kernel starts
            yield

    monkeypatch.setattr(dp, "interrupt_after", watching)
    with pytest.raises(KeyboardInterrupt):
        banded_dp(n, m, *full_band(n, m), *p.args(), enc=p.enc, kernel=kernel)
    assert held[0]
