"""A reviewed document whose files changed keeps the review of its unchanged sentences."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.collection.carry import carry_review
from aligner.collection.rows import DroppedEdit
from aligner.model import REVIEW_AGAIN, Alignment, Bead, Review, ReviewState

MARK = Review(ReviewState.CONFIRMED, datetime(2026, 12, 1, 9, 30, tzinfo=UTC))
EDITED = Review(ReviewState.EDITED, datetime(2026, 12, 1, 9, 31, tzinfo=UTC))

ES = ("La mina empleaba a dos mil obreros.", "El sindicato pidió un aumento.",
      "La empresa se negó.", "Hubo huelga en once minas.", "Terminó en mayo.")
EN = ("The mine employed two thousand workers.", "The union asked for a raise.",
      "The company refused.", "There was a strike in eleven mines.", "It ended in May.")


def _reviewed(src: tuple[str, ...], tgt: tuple[str, ...], beads: list[Bead]) -> Alignment:
    return Alignment(src, tgt, tuple(beads), "es", "en")


def _fresh(src: tuple[str, ...], tgt: tuple[str, ...]) -> Alignment:
    """What the aligner gave the changed files: 1-1 beads, the rest null (enough here:
    carrying realigns whatever is not carried)."""
    n = min(len(src), len(tgt))
    beads = [Bead((i,), (i,), 0.5) for i in range(n)]
    beads += [Bead((i,), (), 0.0) for i in range(n, len(src))]
    beads += [Bead((), (j,), 0.0) for j in range(n, len(tgt))]
    return Alignment(src, tgt, tuple(beads), "es", "en")


def _covers(al: Alignment) -> None:
    """Every sentence once, in order, on both sides."""
    assert [i for b in al.beads for i in b.src] == list(range(len(al.src_sentences)))
    assert [j for b in al.beads for j in b.tgt] == list(range(len(al.tgt_sentences)))


def test_a_changed_sentence_costs_the_review_of_its_bead_only() -> None:
    old = _reviewed(ES, EN, [Bead((i,), (i,), 0.9, review=MARK) for i in range(5)])
    src = (*ES[:3], "Hubo huelga en doce minas.", *ES[4:])
    tgt = (*EN[:3], "There was a strike in twelve mines.", *EN[4:])
    got = carry_review(old, _fresh(src, tgt))
    assert (got.carried, got.dropped) == (4, 1)
    _covers(got.alignment)
    assert [(b.src, b.tgt, b.review) for b in got.alignment.beads] == [
        ((0,), (0,), MARK), ((1,), (1,), MARK), ((2,), (2,), MARK), ((3,), (3,), None),
        ((4,), (4,), MARK)]
    assert got.alignment.beads[0].score == 0.9  # as it was reviewed
    # the bead aligned again in its place is to be reviewed again (doubtful in the editor)
    assert [REVIEW_AGAIN in b.signals for b in got.alignment.beads] == [
        False, False, False, True, False]


def test_a_left_out_paragraph_delivered_marks_the_beads_it_went_into() -> None:
    """The walk: four sentences left out of the translation, confirmed as 1-0 beads; the
    translator delivers them.  The 1-0 beads are not carried (their place now holds
    text); the four new 1-1 beads holding those sentences are to be reviewed again."""
    src = (*ES, "Se fueron antes de la lluvia.")
    tgt = (*EN, "They left before the rain.")
    left_out = (2, 3)  # two source sentences with no translation in the first delivery
    old_tgt = tuple(t for j, t in enumerate(tgt) if j not in left_out)
    beads = [Bead((0,), (0,), 0.9, review=MARK), Bead((1,), (1,), 0.9, review=MARK),
             Bead((2,), (), 0.0, review=MARK), Bead((3,), (), 0.0, review=MARK),
             Bead((4,), (2,), 0.9), Bead((5,), (3,), 0.9, review=MARK)]
    old = _reviewed(src, old_tgt, beads)
    got = carry_review(old, _fresh(src, tgt))
    assert (got.carried, got.dropped) == (3, 2)
    _covers(got.alignment)
    assert [(b.src, b.tgt, REVIEW_AGAIN in b.signals) for b in got.alignment.beads] == [
        ((0,), (0,), False), ((1,), (1,), False), ((2,), (2,), True), ((3,), (3,), True),
        ((4,), (4,), False), ((5,), (5,), False)]


def test_an_edited_shape_survives_an_added_sentence_elsewhere() -> None:
    # the reviewer merged two English sentences into a 1-2 bead; a sentence is added
    # at the start of both files later
    old = _reviewed(ES[:3], ("The mine employed", "two thousand workers.", *EN[1:3]),
                    [Bead((0,), (0, 1), 1.0, review=EDITED), Bead((1,), (2,), 0.9, review=MARK),
                     Bead((2,), (3,), 0.9)])
    src = ("Primera parte.", *ES[:3])
    tgt = ("Part one.", "The mine employed", "two thousand workers.", *EN[1:3])
    got = carry_review(old, _fresh(src, tgt))
    assert (got.carried, got.dropped) == (2, 0)
    _covers(got.alignment)
    beads = got.alignment.beads
    assert (beads[1].src, beads[1].tgt, beads[1].review) == ((1,), (1, 2), EDITED)
    assert (beads[2].src, beads[2].tgt, beads[2].review) == ((2,), (3,), MARK)
    assert all(b.review is None for b in beads if b not in (beads[1], beads[2]))


def test_a_reviewed_one_sided_bead_keeps_its_place_between_the_same_sentences() -> None:
    """A confirmed 1-0 bead (a sentence left untranslated) stands between two target
    sentences: carried, it stays there, and the beads before it are aligned again as
    1-1 -- it once took the target's start for its place, and the three beads before it
    came back as 1-0 and 0-1 beads."""
    src = (*ES[:3], "Lo decimos en serio.", *ES[3:])
    old = _reviewed(src, EN, [Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.9),
                              Bead((2,), (2,), 0.9), Bead((3,), (), 0.0, review=MARK),
                              Bead((4,), (3,), 0.9), Bead((5,), (4,), 0.9)])
    new_src = (*src[:5], "Terminó en junio.")
    new_tgt = (*EN[:4], "It ended in June.")
    got = carry_review(old, _fresh(new_src, new_tgt))
    assert (got.carried, got.dropped) == (1, 0)
    _covers(got.alignment)
    assert [(b.src, b.tgt) for b in got.alignment.beads] == [
        ((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), ()), ((4,), (3,)), ((5,), (4,))]
    assert got.alignment.beads[3].review == MARK


def test_a_one_sided_bead_whose_neighbours_changed_is_not_carried() -> None:
    """A sentence inserted where the untranslated one stood may translate it now."""
    src = (*ES[:3], "Lo decimos en serio.", *ES[3:])
    old = _reviewed(src, EN, [*(Bead((i,), (i,), 0.9) for i in range(3)),
                              Bead((3,), (), 0.0, review=MARK),
                              Bead((4,), (3,), 0.9), Bead((5,), (4,), 0.9)])
    new_tgt = (*EN[:3], "We mean it.", *EN[3:])
    got = carry_review(old, _fresh(src, new_tgt))
    assert (got.carried, got.dropped) == (0, 1)


def test_a_bead_whose_sentences_are_no_longer_adjacent_is_not_carried() -> None:
    old = _reviewed(ES[:2], EN[:1], [Bead((0, 1), (0,), 1.0, review=EDITED)])
    src = (ES[0], "Una frase nueva.", ES[1])
    got = carry_review(old, _fresh(src, EN[:1]))
    assert (got.carried, got.dropped) == (0, 1)
    assert all(b.review is None for b in got.alignment.beads)


def test_another_text_carries_nothing_and_is_returned_as_aligned() -> None:
    old = _reviewed(ES, EN, [Bead((i,), (i,), 0.9, review=MARK) for i in range(5)])
    new = _fresh(("Otra cosa.",), ("Something else.",))
    got = carry_review(old, new)
    assert (got.carried, got.dropped, got.alignment) == (0, 5, new)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_any_edit_of_the_texts_gives_a_whole_alignment(data: st.DataObject) -> None:
    n = data.draw(st.integers(1, 6))
    src = tuple(f"Frase {i}." for i in range(n))
    tgt = tuple(f"Sentence {i}." for i in range(n))
    marks = data.draw(st.lists(st.booleans(), min_size=n, max_size=n))
    old = _reviewed(src, tgt, [Bead((i,), (i,), 0.9, review=MARK if m else None)
                               for i, m in enumerate(marks)])

    def edit(side: tuple[str, ...], word: str) -> tuple[str, ...]:
        out = list(side)
        for _ in range(data.draw(st.integers(0, 3))):
            op = data.draw(st.sampled_from(["insert", "delete", "change"]))
            at = data.draw(st.integers(0, max(0, len(out) - 1)))
            if op == "insert" or not out:
                out.insert(at, f"{word} nueva {data.draw(st.integers(0, 99))}.")
            elif op == "delete" and len(out) > 1:
                del out[at]
            else:
                out[at] = out[at] + " Cambiada."
        return tuple(out)

    new_src, new_tgt = edit(src, "Frase"), edit(tgt, "Sentence")
    got = carry_review(old, _fresh(new_src, new_tgt))
    _covers(got.alignment)
    carried = [b for b in got.alignment.beads if b.review is not None]
    assert got.carried + got.dropped == sum(marks)
    assert len(carried) == got.carried
    for b in carried:  # a carried bead pairs the same texts it paired when reviewed
        (i,), (j,) = b.src, b.tgt
        assert new_src[i].split()[1] == new_tgt[j].split()[1]


def test_batch_carries_the_review_over_to_changed_files(tmp_path: Path) -> None:
    from aligner.editor.catalog import CollectionDocuments
    from aligner.editor.edits import Edit, Op
    from tests.collection.conftest import DOCS, run, write_folders

    src, tgt = write_folders(tmp_path, {"2021/mina": DOCS["2021/mina"]})
    db = tmp_path / "c.db"
    batch = ("batch", str(src), str(tgt), "--src-lang", "es", "--tgt-lang", "en",
             "--db", str(db), "--jobs", "1", "--encoder", "none")
    assert run(*batch)[0] == 0
    docs = CollectionDocuments(db)
    try:
        (doc_id,) = list(docs)
        session = docs[doc_id].session
        for bead in range(3):
            session.edit(Edit(Op.CONFIRM, bead), bead)
    finally:
        docs.close()
    for folder, old, new in ((src, "diez", "doce"), (tgt, "ten", "twelve")):
        path = next(folder.rglob("mina*"))
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    code, _, stderr = run(*batch)
    assert code == 0, stderr
    assert ("2021/mina: its files changed: aligned again with the review of 2 beads carried "
            "over (sentences unchanged); 1 reviewed bead whose sentences changed or moved was "
            "aligned again: review it again (unit 2, doubtful in aligner review: n finds "
            "it)\n") in stderr
    # the bead holding them is marked so, and the editor shows it doubtful (the walk:
    # "review them again" named no bead, and the page showed none doubtful)
    assert _rows(db, "SELECT unit FROM beads WHERE json_extract(signals, '$.review_again') "
                     "= 1") == [(2,)]
    docs = CollectionDocuments(db)
    try:
        (doc_id,) = list(docs)
        assert [s.doubtful for s in docs.summaries()] == [1]
    finally:
        docs.close()
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT review, source FROM beads ORDER BY unit").fetchall()
    finally:
        conn.close()
    assert rows == [
        ("confirmed", "La mina de cobre empleaba a dos mil obreros."),
        ("confirmed", "Según sus defensores, la vía chilena pasaba por las urnas."),
        (None, "El sindicato pidió un aumento del doce por ciento."),
    ]
    out = tmp_path / "reviewed.tmx"
    code, _, stderr = run("export", str(db), "-o", str(out), "--reviewed-only")
    assert code == 0, stderr
    text = out.read_text(encoding="utf-8")
    assert "dos mil obreros" in text and "por ciento" not in text  # neither old nor new

    # another text altogether under the same name: the review is kept, not lost
    for folder, line in ((src, "Otra cosa distinta.\n"), (tgt, "Something else entirely.\n")):
        next(folder.rglob("mina*")).write_text(line, encoding="utf-8")
    code, _, stderr = run(*batch)
    assert code == 0, stderr
    assert ("2021/mina: its files changed, and none of its 2 reviewed beads has its "
            "sentences in them as they were") in stderr


# -- a reviewer's text correction and a later change of the files ------------------

MINA_BATCH = ("--src-lang", "es", "--tgt-lang", "en", "--jobs", "1", "--encoder", "none")
CORRECTED = "According to its defenders, the Chilean road went through the ballot box."


def _batch(src: Path, tgt: Path, db: Path) -> tuple[int, str, str]:
    from tests.collection.conftest import run

    return run("batch", str(src), str(tgt), "--db", str(db), *MINA_BATCH)


def _correct_and_confirm(db: Path) -> None:
    """As the walk did in the editor: bead 1's target corrected, bead 0 confirmed."""
    from aligner.editor.catalog import CollectionDocuments
    from aligner.editor.edits import Edit, Op
    from aligner.model import Side

    docs = CollectionDocuments(db)
    try:
        (doc_id,) = list(docs)
        session = docs[doc_id].session
        session.edit(Edit(Op.TEXT, 1, Side.TARGET, (CORRECTED,)), 0)
        session.edit(Edit(Op.CONFIRM, 0), 1)
    finally:
        docs.close()


