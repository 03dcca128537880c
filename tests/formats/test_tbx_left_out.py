"""The tally of what a TBX import leaves out."""

from __future__ import annotations

from aligner.formats.tbx_left_out import LeftOut


def test_a_long_list_of_concepts_names_five_and_counts_the_rest() -> None:
    left = LeftOut(no_target=[f"c{i}" for i in range(1, 8)])
    assert left.messages("en", "de") == [
        "left out 7 concepts with no de term (c1, c2, c3, c4, c5 and 2 more)"]


def test_nothing_left_out_says_nothing() -> None:
    assert LeftOut().messages("en", "de") == []


def test_deprecated_source_terms_say_which_way_keeps_them() -> None:
    """Read en -> fr, a fr-en termbase's deprecated English terms pair with nothing;
    read fr -> en they are forbidden renderings, which check flags: the line says how."""
    left = LeftOut(forbidden_sources=["grantor in c1", "royalty in c3"])
    assert left.messages("en", "fr") == [
        "left out 2 deprecated source terms, which pair with nothing (grantor in c1, "
        "royalty in c3); read fr -> en to keep them: --src-lang fr --tgt-lang en"]
