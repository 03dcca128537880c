"""calendar-case and date-comma (check/date_names.py).  Sentences written by hand for
this test; the first three are the s31 walk's (E01, E11, ch08)."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.date_names import (
    Names,
    capitalised_names,
    comma_dates,
    names_of,
    parse_calendar,
)


def _names(lang: str) -> Names:
    names = names_of(lang)
    assert names is not None
    return names


def _words(text: str, lang: str = "es") -> list[str]:
    return [text[a:b] for a, b in capitalised_names(text, _names(lang))]


@pytest.mark.parametrize(("text", "words"), [
    ("La noche del 18 de Marzo de 1938, el presidente habló por radio.", ["Marzo"]),
    ("Lo planteó en la mañana del Jueves 17 de marzo.", ["Jueves"]),
    ("el acuerdo definitivo del 29 de Agosto de 1947 fijó la indemnización", ["Agosto"]),
    ("El 18 de Marzo de 1938 habló.", ["Marzo"]),  # "El" starts the sentence: no name
    ("Llegó el Jueves y se fue el lunes.", ["Jueves"]),
    ("Cada semana, el Miercoles 3 y el Sábado.", ["Miercoles", "Sábado"]),  # no accent
    ("Se reúnen todos los Lunes.", ["Lunes"]),
    # lower case, as Spanish writes them
    ("El 18 de marzo de 1938, el jueves 17, cada lunes.", []),
    # a sentence, a quotation or a colon's start
    ("Marzo de 1938 fue duro. Jueves 17 de marzo: llegó.", []),
    ("Dijo: «Marzo de 1938 fue duro».", []),
    ("Fecha: Marzo de 1938.", []),
    # names and feasts
    ("Vivía en la Avenida 9 de Julio, cerca de la Plaza de Mayo.", []),
    ("El Primero de Mayo, el Viernes Santo y el Domingo de Ramos.", []),
    ("Leía la revista El Jueves en la Clínica Mayo.", []),
    ("Plácido Domingo cantó; Abril llegó tarde en Marzo.", []),  # a name alone, no date
    # a title-like line; capitals throughout
    ("Las Elecciones Del 18 De Marzo De 1938", []),
    ("EL 18 DE MARZO DE 1938", []),
])
def test_capitalised_names_es(text: str, words: list[str]) -> None:
    assert _words(text) == words


@pytest.mark.parametrize(("lang", "text", "words"), [
    ("fr", "Il est venu le Jeudi 3 Mars, la planète Mars brillait.", ["Jeudi", "Mars"]),
    ("fr", "Le Vendredi saint et le Mardi gras.", []),  # feasts
    ("fr", "Vendredi regardait la mer.", []),  # Robinson's Friday: a name
    ("ca", "Va arribar el 18 d'Agost de 1938.", ["Agost"]),
    ("pt", "Chegou na Quinta-feira, 18 de Março.", ["Quinta-feira", "Março"]),
    ("it", "Arrivò il Giovedì 3 Marzo 1938.", ["Giovedì", "Marzo"]),
    ("nl", "Hij kwam op Donderdag 18 Maart.", ["Donderdag", "Maart"]),
])
def test_capitalised_names_other_languages(lang: str, text: str, words: list[str]) -> None:
    assert _words(text, lang) == words


@pytest.mark.parametrize(("text", "dates"), [
    ("Pemex se creó el 7 de junio, 1938. Sus primeros años", ["7 de junio, 1938"]),  # E23
    ("el 7 de Junio , 1938", ["7 de Junio , 1938"]),
    ("Pemex se creó el 7 de junio de 1938.", []),
    ("El lunes, 7 de junio de 1938, llovió.", []),  # the weekday's comma
    ("En junio, 1938 personas votaron.", []),  # no day: a count
    ("Vinieron 300 en junio, 1938 fue duro.", []),  # 300 is no day
])
def test_comma_dates(text: str, dates: list[str]) -> None:
    assert [text[a:b] for a, b in comma_dates(text, _names("es"))] == dates


def test_findings_name_the_word_and_only_lower_case_languages() -> None:
    pair = ("on 18 March 1938, founded June 7, 1938",
            "el 18 de Marzo de 1938, fundada el 7 de junio, 1938")
    case, comma = findings([pair], src_lang="en", tgt_lang="es")
    assert (case.code, case.found, case.tgt_span) == ("calendar-case", "Marzo", (9, 14))
    assert case.message == ("'Marzo' capitalised: the target's language writes a month's "
                            "name lower case ('marzo')")
    assert (comma.code, comma.found) == ("date-comma", "7 de junio, 1938")
    # English and German capitalise them: no calendar.txt fact
    assert findings([(pair[1], pair[0])], src_lang="es", tgt_lang="en",
                    code="calendar-case") == []
    assert names_of("de") is None and names_of("en") is None
    assert names_of("es-MX") is not None


def test_calendar_data_refuses_a_word_before_any_section() -> None:
    assert parse_calendar("# c\n[months]\nenero\n", name="x") == {"months": ["enero"]}
    with pytest.raises(ValueError, match=r"x:2: 'enero' before any \[section\]"):
        parse_calendar("# c\nenero\n", name="x")
