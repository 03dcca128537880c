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


def test_a_remembered_glossary_of_another_pair_says_whose_it_is(tmp_path: Path) -> None:
    """A collection remembers one glossary for all its language pairs: a run of a pair it
    is not of (nor of the reversed pair, which reads it the other way round) stops, naming
    the collection's glossary and the options that go on."""
    from click.testing import CliRunner

    from aligner.cli.main import cli

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
    assert batch("es", "en", "--glossary", str(glossary))[0] == 0
    code, stderr = batch("en", "es")  # read the other way round
    assert code == 0 and "using the collection's settings: --glossary" in stderr, stderr
    code, stderr = batch("fr", "de")
    assert (code, stderr) == (2, f"aligner: error: {db}: the collection's --glossary "
                                 f"{glossary} is for another language pair than fr -> de "
                                 "(glossary is for es -> en, not fr -> de): give --glossary "
                                 "FILE of this pair, or --no-glossary; either is the "
                                 "collection's setting from then on (it remembers one for all "
                                 "its pairs: a later run of the other pairs gives --glossary "
                                 f"{glossary} again)\n")
    assert batch("fr", "de", "--no-glossary")[0] == 0
