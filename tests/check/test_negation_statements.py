"""negation-dropped for a negated statement of technical text: a patent's description
and claims, an office action, a manual (check/statement_negations.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import findings
from click.testing import CliRunner

from aligner.check import CheckOptions
from aligner.check.statement_negations import statement_spans
from aligner.cli.main import cli

TECHNICAL = CheckOptions(register="technical")


# Written for this test, after the German patent walk (s42 walk_de, finding 1): a
# statement negated on one side, said positively on the other; a number (a reference
# sign, a claim's) on both sides, so the general register reads them too.
@pytest.mark.parametrize(("src_lang", "tgt_lang", "source", "target", "said"), [
    ("de", "en", "Das Halteelement (24) ist nicht mit dem Gehäuse (12) verschweißt.",
     "The retaining element (24) is welded to the housing (12).", "ist nicht"),
    ("de", "en", "Vorrichtung nach Anspruch 9, wobei kein zusätzliches Werkzeug verwendet "
                 "wird.", "The device according to claim 9, wherein an additional tool is "
                          "used.", "kein zusätzliches Werkzeug verwendet wird"),
    ("de", "en", "Der Stift 14a wird nicht geschmiert.", "The pin 14a is lubricated.",
     "wird nicht"),
    ("en", "de", "The subject-matter of claim 1 is not new.",
     "Der Gegenstand des Anspruchs 1 ist neu.", "is not"),
    ("en", "de", "The subject-matter of claims 6 to 8 does not involve an inventive step.",
     "Der Gegenstand der Ansprüche 6 bis 8 beruht auf einer erfinderischen Tätigkeit.",
     "does not"),
    ("en", "de", "The seal 30 isn't replaced.", "Die Dichtung 30 wird ersetzt.", "isn't"),
    ("fr", "en", "La vis (14) n'est pas soudée au boîtier (12).",
     "The screw (14) is welded to the housing (12).", "est pas"),
    ("fr", "en", "Aucun outil supplémentaire n'est nécessaire pour l'étape 3.",
     "An additional tool is required for step 3.", "Aucun outil supplémentaire n'est"),
    ("es", "en", "El tornillo (14) no está soldado a la carcasa (12).",
     "The screw (14) is welded to the housing (12).", "no está"),
    ("it", "en", "La vite (14) non è saldata all'alloggiamento (12).",
     "The screw (14) is welded to the housing (12).", "non è"),
])
def test_a_negated_statement_lost_is_reported(src_lang: str, tgt_lang: str, source: str,
                                              target: str, said: str) -> None:
    [f] = findings([(source, target)], src_lang=src_lang, tgt_lang=tgt_lang)
    assert f.code == "negation-dropped"
    assert f.expected == (said,)
    assert f.message.startswith("the source states something negated")


def test_an_added_negation_is_reported() -> None:
    [f] = findings([("9. Vorrichtung nach Anspruch 8, wobei die Welle (16) gehärtet ist.",
                     "9. The device according to claim 8, wherein the shaft (16) is not "
                     "hardened.")], src_lang="de", tgt_lang="en")
    assert (f.code, f.found) == ("negation-dropped", "is not")
    assert f.message.startswith("the target states something negated")


# No number on a side: read in the technical register only, which a patent's or a
# manual's user names (novels turn such statements round freely).
@pytest.mark.parametrize(("source", "target", "said"), [
    ("Für diesen Schritt ist kein zusätzliches Werkzeug erforderlich.",
     "An additional tool is required for this step.", "ist kein"),
    ("Ein solcher Sensor ist jedoch nicht gegen Feuchtigkeit geschützt.",
     "However, such a sensor is protected against moisture.", "ist jedoch nicht"),
    ("Der Sensor muss daher nicht kalibriert werden.",
     "The sensor therefore needs to be calibrated.", "muss daher nicht"),
    # a year is no number of technical text
    ("In der Regel war es nicht lackiert, da es 1998 gefertigt wurde.",
     "As a rule it was painted, as it was made in 1998.", "war es nicht"),
])
def test_without_a_number_only_the_technical_register_reads(source: str, target: str,
                                                            said: str) -> None:
    assert findings([(source, target)], src_lang="de", tgt_lang="en") == []
    [f] = findings([(source, target)], src_lang="de", tgt_lang="en", options=TECHNICAL)
    assert (f.code, f.expected) == ("negation-dropped", (said,))


@pytest.mark.parametrize(("src_lang", "tgt_lang", "source", "target"), [
    # both sides negate
    ("de", "en", "Das Halteelement (24) ist nicht mit dem Gehäuse (12) verschweißt.",
     "The retaining element (24) is not welded to the housing (12)."),
    # the other side says it with another negative word: any cue keeps it
    ("de", "en", "Für Schritt 3 ist kein zusätzliches Werkzeug erforderlich.",
     "Step 3 can be carried out without an additional tool."),
    # not only: no negation
    ("de", "en", "Die Welle (16) ist nicht nur gehärtet, sondern auch geschliffen.",
     "The shaft (16) is hardened and also ground."),
    # French ne ... que is a restriction (only), no pas
    ("fr", "en", "Ce n'est qu'à 20 °C que la colle (8) durcit.",
     "The glue (8) hardens only at 20 °C."),
    # French pas, a step, is a noun
    ("fr", "de", "La longueur des pas est de 70 cm.", "Die Schrittlänge beträgt 70 cm."),
    # a negator after the verb with two words between binds something else
    ("fr", "en", "Les tiges (5) ne sont que des pas de vis.",
     "The rods (5) are merely screw threads."),
    # a double negation, said positively
    ("de", "en", "Die Abdeckung (5) ist nicht ohne Werkzeug abnehmbar.",
     "The cover (5) can be removed only with a tool."),
    ("es", "en", "La fase 2 no se limitaba a la lucha política, sino que incluía la economía.",
     "Phase 2 involved not only the political struggle but also the economy."),
    # not only, with the verb between (no es solo, n'est pas seulement)
    ("es", "en", "La vía 2 no es solo la estrategia del partido.",
     "Road 2 is the party's strategy and more."),
    ("fr", "en", "Le joint (3) n'est pas seulement étanche, il isole aussi.",
     "The seal (3) seals and also insulates."),
    # a negated bound is a bound (bound-mismatch's), no statement negated
    ("de", "en", "Der Spalt beträgt mindestens 0,1 mm.", "The gap is not less than 0.1 mm."),
    ("en", "de", "The load is not more than 5 kN.", "Die Last beträgt höchstens 5 kN."),
    # speech
    ("en", "de", "\"The claim 1 is not new,\" he said.", "„Anspruch 1 ist neu“, sagte er."),
])
def test_no_finding(src_lang: str, tgt_lang: str, source: str, target: str) -> None:
    assert findings([(source, target)], src_lang=src_lang, tgt_lang=tgt_lang,
                    options=TECHNICAL) == []


def test_a_year_is_no_technical_mark() -> None:
    pair = ("Der Gipfel wird 1957 nicht erreicht.", "The summit is reached in 1957.")
    assert findings([pair], src_lang="de", tgt_lang="en") == []
    assert [f.code for f in findings([pair], src_lang="de", tgt_lang="en",
                                     options=TECHNICAL)] == ["negation-dropped"]


def test_a_language_without_statement_words_has_none() -> None:
    assert statement_spans("Das ist nicht neu.", "sv") == []
    assert statement_spans("Das ist nicht neu.", "de") == [(4, 13)]


def test_check_register_option(tmp_path: Path) -> None:
    pairs = tmp_path / "p.tsv"
    pairs.write_text("Für diesen Schritt ist kein Werkzeug erforderlich.\t"
                     "A tool is required for this step.\n", encoding="utf-8")
    args = ["check", "--pairs", str(pairs), "--src-lang", "de", "--tgt-lang", "en",
            "--no-glossary", "--format", "json"]
    general = CliRunner().invoke(cli, args)
    technical = CliRunner().invoke(cli, [*args, "--register", "technical"])
    assert general.exit_code == technical.exit_code == 0
    assert "negation-dropped" not in general.output
    assert "'ist kein'" in technical.output
