"""number-mismatch of copied numbers and repeated reference numerals (check/numerals.py).
Sentences written by hand for this test."""

from __future__ import annotations

import pytest
from check_helpers import findings


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang"), [
    # s38 walk5 item 1: an identity card and registry data copied character for character
    ("Con DNI 24.381.977-K.", "Holder of national identity card 24.381.977-K.", "es", "en"),
    ("Inscrita en el Registro Mercantil de Valencia, tomo 10.245, folio 87, hoja V-171.339.",
     "Registered in the Commercial Registry of Valencia, volume 10.245, folio 87, "
     "sheet V-171.339.", "es", "en"),
    # s38 walk3 item 7: a cited US patent kept as printed in German
    ("US 5,123,456 discloses a fin.", "Die US 5,123,456 offenbart eine Rippe.", "en", "de"),
    ("Siehe DE 10 2019 123.456 A1.", "See DE 10 2019 123.456 A1.", "de", "en"),
])
def test_a_number_copied_as_written_is_no_mismatch(source: str, target: str, src_lang: str,
                                                   tgt_lang: str) -> None:
    assert findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                    tgt_lang=tgt_lang) == []


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    ("Con DNI 24.381.977-K.", "Holder of national identity card 24.381.978-K.", "es", "en",
     "numbers differ: 24381977 missing in the target; 24.381.978 not in the source"),
    ("US 5,123,456 discloses a fin.", "Die US 5,123,465 offenbart eine Rippe.", "en", "de",
     "numbers differ: 5123456 missing in the target; 5,123,465 not in the source"),
    ("El paquete pesa 1.500 kg.", "The parcel weighs 1.600 kg.", "es", "en",
     "numbers differ: 1500 missing in the target; 1.6 not in the source"),
    ("Son 1.500 euros.", "It is 2,500 euros.", "es", "en",
     "numbers differ: 1500 missing in the target; 2500 not in the source"),
    # written alike but signed on one side only: another number
    ("Bajó a -1.500 m.", "It fell to 1.500 m.", "es", "en",
     "numbers differ: -1500 missing in the target; 1.5 not in the source"),
])
def test_a_changed_number_is_still_reported(source: str, target: str, src_lang: str,
                                           tgt_lang: str, message: str) -> None:
    found = findings([(source, target)], code="number-mismatch", src_lang=src_lang,
                     tgt_lang=tgt_lang)
    assert [f.message for f in found] == [message]


@pytest.mark.parametrize(("source", "target", "tgt_lang"), [
    # s38 walk3 item 2: a Japanese claim names its subject and its parts again
    ("1. A heat exchanger (1) comprising a tube (10).",
     "【請求項１】 チューブ（10）を備える熱交換器（1）であって、前記チューブ（10）が扁平で"
     "あることを特徴とする熱交換器（1）。", "ja"),
    ("A valve (3) and a pump (5).", "Ein Ventil (3) und eine Pumpe (5) und die Pumpe (5).",
     "de"),
    ("The fin (12a) and the fin (12a) again.", "Die Rippe (12a) ist gewellt.", "de"),
])
def test_a_repeated_reference_numeral_is_counted_once(source: str, target: str,
                                                      tgt_lang: str) -> None:
    assert findings([(source, target)], code="number-mismatch", src_lang="en",
                    tgt_lang=tgt_lang) == []


@pytest.mark.parametrize(("source", "target", "message"), [
    # a numeral lost, beside one written twice
    ("It holds a first tank (22) and a second tank (24).",
     "Er enthält einen ersten Tank (22) und einen zweiten Tank (22).",
     "numbers differ: 24 missing in the target"),
    # written outside parentheses on one side: counted as any number
    ("A valve (3) and a pump 5.", "Ein Ventil (3) und eine Pumpe (5) und die Pumpe (5).",
     "numbers differ: 5 added in the target (twice in the target, once in the source)"),
    # a number in words then in digits is no reference numeral: still counted
    ("The term is thirty (30) days and a further thirty (30) days.",
     "Die Frist beträgt (30) Tage.",
     "numbers differ: 30 missing in the target (twice in the source, once in the target)"),
    # a lettered numeral lost beside one written twice
    ("The fins (12a) and (12b).", "Die Rippe (12a) und die Rippe (12a).",
     "numbers differ: 12b missing in the target"),
    # an ordinary number repeated is still counted
    ("The pump (5) runs 5 hours.", "Die Pumpe (5) läuft 5 Stunden und 5 Minuten.",
     "numbers differ: 5 added in the target (3 times in the target, twice in the source)"),
])
def test_numbers_beside_reference_numerals_are_counted(source: str, target: str,
                                                        message: str) -> None:
    found = findings([(source, target)], code="number-mismatch", src_lang="en",
                     tgt_lang="de")
    assert [f.message for f in found] == [message]
