"""Testers' cases (session 26): abbreviations of Polish, Russian, Greek, Ukrainian and
English, a word after a number, a lower-case name after a stop (``iOS``), and
``!``/``?`` before a number in Korean; (session 27) a Persian initialism whose letter
keeps its zero-width joiner.

Each case is (language, text, expected sentences), written by hand.
"""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences

CASES = [
    # Polish: per cent and thousands after a number, saints, avenues, squares, names
    ("pl", "Kosztowało to 60 proc. więcej niż planowano.",
     ["Kosztowało to 60 proc. więcej niż planowano."]),
    ("pl", "Wzrost wyniósł 60 proc. Potem spadł.", ["Wzrost wyniósł 60 proc.", "Potem spadł."]),
    ("pl", "Zarobił 5 tys. Potem wyjechał.", ["Zarobił 5 tys.", "Potem wyjechał."]),
    ("pl", "Kościół św. Anny stoi przy al. Jerozolimskich 5. Obok jest pl. Defilad.",
     ["Kościół św. Anny stoi przy al. Jerozolimskich 5.", "Obok jest pl. Defilad."]),
    ("pl", "Szkoła im. Adama Mickiewicza jest duża. Mszę odprawił ks. Jan Nowak.",
     ["Szkoła im. Adama Mickiewicza jest duża.", "Mszę odprawił ks. Jan Nowak."]),
    # Polish contracts: paragraphs, points, the journal of laws, later changes
    ("pl", "Zgodnie z art. 5 ust. 2 pkt. 3, tj. Dz. U. z 2023 r. poz. 1605 z późn. zm. "
           "Strony ustalają cenę.",
     ["Zgodnie z art. 5 ust. 2 pkt. 3, tj. Dz. U. z 2023 r. poz. 1605 z późn. zm.",
      "Strony ustalają cenę."]),
    ("pl", "Dostarczono 10 szt. Reszta przyjdzie jutro.",
     ["Dostarczono 10 szt.", "Reszta przyjdzie jutro."]),
    # Russian
    ("ru", "Экспертиза проводится в центре им. И. П. Кулибина. Потом решим.",
     ["Экспертиза проводится в центре им. И. П. Кулибина.", "Потом решим."]),
    ("ru", "Он живёт на пл. Победы. Оплата 875 000 руб. Потом всё.",
     ["Он живёт на пл. Победы.", "Оплата 875 000 руб.", "Потом всё."]),
    ("ru", "Согласно п. 3.2 и ст. 15 договора, в т. ч. НДС. Это важно.",
     ["Согласно п. 3.2 и ст. 15 договора, в т. ч. НДС.", "Это важно."]),
    # Greek: squares and streets; π.μ. and μ.μ. as English a.m. and p.m.
    ("el", "Ανοίγουν αίθουσες στην πλ. Κοτζιά. Από τις 8 π.μ. έως τις 8 μ.μ. Θα ανοίξει;",
     ["Ανοίγουν αίθουσες στην πλ. Κοτζιά.", "Από τις 8 π.μ. έως τις 8 μ.μ.", "Θα ανοίξει;"]),
    ("el", "Στην οδ. Σταδίου 5 και στη λεωφ. Αλεξάνδρας. Βλ. άρθ. 5 του ν. 4412/2016.",
     ["Στην οδ. Σταδίου 5 και στη λεωφ. Αλεξάνδρας.", "Βλ. άρθ. 5 του ν. 4412/2016."]),
    # Ukrainian
    ("uk", "Шановні мешканці будинку № 14 на вул. Шевченка! Роботи виконує інж. "
           "О. В. Коваленка.",
     ["Шановні мешканці будинку № 14 на вул. Шевченка!",
      "Роботи виконує інж. О. В. Коваленка."]),
    ("uk", "Це було у 2024 р. Потім він переїхав до м. Київ, і т. д. Далі.",
     ["Це було у 2024 р.", "Потім він переїхав до м. Київ, і т. д.", "Далі."]),
    ("uk", "Пишіть на ел. пошту. Школа ім. Т. Шевченка, буд. 5. Кінець.",
     ["Пишіть на ел. пошту.", "Школа ім. Т. Шевченка, буд. 5.", "Кінець."]),
    # English: a version before its number, as No. and vol.
    ("en", "Last updated: December 4, 2026 (for Ver. 3.2.1)",
     ["Last updated: December 4, 2026 (for Ver. 3.2.1)"]),
    ("en", "See ver. 3.2 for details. It is new.", ["See ver. 3.2 for details.", "It is new."]),
    # a name in lower case with a capital inside opens a sentence as a capitalised word
    ("en", 'Click "Update". iOS users are fine.', ['Click "Update".', "iOS users are fine."]),
    ("en", "It works (on Linux). iPhone users too.",
     ["It works (on Linux).", "iPhone users too."]),
    ("en", "We met at 5 p.m. macOS users left.", ["We met at 5 p.m.", "macOS users left."]),
    ("en", "the U.S. iPhone market grew.", ["the U.S. iPhone market grew."]),
    ("en", 'Click "Update". users are fine.', ['Click "Update". users are fine.']),
    # after an abbreviation that does not end sentences, such a name is the text going on
    ("en", "Adjust the buffer to approx. pH 7.4 before use.",
     ["Adjust the buffer to approx. pH 7.4 before use."]),
    ("de", "Den Puffer auf ca. pH 7,4 einstellen.", ["Den Puffer auf ca. pH 7,4 einstellen."]),
    ("fr", "Il faut env. iOS 16.", ["Il faut env. iOS 16."]),
    ("es", "Ver pág. iOS.", ["Ver pág. iOS."]),
    ("en", "Works on most devices incl. iPhone and iPad.",
     ["Works on most devices incl. iPhone and iPad."]),
    # a short word after a number, before lower case, is a unit or a measure
    ("en", "It cost 60 xyz. more than planned.", ["It cost 60 xyz. more than planned."]),
    ("de", "Es kostete 60 Proz. mehr als geplant.", ["Es kostete 60 Proz. mehr als geplant."]),
    # (session 28) a letter's closing (atentamente) before its signer goes on
    ("es", "Le saluda atentamente. Atte. la Dirección.",
     ["Le saluda atentamente.", "Atte. la Dirección."]),
    # (session 28) a university before its city goes on; at the end of a sentence it ends
    ("de", "Er leitet das Institut der Univ. Bonn. Sie lehrt dort.",
     ["Er leitet das Institut der Univ. Bonn.", "Sie lehrt dort."]),
    ("de", "Sie studierte an der Techn. Univ. Dann ging sie nach Wien.",
     ["Sie studierte an der Techn. Univ.", "Dann ging sie nach Wien."]),
    # a longer one is a word, and so is a short one after no number
    ("it", "pesavo 46 chili. in alto, il laboratorio.",
     ["pesavo 46 chili.", "in alto, il laboratorio."]),
    ("en", "I fed the cats. then I left.", ["I fed the cats.", "then I left."]),
    # Korean: after a word of an uncased script, ! and ? end a sentence before a number
    ("ko", "서비스 센터에 문의하세요! 2024년부터 비용은 2만 원입니다.",
     ["서비스 센터에 문의하세요!", "2024년부터 비용은 2만 원입니다."]),
    ("ko", "문의하세요? 3월부터 바뀝니다.", ["문의하세요?", "3월부터 바뀝니다."]),
    ("en", "Call us now! 2024 will be great.", ["Call us now! 2024 will be great."]),
    # Persian: the solar hijri year, a heh with its zero-width joiner (ه‍.ش.), or without
    ("fa", "این مدرسه در سال ۱۳۹۸ ه\u200d.ش. ساخته شد. اکنون باز است.",
     ["این مدرسه در سال ۱۳۹۸ ه\u200d.ش. ساخته شد.", "اکنون باز است."]),
    ("fa", "این مدرسه در سال ۱۳۹۸ ه.ش. ساخته شد.", ["این مدرسه در سال ۱۳۹۸ ه.ش. ساخته شد."]),
    # (session 34) German Teil before its number, as Bd. and Anm. are
    ("de", "Die Zahl steht in Bd. II, Tl. 1, Anm. 14 des Berichts. Sie stimmt.",
     ["Die Zahl steht in Bd. II, Tl. 1, Anm. 14 des Berichts.", "Sie stimmt."]),
    # (session 34) a short title cited by book and chapter inside brackets goes on
    ("es", "La frase se atribuye a Cicerón (De orat. II, 9). Su sentido es claro.",
     ["La frase se atribuye a Cicerón (De orat. II, 9).", "Su sentido es claro."]),
    ("en", "Cicero says so (Tusc. 1, 2). Then he left.",
     ["Cicero says so (Tusc. 1, 2).", "Then he left."]),
    # (session 34) a final abbreviation listed in lower case that opens its sentence is a
    # note of its own before a capital, in every language; a capitalised name part goes on
    ("en", "Ibid. See also n. 3 of this chapter.", ["Ibid.", "See also n. 3 of this chapter."]),
    ("es", "Ibid. Véase también la n. 3 de este capítulo.",
     ["Ibid.", "Véase también la n. 3 de este capítulo."]),
    ("fr", "Ibid. Voir aussi la n. 3.", ["Ibid.", "Voir aussi la n. 3."]),
    ("de", "Ibid. Siehe auch Anm. 3.", ["Ibid.", "Siehe auch Anm. 3."]),
    ("es", "Cía. Minera del Norte. Vende cobre.", ["Cía. Minera del Norte.", "Vende cobre."]),
    # ... but outside brackets, or before a word, the stop ends the sentence
    ("en", "He read it (in Rome. Then he left).", ["He read it (in Rome.", "Then he left)."]),
    ("en", "It was the end of part. II, the sequel, came later.",
     ["It was the end of part.", "II, the sequel, came later."]),
    # (session 38, a patent translator's walk) patent references chain [number]
    # abbreviations before the number: no end after "Pat." ("U.S. Pat." stood alone)
    ("en", "U.S. Pat. No. 5,123,456 discloses a similar fin. The value is approx. 3 µm.",
     ["U.S. Pat. No. 5,123,456 discloses a similar fin.", "The value is approx. 3 µm."]),
    ("en", "See U.S. Pat. Appl. Publ. No. 2005/0123456 A1. It is cited.",
     ["See U.S. Pat. Appl. Publ. No. 2005/0123456 A1.", "It is cited."]),
    ("en", "U.S. Ser. No. 10/123,456 was filed. U.S. Pat. Appl. No. 12/345,678 is cited.",
     ["U.S. Ser. No. 10/123,456 was filed.", "U.S. Pat. Appl. No. 12/345,678 is cited."]),
    ("en", "Compare U.S. Pat. Nos. 5,000,001 and 5,000,002. U.S. Pub. No. 2010/0001 too.",
     ["Compare U.S. Pat. Nos. 5,000,001 and 5,000,002.", "U.S. Pub. No. 2010/0001 too."]),
    # ... but a name before a word is still a sentence's end
    ("en", "I called Pat. No one answered.", ["I called Pat.", "No one answered."]),
    ("en", "We met Pat. Smith came too.", ["We met Pat.", "Smith came too."]),
    ("de", "Die Offenlegungsschrift Nr. 2 345 678 beschreibt eine Rippe. Die DE-OS 2 345 678 "
     "zeigt das.", ["Die Offenlegungsschrift Nr. 2 345 678 beschreibt eine Rippe.",
                    "Die DE-OS 2 345 678 zeigt das."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_split(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected
