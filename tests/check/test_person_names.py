"""name-mismatch: a name of the source changed in the target (check/person_names.py)."""

from __future__ import annotations

import unicodedata

import pytest
from check_helpers import findings

from aligner.lang import CYRILLIC_LATIN_DATA, generic_data

CODE = "name-mismatch"


# Written for this test, after the localiser's and the legal translator's walks.
@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    # one word of a name changed, the rest the same
    ("The account owner, Maria Lopez in our example, can change the plan.",
     "La titular de la cuenta, Lucia Lopez en nuestro ejemplo, puede cambiar el plan.",
     "en", "es", "names differ: Maria missing in the target; Lucia not in the source"),
    ("Demanda de D. Andrés Molina Ruiz contra Dña. Lucía Ferrer Vidal.",
     "Claim by Mr Pedro Molina Ruiz against Ms Lucía Ferrer Vidal.", "es", "en",
     "names differ: Andrés missing in the target; Pedro not in the source"),
    ("Firmó Ana Gutiérrez Soler.", "Signed by Ana Gutiérrez Pons.", "es", "en",
     "names differ: Soler missing in the target; Pons not in the source"),
    # a surname changed after a first name the word tables hold (Marta: a marten)
    ("La curadora, Marta Hübner, pasó once años catalogando estos documentos.",
     "The curator, Marta Schmidt, spent eleven years cataloguing these documents.",
     "es", "en", "names differ: Hübner missing in the target; Schmidt not in the source"),
    ("La curadora, Marta Lopez, pasó once años allí.",
     "The curator, Marta Garcia, spent eleven years there.",
     "es", "en", "names differ: Lopez missing in the target; Garcia not in the source"),
    ("Nos recibió Ana Ruiz en la puerta.", "We were met by Ana Torres at the door.", "es", "en",
     "names differ: Ruiz missing in the target; Torres not in the source"),
    # ... at a sentence's start too, where the capital says nothing of that name word
    ("Nos recibió Ana Ruiz en la puerta.", "Ana Torres met us at the door.", "es", "en",
     "names differ: Ruiz missing in the target; Torres not in the source"),
    # ... but not where that side writes the word in lower case too: a word, not a name
    ("Vimos una marta. Marta Hübner llegó después.",
     "We saw a pine marten. Marta Schmidt came later.", "es", "en", None),
    ("Vimos una marta en el bosque y luego a Marta Hübner.",
     "We saw a pine marten in the wood and then Marta Schmidt.", "es", "en", None),
    # a name translated: Juan, John; an inflected name (Icelandic Jón, Jóni)
    ("The account owner, Juan Lopez, can change the plan.",
     "El titular de la cuenta, John Lopez, puede cambiar el plan.", "en", "es", None),
    ("Vivía en San Giovanni.", "He lived at San Juan.", "es", "en", None),
    ("Los retratos de Jorge Washington y Guillermo Shakespeare.",
     "The portraits of George Washington and William Shakespeare.", "es", "en", None),
    ("El rey Enrique Tudor llegó.", "King Henry Tudor arrived.", "es", "en", None),
    ("I gave it to Jón Gunnarsson.", "Ég gaf Jóni Gunnarssyni það.", "en", "is", None),
    # the same names; titles and a name at a sentence's start
    ("Demanda de D. Andrés Molina Ruiz contra Dña. Lucía Ferrer Vidal.",
     "Claim by Mr Andrés Molina Ruiz against Ms Lucía Ferrer Vidal.", "es", "en", None),
    ("Sra. Vidal llegó.", "Mrs Vidal arrived.", "es", "en", None),
    # a changed name with nothing to tie it: a translation's own choice (a limit)
    ("Llamó Pedro.", "Carlos called.", "es", "en", None),
    # parties swapped: both names on both sides (a limit: word order says nothing safe)
    ("Demanda de D. Andrés Molina Ruiz contra Dña. Lucía Ferrer Vidal.",
     "Claim by Ms Lucía Ferrer Vidal against Mr Andrés Molina Ruiz.", "es", "en", None),
    # defined terms of a contract are words, not names (the glossary's to check)
    ("El Arrendatario notificará al Arrendador.", "The Landlord shall notify the Tenant.",
     "es", "en", None),
    # a title translated beside a name: ordinary words
    ("Éste es El Caballero Platir, dijo el caballero.",
     "This is The Knight Platir, said the knight.", "es", "en", None),
])
def test_a_changed_name_is_reported(source: str, target: str, src_lang: str,
                                    tgt_lang: str, message: str | None) -> None:
    got = findings([(source, target)], code=CODE, src_lang=src_lang, tgt_lang=tgt_lang)
    assert [f.message for f in got] == ([message] if message else [])


