"""spaCy pipeline component ``aligner_sentencizer``.

Importing this module registers the factory; it is also declared as a
``spacy_factories`` entry point, so after ``pip install`` a plain
``nlp.add_pipe("aligner_sentencizer")`` finds it::

    import spacy
    nlp = spacy.blank("es")
    nlp.add_pipe("aligner_sentencizer")
    [s.text for s in nlp("¿Vienes? Sí, voy.").sents]

Like spaCy's own components it computes first (:meth:`predict`: the
sentence starts as token flags, from :func:`~aligner.segment.split_spans`)
and then mutates the ``Doc`` (:meth:`set_annotations`).  A sentence start
that falls inside a token (``office?1At`` when the tokenizer keeps it whole)
moves to the next token.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from aligner.segment.core import split_spans


class AlignerSentencizer:
    """Sets ``token.is_sent_start`` from the aligner's rule-based splitter."""

    def __init__(self, nlp: Language, name: str = "aligner_sentencizer", *, lang: str = "") -> None:
        self.name = name
        self.lang: str = lang or nlp.lang or "xx"

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.predict(doc))
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in stream:
            yield self(doc)

    def predict(self, doc: Doc) -> list[bool]:
        """One flag per token: does a sentence start at this token?"""
        starts = [a for a, _ in split_spans(doc.text, self.lang)]
        flags = [False] * len(doc)
        pending = 0  # index into starts of the next sentence start to place
        for i, token in enumerate(doc):
            if token.is_space:
                continue
            hit = False
            while pending < len(starts) and starts[pending] <= token.idx:
                pending += 1
                hit = True
            flags[i] = hit
        return flags

    def set_annotations(self, doc: Doc, flags: list[bool]) -> None:
        for token, flag in zip(doc, flags, strict=True):
            token.is_sent_start = flag if token.i > 0 else True

    # The component has no trainable state; these keep nlp.to_disk() working.
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> AlignerSentencizer:
        return self

    def to_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> None:
        return None

    def from_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> AlignerSentencizer:
        return self


@Language.factory(
    "aligner_sentencizer",
    default_config={"lang": ""},
    assigns=["token.is_sent_start"],
)
def make_aligner_sentencizer(nlp: Language, name: str, lang: str) -> AlignerSentencizer:
    """Factory: ``lang`` defaults to the pipeline's language."""
    return AlignerSentencizer(nlp, name, lang=lang)
