"""Matching a corrected file's units to a document's beads, and sharing a corrected
target out among a bead's sentences (hand-written alignments and expectations)."""

from __future__ import annotations

from aligner.editor.corrections import (
    AMBIGUOUS,
    CORRECTED,
    FILLED,
    NO_BEAD,
    NOT_SHARED,
    OTHER,
    UNCHANGED,
    Correction,
    Unit,
    plan_corrections,
    shared_out,
)
from aligner.editor.filling import Fill
from aligner.model import Alignment, Bead

# A press note es -> en: bead 1 is one Spanish sentence for two English ones, and
# "Gracias." is there twice, translated alike.
NOTE = Alignment(
    ("La marcha salió a las diez.", "Hubo 300  personas, según la policía.", "Gracias.",
     "El acto terminó en calma.", "Gracias."),
    ("The march left at ten.", "There were 300 people.", "So the police said.", "Thanks.",
     "The event ended calmly.", "Thanks."),
    (Bead((0,), (0,)), Bead((1,), (1, 2)), Bead((2,), (3,)), Bead((3,), (4,)),
     Bead((4,), (5,))),
    "es", "en")


def test_a_changed_target_corrects_the_bead_of_its_source_and_the_rest_are_unchanged() -> None:
    plan = plan_corrections(NOTE, [
        Unit(1, "La marcha  salió a las diez.", "The march left at eleven."),
        Unit(2, "El acto terminó en calma.", "The event ended calmly."),
        Unit(3, "Un texto que no está.", "A text that is not there.")])
    assert plan.corrections == [Correction(0, ("The march left at eleven.",))]
    assert [(u.number, what, beads) for u, what, beads in plan.outcomes] == [
        (1, CORRECTED, (0,)), (2, UNCHANGED, (3,)), (3, NO_BEAD, ())]


def test_a_change_inside_one_of_the_beads_sentences_goes_to_that_sentence() -> None:
    plan = plan_corrections(NOTE, [Unit(1, "Hubo 300 personas, según la policía.",
                                        "There were 3,000 people. So the police said.")])
    assert plan.corrections == [Correction(1, ("There were 3,000 people.",
                                               "So the police said."))]


def test_a_change_across_two_sentences_of_a_bead_is_not_applied() -> None:
    plan = plan_corrections(NOTE, [Unit(4, "Hubo 300 personas, según la policía.",
                                        "There were 300 people, so the police said.")])
    assert plan.corrections == []
    assert [(u.number, what) for u, what, _ in plan.outcomes] == [(4, NOT_SHARED)]


def test_units_of_one_source_pair_with_its_beads_in_order() -> None:
    plan = plan_corrections(NOTE, [Unit(1, "Gracias.", "Thanks."),
                                   Unit(2, "Gracias.", "Thank you.")])
    assert plan.corrections == [Correction(4, ("Thank you.",))]


def test_one_unit_for_two_beads_of_one_translation_corrects_both() -> None:
    plan = plan_corrections(NOTE, [Unit(7, "Gracias.", "Thank you.")])
    assert plan.corrections == [Correction(2, ("Thank you.",)), Correction(4, ("Thank you.",))]
    assert [(what, beads) for _, what, beads in plan.outcomes] == [(CORRECTED, (2, 4))]


def test_three_units_for_two_beads_are_ambiguous_unless_they_change_nothing() -> None:
    plan = plan_corrections(NOTE, [Unit(1, "Gracias.", "Thanks."),
                                   Unit(2, "Gracias.", "Thank you."),
                                   Unit(3, "Gracias.", "Thanks.")])
    assert plan.corrections == []
    assert [(u.number, what, beads) for u, what, beads in plan.outcomes] == [
        (1, UNCHANGED, (2, 4)), (2, AMBIGUOUS, (2, 4)), (3, UNCHANGED, (2, 4))]


def test_sharing_out() -> None:
    assert shared_out(["Uno.", "Dos."], "Uno. Dos y tres.", "es") == ("Uno.", "Dos y tres.")
    assert shared_out(["Uno.", "Dos."], "Uno.\nDos.", "es") == ("Uno.", "Dos.")
    assert shared_out(["Uno.", "Dos."], "Uno, dos.", "es") is None
    assert shared_out(["Uno.", "Dos."], "Dos.", "es") is None  # a sentence left empty
    # no space between Japanese sentences: an insertion at their meeting is the first's
    assert shared_out(["一。", "二。"], "一だ。二。", "ja") == ("一だ。", "二。")


def test_a_unit_of_another_document_is_left_alone() -> None:
    plan = plan_corrections(NOTE, [Unit(1, "Gracias.", "Thank you.", "notas/otra"),
                                   Unit(2, "El acto terminó en calma.", "It ended calmly.",
                                        "notas/marcha")], "notas/marcha")
    assert plan.corrections == [Correction(3, ("It ended calmly.",))]
    assert [what for _, what, _ in plan.outcomes] == [OTHER, CORRECTED]


def test_a_unit_for_a_source_sentence_left_without_a_counterpart_fills_it() -> None:
    # "Gracias." twice: translated the first time, left out the second
    left_out = Alignment(NOTE.src_sentences, NOTE.tgt_sentences[:5],
                         (*NOTE.beads[:4], Bead((4,), ())), "es", "en")
    plan = plan_corrections(left_out, [Unit(1, "Gracias.", "Thanks."),
                                       Unit(2, "Gracias.", "Thank you.")])
    assert plan.corrections == []
    assert plan.fills == [Fill(4, "Thank you.")]
    assert [(u.number, what, beads) for u, what, beads in plan.outcomes] == [
        (1, UNCHANGED, (2,)), (2, FILLED, (4,))]
    # a file without the left-out sentence (exported without --untranslated)
    plan = plan_corrections(left_out, [Unit(1, "Gracias.", "Thanks.")])
    assert plan.fills == []
    assert [(u.number, what) for u, what, _ in plan.outcomes] == [(1, UNCHANGED)]