# Written for this test: one name written two ways, which is no change of name.
@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang"), [
    # accents and particles
    ("Habló José de la Fuente ayer.", "Jose de la Fuente spoke yesterday.", "es", "en"),
    ("Habló Jose De La Fuente ayer.", "José de la Fuente spoke yesterday.", "es", "en"),
    # apostrophes (straight, curly) and a capital inside the word
    ("Habló Seán O'Brien ayer.", "Sean O’Brien spoke yesterday.", "es", "en"),
    ("Lo vendió Ronald McDonald.", "It was sold by Ronald McDonald.", "es", "en"),
    ("Lo vendió Ronald McDonald.", "It was sold by Ronald Mcdonald.", "es", "en"),
    # a double surname hyphenated on one side only
    ("Lo escribió Gabriel García-Márquez.", "It was written by Gabriel García Márquez.",
     "es", "en"),
    ("Lo escribió Gabriel García Márquez.", "It was written by Gabriel Garcia-Marquez.",
     "es", "en"),
    # inflected: Polish and Czech genitive, an English possessive
    ("The letter from Jan Kowalski arrived.", "Przyszedł list od Jana Kowalskiego.",
     "en", "pl"),
    ("La carta de Marta Kowalska llegó.", "Przyszedł list od Marty Kowalskiej.", "es", "pl"),
    ("The letter from Jan Novák arrived.", "Přišel dopis od Jana Nováka.", "en", "cs"),
    ("El discurso de Angela Merkel fue breve.", "Angela Merkel’s speech was short.",
     "es", "en"),
])
def test_one_name_written_two_ways_is_no_finding(source: str, target: str, src_lang: str,
                                                 tgt_lang: str) -> None:
    assert findings([(source, target)], code=CODE, src_lang=src_lang, tgt_lang=tgt_lang) == []


def test_roles_swapped_in_one_sentence_are_not_reported() -> None:
    # The first target swaps who sued whom (wrong); the second says the same as the
    # source in the passive (right), with the names in the same order as the first.
    # Only a parse tells the two apart, so neither is reported: a known limit.
    for target in ("Pedro Gil demandó a Ana Ruiz.", "Pedro Gil fue demandado por Ana Ruiz."):
        assert findings([("Ana Ruiz sued Pedro Gil.", target)], code=CODE,
                        src_lang="en", tgt_lang="es") == []


def test_names_swapped_between_units() -> None:
    # The agency walk's press release: two names traded places between two sentences.
    pairs = [("La directora Marta Quiroga presentó el plan.",
              "Director Jorge Beltrán presented the plan."),
             ("El proyecto costará dos millones.", "The project will cost two million."),
             ("El alcalde Jorge Beltrán lo apoyó.", "Mayor Marta Quiroga supported it.")]
    got = findings(pairs, code=CODE)
    assert [(f.unit, f.message) for f in got] == [
        (0, "names differ: Marta missing in the target; Jorge not in the source"),
        (2, "names differ: Jorge missing in the target; Marta not in the source")]
    assert got[0].found == "Jorge" and got[0].expected == ("Marta",)
    assert pairs[0][0][slice(*got[0].src_span)] == "Marta"  # type: ignore[misc]
    assert pairs[0][1][slice(*got[0].tgt_span)] == "Jorge"  # type: ignore[misc]


def test_one_unit_without_its_name_is_no_swap() -> None:
    # the name is left out in one unit and said in another where the source has it too
    pairs = [("La directora Marta Quiroga presentó el plan.", "The director presented it."),
             ("El alcalde Jorge Beltrán lo apoyó.", "Mayor Jorge Beltrán supported it.")]
    assert findings(pairs, code=CODE) == []


def test_not_in_a_language_that_capitalises_nouns_without_name_marks() -> None:
    # Luxembourgish writes its nouns with a capital and has no person_names.txt
    got = findings([("D'Mieterin Maria Lopez bezillt.", "La inquilina Lucia Lopez paga.")],
                   code=CODE, src_lang="lb", tgt_lang="es")
    assert got == []


# Written for this test, from the de -> en legal walk (walk_de P3): in German a
# capitalised word is a name word only after a first name or a title, a first name
# itself, or before a company's legal form.
@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    ("Geschäftsführer ist Marta Hübner.", "The managing director is Marta Schmidt.", "de",
     "en", "names differ: Hübner missing in the target; Schmidt not in the source"),
    ("Vertreten wird die Gesellschaft durch Thomas Hübner.",
     "The company is represented by Thomas Kowalczyk.", "de", "en",
     "names differ: Hübner missing in the target; Kowalczyk not in the source"),
    ("The company is represented by Thomas Hübner.",
     "Die Gesellschaft wird durch Thomas Kowalczyk vertreten.", "en", "de",
     "names differ: Hübner missing in the target; Kowalczyk not in the source"),
    ("Die Mieterin Maria Lopez zahlt.", "La inquilina Lucia Lopez paga.", "de", "es",
     "names differ: Maria missing in the target; Lucia not in the source"),
    ("Die Weber Anlagenbau GmbH liefert.", "Weber Holding GmbH delivers.", "de", "en",
     "names differ: Anlagenbau missing in the target; Holding not in the source"),
    # the same names; nouns translated are no names (Gesellschaft, Klägerin, Vergütung)
    ("Die Klägerin wird durch Rechtsanwältin Petra Wagner vertreten.",
     "The plaintiff is represented by attorney Petra Wagner.", "de", "en", None),
    ("Die Gesellschaft zahlt die Vergütung an Thomas Hübner.",
     "The company pays the remuneration to Thomas Hübner.", "de", "en", None),
    ("Die Vergütung Thomas Hübners ist fällig.", "Thomas Hübner's fee is due.", "de", "en",
     None),
    ("Der Auftraggeber zahlt der Gesellschaft die Vergütung.",
     "The Client pays the Company the Fee.", "de", "en", None),
])
def test_german_names(source: str, target: str, src_lang: str, tgt_lang: str,
                      message: str | None) -> None:
    got = findings([(source, target)], code=CODE, src_lang=src_lang, tgt_lang=tgt_lang)
    assert [f.message for f in got] == ([message] if message else [])


