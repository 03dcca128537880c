"""Numbers in digits the other side says without them: multiples, the one of a rate,
an amount in another size of its unit (check/said_numbers.py)."""

from __future__ import annotations

import pytest
from check_helpers import findings


# Written for this test, after the Japanese manual's walk (２倍 / double, １㎡あたり /
# per m²) and the pharma walk (1,500 mg / 1,5 g).
@pytest.mark.parametrize(("src_lang", "tgt_lang", "source", "target"), [
    ("ja", "en", "暖機時間を２倍にしてください。", "Double the warm-up time."),
    ("ja", "en", "時間を2倍にする。", "It takes twice as long."),
    ("ja", "en", "時間を3倍にする。", "Triple the time."),
    ("ja", "en", "時間を3倍にする。", "Make it three times longer."),
    ("de", "en", "Die Strafe beträgt das 2-fache.", "The penalty is double."),
    ("ja", "en", "床面の耐荷重は1 m²あたり2,000 kg以上必要です。",
     "The floor must support at least 2,000 kg per m²."),
    ("ja", "en", "１㎡あたり2,000 kgです。", "It is 2,000 kg per m²."),
    ("ja", "en", "1 kg当たり500円です。", "It costs 500 yen a kilogram."),
    ("de", "en", "Es kostet 5 EUR je 1 kg.", "It costs 5 EUR per kg."),
    ("en-US", "pt-BR", "The dose is 1,500 mg.", "A dose é de 1,5 g."),
    ("en", "de", "Take 250 µg daily.", "Nehmen Sie täglich 0,25 mg ein."),
    ("en", "fr", "Add 0.5 l of water.", "Ajoutez 500 ml d'eau."),
    ("en", "de", "It weighs 2.5 kg.", "Es wiegt 2500 g."),
])
def test_a_number_said_another_way_passes(src_lang: str, tgt_lang: str, source: str,
                                          target: str) -> None:
    assert findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                    tgt_lang=tgt_lang) == []


@pytest.mark.parametrize(("src_lang", "tgt_lang", "source", "target", "missing"), [
    ("ja", "en", "時間を3倍にする。", "Double the time.", ("3",)),
    # per 10 m² writes its own number
    ("ja", "en", "1 m²あたり2,000 kgです。", "It is 2,000 kg per 10 m².", ("1",)),
    # a 1 with no per word: no rate
    ("ja", "en", "1 m²の床に2,000 kgです。", "It is 2,000 kg per m².", ("1",)),
    # the same unit with another number, or another amount in another size
    ("en-US", "pt-BR", "The dose is 1,500 mg.", "A dose é de 15 g.", ("1500",)),
    ("en", "de", "Take 250 µg daily.", "Nehmen Sie täglich 2,5 mg ein.", ("250",)),
    # another quantity is no conversion
    ("en", "de", "Add 1000 mg.", "Fügen Sie 1 l hinzu.", ("1000",)),
])
def test_a_number_changed_is_still_reported(src_lang: str, tgt_lang: str, source: str,
                                            target: str, missing: tuple[str, ...]) -> None:
    [f] = findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert f.expected == missing
