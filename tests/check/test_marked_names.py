"""name-mismatch where German marks the name: a surname after a first name or title, a
company's name before its legal form (check/marked_names.py)."""

from __future__ import annotations

import pytest
from check_helpers import findings

CODE = "name-mismatch"


# Written for this test, from the de -> en legal walk (walk_de P3): the names changed to
# one of the same initial, or much alike, that person_names takes for one name.
@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    ("Vertreten wird die Gesellschaft durch Thomas Schmidt.",
     "The company is represented by Thomas Schneider.", "de", "en",
     "names differ: Schmidt missing in the target; Schneider not in the source"),
    ("Vertreten wird die Gesellschaft durch Herrn Dr. Thomas Schmidt.",
     "The company is represented by Dr. Thomas Schneider.", "de", "en",
     "names differ: Schmidt missing in the target; Schneider not in the source"),
    ("Die Sitzung leitete Frau Dr. Schmidt.", "The meeting was chaired by Dr. Schneider.",
     "de", "en", "names differ: Schmidt missing in the target; Schneider not in the source"),
    ("The company is represented by Thomas Schneider.",
     "Die Gesellschaft wird durch Thomas Schmidt vertreten.", "en", "de",
     "names differ: Schneider missing in the target; Schmidt not in the source"),
    ("Geschäftsführerin ist Anna Schmidt.", "La gerente es Anna Sánchez.", "de", "es",
     "names differ: Schmidt missing in the target; Sánchez not in the source"),
    ("Geschäftsführerin ist Anna Schmidt.", "Генеральный директор — Анна Шульц.", "de", "ru",
     "names differ: Schmidt missing in the target; Шульц not in the source"),
    ("Die Müller Maschinenbau GmbH liefert die Anlage.",
     "Müller Anlagenbau GmbH delivers the plant.", "de", "en",
     "names differ: Maschinenbau missing in the target; Anlagenbau not in the source"),
    ("Die Müller Maschinenbau GmbH liefert die Anlage.",
     "La empresa Müller Anlagenbau GmbH entrega la instalación.", "de", "es",
     "names differ: Maschinenbau missing in the target; Anlagenbau not in the source"),
    ("Müller Anlagenbau AG delivers the plant.", "Die Müller Maschinenbau AG liefert.",
     "en", "de", "names differ: Anlagenbau missing in the target; Maschinenbau not in the "
     "source"),
    # a word of a company's name translated is reported too (a registered name is kept)
    ("Die Müller Maschinenbau GmbH liefert.", "The Müller Mechanical Engineering GmbH "
     "delivers.", "de", "en",
     "names differ: Maschinenbau missing in the target; Mechanical not in the source"),
    # one name spelled two ways, or in a case form; Cyrillic as it sounds
    ("Vertreten wird die Gesellschaft durch Thomas Müller.",
     "The company is represented by Thomas Mueller.", "de", "en", None),
    ("Thomas Schmidts Vertrag gilt weiter.", "Thomas Schmidt's contract remains in force.",
     "de", "en", None),
    ("Geschäftsführerin ist Anna Schmidt.", "Генеральный директор — Анна Шмидт.", "de", "ru",
     None),
    ("Die Sitzung leitete Frau Dr. Weber.", "The meeting was chaired by Dr. Weber.", "de",
     "en", None),
    ("Anwesend waren Thomas Schmidt und Petra Becker.",
     "Present were Thomas Schmidt and Petra Becker.", "de", "en", None),
    ("Thomas Schmidt traf Thomas Becker.", "Thomas Schmidt met Thomas Becker.", "de", "en",
     None),
    ("Die Müller Maschinenbau GmbH liefert die Anlage.",
     "Müller Maschinenbau GmbH delivers the plant.", "de", "en", None),
    ("Die Müller Maschinenbau GmbH & Co. KG liefert.",
     "Müller Maschinenbau GmbH & Co. KG delivers.", "de", "en", None),
    ("Vertragspartner ist die Deutschen Bank AG in Frankfurt.",
     "The contracting party is Deutsche Bank AG in Frankfurt.", "de", "en", None),
    # a company's changed word before the shared one (walk de finding 7)
    ("Anmelderin: Kessler Antriebstechnik GmbH, Reutlingen",
     "Applicant: Kettler Antriebstechnik GmbH, Reutlingen", "de", "en",
     "names differ: Kessler missing in the target; Kettler not in the source"),
    ("Die Kessler Antriebstechnik GmbH liefert.", "Hoffmann Antriebstechnik GmbH delivers.",
     "de", "en", "names differ: Kessler missing in the target; Hoffmann not in the source"),
    ("Der Vertrag mit Kessler Antriebstechnik Süd GmbH gilt.",
     "The contract with Kettler Antriebstechnik Süd GmbH applies.", "de", "en",
     "names differ: Kessler missing in the target; Kettler not in the source"),
    # a sentence's article before the name, a word before it translated: no name changed
    ("Die Kessler Antriebstechnik GmbH liefert.",
     "The Kessler Antriebstechnik GmbH delivers.", "de", "en", None),
    ("Firma Kessler Antriebstechnik GmbH liefert.",
     "Company Kessler Antriebstechnik GmbH delivers.", "de", "en", None),
    # limits: a title translated (no same word before), a name changed with none shared,
    # another legal form
    ("Die Sitzung leitete Herr Hübner.", "The meeting was chaired by Mr Huber.", "de", "en",
     None),
    ("Vertreten durch Prof. Dr. Schmidt.", "Represented by Prof. Schneider.", "de", "en",
     None),
    ("Die Müller GmbH liefert.", "Schmidt GmbH delivers.", "de", "en", None),
    ("Die Müller Maschinenbau GmbH liefert.", "Müller Anlagenbau Ltd delivers.", "de", "en",
     None),
    # no German side: the same-initial names stay one name translated (Juan, John)
    ("Firmó Ana Gutiérrez Soler.", "Signed by Ana Gutiérrez Sánchez.", "es", "en", None),
])
def test_marked_names(source: str, target: str, src_lang: str, tgt_lang: str,
                      message: str | None) -> None:
    got = findings([(source, target)], code=CODE, src_lang=src_lang, tgt_lang=tgt_lang)
    assert [f.message for f in got] == ([message] if message else [])


def test_the_finding_points_at_both_names() -> None:
    source, target = "Es unterschreibt Thomas Schmidt.", "Signed by Thomas Schneider."
    (got,) = findings([(source, target)], code=CODE, src_lang="de", tgt_lang="en")
    assert got.src_span is not None and got.tgt_span is not None
    assert source[slice(*got.src_span)] == "Schmidt"
    assert target[slice(*got.tgt_span)] == "Schneider"