# Written for this test (fix-names3): a first name romanised as English news writes it
# (Dmitry, Yevgeny, Yury) ties the surname beside it; one spelled otherwise passes.
@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    ("Дмитрий Песков ответил на вопросы.", "Dmitry Patrushev answered questions.", "ru",
     "en", "names differ: Песков missing in the target; Patrushev not in the source"),
    ("Дмитрий Песков ответил на вопросы.", "Dmitrii Patrushev answered questions.", "ru",
     "en", "names differ: Песков missing in the target; Patrushev not in the source"),
    ("Евгений Иванов прибыл в Анкару.", "Yevgeny Petrov arrived in Ankara.", "ru", "en",
     "names differ: Иванов missing in the target; Petrov not in the source"),
    ("Юрий Ушаков ответил.", "Yury Lavrov answered.", "ru", "en",
     "names differ: Ушаков missing in the target; Lavrov not in the source"),
    ("Aleksei Overchuk arrived.", "Прибыл Алексей Новак.", "en", "ru",
     "names differ: Overchuk missing in the target; Новак not in the source"),
    ("Встреча Дмитрия Пескова с журналистами.", "Dmitry Patrushev met journalists.",
     "ru", "en", "names differ: Пескова missing in the target; Patrushev not in the "
     "source"),
    # Ukrainian (г h, и y) and Serbian Cyrillic
    ("Вчора Володимир Зеленський виступив.", "Yesterday Volodymyr Poroshenko spoke.", "uk",
     "en", "names differ: Зеленський missing in the target; Poroshenko not in the source"),
    ("Јуче је Ђорђе Петровић дошао.", "Yesterday Djordje Jovanović came.", "sr", "en",
     "names differ: Петровић missing in the target; Jovanović not in the source"),
    ("Вчора Володимир Зеленський виступив.", "Yesterday Volodymyr Zelensky spoke.", "uk",
     "en", None),
    ("Вчора Олександр Усик переміг.", "Yesterday Oleksandr Usyk won.", "uk", "en", None),
    ("Вчера Георги Първанов говори.", "Yesterday Georgi Parvanov spoke.", "bg", "en", None),
    # the same names, romanised or declined otherwise
    ("Дмитрий Песков ответил на вопросы.", "Dmitriy Peskov answered questions.", "ru",
     "en", None),
    ("Встреча Дмитрия Пескова с журналистами.", "Dmitry Peskov met journalists.",
     "ru", "en", None),
    ("Фёдор Лукьянов прибыл.", "Fyodor Lukyanov arrived.", "ru", "en", None),
    ("Юлия Навальная выступила.", "Yulia Navalnaya spoke.", "ru", "en", None),
    ("Марат Хуснуллин посетил Казань.", "Marat Khusnullin visited Kazan.", "ru", "en",
     None),
    # a name misspelled in its romanisation: taken for the name (docs/checks.md)
    ("Эльвира Набиуллина выступила.", "Elvira Nabiulina spoke.", "ru", "en", None),
    ("Антон Силуанов выступил.", "Anton Siluyanov spoke.", "ru", "en", None),
    # a first name translated, the surname kept
    ("Лев Толстой написал роман.", "Leo Tolstoy wrote a novel.", "ru", "en", None),
    ("Пётр Чайковский написал балет.", "Peter Tchaikovsky wrote a ballet.", "ru", "en",
     None),
    ("Екатерина Великая правила долго.", "Catherine Velikaya ruled long.", "ru", "en",
     None),
    # a post is no name (Speaker for Госдумы)
    ("Вице-спикер Госдумы Ирина Яровая заявила об этом.",
     "Parliament's Deputy Speaker Irina Yarovaya said so.", "ru", "en", None),
])
def test_romanised_first_names(source: str, target: str, src_lang: str, tgt_lang: str,
                               message: str | None) -> None:
    got = findings([(source, target)], code=CODE, src_lang=src_lang, tgt_lang=tgt_lang)
    assert [f.message for f in got] == ([message] if message else [])


# Written for this test: names in Cyrillic on one side, Latin letters on the other.
@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    ("Yesterday Ivan Petrov arrived.", "Вчера приехал Иван Сидоров.", "en", "ru",
     "names differ: Petrov missing in the target; Сидоров not in the source"),
    ("Вчера приехал Иван Петров.", "Yesterday Ivan Sidorov arrived.", "ru", "en",
     "names differ: Петров missing in the target; Sidorov not in the source"),
    ("Учора прийшов Іван Петренко.", "Вчера пришёл Олег Петренко.", "uk", "ru",
     "names differ: Іван missing in the target; Олег not in the source"),
    # the same names, transliterated (Ukrainian г is h, Russian ё e, Serbian ђ dj)
    ("Вчера приехал Иван Петров.", "Yesterday Ivan Petrov arrived.", "ru", "en", None),
    ("Yesterday Nikita Khrushchev spoke.", "Вчера говорил Никита Хрущёв.", "en", "ru", None),
    ("Yesterday Mykola Hryhorenko spoke.", "Вчора говорив Микола Григоренко.", "en", "uk",
     None),
    ("Yesterday Đorđe Petrović came.", "Јуче је дошао Ђорђе Петровић.", "en", "sr", None),
    ("Учора прийшов Іван Петренко.", "Вчера пришёл Иван Петренко.", "uk", "ru", None),
    # English names written as they sound: дж is j, a g before e is soft, ph is f
    ("Yesterday John Lennon arrived.", "Вчера приехал Джон Леннон.", "en", "ru", None),
    ("Yesterday George Bush arrived.", "Вчера приехал Джордж Буш.", "en", "ru", None),
    ("Yesterday James Bond arrived.", "Вчера приехал Джеймс Бонд.", "en", "ru", None),
    ("Yesterday Joseph Stalin spoke.", "Вчера говорил Иосиф Сталин.", "en", "ru", None),
    ("Gestern kam Juri Gagarin.", "Вчера полетел Юрий Гагарин.", "de", "ru", None),
])
def test_names_across_latin_and_cyrillic(source: str, target: str, src_lang: str,
                                         tgt_lang: str, message: str | None) -> None:
    got = findings([(source, target)], code=CODE, src_lang=src_lang, tgt_lang=tgt_lang)
    assert [f.message for f in got] == ([message] if message else [])


