"""Testers' cases (session 25): abbreviations before amounts, address and
institution abbreviations, times, company suffixes and numbered labels.

Each case is (language, text, expected sentences), written by hand.
"""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences

AMOUNT_CASES = [
    # an abbreviation before numbers goes on before an amount of money
    ("en", "The study cost approx. EUR 1.2 million.", ["The study cost approx. EUR 1.2 million."]),
    ("en", "The fee is approx. €300 a month.", ["The fee is approx. €300 a month."]),
    ("en", "It was approx. US$ 40 a share.", ["It was approx. US$ 40 a share."]),
    ("es", "El estudio costó aprox. EUR 1,2 millones.",
     ["El estudio costó aprox. EUR 1,2 millones."]),
    ("es", "La cuota es de aprox. $300 al mes.", ["La cuota es de aprox. $300 al mes."]),
    # a code of three capitals with no amount after it is a word like any other
    ("en", "The total was approx. NATO members paid the rest.",
     ["The total was approx.", "NATO members paid the rest."]),
    ("en", "We paid in cash. EUR 300 remained.", ["We paid in cash.", "EUR 300 remained."]),
    # only an abbreviation of "about" goes on: others end the sentence before an amount
    ("en", "Is delivery free? No. $5 is charged per order.",
     ["Is delivery free?", "No.", "$5 is charged per order."]),
    ("en", "Apartment of 850 sq ft. $2,400 per month, bills included.",
     ["Apartment of 850 sq ft.", "$2,400 per month, bills included."]),
    ("en", "Group size: 12 people max. €25 per person.",
     ["Group size: 12 people max.", "€25 per person."]),
    ("es", "¿Es gratis? No. $5 al mes.", ["¿Es gratis?", "No.", "$5 al mes."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), AMOUNT_CASES)
def test_amounts(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected

INSTITUTION_CASES = [
    # address and institution abbreviations run on into what names them
    ("es", "Trabaja en la Univ. de Salamanca desde 2020.",
     ["Trabaja en la Univ. de Salamanca desde 2020."]),
    ("es", "Vive junto a la Ctra. de Valencia.", ["Vive junto a la Ctra. de Valencia."]),
    ("es", "Lo aprobó el Ayto. de Madrid ayer.", ["Lo aprobó el Ayto. de Madrid ayer."]),
    ("es", "Se fue al Inst. de Estudios Fiscales.", ["Se fue al Inst. de Estudios Fiscales."]),
    ("es", "La sede está en el Edif. de Servicios del Pol. Ind. de Alcobendas.",
     ["La sede está en el Edif. de Servicios del Pol. Ind. de Alcobendas."]),
    ("es", "Estudió en la Univ. Complutense y luego se fue.",
     ["Estudió en la Univ. Complutense y luego se fue."]),
    # at the end of a sentence they close it before a starter
    ("es", "La licencia la concede el Ayto. El plazo es de un mes.",
     ["La licencia la concede el Ayto.", "El plazo es de un mes."]),
    ("en", "She works at the Inst. of Technology.", ["She works at the Inst. of Technology."]),
    ("en", "He taught at the Coll. of Arts for years.",
     ["He taught at the Coll. of Arts for years."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), INSTITUTION_CASES)
def test_institution_abbreviations(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected

TIME_CASES = [
    # a unit letter after a time or a decimal closes the sentence before a capitalised word
    ("es", "La reunión empieza a las 10.30 h. Traiga el DNI.",
     ["La reunión empieza a las 10.30 h.", "Traiga el DNI."]),
    ("es", "La reunión empieza a las 10:30 h. Sea puntual.",
     ["La reunión empieza a las 10:30 h.", "Sea puntual."]),
    ("es", "La reunión empieza a las 10 h. Sea puntual.",
     ["La reunión empieza a las 10 h.", "Sea puntual."]),
    ("es", "El muro mide 2,5 m. Luego se pinta.", ["El muro mide 2,5 m.", "Luego se pinta."]),
    # before lower case it goes on
    ("es", "Abre a las 10.30 h. y cierra a las 14 h.",
     ["Abre a las 10.30 h. y cierra a las 14 h."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TIME_CASES)
def test_unit_letter_after_a_time(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected

LINE_END_SUFFIX_CASES = [
    # a company suffix at the end of a line, then a line that reads as a sentence
    ("en", "The company is Acme Inc.\nAccess is free.",
     ["The company is Acme Inc.", "Access is free."]),
    ("en", "This website is owned by Soluciones Ibéricas S.L.\nAccess to the site is free.",
     ["This website is owned by Soluciones Ibéricas S.L.", "Access to the site is free."]),
    ("es", "Este sitio es propiedad de Soluciones Ibéricas S.L.\nEl acceso es libre.",
     ["Este sitio es propiedad de Soluciones Ibéricas S.L.", "El acceso es libre."]),
    # wrapped text: a name or an acronym on the next line goes on
    ("en", "Shares of Acme Inc.\nChairman John Smith fell.",
     ["Shares of Acme Inc.\nChairman John Smith fell."]),
    ("en", "Shares of Acme Inc.\nCEO Jane Doe sold.", ["Shares of Acme Inc.\nCEO Jane Doe sold."]),
    ("en", "A letter from John F.\nKennedy was read.",
     ["A letter from John F.\nKennedy was read."]),
    # on one line nothing changes: only a starter opens a sentence after a suffix
    ("en", "Shares of Acme Inc. Chairman John Smith sold.",
     ["Shares of Acme Inc. Chairman John Smith sold."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LINE_END_SUFFIX_CASES)
def test_suffix_at_the_end_of_a_line(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected

LABEL_CASES = [
    # multi-level numbers, section signs and heading words label the sentence they open
    ("es", "5.1. El interesado tendrá derecho a la información.",
     ["5.1. El interesado tendrá derecho a la información."]),
    ("es", "1.2.3. El plazo es de un mes.", ["1.2.3. El plazo es de un mes."]),
    ("es", "Artículo 5.2. El responsable deberá responder.",
     ["Artículo 5.2. El responsable deberá responder."]),
    ("es", "§ 3. Las sanciones se regirán por el Título IX.",
     ["§ 3. Las sanciones se regirán por el Título IX."]),
    ("es", "1. El interesado tendrá derecho a la información.",
     ["1. El interesado tendrá derecho a la información."]),
    ("es", "i. Lo dispuesto no se aplicará.", ["i. Lo dispuesto no se aplicará."]),
    ("en", "Article 5. The controller shall respond.",
     ["Article 5. The controller shall respond."]),
    ("en", "Section 2. The controller shall respond.",
     ["Section 2. The controller shall respond."]),
    ("en", "5.1. The data subject shall be informed.",
     ["5.1. The data subject shall be informed."]),
    # a heading and its title are one unit; the text after it is a sentence of its own
    ("es", "Artículo 1. Objeto.", ["Artículo 1. Objeto."]),
    ("es", "Artículo 1. Objeto. La presente ley regula el acceso.",
     ["Artículo 1. Objeto.", "La presente ley regula el acceso."]),
    # only at the start of a sentence: a reference inside one ends it as before
    ("es", "Lo dispone el Artículo 5. El plazo es de un mes.",
     ["Lo dispone el Artículo 5.", "El plazo es de un mes."]),
    ("en", "This is governed by Section 2. The rest is free.",
     ["This is governed by Section 2.", "The rest is free."]),
    ("en", "We upgraded to version 5.1. The bugs are gone.",
     ["We upgraded to version 5.1.", "The bugs are gone."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LABEL_CASES)
def test_numbered_labels(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a company's suffix after its name ends the sentence at a line's end...
    ("The supplier is Distribuciones Ibéricas S.L.\nAccess is free.",
     ["The supplier is Distribuciones Ibéricas S.L.", "Access is free."]),
    # ...an initialism after "the" is a name wrapped over the line
    ("It was released by the U.S.\nDepartment of State, the rules say.",
     ["It was released by the U.S.\nDepartment of State, the rules say."]),
    ("The grant was awarded by the U.K.\nGovernment and two foundations.",
     ["The grant was awarded by the U.K.\nGovernment and two foundations."]),
])
def test_an_initialism_at_a_line_end_after_a_name_only(text: str, expected: list[str]) -> None:
    assert split_sentences(text, "en") == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # letters in brackets after a word enumerate inside the sentence (a legal walk:
    # "Firmaron" stood alone as a sentence, "(a) García," and "(c) Soto." were units)
    ("es", "Firmaron (a) García, (b) Ruiz y (c) Soto.",
     ["Firmaron (a) García, (b) Ruiz y (c) Soto."]),
    ("en", "The parties are (a) the Client and (b) the Supplier.",
     ["The parties are (a) the Client and (b) the Supplier."]),
    # such a list opens after a colon, a stop or the block's start, as before
    ("es", "El Cliente deberá: (a) pagar las facturas; (b) facilitar acceso; y (c) designar "
     "un responsable.", ["El Cliente deberá:", "(a) pagar las facturas;",
                         "(b) facilitar acceso; y", "(c) designar un responsable."]),
    ("en", "(a) Check the oil. (b) Fill the tank.", ["(a) Check the oil.", "(b) Fill the tank."]),
])
def test_lettered_labels_in_brackets(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a number in brackets inside an item (legal texts write "treinta (30) días" in
    # almost every clause) is the item's text: the list goes on past it (a sworn
    # translator's walk: "c) ... (48) horas; d) no realizar obras" was one sentence)
    ("es", "Se obliga a: a) pagar la renta; b) permitir el acceso, previo aviso de cuarenta y "
     "ocho (48) horas; c) no realizar obras.",
     ["Se obliga a:", "a) pagar la renta;",
      "b) permitir el acceso, previo aviso de cuarenta y ocho (48) horas;",
      "c) no realizar obras."]),
    ("en", "The Tenant shall: a) pay the rent; b) allow access on forty-eight (48) hours "
     "notice; c) not carry out works.",
     ["The Tenant shall:", "a) pay the rent;",
      "b) allow access on forty-eight (48) hours notice;", "c) not carry out works."]),
    # the same with numbered items, more than one amount, and an amount before a comma
    ("es", "Debe: (1) pagar en treinta (30) días; (2) avisar con cinco (5) días y seis (6) "
     "horas; (3) abonar cien euros (100), en efectivo; (4) nada más.",
     ["Debe:", "(1) pagar en treinta (30) días;",
      "(2) avisar con cinco (5) días y seis (6) horas;",
      "(3) abonar cien euros (100), en efectivo;", "(4) nada más."]),
    # an amount in the last item ends nothing either
    ("es", "Se obliga a: a) pagar la renta; b) avisar con treinta (30) días.",
     ["Se obliga a:", "a) pagar la renta;", "b) avisar con treinta (30) días."]),
])
def test_a_number_in_brackets_inside_a_list_item(
        lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a translation that left an item out keeps the others apart (the same walk: the
    # English "b) ...; d) ..." was one sentence, so the left-out c) was no empty target)
    ("en", "The Tenant undertakes to: a) pay the rent; b) keep the dwelling; d) not carry "
     "out works.", ["The Tenant undertakes to:", "a) pay the rent;", "b) keep the dwelling;",
                    "d) not carry out works."]),
    # one gap after two items and a stop, no more: a label two on after one item, or
    # three on, starts no item
    ("es", "Se obliga a: a) pagar; c) nada.", ["Se obliga a: a) pagar; c) nada."]),
    ("en", "It must: a) pay; b) keep; e) go.", ["It must:", "a) pay;", "b) keep; e) go."]),
])
def test_a_list_with_an_item_left_out(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected
