"""A rendering found as the head or the tail of a compound written solid."""

from __future__ import annotations

import pytest

from aligner.check import Unit, run_checks
from aligner.check.compounds import in_compound
from aligner.check.term_table import TermRenderings
from aligner.model import Glossary, GlossaryEntry, TermStatus


@pytest.mark.parametrize(
    ("renderings", "text", "lang", "found"),
    [
        # the head, with a linking s, n, or none
        (["Nebenwirkung"], "Das Nebenwirkungsprofil ist vergleichbar.", "de",
         ("Nebenwirkung", "Nebenwirkungsprofil")),
        (["Niere"], "Bei eingeschränkter Nierenfunktion", "de", ("Niere", "Nierenfunktion")),
        (["Dosis"], "Eine Dosisanpassung ist nötig.", "de", ("Dosis", "Dosisanpassung")),
        # the tail, inflected as the compound is
        (["Nebenwirkung"], "Arzneimittelnebenwirkungen waren leicht.", "de",
         ("Nebenwirkung", "Arzneimittelnebenwirkungen")),
        (["Arzt"], "Fragen Sie Ihren Zahnarzt.", "de", ("Arzt", "Zahnarzt")),
        # Dutch and Swedish write compounds solid too
        (["bijwerking"], "Het bijwerkingsprofiel is vergelijkbaar.", "nl",
         ("bijwerking", "bijwerkingsprofiel")),
        (["biverkning"], "Läkemedelsbiverkningar var sällsynta.", "sv",
         ("biverkning", "Läkemedelsbiverkningar")),
        # a rendering of three letters is inside too many words
        (["Rat"], "Die Ratte lief davon.", "de", None),
        (["Tag"], "Ein Feiertag.", "de", None),
        # the rest of the compound is a word of its own: three letters at least
        (["Dosis"], "Die Dosisse.", "de", None),
        (["Wirkung"], "Die Bewirkung.", "de", None),
        # no compound: the word itself is the term matcher's, another word is none
        (["Nebenwirkung"], "Die Nebenwirkung.", "de", None),
        (["Nebenwirkung"], "Eine Wirkung.", "de", None),
        # a rendering of several words is not looked for inside one word
        (["unerwünschte Wirkung"], "Unerwünschtewirkungsprofil", "de", None),
        # a language that writes its compounds apart
        (["effet"], "les effetsindésirables", "fr", None),
    ],
)
def test_in_compound(renderings: list[str], text: str, lang: str,
                     found: tuple[str, str] | None) -> None:
    got = in_compound(renderings, text, lang)
    assert (got[:2] if got else None) == found
    if got:
        start, end = got[2]
        assert text[start:end] == got[1]


@pytest.mark.parametrize(
    ("renderings", "text", "found"),
    [
        # a katakana rendering at the head or the tail of a katakana compound
        (["サインイン"], "ブラウザーでサインインページが開きます。",
         ("サインイン", "サインインページ")),
        (["ユーザー"], "ユーザーアカウントを作成します。", ("ユーザー", "ユーザーアカウント")),
        (["アカウント"], "ユーザーアカウントを作成します。", ("アカウント", "ユーザーアカウント")),
        # in the middle: each side leaves a word of its own
        (["アカウント"], "ユーザーアカウントページを開く",
         ("アカウント", "ユーザーアカウントページ")),
        # a rendering of two scripts: its katakana edge is what the run goes on past
        (["ログイン画面"], "ユーザーログイン画面を開く", ("ログイン画面", "ユーザーログイン画面")),
        # a short katakana rendering is inside too many other words
        (["ペン"], "ペンギンが泳ぐ。", None),
        (["データ"], "データベースを作成する。", None),
        (["ログ"], "ログインします。", None),
        # the rest must be a word of its own: three characters at least
        (["ファイル"], "プロファイルを編集する。", None),
        (["ポイント"], "アポイントメントを取る。", None),
        # a rendering that is not at the edge of the run at all: none
        (["サインイン"], "コンソールにサインインします。", None),
        # a change of script is no compound (the term matcher finds those)
        (["ワークスペース"], "ワークスペース名を入力します。", None),
        # another word altogether
        (["サインイン"], "ブラウザーでログインページが開きます。", None),
    ],
)
def test_in_katakana_compound(renderings: list[str], text: str,
                              found: tuple[str, str] | None) -> None:
    got = in_compound(renderings, text, "ja")
    assert (got[:2] if got else None) == found
    if got:
        start, end = got[2]
        assert text[start:end] == got[1]