def test_the_cyrillic_table_data_file() -> None:
    text = generic_data(CYRILLIC_LATIN_DATA)
    assert text is not None
    rows = [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]
    assert all(len(row) == 2 for row in rows)
    letters = [letter for letter, _ in rows]
    assert len(letters) == len(set(letters))
    assert all(len(letter) == 1 and "CYRILLIC SMALL" in unicodedata.name(letter)
               for letter in letters)
    assert all(latin == "" or (latin.isascii() and latin.isalpha() and latin.islower())
               for _, latin in rows)
    # every letter of Russian's alphabet once its marks are folded (й и, ё е)
    assert set("абвгдежзиклмнопрстуфхцчшщъыьэюя") <= set(letters)


# Written for this test: a first name inflected on one side ties a changed surname.
@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "message"), [
    ("The letter from Jan Kowalski arrived.", "Przyszedł list od Jana Wiśniewskiego.",
     "en", "pl", "names differ: Kowalski missing in the target; Wiśniewskiego not in the "
     "source"),
    ("The letter from Marta Kowalska arrived.", "Przyszedł list od Marty Nowickiej.",
     "en", "pl", "names differ: Kowalska missing in the target; Nowickiej not in the "
     "source"),
    ("Yesterday we met Anna Petrova.", "Вчера мы встретили Анну Смирнову.", "en", "ru",
     "names differ: Petrova missing in the target; Смирнову not in the source"),
    # the same names inflected
    ("The letter from Marta Kowalska arrived.", "Przyszedł list od Marty Kowalskiej.",
     "en", "pl", None),
    ("Yesterday we met Anna Petrova.", "Вчера мы встретили Анну Петрову.", "en", "ru", None),
    # a word of a name translated beside another: no case ending (blanca, blanche)
    ("Vive cerca de la Casa Blanca.", "Il habite près de la Maison Blanche.", "es", "fr",
     None),
    ("Vive cerca de la Casa Rosada.", "Il habite près de la Maison Rose.", "es", "fr", None),
])
def test_a_name_inflected_beside_a_changed_one(source: str, target: str, src_lang: str,
                                               tgt_lang: str, message: str | None) -> None:
    got = findings([(source, target)], code=CODE, src_lang=src_lang, tgt_lang=tgt_lang)
    assert [f.message for f in got] == ([message] if message else [])


def test_german_names_after_a_title_swapped_between_units() -> None:
    pairs = [("Es erschien Frau Dr. Lange.", "Dr Becker appeared."),
             ("Es erschien Herr Becker.", "Mr Lange appeared.")]
    got = findings(pairs, code=CODE, src_lang="de", tgt_lang="en")
    assert [f.message for f in got] == [
        "names differ: Lange missing in the target; Becker not in the source",
        "names differ: Becker missing in the target; Lange not in the source"]
    # the titles' nouns are no names: Erschienen, Geschäftsführer
    assert findings([("Es erschien der Geschäftsführer.", "The director appeared."),
                     ("Es erschien der Prokurist.", "The authorised officer appeared.")],
                    code=CODE, src_lang="de", tgt_lang="en") == []
