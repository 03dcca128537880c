"""claim-reference: a claim's number and the claims it refers to (check/claims.py)."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.claims import claim_references
from aligner.check.headings import heading_table


def _said(source: str, target: str, src_lang: str = "de", tgt_lang: str = "en") -> list[str]:
    return [f.message for f in findings([(source, target)], code="claim-reference",
                                        src_lang=src_lang, tgt_lang=tgt_lang)]


# Written for this test: dependent claims as the EPO's languages word them.
@pytest.mark.parametrize(("text", "lang", "claims"), [
    ("Vorrichtung nach einem der Ansprüche 1 bis 4, wobei", "de", {1, 2, 3, 4}),
    ("The device according to claim 1 or 4, wherein", "en", {1, 4}),
    ("The method as claimed in claims 2, 3 and 5", "en", {2, 3, 5}),
    ("The device of any of claims 1-3, wherein the housing (12)", "en", {1, 2, 3}),
    ("Dispositif selon la revendication 2, dans lequel", "fr", {2}),
    ("Dispositivo según una cualquiera de las reivindicaciones 1 a 3", "es", {1, 2, 3}),
    ("according to claim 3, wherein 5 screws", "en", {3}),
    ("The claim was rejected.", "en", set()),
])
def test_claim_references(text: str, lang: str, claims: set[int]) -> None:
    table = heading_table(lang)
    assert table is not None
    assert claim_references(text, table).claims == claims


@pytest.mark.parametrize(("source", "target", "src_lang", "message"), [
    ("5. Vorrichtung nach Anspruch 3, wobei die Welle hohl ist.",
     "3. The device according to claim 5, wherein the shaft is hollow.", "de",
     "the target claim is numbered 3, the source claim 5; claim 3 of the target refers to "
     "claim 5, not to an earlier claim; the claims referred to differ: 'Anspruch 3' (3) in "
     "the source, 'claim 5' (5) in the target"),
    ("6. Vorrichtung nach einem der Ansprüche 1 bis 4, wobei die Welle hohl ist.",
     "6. The device according to claim 1 or 4, wherein the shaft is hollow.", "de",
     "the claims referred to differ: 'Ansprüche 1 bis 4' (1, 2, 3, 4) in the source, "
     "'claim 1 or 4' (1, 4) in the target"),
    ("Vorrichtung nach Anspruch 3, wobei das Gehäuse (12) geschlossen ist.",
     "The device according to claim 12, wherein the housing (3) is closed.", "de",
     "the claims referred to differ: 'Anspruch 3' (3) in the source, 'claim 12' (12) in "
     "the target"),
    # a claim referring to itself (the numbers differ too: number-mismatch says that)
    ("4. Procédé selon la revendication 2, dans lequel",
     "4. Method according to claim 4, wherein", "fr",
     "claim 4 of the target refers to claim 4, not to an earlier claim"),
])
def test_reported(source: str, target: str, src_lang: str, message: str) -> None:
    assert _said(source, target, src_lang) == [message]


@pytest.mark.parametrize(("source", "target"), [
    ("5. Vorrichtung nach Anspruch 3, wobei die Welle hohl ist.",
     "5. The device according to claim 3, wherein the shaft is hollow."),
    ("6. Vorrichtung nach einem der Ansprüche 1 bis 4.",
     "6. The device according to any one of claims 1 to 4."),
    ("6. Vorrichtung nach einem der Ansprüche 1 bis 4.", "6. The device of any of claims 1-4."),
    # another number is number-mismatch's
    ("5. Vorrichtung nach Anspruch 3.", "5. The device according to claim 4."),
    # the source refers to a later claim too: the target follows it
    ("3. Vorrichtung nach Anspruch 5.", "3. The device according to claim 5."),
    # a numbered step, no claim
    ("5. Schritt 3 wiederholen.", "3. Repeat step 5."),
])
def test_not_reported(source: str, target: str) -> None:
    assert _said(source, target) == []