def _replace_in(folder: Path, old: str, new: str) -> None:
    path = next(folder.rglob("mina*"))
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_a_corrected_target_survives_a_change_of_another_sentence(tmp_path: Path) -> None:
    """The walk's case: the file's sentence under the corrected bead is as it was, so
    the correction is carried over with its mark, and the edit log stays."""
    from tests.collection.conftest import DOCS, write_folders

    src, tgt = write_folders(tmp_path, {"2021/mina": DOCS["2021/mina"]})
    db = tmp_path / "c.db"
    assert _batch(src, tgt, db)[0] == 0
    _correct_and_confirm(db)
    _replace_in(src, "diez", "doce")
    _replace_in(tgt, "ten", "twelve")
    code, _, stderr = _batch(src, tgt, db)
    assert code == 0, stderr
    assert ("2021/mina: its files changed: aligned again with the review of 2 beads carried "
            "over (sentences unchanged)\n") in stderr
    assert _rows(db, "SELECT review, target FROM beads ORDER BY unit") == [
        ("confirmed", "The copper mine employed two thousand workers."),
        ("edited", CORRECTED),
        (None, "The union asked for a twelve percent raise."),
    ]
    assert _rows(db, "SELECT text FROM sentences WHERE side = 'tgt' AND idx = 1") == [
        (CORRECTED,)]
    # the edit log of the document as it was reviewed is kept
    assert [op for (op,) in _rows(db, "SELECT op FROM edits ORDER BY version")] == [
        "text", "confirm"]

    # once more: the correction carried over is carried again (the file's text is known)
    _replace_in(src, "doce", "trece")
    _replace_in(tgt, "twelve", "thirteen")
    code, _, stderr = _batch(src, tgt, db)
    assert code == 0, stderr
    assert _rows(db, "SELECT review, target FROM beads WHERE unit = 1") == [
        ("edited", CORRECTED)]


