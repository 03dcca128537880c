"""repeated-mark: positive and negative cases, written by hand."""

from __future__ import annotations

import pytest
from check_helpers import findings


@pytest.mark.parametrize(("source", "target", "tgt_lang", "found"), [
    ("Llegó, y se fue.", "He came,, and left.", "en", [",,"]),
    ("Llegó.", "He came..", "en", [".."]),
    ("Llegó. Se fue.", "He came.. He left.", "en", [".."]),
    ("Dos partes; una.", "Two parts;; one.", "en", [";;"]),
    ("Nota: nada.", "Note:: nothing.", "en", ["::"]),
    ("He came.", "他来了。。", "zh", ["。。"]),
    ("He came, and left.", "他来了，，又走了。", "zh", ["，，"]),
    ("Apples, pears.", "りんご、、なし。", "ja", ["、、"]),
    ("Hola, y adiós.", "مرحبا،، وداعا.", "ar", ["،،"]),
    ("He came. He left.", "他来了。。我们走了。", "zh", ["。。"]),
    ("¿Qué?", "What??", "en", ["??"]),
    ("¡Basta!", "Enough!!", "en", ["!!"]),
    ("¡Basta!", "Enough!?!", "en", ["!?!"]),
    ("Llegó, y se fue.", "He came,,, and left.", "en", [",,,"]),
    # two marks, each once (the corpus's "i.e.,"); a mark's twin of another width too
    ("(es decir, electoral)", "(i.e., electoral)", "en", []),
    ("¿Qué?", "What?.", "en", []),
    ("Hola, y adiós.", "Hello,， and goodbye.", "en", [",，"]),
    # an ellipsis is no doubled stop: three dots, four (ellipsis and full stop), …, spaced
    ("Y entonces...", "And then...", "en", []),
    ("Y entonces...", "And then....", "en", []),
    ("Y entonces…", "And then….", "en", []),
    ("Y entonces...", "And then. . .", "en", []),
    ("Y entonces...", "And then. ..", "en", []),
    ("Y entonces...", "他来了。。。", "zh", []),
    # ?! and !? are one mark; emphasis the source has too is kept
    ("¿¡Qué!?", "What?!", "en", []),
    ("¿Qué?", "What!?", "en", []),
    ("¡¡Basta!!", "Enough!!", "en", []),
    ("¿¿Qué??", "What??", "en", []),
    ("¿¡Qué!?", "What!!", "en", []),
    ("Very good!!", "¡¡Muy bien!!", "es", []),
    # the source doubles the same mark (its ASCII twin too); another mark is no excuse
    ("Llegó,, y se fue.", "He came,, and left.", "en", []),
    ("He came..", "他来了。。", "zh", []),
    ("Llegó,, y se fue.", "He came.. He left.", "en", [".."]),
    # numbers, code, paths, web addresses, a German quote typed with two commas
    ("Del 1 al 10.", "From 1..10.", "en", []),
    ("Usa vector.", "Use std::vector.", "en", []),
    ("Usa ::before.", "Use ::before.", "en", []),
    ("Sube un nivel.", "Go up with cd ../docs now.", "en", []),
    ("Véase la página.", "See https://example.org/a..b,,c.", "en", []),
    ("Dijo «hola».", "Er sagte ,,Hallo\".", "de", []),
    ("Los datos.", "Die Daten 1,,000.", "de", []),
])
def test_repeated_mark(source: str, target: str, tgt_lang: str, found: list[str]) -> None:
    got = findings([(source, target)], code="repeated-mark", tgt_lang=tgt_lang,
                   src_lang="en" if tgt_lang == "es" else "es")
    assert [f.found for f in got] == found
    for f in got:
        assert f.tgt_span is not None and target[f.tgt_span[0]:f.tgt_span[1]] == f.found


def test_only_the_target_is_checked() -> None:
    assert findings([("Llegó..", "He came.")], code="repeated-mark") == []

