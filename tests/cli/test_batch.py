"""``aligner batch``'s Ctrl-C: the first one ends the run, those after it are ignored; the
collection's remembered glossary in a run of another language pair."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from aligner.cli.batch import first_ctrl_c_ignores_the_next


def test_a_second_ctrl_c_while_the_run_ends_is_ignored() -> None:
    """A second KeyboardInterrupt landed anywhere in the ending of the run (between two
    workers being ended), and left workers running that the exit waited for."""
    before = signal.getsignal(signal.SIGINT)
    try:
        with pytest.raises(KeyboardInterrupt), first_ctrl_c_ignores_the_next():
            signal.raise_signal(signal.SIGINT)
            pytest.fail("the first Ctrl-C did not interrupt the run")
        try:
            signal.raise_signal(signal.SIGINT)  # the second: nothing
        except KeyboardInterrupt:
            pytest.fail("a second Ctrl-C interrupted the ending of the run")
        assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, before)


def test_without_ctrl_c_the_handler_before_is_put_back() -> None:
    before = signal.getsignal(signal.SIGINT)
    with first_ctrl_c_ignores_the_next():
        assert signal.getsignal(signal.SIGINT) is not before
    assert signal.getsignal(signal.SIGINT) is before


def test_each_language_pair_remembers_its_own_glossary(tmp_path: Path) -> None:
    """A collection remembers the settings of each language pair: a run of a pair of none
    yet says which the other pairs have, and takes none of them; a glossary given to it is
    remembered for it alone.  A pair's glossary of another pair (what an upgraded
    collection may hold) stops its run, naming the pair."""
    import hashlib

    from click.testing import CliRunner

    from aligner.cli.main import cli
    from aligner.collection.remembered import Setting, all_remembered, remember, remembered
    from aligner.collection.store import open_collection

    def batch(src: str, tgt: str, *extra: str) -> tuple[int, str]:
        for lang, text in ((src, "Uno. Dos."), (tgt, "One. Two.")):
            (tmp_path / src / lang).mkdir(parents=True, exist_ok=True)
            (tmp_path / src / lang / f"a{src}.{lang}.txt").write_text(text + "\n",
                                                                    encoding="utf-8")
        result = CliRunner().invoke(cli, ["batch", str(tmp_path / src / src),
                                          str(tmp_path / src / tgt), "--db", str(db),
                                          "--jobs", "1", "--encoder", "none", *extra])
        return result.exit_code, result.stderr

    db, glossary = tmp_path / "c.db", tmp_path / "g.tsv"
    glossary.write_text("es\ten\nuno\tone\n", encoding="utf-8")
    sha = hashlib.sha256(glossary.read_bytes()).hexdigest()
    assert batch("es", "en", "--glossary", str(glossary))[0] == 0
    code, stderr = batch("en", "es")
    assert code == 0, stderr
    assert stderr.splitlines()[0] == (
        "aligner: the collection remembers no settings for en -> es yet (each language pair "
        f"keeps its own; es -> en: --glossary {glossary} (sha256 {sha[:12]})): aligning with "
        "the options given and the defaults, which it remembers for en -> es once a document "
        "of it is stored")
    with open_collection(db) as c:
        assert remembered(c.conn, ("en", "es"))["glossary"].value is None
        assert remembered(c.conn, ("es", "en"))["glossary"].value == str(glossary)
        # given to en -> es, read the other way round, and its setting alone
    code, stderr = batch("en", "es", "--glossary", str(glossary))
    assert code == 0 and stderr.splitlines()[0] == (
        f"aligner: warning: --glossary {glossary} (sha256 {sha[:12]}) replaces the "
        "collection's --no-glossary for en -> es and is its setting from now on: the en -> es "
        "documents aligned otherwise are realigned (its other language pairs keep theirs; "
        "leave the option out to go on with the collection's)"), stderr
    code, stderr = batch("es", "en")
    assert code == 0 and stderr.splitlines()[0] == (
        f"aligner: using the collection's settings for es -> en: --glossary {glossary} "
        f"(sha256 {sha[:12]})"), stderr
    assert "0 pairs aligned, 1 unchanged" in stderr
    # fr -> de holds a glossary of es -> en (as an upgraded collection may): refused
    with open_collection(db) as c, c.transaction():
        remember(c.conn, ("fr", "de"), [Setting("glossary", str(glossary), sha)])
    code, stderr = batch("fr", "de")
    assert (code, stderr) == (2, f"aligner: error: {db}: the collection's --glossary "
                                 f"{glossary} for fr -> de is for another language pair "
                                 "(glossary is for es -> en, not fr -> de): give --glossary "
                                 "FILE of this pair, or --no-glossary; either is the "
                                 "collection's setting for fr -> de from then on (its other "
                                 "pairs keep theirs)\n")
    assert batch("fr", "de", "--no-glossary")[0] == 0
    with open_collection(db) as c:
        assert {p: s["glossary"].value for p, s in all_remembered(c.conn).items()} == {
            ("es", "en"): str(glossary), ("en", "es"): str(glossary), ("fr", "de"): None}


def test_a_new_collection_is_said_to_be_new(tmp_path: Path) -> None:
    """A mistyped --db started a collection of its own with no word that it was new (the
    agency's walk); -q leaves the line out, as it does every line that says what was done."""
    from click.testing import CliRunner

    from aligner.cli.main import cli

    for lang, text in (("es", "Uno. Dos."), ("en", "One. Two.")):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / f"a.{lang}.txt").write_text(text + "\n", encoding="utf-8")
    db = tmp_path / "c.db"
    args = ["batch", str(tmp_path / "es"), str(tmp_path / "en"), "--db", str(db), "--jobs",
            "1", "--encoder", "none"]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    said = f"aligner: {db} is a new collection (no file of that name was there)"
    assert said in first.stderr.splitlines()
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 0 and "new collection" not in again.stderr, again.output
    quiet = CliRunner().invoke(cli, [*args[:3], "--db", str(tmp_path / "d.db"), "-q",
                                     "--jobs", "1", "--encoder", "none"])
    assert quiet.exit_code == 0 and "new collection" not in quiet.stderr, quiet.output


def test_a_pair_refused_for_every_document_keeps_no_settings(tmp_path: Path) -> None:
    """walk6: batch es/ en/, then batch en/ es/ of the same names: refused (the names are
    the es -> en documents'), and the collection listed settings of en -> es, which has
    no document.  It keeps none; es -> en keeps its own."""
    from click.testing import CliRunner

    from aligner.cli.main import cli
    from aligner.collection.remembered import all_remembered
    from aligner.collection.store import open_collection

    for lang, text in (("es", "La sala abre a las diez.\n"), ("en", "The room opens at ten.\n")):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / f"aviso.{lang}.txt").write_text(text, encoding="utf-8")
    db = str(tmp_path / "c.db")

    def batch(src: str, tgt: str, *extra: str) -> tuple[int, str]:
        result = CliRunner().invoke(cli, ["batch", str(tmp_path / src), str(tmp_path / tgt),
                                          "--db", db, "--jobs", "1", "--encoder", "none",
                                          *extra])
        return result.exit_code, result.stderr

    assert batch("es", "en")[0] == 0
    code, stderr = batch("en", "es")
    assert code == 1 and "the collection holds a document of es -> en named 'aviso'" in stderr
    assert ("aligner: no en -> es document was stored: the collection remembers no "
            "settings for it\n") in stderr
    with open_collection(db) as c:
        assert list(all_remembered(c.conn)) == [("es", "en")]
