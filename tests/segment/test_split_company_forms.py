"""A company's legal form (Portuguese and Spanish ``Ltda.``, ``S.A.``, ``S.L.``) closes
its name: a capitalised word after it opens the next sentence, an acronym goes on.

Each case is (language, text, expected sentences), written by hand.
"""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences
from aligner.segment.rules import rules_for

CASES = [
    # a capitalised word after the form: the next sentence, starter or not
    ("pt", "A obra foi feita pela Construtora Silva Ltda. Investigadores da polícia chegaram.",
     ["A obra foi feita pela Construtora Silva Ltda.", "Investigadores da polícia chegaram."]),
    ("pt", "O contrato foi com a Petrobras S.A. Representantes da empresa negaram.",
     ["O contrato foi com a Petrobras S.A.", "Representantes da empresa negaram."]),
    ("pt", "Trabalhou na Silva Ltda. A empresa cresceu.",
     ["Trabalhou na Silva Ltda.", "A empresa cresceu."]),
    ("pt", "Ele fundou a Sousa & Filhos Lda. Hoje vive no Porto.",
     ["Ele fundou a Sousa & Filhos Lda.", "Hoje vive no Porto."]),
    ("es", "Trabaja en Telefónica S.A. Madrid es su sede.",
     ["Trabaja en Telefónica S.A.", "Madrid es su sede."]),
    ("es", "La obra la hizo Construcciones López S.L. Investigadores de la policía llegaron.",
     ["La obra la hizo Construcciones López S.L.", "Investigadores de la policía llegaron."]),
    ("es", "Se vendió a Inversiones Andinas S.A.C. Nadie lo supo.",
     ["Se vendió a Inversiones Andinas S.A.C.", "Nadie lo supo."]),
    # lower case after it: the name goes on in the sentence
    ("pt", "A Silva Ltda. anunciou lucros.", ["A Silva Ltda. anunciou lucros."]),
    ("es", "Banco Santander S.A. anunció resultados.",
     ["Banco Santander S.A. anunció resultados."]),
    ("es", "Firmó con Grupo Bimbo S.A. de C.V. el contrato.",
     ["Firmó con Grupo Bimbo S.A. de C.V. el contrato."]),
    # an acronym or a second form after it is part of the name
    ("pt", "Vendeu à Silva Comércio Ltda. ME em 2010.",
     ["Vendeu à Silva Comércio Ltda. ME em 2010."]),
    ("pt", "Contratou a Silva & Cia. Ltda. para o serviço.",
     ["Contratou a Silva & Cia. Ltda. para o serviço."]),
    ("es", "Firmó con Empresas Públicas de Medellín S.A. E.S.P. el contrato.",
     ["Firmó con Empresas Públicas de Medellín S.A. E.S.P. el contrato."]),
    # forms that also open a name are not listed: only a starter ends them
    ("pt", "A Cia. Siderúrgica Nacional cresceu.", ["A Cia. Siderúrgica Nacional cresceu."]),
    ("es", "La Cía. Minera Autlán cerró.", ["La Cía. Minera Autlán cerró."]),
    ("es", "Pérez y Cía. El negocio quebró.", ["Pérez y Cía.", "El negocio quebró."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_company_form(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


def test_forms_are_per_language() -> None:
    # English has no list: "S.A." goes on before a name there, as before
    assert not rules_for("en").company_forms
    assert "ltda" in rules_for("pt").company_forms
    assert "sl" in rules_for("es").company_forms
