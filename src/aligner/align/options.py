"""What a caller can set: the aligner's options, optional evidence, a progress callback.

Plain frozen values that every step of the aligner reads; this module imports
nothing of the project, so any of them can.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

Progress = Callable[[str, float], None]


@dataclass(frozen=True, slots=True)
class AlignOptions:
    """Tunable defaults; the same for every language pair."""

    len_var: float = 8.0
    lam_len: float = 1.0
    lam_lex: float = 14.0
    null_extra: float = 3.0
    smooth: float = 1.0
    par_pen: float = 1.5
    cont_bonus: float = 4.5  # a line inside a group that continues the one before it
    end_mismatch: float = 1.5  # a bead ending mid-sentence on one side only (align/marks.py)
    # a bead ending at a paragraph end on one side only, where the two texts have about as
    # many paragraphs (problem.py, paragraphs_agree)
    par_mismatch: float = 1.5
    len_cap: float = 25.0
    prior_12: float = 2.5
    prior_22: float = 5.0
    prior_13: float = 5.0
    anchor_window: int = 2000
    min_width: int = 12
    max_width: int = 60
    second_pass_width: int = 8
    lexicon_min_count: int = 2
    lexicon_min_prob: float = 0.1
    lexicon_top: int = 3
    lexicon_iterations: int = 5
    passes: int = 2
    adapt_priors: bool = True
    short_prefix_weight: float = 0.0
    skeleton_weight: float = 0.3
    mt_weight: float = 1.0
    support_pen: float = 1.0
    support_min: float = 0.05
    member_shortfall: float = 1.0  # pass 2 on: members charged by their own support
    null_run_discount: float = 1.0  # each further sentence of a run of unaligned ones
    max_features: int = 0  # > 0: a sentence keeps only its heaviest features
    segment: int = 20_000  # pairs of 2 segments or more are cut into segments this long
    cut_block: int = 100  # source sentences on each side of a cut searched for anchors
    cut_search: int = 500  # target sentences on each side of the expected cut
    prior_strength: float = 60.0
    encoder: str = "auto"  # auto (the sentence encoder when installed), use, none
    lam_enc: float = 10.0  # weight of the encoder's normalised distance, per sentence
    enc_reward: float = 2.0  # subtracted from each aligned bead's cost with the encoder
    enc_null: float = 6.0  # added to each unaligned sentence's cost with the encoder
    enc_member: float = 0.25  # a member's own encoder distance beyond its bead's, charged
    enc_end_mismatch: float = 1.0  # end_mismatch's value with the encoder, in its place
    # A bead whose end cuts a clause from the sentence that translates it: the last clause
    # of its last sentence on one side closer to the other side's next sentence than to
    # its own bead's, or the first clause of the next sentence on one side closer to the
    # bead's last sentence on the other than to its own next one, by more than
    # enc_cross_min (cosines), costs enc_cross times the excess (with the encoder, between
    # two languages it knows; semantic.py).
    enc_cross: float = 5.0
    enc_cross_min: float = 0.05
    # With the encoder, the last pass keeps the minimum-Bayes-risk path (the beads most
    # likely right under path weights exp(-cost / mbr_temperature), each worth its
    # posterior less mbr_threshold) instead of the cheapest one.
    mbr: bool = True
    mbr_temperature: float = 1.5
    mbr_threshold: float = 0.5

    def describe(self) -> dict[str, str]:
        return {k: str(getattr(self, k)) for k in self.__dataclass_fields__}


@dataclass(frozen=True, slots=True)
class Evidence:
    """Optional extra evidence.  Term pairs: (source phrase, target phrase)."""

    term_pairs: Sequence[tuple[str, str]] = ()
    src_mt: Sequence[str] | None = None

    def sliced(self, i0: int, i1: int) -> Evidence:
        """The evidence for the source sentences ``i0`` to ``i1`` (their translations)."""
        return Evidence(self.term_pairs, None if self.src_mt is None else self.src_mt[i0:i1])