@pytest.mark.parametrize(("text", "short_heads", "words", "found"), [
    # s38 walk3 item 4: a short katakana rendering heads a compound whose rest is a word
    # of the glossary, or any rest where the source writes the term before a word
    ("ルーバピッチは0.8mmである。", False, {"ピッチ"}, ("ルーバ", "ルーバピッチ")),
    ("ルーバピッチは0.8mmである。", True, (), ("ルーバ", "ルーバピッチ")),
    ("ペンケースは赤い。", True, (), ("ペン", "ペンケース")),
    # neither: the documented rule (ペン is not in ペンギン)
    ("ルーバピッチは0.8mmである。", False, {"フィン"}, None),
    # the rest keeps three characters, and starts as no word starts: ペンギン stays out,
    # and ルーバーピッチ is the other spelling ルーバー, not ルーバ heading it
    ("ペンギンが泳ぐ。", True, (), None),
    ("ルーバーピッチは0.8mmである。", True, {"ーピッチ"}, None),
    # at the head only: a short rendering at the tail or in the middle is not looked for
    ("フィンルーバは切られる。", True, (), None),
])
def test_a_short_katakana_rendering_heads_a_known_compound(
        text: str, short_heads: bool, words: set[str], found: tuple[str, str] | None) -> None:
    rendering = found[0] if found else ("ペン" if "ペン" in text else "ルーバ")
    got = in_compound([rendering], text, "ja", short_heads=short_heads, words=words)
    assert (got[:2] if got else None) == found


def test_a_short_katakana_rendering_of_a_source_compound_renders_its_term() -> None:
    glossary = Glossary("en", "ja", (GlossaryEntry("louvre", "ルーバ", TermStatus.PREFERRED),
                                     GlossaryEntry("fin", "フィン", TermStatus.PREFERRED)))
    pairs = [("The louvre pitch is 0.8 mm.", "ルーバピッチは0.8mmである。"),
             ("The louvre fin is cut.", "ルーバフィンは切られる。"),  # the rest: フィン
             ("The louvre is cut.", "ルーバピッチは切られる。"),  # no compound in the source
             # ルーバー: a target's long marks are the glossary's (s29; s41 holds it there)
             ("The louvre and the fin.", "ルーバーとフィン。")]
    got = run_checks([Unit(s, t) for s, t in pairs], glossary=glossary, src_lang="en",
                     tgt_lang="ja").findings
    # フィン at the tail of ルーバフィン is still missing: a short rendering heads only
    assert [(f.unit, f.source_term) for f in got if f.code == "term-missing"] == [
        (1, "fin"), (2, "louvre"), (3, "louvre")]


def _table(source: str, target: str, src_lang: str, tgt_lang: str, term: str,
           rendering: str) -> tuple[TermRenderings, ...]:
    glossary = Glossary(src_lang, tgt_lang, (GlossaryEntry(term, rendering,
                                                           TermStatus.PREFERRED),))
    return run_checks([Unit(source, target)], glossary=glossary, src_lang=src_lang,
                      tgt_lang=tgt_lang).renderings


@pytest.mark.parametrize(("source", "target", "src_lang", "tgt_lang", "term", "rendering",
                          "rendered"), [
    # walk7 item 6: the term table counts the rendering the check accepts in a compound
    ("The side effect profile in children was similar.",
     "Das Nebenwirkungsprofil bei Kindern war vergleichbar.", "en", "de", "side effect",
     "Nebenwirkung", True),
    ("The sign-in page opens in the browser.", "ブラウザーでサインインページが開きます。",
     "en", "ja", "sign-in", "サインイン", True),
    # no compound: the table and the check both say the term is not rendered
    ("The side effect profile in children was similar.",
     "Das Wirkungsprofil bei Kindern war vergleichbar.", "en", "de", "side effect",
     "Nebenwirkung", False),
    ("Feed the rat.", "Füttere die Ratte.", "en", "de", "rat", "Rat", False),
])
def test_the_term_table_counts_a_rendering_in_a_compound(
        source: str, target: str, src_lang: str, tgt_lang: str, term: str, rendering: str,
        rendered: bool) -> None:
    [row] = _table(source, target, src_lang, tgt_lang, term, rendering)
    assert row.unrendered_units == (() if rendered else (0,))
    assert [(r.text, r.units) for r in row.renderings] == ([(rendering, (0,))] if rendered
                                                            else [])
    glossary = Glossary(src_lang, tgt_lang, (GlossaryEntry(term, rendering,
                                                           TermStatus.PREFERRED),))
    missing = [f for f in run_checks([Unit(source, target)], glossary=glossary,
                                     src_lang=src_lang, tgt_lang=tgt_lang).findings
               if f.code == "term-missing"]
    assert bool(missing) is not rendered  # the check agrees with the table