def test_a_correction_whose_sentence_changed_in_the_file_is_named_when_dropped(
        tmp_path: Path) -> None:
    from tests.collection.conftest import DOCS, write_folders

    src, tgt = write_folders(tmp_path, {"2021/mina": DOCS["2021/mina"]})
    db = tmp_path / "c.db"
    assert _batch(src, tgt, db)[0] == 0
    _correct_and_confirm(db)
    _replace_in(tgt, "ran through", "passed through")  # the owner's own fix, another one
    code, _, stderr = _batch(src, tgt, db)
    assert code == 0, stderr
    assert ("2021/mina: its files changed: aligned again with the review of 1 bead carried "
            "over (sentences unchanged); 1 reviewed bead whose sentences changed or moved was "
            "aligned again: review it again (unit 1, doubtful in aligner review: n finds "
            "it); the correction of bead 1's target is dropped: "
            f'"{CORRECTED}" (the edit log keeps it)') in stderr
    assert _rows(db, "SELECT review, target FROM beads WHERE unit = 1") == [
        (None, "According to its defenders, the Chilean road passed through the ballot box.")]
    ((texts,),) = _rows(db, "SELECT texts FROM edits WHERE op = 'text'")
    assert CORRECTED in str(texts)  # recoverable: the old document's log is kept
    assert _rows(db, "SELECT count(*) FROM replaced_documents WHERE name = '2021/mina'") == [
        (1,)]


