"""negation-mismatch: one side forbids, the other negates nothing (check/negation_check.py;
the cues: check/negations.py)."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.negations import SECTIONS, Kind, negation_cues, parse_negations, words_of
from aligner.lang import NEGATIONS_DATA, get_profile
from aligner.model import Severity

NEGATION_LANGUAGES = ["en", "de", "es", "fr", "it", "pt", "nl", "pl", "cs", "ja", "zh", "ko",
                      "ru", "uk"]


# Written for this test, after the Polish technical translator's walk (a safety warning
# turned round: Do not kink / Należy zagiąć, Neotevírejte / Open).  Each pair is a
# warning of an appliance manual, once with the negation dropped or added (the cue
# reported) and once translated faithfully or in other words (None).
@pytest.mark.parametrize(("src_lang", "tgt_lang", "source", "target", "said"), [
    ("en", "pl", "Do not kink or crush the drain hose.",
     "Należy zagiąć lub zgnieść wąż odpływowy.", "Do not"),
    ("en", "pl", "Do not kink or crush the drain hose.",
     "Nie zaginać ani nie zgniatać węża odpływowego.", None),
    ("en", "pl", "Do not open the door while the drum is turning.",
     "Należy otworzyć drzwiczki, gdy bęben się obraca.", "Do not"),
    ("en", "pl", "Do not open the door while the drum is turning.",
     "Nie wolno otwierać drzwiczek, gdy bęben się obraca.", None),
    ("en", "pl", "Never use more than 2 caps of detergent.",
     "Należy używać co najmniej 2 nakrętek detergentu.", "Never"),
    ("en", "pl", "Keep the lid closed.", "Nie zamykaj pokrywy.", "Nie"),
    ("cs", "en", "Neotevírejte dvířka během mycího programu, může uniknout horká pára.",
     "Open the door during the wash programme, as hot steam may escape.", "Neotevírejte"),
    ("cs", "en", "Neotevírejte dvířka během mycího programu, může uniknout horká pára.",
     "Do not open the door during the wash programme, as hot steam may escape.", None),
    ("cs", "en", "Děti se nesmějí k myčce přibližovat.",
     "Children may approach the dishwasher.", "nesmějí"),
    ("en", "cs", "Use only dishwasher salt.", "Nepoužívejte sůl do myčky.", "Nepoužívejte"),
    ("en", "es", "Do not touch the hot glass.", "Toque el cristal caliente.", "Do not"),
    ("en", "es", "Do not touch the hot glass.", "No toque el cristal caliente.", None),
    ("en", "es", "Touch the glass to check it.", "No toque el cristal.", "No"),
    ("en", "de", "Do not open the door.", "Öffnen Sie die Tür.", "Do not"),
    ("en", "de", "Do not open the door.", "Öffnen Sie die Tür nicht.", None),
    ("de", "en", "Das Gerät darf nicht geöffnet werden.", "The appliance may be opened.",
     "darf nicht"),
    ("en", "fr", "Opening the door during the cycle is prohibited.",
     "Il faut ouvrir la porte pendant le cycle.", "prohibited"),
    ("fr", "en", "Ne pas ouvrir la porte pendant le cycle.",
     "Open the door during the cycle.", "Ne pas"),
    ("en", "it", "Do not open the door.", "Aprire lo sportello.", "Do not"),
    ("it", "en", "È vietato aprire lo sportello.", "Open the door.", "È vietato"),
    ("en", "pt", "Do not open the door.", "Não abra a porta.", None),
    ("pt", "en", "É proibido abrir a porta.", "Open the door.", "É proibido"),
    ("nl", "en", "Open de deur niet tijdens het programma.",
     "Open the door during the programme.", "Open de deur niet"),
    ("nl", "en", "Het is verboden de deur te openen.", "Open the door.", "verboden"),
    ("zh", "en", "请勿在程序运行时打开门。", "Open the door while the programme runs.", "请勿"),
    ("zh", "en", "请勿在程序运行时打开门。", "Do not open the door while it runs.", None),
    ("ja", "en", "運転中はドアを開けないでください。", "Open the door during operation.",
     "ないでください"),
    ("ja", "en", "運転中はドアを開けないでください。", "Do not open the door during operation.",
     None),
    ("ko", "en", "작동 중에는 문을 열지 마십시오.", "Open the door during operation.",
     "지 마십시오"),
    ("ko", "en", "작동 중에는 문을 열지 마십시오.", "Do not open the door during operation.", None),
    # negated imperatives: French ne ... pas, German and Dutch with the negation at the end
    ("fr", "en", "Ne touchez pas le câble.", "Touch the cable.", "Ne touchez pas"),
    ("fr", "en", "N'ouvrez jamais la porte pendant le cycle.",
     "Open the door during the cycle.", "N'ouvrez jamais"),
    ("fr", "en", "Ne l'utilisez pas sous la pluie.", "Use it in the rain.",
     "Ne l'utilisez pas"),
    ("en", "fr", "Use only water.", "N'utilisez pas d'eau.", "N'utilisez pas"),
    ("fr", "en", "Attention : ne vous approchez jamais de la lame.",
     "Caution: approach the blade.", "ne vous approchez jamais"),
    ("de", "en", "Öffnen Sie die Tür nicht.", "Open the door.", "Öffnen Sie die Tür nicht"),
    ("de", "en", "Berühren Sie niemals die heißen Teile, solange das Gerät läuft.",
     "Touch the hot parts while the appliance runs.", "Berühren Sie niemals"),
    ("en", "de", "Keep the door closed.", "Bitte öffnen Sie die Tür nicht.",
     "Bitte öffnen Sie die Tür nicht"),
    ("nl", "en", "Gebruik het apparaat nooit zonder water.", "Use the appliance.",
     "Gebruik het apparaat nooit"),
    # ... with kein, geen (walk_de; docs/checks.md's limit before)
    ("de", "en", "Verwenden Sie keine Scheuermittel.", "Use abrasive cleaners.",
     "Verwenden Sie keine"),
    ("de", "en", "Bitte verwenden Sie kein Wasser.", "Please use water.",
     "Bitte verwenden Sie kein"),
    ("nl", "en", "Geef de kinderen geen batterijen.", "Give the children batteries.",
     "Geef de kinderen geen"),
    ("de", "en", "Es dürfen keine Kinder mit dem Gerät spielen.",
     "Children may play with the appliance.", "dürfen keine"),
    # a prohibition with a negative word whose other side has neither, nor says it positively
    ("en", "de", "Children must not approach without supervision.",
     "Kinder dürfen sich dem Gerät nähern.", "must not"),
    ("en", "pl", "The hose must not be bent unless it is cold.", "Należy zgiąć wąż.",
     "must not"),
    # a list's dash, a quoted label, capitals: no speech, no name
    ("en", "pl", "- Do not open the door.", "- Otwórz drzwiczki.", "Do not"),
    ("en", "pl", 'Do not press "Start" now.', "Naciśnij teraz „Start”.", "Do not"),
    ("en", "pl", "THE DOOR MUST NOT BE OPENED.", "DRZWICZKI NALEŻY OTWORZYĆ.", "MUST NOT"),
])
def test_a_prohibition_turned_round_is_reported(src_lang: str, tgt_lang: str, source: str,
                                                target: str, said: str | None) -> None:
    got = findings([(source, target)], code="negation-mismatch", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    if said is None:
        assert got == []
        return
    assert len(got) == 1
    f = got[0]
    assert f.severity is Severity.WARNING
    span = f.src_span if f.src_span is not None else f.tgt_span
    text = source if f.src_span is not None else target
    assert span is not None and text[span[0]:span[1]] == said


# Near misses: a negation that forbids nothing, or one the other side keeps in other words.
@pytest.mark.parametrize(("src_lang", "tgt_lang", "source", "target"), [
    # a double negation: do not ... without says: with water
    ("en", "pl", "Do not start the machine without water.", "Uruchamiaj pralkę z wodą."),
    # not only ... but, and its Polish and Spanish
    ("en", "pl", "Not only the filter but also the hose must be cleaned.",
     "Należy czyścić filtr i wąż."),
    ("pl", "en", "Nie tylko filtr, ale i wąż należy czyścić.",
     "Clean the filter and the hose."),
    ("es", "en", "No sólo el filtro: también la manguera.", "The filter and the hose too."),
    ("es", "en", "No se limitaba al filtro, sino que limpiaba también la manguera.",
     "It cleaned not only the filter but also the hose."),
    # No. 5 and no. 6: numbers' abbreviations
    ("en", "pl", "See No. 5 and no.6 in the list.", "Zobacz pozycje 5 i 6 na liście."),
    # an answer, not an instruction
    ("es", "en", "No, el filtro está limpio.", "The filter is clean."),
    # nothing is a negation, not a prohibition
    ("en", "es", "Nothing happens when you press it.", "Al pulsarlo, todo sigue igual."),
    # the other side negates in another way (avoid, unable, unless)
    ("en", "pl", "Do not bend the hose.", "Unikaj zginania węża."),
    ("en", "es", "Do not open it unless the light is off.", "Ábralo con la luz apagada."),
    # a character speaking: no instruction of the text
    ("en", "es", "'Don't be afraid,' she said.", "—Tranquila —dijo ella."),
    ("en", "es", "He laughed. 'Don't mind him!'", "Se rio: «Tranquila»."),
    ("es", "en", "—No te vayas —dijo.", "'Stay,' he said."),
    # an inversion: Not until ... did says when, and forbids nothing
    ("en", "pl", "Not until later did I see it.", "Zobaczyłem to dopiero później."),
    # a prohibition's word capitalised inside a sentence: a name
    ("en", "zh", "Is this the Forbidden City?", "这是故宫吗？"),
    # Czech words beginning with ne that negate nothing: nebo (or), nejlepší (best), neděle
    ("cs", "en", "Použijte sůl nebo nejlepší tablety, i v neděli.",
     "Use salt or the best tablets, even on Sunday."),
    # Chinese words with 不得 that forbid nothing: 不得不 must, 怪不得 no wonder
    ("zh", "en", "我不得不告诉您。", "I must tell you."),
    # French ne ... que restricts (use only water), and a question forbids nothing
    ("fr", "en", "N'utilisez que de l'eau.", "Use only water."),
    ("fr", "en", "Ne touchez-vous pas le câble ?", "Do you touch the cable?"),
    # remember to, feel free to
    ("fr", "en", "N'hésitez pas à nous contacter.", "Please contact us."),
    ("de", "en", "Zögern Sie nicht, uns anzurufen.", "Please call us."),
    ("nl", "en", "Vergeet het niet.", "Remember it."),
    # German and Dutch: no verb first (a statement), a question, a condition
    ("de", "en", "Sie öffnen die Tür nicht.", "They open the door."),
    ("de", "en", "Verwenden Sie keine Scheuermittel.", "Do not use abrasive cleaners."),
    ("de", "en", "Haben Sie keine Angst vor dem Gerät?", "Are you afraid of it?"),
    ("de", "en", "Sie verwenden keine Scheuermittel.", "They use soft cloths."),
    ("nl", "en", "Geef de kinderen geen batterijen.", "Keep batteries away from children."
     " Never give them any."),
    ("de", "en", "Öffnen Sie die Tür nicht?", "Do you open the door?"),
    ("de", "en", "Können Sie die Tür nicht öffnen, rufen Sie den Kundendienst.",
     "Call the service when the door is stuck."),
    ("nl", "en", "Als de deur niet sluit, bel ons.", "Call us when the door is stuck."),
    ("nl", "en", "De deur gaat niet open.", "The door stays shut."),
    ("nl", "en", "Mochten de onderdelen niet passen, bel ons.", "Call us about the parts."),
    # a double negation said positively on the other side (with, only, z)
    ("nl", "en", "Gebruik het apparaat nooit zonder water.",
     "Use the appliance only with water."),
    ("en", "de", "Children must not approach without supervision.",
     "Kinder dürfen sich dem Gerät nur unter Aufsicht nähern."),
    # a sentence-opening negation with a negative word: no ... sino (nothing but), a
    # novel's turn, and a negation the other side sets aside (no doubt)
    ("es", "en", "No era sino un perro viejo.", "It was an old dog."),
    ("es", "en", "No hay que dudar sin motivo.", "No doubt he was right."),
    # a negation in the middle of a sentence only negates (no instruction)
    ("es", "en", "El programa no se detiene.", "The programme keeps running."),
])
def test_near_misses_are_not_reported(src_lang: str, tgt_lang: str, source: str,
                                      target: str) -> None:
    assert findings([(source, target)], code="negation-mismatch", src_lang=src_lang,
                    tgt_lang=tgt_lang) == []


def test_a_language_without_negation_words_is_not_compared() -> None:
    assert findings([("Do not open the door.", "Opna hurðina.")], code="negation-mismatch",
                    src_lang="en", tgt_lang="is") == []


@pytest.mark.parametrize(("text", "lang", "cues"), [
    ("Do not open it.", "en", [(Kind.INITIAL, "Do not")]),
    ("I do not know.", "en", [(Kind.NEGATOR, "do not")]),
    ("You must not open it.", "en", [(Kind.PROHIBITION, "must not")]),
    ("Warning: never use it.", "en", [(Kind.INITIAL, "never")]),
    ("N'ouvrez pas la porte.", "fr", [(Kind.PROHIBITION, "N'ouvrez pas")]),
    ("Ne l'utilisez jamais.", "fr", [(Kind.PROHIBITION, "Ne l'utilisez jamais")]),
    ("N'utilisez que de l'eau.", "fr", [(Kind.NEGATOR, "N'")]),
    ("Ne pas ouvrir.", "fr", [(Kind.PROHIBITION, "Ne pas")]),
    ("Öffnen Sie die Tür nicht.", "de", [(Kind.PROHIBITION, "Öffnen Sie die Tür nicht")]),
    ("Sie öffnen die Tür nicht.", "de", [(Kind.NEGATOR, "nicht")]),
    ("Open de deur niet.", "nl", [(Kind.PROHIBITION, "Open de deur niet")]),
    ("Gebruik het nooit zonder water.", "nl",
     [(Kind.PROHIBITION, "Gebruik het nooit"), (Kind.NEGATIVE, "zonder")]),
    ("Neotevírejte dvířka, nesmí se to.", "cs",
     [(Kind.PROHIBITION, "Neotevírejte"), (Kind.PROHIBITION, "nesmí")]),
    ("Nefunguje to.", "cs", [(Kind.NEGATOR, "Nefunguje")]),
    ("Nechte dvířka otevřená.", "cs", []),
    ("Někdy je třeba něco vyměnit.", "cs", []),  # ně-: sometimes, something
    ("Nejste doma.", "cs", [(Kind.NEGATOR, "Nejste")]),
    ("Nie wolno otwierać.", "pl", [(Kind.PROHIBITION, "Nie wolno")]),
    ("Die Tür ist nicht zu öffnen.", "de", [(Kind.NEGATOR, "nicht")]),
    ("Das Öffnen ist verboten.", "de", [(Kind.PROHIBITION, "verboten")]),
    ("No. 5", "es", []),
    ("请勿打开，不可能。", "zh", [(Kind.PROHIBITION, "请勿"), (Kind.NEGATIVE, "不可能")]),
])
def test_cues_are_read(text: str, lang: str, cues: list[tuple[Kind, str]]) -> None:
    assert [(c.kind, text[c.start:c.end]) for c in negation_cues(text, lang)] == cues


@pytest.mark.parametrize("lang", NEGATION_LANGUAGES)
def test_each_negations_file_parses_and_forbids(lang: str) -> None:
    text = get_profile(lang).data_text(NEGATIONS_DATA)
    assert text is not None
    sections = parse_negations(text, name=lang)
    assert set(sections) <= set(SECTIONS)
    assert sections.get("prohibitions") and sections.get("negators")
    for phrases in sections.values():
        assert all(p == p.lower() for p in phrases)
        assert len(set(phrases)) == len(phrases)
    assert words_of(lang) is not None


def test_bad_negations_files_are_refused_with_their_line() -> None:
    with pytest.raises(ValueError, match=r"x/negations.txt:2: unknown section \[never\]"):
        parse_negations("# c\n[never]\nnot\n", name="x/negations.txt")
    with pytest.raises(ValueError, match=r"x/negations.txt:1: 'not' before any"):
        parse_negations("not\n", name="x/negations.txt")


# Written for these tests (s41 Japanese walk, items 2 and 13).
@pytest.mark.parametrize(("src", "tgt", "src_lang", "tgt_lang", "reported"), [
    # ず is no す: a sentence in ます/です negates nothing, so a lost "Do not" is seen
    ("Do not open the side panel.", "サイドパネルを開けます。", "en", "ja", True),
    ("Do not touch the fan.", "ファンに触れることができます。", "en", "ja", True),
    ("Do not open the door.", "扉を開けずに待ちます。", "en", "ja", False),
    # ず in words that negate nothing keeps no prohibition alive
    ("Do not touch the fan.", "必ずファンに触れてください。", "en", "ja", True),
    ("Do not tighten the bolts.", "ボルトを少しずつ締めます。", "en", "ja", True),
    # the plain prohibition: a verb's dictionary form and な at the sentence's end
    ("扉を開けるな。", "Open the door.", "ja", "en", True),
    ("素手で触るな！", "Touch it with bare hands.", "ja", "en", True),
    ("Do not open the cover.", "カバーを開けるな。", "en", "ja", False),
    ("Do not open the cover.", "カバーを開けるな", "en", "ja", False),
    # な after an adjective or a noun, or inside the sentence: no prohibition
    ("静かな部屋で使用します。", "Use it in a quiet room.", "ja", "en", False),
    ("きれいだな。", "It is clean.", "ja", "en", False),
    ("Do not open the cover.", "静かな部屋でカバーを開けます。", "en", "ja", True),
])
def test_japanese_voicing_marks_and_the_plain_prohibition(
        src: str, tgt: str, src_lang: str, tgt_lang: str, reported: bool) -> None:
    got = findings([(src, tgt)], code="negation-mismatch", src_lang=src_lang,
                   tgt_lang=tgt_lang)
    assert bool(got) is reported


def test_the_plain_prohibition_is_a_cue_at_the_end_only() -> None:
    assert [(c.kind, c.start, c.end) for c in negation_cues("扉を開けるな。", "ja")] == [
        (Kind.PROHIBITION, 4, 6)]
    assert negation_cues("開けるなどの操作", "ja") == []
    assert negation_cues("ファンに触れます。", "ja") == []


# Written for this test: a Dutch imperative with geen, nooit, niet right after its verb
# forbids, as German Kein ... verwenden does (before, it merely negated, and a target
# that dropped it was not reported).
@pytest.mark.parametrize(("text", "cues"), [
    ("Gebruik geen oplosmiddelen.", [(Kind.PROHIBITION, "Gebruik geen")]),
    ("Raak nooit de messen aan.", [(Kind.PROHIBITION, "Raak nooit")]),
    ("Verwijder geen onderdelen tijdens het programma.", [(Kind.PROHIBITION, "Verwijder geen")]),
    ("Gebruik niet in de buurt van water.", [(Kind.PROHIBITION, "Gebruik niet")]),
    # a statement, an answer, an adverb before geen, a question: no imperative
    ("Er is geen water.", [(Kind.NEGATOR, "geen")]),
    ("Ik heb geen tijd.", [(Kind.NEGATOR, "geen")]),
    ("Gelukkig geen gewonden.", [(Kind.NEGATOR, "geen")]),
    ("Helemaal niet.", [(Kind.NEGATOR, "niet")]),
    ("Gebruik geen water?", [(Kind.NEGATOR, "geen")]),
])
def test_a_dutch_imperative_with_geen_forbids(text: str, cues: list[tuple[Kind, str]]) -> None:
    assert [(c.kind, text[c.start:c.end]) for c in negation_cues(text, "nl")] == cues


def test_a_dutch_imperative_with_geen_dropped_is_reported() -> None:
    pairs = [("Gebruik geen oplosmiddelen.", "Use solvents."),
             ("Gebruik geen oplosmiddelen.", "Do not use solvents."),
             ("Do not touch the blades.", "Raak nooit de messen aan.")]
    found = findings(pairs, code="negation-mismatch", src_lang="nl", tgt_lang="en")
    assert [(f.unit, f.expected) for f in found] == [(0, ("Gebruik geen",))]


# Written for this test: ず is the negative auxiliary at a verb's end (切らずに, 含まず),
# a letter of other words (まず first, むずかしい), and the end of adverbs that negate
# nothing (思わず involuntarily, 絶えず constantly); 少なからず (not a little) negates.
@pytest.mark.parametrize(("text", "negates"), [
    ("電源を切らずに作業する。", True),
    ("税を含まず、送料は別です。", True),
    ("休まず運転する。", True),
    ("意味がわからず困った。", True),
    ("手つかずの部品。", True),
    ("少なからず影響がある。", True),
    ("まず電源を切ってください。", False),
    ("まずはカバーを外します。", False),
    ("ひとまず保存します。", False),
    ("必ず電源を切ってください。", False),
    ("思わず手を離した。", False),
    ("モーターは絶えず回転する。", False),
    ("相変わらず動く。", False),
    ("とりあえず確認する。", False),
    ("ずっと点灯する。", False),
    ("設定はむずかしい。", False),
    ("しずかな部屋で使う。", False),
    ("温度にかかわらず使える。", False),
])
def test_japanese_zu_negates_at_a_verbs_end_only(text: str, negates: bool) -> None:
    assert bool(negation_cues(text, "ja")) is negates


def test_a_prohibition_rendered_with_mazu_is_reported() -> None:
    """Before, まず (first) read as a negation kept the English prohibition."""
    pairs = [("Do not open the cover.", "まずカバーを開けてください。"),
             ("Do not open the cover.", "カバーを開けないでください。")]
    found = findings(pairs, code="negation-mismatch", src_lang="en", tgt_lang="ja")
    assert [(f.unit, f.expected) for f in found] == [(0, ("Do not",))]
