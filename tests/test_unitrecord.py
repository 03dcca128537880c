"""What the records of several units of a memory say alike (an editor's merge)."""

from __future__ import annotations

from aligner.unitrecord import Annotations, UnitRecord, agreed

A = UnitRecord(Annotations((("tuid", "1"), ("creationid", "ana"), ("usagecount", "3")),
                           (("x-score", "0.9"), ("x-client", "ACME"), ("x-client", "Co")),
                           ("legal", "old")),
               src=Annotations(props=(("x-style", "formal"),)))
B = UnitRecord(Annotations((("tuid", "2"), ("creationid", "ana"), ("usagecount", "4")),
                           (("x-client", "ACME"), ("x-score", "0.9")), ("old",)),
               src=Annotations(props=(("x-style", "casual"),)))


def test_what_all_say_alike_is_kept_and_what_one_says_of_itself_is_not() -> None:
    assert agreed([A, B], own_attributes=("tuid",), own_props=("x-score",)) == UnitRecord(
        Annotations((("creationid", "ana"),), (("x-client", "ACME"),), ("old",)))


def test_one_record_loses_only_what_it_says_of_itself() -> None:
    assert agreed([A], own_attributes=("tuid",), own_props=("x-score",)) == UnitRecord(
        Annotations((("creationid", "ana"), ("usagecount", "3")),
                    (("x-client", "ACME"), ("x-client", "Co")), ("legal", "old")),
        src=A.src)


def test_a_bead_of_the_aligner_among_them_leaves_no_record() -> None:
    assert agreed([A, None]) is None and agreed([]) is None
    assert agreed([UnitRecord(), A]) == UnitRecord()  # units agreeing on nothing