def test_a_corrected_target_survives_a_change_of_its_source_sentence(tmp_path: Path) -> None:
    """The French editor's walk: the author revised the source of the bead whose target a
    reviewer corrected; the target file still has the sentence that was corrected, so the
    correction stays (the bead is aligned again, to review again), and nothing is said
    to be dropped."""
    from tests.collection.conftest import DOCS, write_folders

    src, tgt = write_folders(tmp_path, {"2021/mina": DOCS["2021/mina"]})
    db = tmp_path / "c.db"
    assert _batch(src, tgt, db)[0] == 0
    _correct_and_confirm(db)
    _replace_in(src, "pasaba por", "pasaba sobre todo por")
    code, _, stderr = _batch(src, tgt, db)
    assert code == 0, stderr
    assert "dropped" not in stderr
    assert "1 reviewed bead whose sentences changed or moved was aligned again" in stderr
    assert _rows(db, "SELECT review, source, target FROM beads WHERE unit = 1") == [
        (None, "Según sus defensores, la vía chilena pasaba sobre todo por las urnas.",
         CORRECTED)]
    assert _rows(db, "SELECT text, original FROM sentences WHERE side = 'tgt' AND idx = 1"
                 ) == [(CORRECTED, "According to its defenders, the Chilean road ran "
                        "through the ballot box.")]
    # and again: the correction is still found by the file's text
    _replace_in(src, "sobre todo ", "")
    code, _, stderr = _batch(src, tgt, db)
    assert code == 0 and "dropped" not in stderr, stderr
    assert _rows(db, "SELECT target FROM beads WHERE unit = 1") == [(CORRECTED,)]


