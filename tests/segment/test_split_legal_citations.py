"""A German -> English legal translator's cases (session 40): the abbreviations of
German citations, "and following" before a statute, and enumerations with a list
inside an item.

Each case is (language, text, expected sentences), written by hand.
"""

from __future__ import annotations

import pytest

from aligner.segment import split_sentences

CITATION_CASES = [
    # [number] abbreviations of German citations: no end before their number
    ("de", "Siehe § 5 Abs. 2 S. 1 Hs. 2 BGB zur Frage. Ende.",
     ["Siehe § 5 Abs. 2 S. 1 Hs. 2 BGB zur Frage.", "Ende."]),
    ("de", "Siehe § 5 Abs. 2 Alt. 1 BGB zur Frage. Ende.",
     ["Siehe § 5 Abs. 2 Alt. 1 BGB zur Frage.", "Ende."]),
    ("de", "Siehe Rn. 12 sowie Rz. 4, Tz. 7 und Fn. 3 zur Frage. Ende.",
     ["Siehe Rn. 12 sowie Rz. 4, Tz. 7 und Fn. 3 zur Frage.", "Ende."]),
    ("de", "Siehe Art. 3 UAbs. 2 Buchst. b Var. 2 zur Frage. Ende.",
     ["Siehe Art. 3 UAbs. 2 Buchst. b Var. 2 zur Frage.", "Ende."]),
    ("de", "Siehe Kap. 3 Unterabs. 1 Halbs. 2 zur Frage. Ende.",
     ["Siehe Kap. 3 Unterabs. 1 Halbs. 2 zur Frage.", "Ende."]),
    ("de", "Siehe Bl. 45 d. A. zur Frage. Ende.", ["Siehe Bl. 45 d. A. zur Frage.", "Ende."]),
    ("de", "Siehe BGH, Urt. 12 zur Frage. Ende.", ["Siehe BGH, Urt. 12 zur Frage.", "Ende."]),
    # ... before a lower-case word (a date's "v.", "vom", an item's letter)
    ("de", "Vgl. OLG Köln, Beschl. v. 5.2.2021 (Az.: 19 U 12/20), Rn. 14 ff. sowie Urt. v. "
     "3. 4. 2019, S. 12. Das Gericht folgt dem.",
     ["Vgl. OLG Köln, Beschl. v. 5.2.2021 (Az.: 19 U 12/20), Rn. 14 ff. sowie Urt. v. "
      "3. 4. 2019, S. 12.", "Das Gericht folgt dem."]),
    ("de", "Siehe Vorb. zu § 194 zur Frage. Ende.", ["Siehe Vorb. zu § 194 zur Frage.", "Ende."]),
    # ... before a section sign, and before a series letter and its number
    ("de", "Siehe Vorb. § 194 Rn. 3 zur Frage. Ende.",
     ["Siehe Vorb. § 194 Rn. 3 zur Frage.", "Ende."]),
    ("de", "Siehe Anl. K 3 zur Frage. Ende.", ["Siehe Anl. K 3 zur Frage.", "Ende."]),
    ("de", "Das LG hat die Klage abgewiesen (Az. 2 O 567/22). Die Berufung ist zulässig.",
     ["Das LG hat die Klage abgewiesen (Az. 2 O 567/22).", "Die Berufung ist zulässig."]),
    ("de", "Das SG hat entschieden (Az. S 8 AL 2/20). Die Berufung ist zulässig.",
     ["Das SG hat entschieden (Az. S 8 AL 2/20).", "Die Berufung ist zulässig."]),
    # the citation's number ends the sentence, not the abbreviation before it
    ("de", "Er verjährt, vgl. Palandt, BGB, 80. Aufl. 2021, § 195 Rn. 3. Ferner gilt Nr. 5.",
     ["Er verjährt, vgl. Palandt, BGB, 80. Aufl. 2021, § 195 Rn. 3.", "Ferner gilt Nr. 5."]),
    # the part's number before it: "1. Alt.", "2. Hs." are ordinals, and the statute
    # after them goes on; a starter after them still opens a sentence
    ("de", "Siehe § 812 Abs. 1 S. 1 1. Alt. BGB zur Frage. Ende.",
     ["Siehe § 812 Abs. 1 S. 1 1. Alt. BGB zur Frage.", "Ende."]),
    ("de", "Das folgt aus S. 1 2. Hs. Der Senat folgt.",
     ["Das folgt aus S. 1 2. Hs.", "Der Senat folgt."]),
    # "st. Rspr." may end a sentence: before a starter, not before a court's name
    ("de", "Dies entspricht st. Rspr. Der Senat folgt.",
     ["Dies entspricht st. Rspr.", "Der Senat folgt."]),
    ("de", "Siehe st. Rspr. BGH NJW 2019, 1234. Ende.",
     ["Siehe st. Rspr. BGH NJW 2019, 1234.", "Ende."]),
    # "ff." and "et seq." before a statute's abbreviation go on; before a starter they end
    ("de", "Siehe §§ 280 ff. BGB zur Frage. Ende.", ["Siehe §§ 280 ff. BGB zur Frage.", "Ende."]),
    ("de", "Siehe §§ 242 ff. StGB zur Frage. Ende.", ["Siehe §§ 242 ff. StGB zur Frage.", "Ende."]),
    ("de", "Siehe §§ 280 ff. Der Senat folgt.", ["Siehe §§ 280 ff.", "Der Senat folgt."]),
    ("en", "See Sections 280 et seq. BGB on this. End two.",
     ["See Sections 280 et seq. BGB on this.", "End two."]),
    ("en", "See Sections 280 et seqq. HGB and pp. 12 ff. BGB on this. End.",
     ["See Sections 280 et seqq. HGB and pp. 12 ff. BGB on this.", "End."]),
    ("en", "See Sections 280 et seq. The next sentence follows.",
     ["See Sections 280 et seq.", "The next sentence follows."]),
    ("en", "See pp. 12 ff. The next one.", ["See pp. 12 ff.", "The next one."]),
    # no "and following": an acronym after "etc." still opens a sentence
    ("en", "We sell to Canada, Mexico, etc. USA sales grew.",
     ["We sell to Canada, Mexico, etc.", "USA sales grew."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CITATION_CASES)
def test_german_legal_citations(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


LOOKALIKE_CASES = [
    # "Alt." is a [number] abbreviation: the adjective and "Jung und Alt" still end a
    # sentence before a capitalised word
    ("de", "Ein Fest für Jung und Alt. Der Eintritt ist frei.",
     ["Ein Fest für Jung und Alt.", "Der Eintritt ist frei."]),
    ("de", "Das Haus ist alt. Es wird renoviert.", ["Das Haus ist alt.", "Es wird renoviert."]),
    ("de", "Sie ist alt. Sie ist klug.", ["Sie ist alt.", "Sie ist klug."]),
    # a number after a [number] abbreviation opens no sentence, the series rule needs a
    # digit after the letter: "Anl. Die" ends
    ("de", "Siehe die beigefügte Anl. Die Frist läuft.",
     ["Siehe die beigefügte Anl.", "Die Frist läuft."]),
    # a statute after a [number] abbreviation with no ordinal before it opens a sentence
    ("de", "Die Zahlung ist fällig im Jan. EU-Recht gilt.",
     ["Die Zahlung ist fällig im Jan.", "EU-Recht gilt."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LOOKALIKE_CASES)
def test_lookalikes_of_legal_abbreviations(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a list inside an item, of another count, leaves the outer list going on
    ("de", "Der Auftragnehmer hat: (1) die Leistungen zu erbringen, (2) den Auftraggeber zu "
     "informieren, und zwar i) schriftlich und ii) mit Angabe der Dauer, (3) nichts weiter "
     "zu tun.",
     ["Der Auftragnehmer hat:", "(1) die Leistungen zu erbringen,",
      "(2) den Auftraggeber zu informieren, und zwar i) schriftlich und ii) mit Angabe der "
      "Dauer,", "(3) nichts weiter zu tun."]),
    ("de", "Der Auftragnehmer hat: a) die Leistungen zu erbringen, b) den Auftraggeber zu "
     "informieren, und zwar aa) schriftlich und bb) mit Angabe der Dauer, c) nichts weiter "
     "zu tun.",
     ["Der Auftragnehmer hat:", "a) die Leistungen zu erbringen,",
      "b) den Auftraggeber zu informieren, und zwar aa) schriftlich und bb) mit Angabe der "
      "Dauer,", "c) nichts weiter zu tun."]),
    ("en", "I ask: 1) which island is near the airport 2) an island with a) a resort, and a "
     "beach 3) one with activities",
     ["I ask:", "1) which island is near the airport",
      "2) an island with a) a resort, and a beach", "3) one with activities"]),
    # a label of the outer count that does not go on is no item
    ("en", "I ask: 1) which island 2) an island with a) a resort 5) not this",
     ["I ask:", "1) which island", "2) an island with a) a resort 5) not this"]),
])
def test_a_list_inside_an_item(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected
