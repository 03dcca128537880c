"""A TMX of units of several language pairs (header srclang ``*all*``, each ``tu`` its
own): read a pair at a time, each unit in its own direction."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.formats.tmx import load_tmx, load_tmx_pairs
from aligner.inputs import read_file

HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header '
        'creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" '
        'adminlang="en" srclang="{src}" datatype="plaintext"/><body>\n')


def _tu(srclang: str | None, *tuvs: tuple[str, str]) -> str:
    own = f' srclang="{srclang}"' if srclang else ""
    return (f"<tu{own}>" + "".join(f'<tuv xml:lang="{lang}"><seg>{text}</seg></tuv>'
                                   for lang, text in tuvs) + "</tu>\n")


MIXED = HEAD.format(src="*all*") + "".join([
    _tu("es", ("es", "Uno."), ("en", "One.")),
    _tu("en", ("en", "Two."), ("es", "Dos.")),
    _tu("es-ES", ("es-ES", "Tres."), ("en-GB", "Three.")),  # es -> en, regions aside
    _tu("es", ("es", "Solo.")),  # one language: left out
    _tu(None, ("fr", "Quatre."), ("de", "Vier.")),  # no srclang of its own: its first tuv
    _tu("en", ("en", "Five."), ("es", "Cinco.")),
]) + "</body></tmx>\n"


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    path = tmp_path / "all.tmx"
    path.write_text(MIXED, encoding="utf-8")
    return path


def test_each_unit_is_read_in_its_own_pair(mixed: Path) -> None:
    parts = load_tmx_pairs(mixed)
    assert [(p.src_lang, p.tgt_lang, [(u.index, u.source, u.target) for u in p.units],
             p.skipped) for p in parts] == [
        ("es", "en", [(0, "Uno.", "One."), (2, "Tres.", "Three.")], 1),
        ("en", "es", [(1, "Two.", "Dos."), (5, "Five.", "Cinco.")], 0),
        ("fr", "de", [(4, "Quatre.", "Vier.")], 0)]
    assert all(p.header.startswith(b"<header ") for p in parts)


def test_a_file_of_one_pair_is_read_as_load_tmx_reads_it(tmp_path: Path) -> None:
    one = tmp_path / "one.tmx"
    one.write_text(HEAD.format(src="es") + _tu(None, ("es", "Uno."), ("en", "One."))
                   + _tu("es", ("es", "Dos."), ("en", "Two.")) + "</body></tmx>\n",
                   encoding="utf-8")
    assert load_tmx_pairs(one) == (load_tmx(one),)
    # a unit of three languages that says no source language (no srclang of its own,
    # the header's *all*) has no pair of its own: the file is read as before
    three = tmp_path / "three.tmx"
    three.write_text(HEAD.format(src="*all*") + _tu("en", ("en", "Two."), ("es", "Dos."))
                     + _tu(None, ("es", "Uno."), ("en", "One."), ("fr", "Un."))
                     + "</body></tmx>\n", encoding="utf-8")
    assert load_tmx_pairs(three) == (load_tmx(three),)


def test_a_unit_of_three_languages_with_its_source_is_a_unit_in_each_target(
        tmp_path: Path) -> None:
    # the header says the source (es): the unit of es, en and fr is es -> en and es -> fr,
    # not one of them with fr lost (as load_tmx read it, the first unit's pair en -> es)
    three = tmp_path / "three.tmx"
    three.write_text(HEAD.format(src="es") + _tu("en", ("en", "Two."), ("es", "Dos."))
                     + _tu(None, ("es", "Uno."), ("en", "One."), ("fr", "Un."))
                     + _tu(None, ("es", "Solo."))
                     + "</body></tmx>\n", encoding="utf-8")
    parts = load_tmx_pairs(three)
    assert [(p.src_lang, p.tgt_lang, [(u.index, u.source, u.target) for u in p.units],
             p.skipped) for p in parts] == [
        ("en", "es", [(0, "Two.", "Dos.")], 1),  # the one-language unit: 1 tu left out
        ("es", "en", [(1, "Uno.", "One.")], 0),
        ("es", "fr", [(1, "Uno.", "Un.")], 0)]


def test_check_reads_the_first_pair_each_unit_its_own_way_and_names_the_others(
        mixed: Path) -> None:
    read = read_file(str(mixed), _tmx(), src_lang=None, tgt_lang=None)
    assert (read.src_lang, read.tgt_lang) == ("es", "en")
    # labelled by their place in the file (no tuid), and numbered by it: the tu of
    # another pair between them keeps its number, empty, as a tu left out always has
    assert [(u.label, u.source, u.target) for u in read.units] == [
        ("tu 1", "Uno.", "One."), (None, "", ""), ("tu 3", "Tres.", "Three.")]
    assert read.notes == (
        f"{mixed}: 1 of 3 units left out, not checked: no text in es or in en (in other "
        "languages only: --src-lang and --tgt-lang choose them)",
        f"{mixed}: its units are of 3 language pairs, each saying its own (srclang): checked "
        "those of es -> en, each in its own direction; left out, not checked: 2 of en -> es, "
        "1 of fr -> de (--src-lang and --tgt-lang read every unit in the pair they give)")
    # languages given: every unit that has both, in the pair given, as before
    given = read_file(str(mixed), _tmx(), src_lang="en", tgt_lang="es")
    assert [(u.source, u.target) for u in given.units if u.source] == [
        ("One.", "Uno."), ("Two.", "Dos."), ("Three.", "Tres."), ("Five.", "Cinco.")]


def _tmx():  # type: ignore[no-untyped-def]
    from aligner.formats import AlignmentFormat

    return AlignmentFormat.TMX
