"""forms.txt's [stem changes]: a glossary word whose stem changes in its other forms
(Polish bęben, bębna; pralka, pralce; wąż, węża; Czech myčka, myčce) is found in them,
and a word that only looks like one of them is not.  Expectations written by hand from
Polish and Czech grammar (s38 walk8, item 1)."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.endings import parse_forms
from aligner.check.lemmas import changed
from aligner.check.terms import TermMatcher
from aligner.model import Glossary, GlossaryEntry, TermStatus

RULES = parse_forms("[endings]\na\nem\n[consonants]\nbdkn\n"
                    "[stem changes]\n+ek\tk-\nka\tce\nąż\tęż-\n"
                    "[not changed]\nsoka\n", name="test")


@pytest.mark.parametrize(("word", "forms"), [
    ("środek", ["środk"]),  # a stem of four letters: the bases of its forms meet it
    ("pralka", ["pralce"]),  # a form of the word
    ("wąż", ["węża", "wężem"]),  # three letters are left: the plain endings follow them
    ("wysoka", []),  # an ending of [not changed]: no wysoce
    ("człowiek", []),  # + : only after a consonant
    ("lek", []),  # fewer than three letters left (lk)
    ("pralki", []),
])
def test_a_stem_change_replaces_the_ending(word: str, forms: list[str]) -> None:
    assert sorted(changed(RULES, word)) == sorted(forms)


def test_a_bad_stem_change_line_names_its_file_and_line() -> None:
    with pytest.raises(ValueError, match=r"test:2: not an entry of \[stem changes\]"):
        parse_forms("[stem changes]\nek\n", name="test")
    with pytest.raises(ValueError, match=r"test:2: not an entry of \[not changed\]"):
        parse_forms("[not changed]\nsoka\tsoce\n", name="test")


@pytest.mark.parametrize(("terms", "text", "found"), [
    # the fleeting e (the walk's bęben, środek piorący, kabel zasilający)
    (["bęben"], "W bębnie jest woda. Nie obracaj bębna ręką. Bęben jest czysty.",
     ["bębnie", "bębna", "Bęben"]),
    (["środek piorący"], "Używaj środków piorących; nie za dużo środka piorącego.",
     ["środków piorących", "środka piorącego"]),
    (["kabel zasilający"], "z uszkodzonym kablem zasilającym; sprawdź kabla zasilającego",
     ["kablem zasilającym", "kabla zasilającego"]),
    (["węzeł"], "dwa węzły i trzeci węzeł", ["węzły", "węzeł"]),
    (["stopień"], "do 40 stopni, o jeden stopień", ["stopni", "stopień"]),
    (["palec"], "palcem", ["palcem"]),
    # ą before an ending is ę (wąż dopływowy)
    (["wąż dopływowy"], "Nie zginaj węża dopływowego. Połącz kran z wężem dopływowym.",
     ["węża dopływowego", "wężem dopływowym"]),
    (["urząd"], "do urzędu, w urzędzie", ["urzędu", "urzędzie"]),
    # the consonant before the -e of the dative and locative
    (["pralka"], "W pralce, w pralkach, bez pralek, pralkę", ["pralce", "pralkach", "pralek",
                                                             "pralkę"]),
    (["filtr"], "W filtrze są kłaczki; wyjmij filtra", ["filtrze", "filtra"]),
    (["woda"], "w wodzie", ["wodzie"]),
    (["przewód"], "w przewodzie, dwa przewody", ["przewodzie", "przewody"]),
    (["szkoła"], "w szkole", ["szkole"]),
    (["obiekt"], "w obiekcie", ["obiekcie"]),
    (["most"], "na moście", ["moście"]),
    (["cena"], "w cenie", ["cenie"]),
    (["okno"], "w oknie", ["oknie"]),
    # the genitive plural with no ending, and -kiem
    (["drzwiczki"], "Uszczelka drzwiczek; za drzwiczkami", ["drzwiczek", "drzwiczkami"]),
    (["sitko"], "Przepłucz sitkiem. Bez sitek.", ["sitkiem", "sitek"]),
    (["stopień"], "o dwa stopnie, w stopniach", ["stopnie", "stopniach"]),
    (["ogień"], "ognia, ogniem, ogni", ["ognia", "ogniem", "ogni"]),
    (["koniec"], "do końca, w końcu, końców", ["końca", "końcu", "końców"]),
    # -er and -ier that drop their e
    (["sweter"], "swetra, w swetrze, swetrem, swetry", ["swetra", "swetrze", "swetrem",
                                                         "swetry"]),
    (["cukier"], "bez cukru, w cukrze, cukrem", ["cukru", "cukrze", "cukrem"]),
    (["cylinder"], "cylindra, w cylindrze, cylindry", ["cylindra", "cylindrze", "cylindry"]),
    (["rower"], "roweru, na rowerze", ["roweru", "rowerze"]),  # keeps its e
    # a after i or j is e before the -e of the locative
    (["miasto"], "w mieście, miasta, miastem", ["mieście", "miasta", "miastem"]),
    (["wiatr"], "na wietrze, wiatru", ["wietrze", "wiatru"]),
    (["świat"], "na świecie, świata", ["świecie", "świata"]),
    (["obiad"], "po obiedzie, obiadu", ["obiedzie", "obiadu"]),
    (["gwiazda"], "na gwieździe, gwiazdy", ["gwieździe", "gwiazdy"]),
    (["gniazdo sieciowe"], "w gnieździe sieciowym, do gniazda sieciowego",
     ["gnieździe sieciowym", "gniazda sieciowego"]),
    (["pojazd"], "w pojeździe, pojazdu", ["pojeździe", "pojazdu"]),
    (["światło"], "w świetle, światła", ["świetle", "światła"]),
    (["ciało"], "w ciele, ciała", ["ciele", "ciała"]),
    # short feminines in -ka, -ga
    (["ręka"], "z ręki, w ręce, dwie ręce, rąk", ["ręki", "ręce", "ręce", "rąk"]),
    (["noga"], "nogi, na nodze, nóg", ["nogi", "nodze", "nóg"]),
    (["siostra"], "siostry, siostrze, sióstr", ["siostry", "siostrze", "sióstr"]),
    (["matka"], "matki, matce, matek", ["matki", "matce", "matek"]),
    (["szyba"], "szyby, na szybie, szyb", ["szyby", "szybie", "szyb"]),
])
def test_polish_terms_are_found_where_their_stem_changes(
        terms: list[str], text: str, found: list[str]) -> None:
    m = TermMatcher([(t, False) for t in terms], lang="pl")
    assert [text[h.start:h.end] for h in m.find(text)] == found


@pytest.mark.parametrize(("terms", "text"), [
    (["model"], "Modli się. Modlą się."),  # -el keeps its e: modli is no form of model
    (["hotel"], "hotla"),
    (["bęben"], "bębnić"),  # the verb (to drum)
    (["pralka"], "pralnia, pralni"),  # another word of the same start
    (["filtr"], "filtrować"),
    (["sitko"], "sito, sitem"),  # sito (a sieve) is another word
    (["środek"], "środowisko, środy"),
    (["drzwiczki"], "drzwi, drzwiami"),  # the walk's forbidden drzwi is another term
    (["kabel"], "kabina, kablówka"),
    (["wąż"], "wężyk, węzeł"),
    (["był"], "byle"),  # a function word's stem is not changed
    # only a term's first word changes its stem: an adjective after its noun agrees
    (["woda dobra"], "woda dobrze"),
    (["rada miasta"], "rada mieście"),
    # a feminine adjective or participle a term starts with: what the rules would make
    # of it is an adverb or a noun ([not changed])
    (["wysoka temperatura"], "wysoce temperatura"),
    (["dobra"], "dobrze"),
    (["szczera"], "szczerze"),
    (["miejska sieć"], "miejsce sieci"),
    (["sucha szmatka"], "susze szmatki"),
    (["czysta woda"], "czyście woda"),
    (["zamknięta pętla"], "zamknięcie pętli"),
    (["zwarta obudowa"], "zwarcie obudowy"),
    (["zużyta woda"], "zużycie wody"),
    # a word made from a changed stem (środk-owy) is another word
    (["środek"], "środkowy, środkowa, środkowe"),
    (["koniec"], "końcowy, końcowo"),
    (["stopień"], "stopniowo, stopniowy"),
    (["kabel"], "kablowy"),
    (["ogień"], "ogniowy, ognisko"),
    (["cukier"], "cukiernia, cukrzyca"),
    (["wiatr"], "wiatrak, wietrzyć"),
    (["miasto"], "mieścić, mieści"),
    (["działo"], "dziele"),  # działo keeps its a (dziale); dziele is dzieło's
    (["ręka"], "ręcznik"),
    (["noga"], "nogawka"),
])
def test_polish_near_misses_are_not_found(terms: list[str], text: str) -> None:
    m = TermMatcher([(t, False) for t in terms], lang="pl")
    assert [text[h.start:h.end] for h in m.find(text)] == []


def test_two_terms_whose_changed_forms_differ_stay_apart() -> None:
    m = TermMatcher([("drzwi", False), ("drzwiczki", False), ("sitko", False),
                     ("pralka", False), ("pralnia", False)], lang="pl")
    text = "drzwiczek, drzwiami, sitkiem, sitem, pralce, pralni"
    assert [(text[h.start:h.end], h.terms) for h in m.find(text)] == [
        ("drzwiczek", (1,)), ("drzwiami", (0,)), ("sitkiem", (2,)), ("pralce", (3,)),
        ("pralni", (4,))]


@pytest.mark.parametrize(("terms", "text", "found"), [
    (["myčka"], "V myčce je voda. Myčku zavřete. Bez myček.", ["myčce", "Myčku", "myček"]),
    (["servisní středisko"], "Zavolejte do servisního střediska, jděte k servisnímu středisku.",
     ["servisního střediska", "servisnímu středisku"]),
    (["zámek"], "bez zámku", ["zámku"]),
    (["kniha"], "v knize", ["knize"]),
    (["sestra"], "sestře", ["sestře"]),
    (["daňový zákon"], "podle daňového zákona, daňovým zákonem",
     ["daňového zákona", "daňovým zákonem"]),
    (["myčka"], "myčky", ["myčky"]),
    (["myčka"], "mycí", []),
    # ů of a last syllable is o before an ending
    (["dům"], "domu, v domě, domem, domy, domů", ["domu", "domě", "domem", "domy", "domů"]),
    (["stůl"], "stolu, na stole, stolem, stoly", ["stolu", "stole", "stolem", "stoly"]),
    (["nůž"], "nože, nožem", ["nože", "nožem"]),
    (["kůň"], "koně, koni, koněm", ["koně", "koni", "koněm"]),
    (["buben"], "bubnu, bubnem, bubny", ["bubnu", "bubnem", "bubny"]),
    (["sestra"], "sester, sestře", ["sester", "sestře"]),
    (["dveře"], "dveřmi, dveří", ["dveřmi", "dveří"]),
    (["kolo"], "kola, na kole, kolu, koly", ["kola", "kole", "kolu", "koly"]),
    (["ruka"], "ruce, ruky, rukou", ["ruce", "ruky", "rukou"]),
    (["noha"], "noze, nohy", ["noze", "nohy"]),
    (["město"], "ve městě, města", ["městě", "města"]),
    # and words that only look like a form
    (["dům"], "doma, domov, domácí", []),
    (["kolo"], "kolem, kolej", []),  # kolem: also a preposition (around)
    (["stůl"], "stolek", []),
    (["zámek"], "zámkový", []),
    (["ruka"], "ruční", []),
    (["kniha"], "knihovna", []),
])
def test_czech_terms_are_found_where_their_stem_changes(
        terms: list[str], text: str, found: list[str]) -> None:
    m = TermMatcher([(t, False) for t in terms], lang="cs")
    assert [text[h.start:h.end] for h in m.find(text)] == found


def test_a_forbidden_polish_term_is_reported_in_a_changed_form() -> None:
    gloss = Glossary("en", "pl", (
        GlossaryEntry("power cord", "przewód zasilający", TermStatus.PREFERRED),
        GlossaryEntry("power cord", "kabel zasilający", TermStatus.FORBIDDEN),
        GlossaryEntry("filter", "filtr", TermStatus.PREFERRED),
        GlossaryEntry("filter", "sitko", TermStatus.FORBIDDEN)))
    pairs = [("Do not use a damaged power cord.", "Nie używaj uszkodzonym kablem zasilającym."),
             ("Rinse the filter.", "Przepłucz sitkiem."),
             ("Clean the filter.", "W filtrze są kłaczki.")]
    got = findings(pairs, glossary=gloss, src_lang="en", tgt_lang="pl")
    terms = [(f.code, f.unit, f.found) for f in got if f.code.startswith("term-")]
    assert terms == [("term-forbidden", 0, "kablem zasilającym"),
                     ("term-forbidden", 1, "sitkiem")]