def test_a_source_change_with_the_target_fixed_in_the_file_is_quiet(tmp_path: Path) -> None:
    """Both files changed: the source of the corrected bead, and the target sentence now
    reads as the reviewer corrected it: nothing to keep, nothing dropped."""
    from tests.collection.conftest import DOCS, write_folders

    src, tgt = write_folders(tmp_path, {"2021/mina": DOCS["2021/mina"]})
    db = tmp_path / "c.db"
    assert _batch(src, tgt, db)[0] == 0
    _correct_and_confirm(db)
    _replace_in(src, "pasaba por", "pasaba sobre todo por")
    _replace_in(tgt, "ran through", "went through")
    code, _, stderr = _batch(src, tgt, db)
    assert code == 0, stderr
    assert "dropped" not in stderr
    assert _rows(db, "SELECT text, original FROM sentences WHERE side = 'tgt' AND idx = 1"
                 ) == [(CORRECTED, None)]


def test_a_file_that_now_reads_as_the_reviewer_corrected_it_carries_the_review(
        tmp_path: Path) -> None:
    """The translator delivered the reviewer's fix: the file's sentence is the correction,
    so the review is carried, no correction is left to record, and the document is up
    to date (it stayed stale, "none of its reviewed beads ... as they were", for good)."""
    from tests.collection.conftest import DOCS, run, write_folders

    src, tgt = write_folders(tmp_path, {"2021/mina": DOCS["2021/mina"]})
    db = tmp_path / "c.db"
    assert _batch(src, tgt, db)[0] == 0
    _correct_and_confirm(db)
    _replace_in(tgt, "ran through", "went through")  # now CORRECTED, word for word
    code, _, stderr = _batch(src, tgt, db)
    assert code == 0, stderr
    assert ("2021/mina: its files changed: aligned again with the review of 2 beads carried "
            "over (sentences unchanged)\n") in stderr
    assert _rows(db, "SELECT review, target FROM beads ORDER BY unit")[:2] == [
        ("confirmed", "The copper mine employed two thousand workers."),
        ("edited", CORRECTED)]
    # the file's text is the correction: no file's text is kept under it
    assert _rows(db, "SELECT text, original FROM sentences WHERE side = 'tgt' AND idx = 1"
                 ) == [(CORRECTED, None)]
    code, out, _ = run("list", str(db))
    assert code == 0 and "stale" not in out, out
    code, _, stderr = _batch(src, tgt, db)  # and nothing more to do
    assert code == 0 and "0 pairs aligned, 1 unchanged" in stderr, stderr


def test_a_sentence_reading_as_corrected_is_found_by_its_correction() -> None:
    """The walk's press release: two names swapped between two sentences, each corrected
    in the editor, and the file delivered again with both fixed (and nothing else
    reviewed): both beads are carried, neither correction left to record."""
    wrong = ("The mayor, Ana Ruiz, thanked the union.", "The union leader, Luis Mora, spoke.")
    fixed = ("The mayor, Luis Mora, thanked the union.", "The union leader, Ana Ruiz, spoke.")
    old = _reviewed(ES[:3], (EN[0], *fixed),
                    [Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.9, review=EDITED),
                     Bead((2,), (2,), 0.9, review=EDITED)])
    originals = {("tgt", 1): wrong[0], ("tgt", 2): wrong[1]}
    got = carry_review(old, _fresh(ES[:3], (EN[0], *fixed)), originals=originals)
    assert (got.carried, got.dropped, got.originals, got.lost) == (2, 0, (), ())
    assert got.alignment.tgt_sentences == (EN[0], *fixed)
    assert [b.review for b in got.alignment.beads] == [None, EDITED, EDITED]
    # one fixed, the other still as it was: each is found, one correction to record
    got = carry_review(old, _fresh(ES[:3], (EN[0], fixed[0], wrong[1])), originals=originals)
    assert (got.carried, got.dropped, got.lost) == (2, 0, ())
    assert got.originals == (("tgt", 2, wrong[1]),)
    assert got.alignment.tgt_sentences == (EN[0], *fixed)


def test_a_correction_is_found_by_the_files_text_and_carried_with_its_text() -> None:
    """The reviewer corrected the target of bead 1; a sentence added at the start of
    both files moves every bead one down."""
    old = _reviewed(ES[:3], ("The mine employed two thousand workers.",
                             "The union demanded a raise.", EN[2]),
                    [Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.9, review=EDITED),
                     Bead((2,), (2,), 0.9)])
    originals = {("tgt", 1): EN[1]}
    got = carry_review(old, _fresh(("Primera parte.", *ES[:3]), ("Part one.", *EN[:3])),
                       originals=originals)
    assert (got.carried, got.dropped, got.lost) == (1, 0, ())
    assert got.alignment.tgt_sentences == ("Part one.", EN[0], "The union demanded a raise.",
                                           EN[2])
    assert got.originals == (("tgt", 2, EN[1]),)
    assert got.alignment.beads[2].review == EDITED


def test_a_correction_whose_file_sentence_changed_is_lost_and_named() -> None:
    old = _reviewed(ES[:2], (EN[0], "The union demanded a raise."),
                    [Bead((0,), (0,), 0.9, review=MARK), Bead((1,), (1,), 0.9, review=EDITED)])
    got = carry_review(old, _fresh(ES[:2], (EN[0], "The union asked for a big raise.")),
                       originals={("tgt", 1): EN[1]})
    assert (got.carried, got.dropped, got.originals) == (1, 1, ())
    assert got.lost == (DroppedEdit(1, "tgt", ("The union demanded a raise.",)),)
    assert got.alignment.tgt_sentences[1] == "The union asked for a big raise."


def test_an_inserted_sentence_the_new_file_lacks_is_lost_as_inserted() -> None:
    """A sentence a reviewer inserted (no file's text under it: an empty original) is
    told apart from a correction in the same bead, each named as what it is."""
    old = _reviewed(ES[:2], (EN[0], "The union demanded", "a raise."),
                    [Bead((0,), (0,), 0.9, review=MARK),
                     Bead((1,), (1, 2), 0.9, review=EDITED)])
    got = carry_review(old, _fresh(ES[:2], (EN[0], "The union asked for a big raise.")),
                       originals={("tgt", 1): "The union asked", ("tgt", 2): ""})
    assert got.lost == (DroppedEdit(1, "tgt", ("The union demanded",)),
                        DroppedEdit(1, "tgt", ("a raise.",), inserted=True))


def test_a_correction_of_a_side_that_did_not_change_is_kept_when_the_bead_is_not() -> None:
    """Bead 1's target was corrected; its source changed in the file: the bead is aligned
    again, unreviewed, and its target sentence, still the one corrected, keeps the fix."""
    old = _reviewed(ES[:3], (EN[0], "The union demanded a raise.", EN[2]),
                    [Bead((0,), (0,), 0.9, review=MARK), Bead((1,), (1,), 0.9, review=EDITED),
                     Bead((2,), (2,), 0.9, review=MARK)])
    changed = (ES[0], "El sindicato pidió pronto un aumento.", ES[2])
    got = carry_review(old, _fresh(changed, EN[:3]), originals={("tgt", 1): EN[1]})
    assert (got.carried, got.dropped, got.lost) == (2, 1, ())
    assert got.originals == (("tgt", 1, EN[1]),)
    assert got.alignment.tgt_sentences == (EN[0], "The union demanded a raise.", EN[2])
    assert got.alignment.src_sentences == changed
    (bead,) = [b for b in got.alignment.beads if b.tgt == (1,)]
    assert bead.review is None and REVIEW_AGAIN in bead.signals
    # the same with no bead carried at all: the correction is still kept
    lone = _reviewed(ES[:1], ("The mine hired two thousand workers.",),
                     [Bead((0,), (0,), 0.9, review=EDITED)])
    got = carry_review(lone, _fresh(("La mina empleaba a tres mil obreros.",), EN[:1]),
                       originals={("tgt", 0): EN[0]})
    assert (got.carried, got.dropped, got.lost) == (0, 1, ())
    assert got.originals == (("tgt", 0, EN[0]),)
    assert got.alignment.tgt_sentences == ("The mine hired two thousand workers.",)


def test_a_correction_whose_own_sentence_changed_is_lost_though_the_other_side_did_too() -> None:
    old = _reviewed(ES[:2], (EN[0], "The union demanded a raise."),
                    [Bead((0,), (0,), 0.9, review=MARK), Bead((1,), (1,), 0.9, review=EDITED)])
    got = carry_review(old, _fresh((ES[0], "El sindicato exigió un aumento."),
                                   (EN[0], "The union asked for a big raise.")),
                       originals={("tgt", 1): EN[1]})
    assert (got.carried, got.dropped, got.originals) == (1, 1, ())
    assert got.lost == (DroppedEdit(1, "tgt", ("The union demanded a raise.",)),)
    assert got.alignment.tgt_sentences[1] == "The union asked for a big raise."
