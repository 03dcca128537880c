"""list-label-mismatch (check/enumeration.py).  Sentences written by hand for this test."""

from __future__ import annotations

import pytest
from check_helpers import findings


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    # s36 walk 3 item 5: a sub-clause left out, the rest relabelled
    ("The Provider shall: (i) return all data; (ii) delete all copies; and (iii) certify "
     "such deletion.",
     "El Proveedor deberá: (i) devolver todos los datos; y (ii) certificar dicha supresión.",
     "en", "es", "list labels differ: the source has (i) (ii) (iii), the target (i) (ii)"),
    # a gap: one left out, the others kept
    ("information which (a) is public, (b) was known, or (c) is required by law.",
     "información que (a) sea pública o (c) deba revelarse por ley.", "en", "es",
     "list labels differ: the source has (a) (b) (c), the target (a) (c)"),
    # the target's list in another style, one shorter
    ("The Client shall (i) pay, (ii) report and (iii) cooperate.",
     "El Cliente deberá a) pagar y b) informar.", "en", "es",
     "list labels differ: the source has (i) (ii) (iii), the target a) b)"),
    # numbers with a closing bracket, capitals
    ("Steps: 1) open, 2) fill, 3) close.", "Pasos: 1) abrir, 2) cerrar.", "en", "es",
     "list labels differ: the source has 1) 2) 3), the target 1) 2)"),
    ("WHEREAS (A) the Client needs services and (B) the Provider offers them.",
     "CONSIDERANDO (A) que el Cliente necesita servicios.", "en", "es",
     "list labels differ: the source has (A) (B), the target (A)"),
    # an extra label in the target
    ("The Client shall (a) pay and (b) report.",
     "El Cliente deberá (a) pagar, (b) informar y (c) colaborar.", "en", "es",
     "list labels differ: the source has (a) (b), the target (a) (b) (c)"),
])
def test_list_labels_that_differ_are_reported(source: str, target: str, src_lang: str,
                                              tgt_lang: str, message: str) -> None:
    got = findings([(source, target)], code="list-label-mismatch", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert [f.message for f in got] == [message]


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang"), [
    ("The Provider shall: (i) return all data; (ii) delete all copies; and (iii) certify.",
     "El Proveedor deberá: (i) devolver los datos; (ii) suprimir las copias; y (iii) "
     "certificar.", "en", "es"),
    # the same places in another style
    ("The Client shall (i) pay and (ii) report.", "El Cliente deberá a) pagar y b) informar.",
     "en", "es"),
    # a letter list that reaches (i): letters, not Roman
    ("(g) seven, (h) eight and (i) nine.", "(g) siete, (h) ocho e (i) nueve.", "en", "es"),
    # numbers in brackets after words: amounts, not labels; a year
    ("within thirty (30) days and three (3) copies in (2026)",
     "en treinta (30) días y tres (3) copias", "en", "es"),
    # a reference glued to a clause number
    ("as set out in Clause 7.1(a) and Article 5(2) above.",
     "según la cláusula 7.1(b) y el artículo 5(3).", "en", "es"),
    # one side without labels: prose
    ("The Client shall (a) pay and (b) report.", "El Cliente pagará e informará.", "en", "es"),
    # a lone label on each side
    ("See (a) below.", "Véase (b) más abajo.", "en", "es"),
])
def test_no_list_label_mismatch(source: str, target: str, src_lang: str, tgt_lang: str) -> None:
    assert findings([(source, target)], code="list-label-mismatch", src_lang=src_lang,
                    tgt_lang=tgt_lang) == []
