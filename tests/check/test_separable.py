"""German verb forms: what a text word is read back to, separable verbs, clause ends."""

from __future__ import annotations

import pytest

from aligner.check.separable import (
    VERB_MARK,
    clause_particles,
    inner_dots,
    parse_verbs,
    starts_sentence,
    verb_forms,
)
from aligner.check.terms import TermMatcher, tokenize


@pytest.mark.parametrize(("word", "verb"), [
    # s27 w3 item 1: present, imperative, past and participles, with their endings
    ("löscht", "löschen"), ("gelöscht", "löschen"), ("gelöschten", "löschen"),
    ("speichert", "speichern"), ("gespeichert", "speichern"), ("speichere", "speichern"),
    ("meldete", "melden"), ("installiert", "installieren"), ("verarbeitet", "verarbeiten"),
    # a separable verb: its participle, its zu-infinitive, joined in a subordinate clause
    ("angemeldet", "anmelden"), ("heruntergeladen", "herunterladen"),
    ("herunterzuladen", "herunterladen"), ("anzumelden", "anmelden"), ("anmeldet", "anmelden"),
    ("hinzugefügt", "hinzufügen"), ("wiederhergestellt", "wiederherstellen"),
    # irregular forms, alone, after a particle, an inseparable prefix in place of ge-
    ("lädt", "laden"), ("abgebrochen", "abbrechen"), ("abgebrochene", "abbrechen"),
    ("umbenannt", "umbenennen"), ("verbunden", "verbinden"), ("übernommen", "übernehmen"),
    # s38 walk3 item 5: the present participle, with an adjective's endings or without
    ("umfassend", "umfassen"), ("umfassende", "umfassen"), ("umfassenden", "umfassen"),
    ("aufweisendes", "aufweisen"), ("wechselnd", "wechseln"), ("speichernde", "speichern"),
])
def test_a_text_word_is_read_back_to_its_infinitive(word: str, verb: str) -> None:
    assert verb.replace("ö", "o").replace("ü", "u") + VERB_MARK in verb_forms(
        "de").infinitives(word)


@pytest.mark.parametrize(("word", "not_verb"), [
    ("melde", "meldeen"),  # no stem ends in -e
    ("Anmeldung", "anmelden"),  # a noun in -ung is none of the verb's forms
    ("Verantwortlicher", "verantworten"),
    ("gib", "gien"),  # too short a stem: only the irregular table reads it
    # -et, -eten after -d, -t or a consonant and -m, -n only: gebeten (bitten) is no
    # geb-eten of geben, as meldet is meld-et
    ("gebeten", "geben"),
    ("Abend", "aben"), ("Freund", "freuen"),  # no participle: too short a stem, no -end
])
def test_what_is_no_form_of_a_verb(word: str, not_verb: str) -> None:
    assert not_verb + VERB_MARK not in verb_forms("de").infinitives(word.lower())


def test_a_verb_term_is_its_marked_infinitive_and_its_particles() -> None:
    verbs = verb_forms("de")
    assert verbs.marked("löschen") == ["loschen" + VERB_MARK]
    assert verbs.marked("Datei") == [] and verbs.marked("gelöscht") == []
    # a present participle is its verb's (a claim's umfassend is found in umfasst)
    assert verbs.marked("umfassend") == ["umfassen" + VERB_MARK]
    assert verbs.marked("umfassende") == ["umfassen" + VERB_MARK]
    assert verbs.marked("wechselnd") == ["wechseln" + VERB_MARK]
    assert verbs.marked("abend") == []  # too short a stem before -end
    assert verbs.separable("anmelden") == (("an",), "melden" + VERB_MARK)
    assert verbs.separable("hinzufügen") == (("hinzu",), "fugen" + VERB_MARK)
    assert verbs.separable("wiederherstellen") == (("wieder", "her"), "stellen" + VERB_MARK)
    assert verbs.separable("löschen") is None and verbs.separable("beenden") is None


def _tokens(text: str) -> list[tuple[str, bool]]:
    return [(t, t.isalnum()) for t in text.split()]


@pytest.mark.parametrize(("text", "particles", "found"), [
    ("melden Sie sich an , um", ("an",), 3),
    ("laden Sie die Datei herunter und melden", ("herunter",), 4),
    ("stellen Sie alles wieder her .", ("wieder", "her"), 3),
    ("laden Sie die Datei herunter )", ("herunter",), 4),  # a bracket ends no clause
    # a particle inside the clause is a preposition; another clause's is not this one's
    ("melden Sie Fehler an den Support .", ("an",), None),
    ("laden Sie es hoch und rufen Sie es auf .", ("auf",), None),
    ("laden Sie es hoch , rufen Sie es auf .", ("auf",), None),
    ("an", ("an",), None),
])
def test_the_particles_must_end_the_clause_of_the_verb(
        text: str, particles: tuple[str, ...], found: int | None) -> None:
    assert clause_particles(_tokens(text), 0, particles, frozenset({"und"})) == found


def test_a_full_stop_after_a_number_or_letter_or_inside_a_word_ends_no_clause() -> None:
    found = tokenize("am 31. Dezember z. B. TT.MM Ende. Neu")
    tokens = [(t.text.lower(), t.word) for t in found]
    kept = [k for k, (t, _) in enumerate(inner_dots([(t.start, t.end) for t in found], tokens))
            if t == "."]
    assert kept == [len(tokens) - 2]  # only the stop after Ende


def test_a_capital_starts_a_sentence_or_is_a_noun() -> None:
    tokens = _tokens("Der Laden hat auf . Laden Sie")
    assert not starts_sentence(tokens, 1) and starts_sentence(tokens, 5)
    assert starts_sentence(tokens, 0)


def test_verbs_data_is_read_and_refused_when_wrong() -> None:
    verbs = parse_verbs("[particles]\nan\nherunter\n[endings]\nt\n[participle]\nge\n"
                        "[irregular]\nlädt\tladen\n", name="x")
    assert verbs.particles == ("herunter", "an") and verbs.irregular == {"ladt": "laden"}
    with pytest.raises(ValueError, match=r"x:1: unknown section \[verbs\]"):
        parse_verbs("[verbs]\n", name="x")
    with pytest.raises(ValueError, match=r"x:2: not an entry of \[irregular\]: 'lädt'"):
        parse_verbs("[irregular]\nlädt\n", name="x")
    with pytest.raises(ValueError, match=r"x:3: not an entry of \[participle\]"):
        parse_verbs("[participle]\nge\nga\n", name="x")
    assert verb_forms("fi").infinitives("poistettu") == []  # no separable.txt, no verb forms


@pytest.mark.parametrize(("term", "text", "expected"), [
    # s38 walk3 item 5: comprising -> umfassen, umfassend: one row covers the claim word
    ("umfassen", "1. Vorrichtung, umfassend ein Rohr.", ["umfassend"]),
    ("umfassen", "Die ein Rohr umfassende Vorrichtung.", ["umfassende"]),
    ("umfassend", "Die Vorrichtung umfasst ein Rohr.", ["umfasst"]),
    ("umfassend", "Die Vorrichtungen umfassten ein Rohr.", ["umfassten"]),
    ("umfassend", "Die ein Rohr umfassenden Vorrichtungen.", ["umfassenden"]),
    # another verb's participle is not this one's
    ("umfassend", "Die Vorrichtung enthält ein Rohr, fassend.", []),
])
def test_a_present_participle_is_a_form_of_its_verb(term: str, text: str,
                                                    expected: list[str]) -> None:
    matcher = TermMatcher([(term, False)], lang="de")
    assert [text[h.start:h.end] for h in matcher.find(text)] == expected
