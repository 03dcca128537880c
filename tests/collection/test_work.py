"""One pair's settings hash: what counts, and what does not."""

from __future__ import annotations

import pytest

from aligner.collection.work import BatchSettings, encoding_matters


@pytest.mark.parametrize(("data", "encoding", "matters"), [
    ("Año".encode(), "cp1252", False),  # UTF-8 text is read as such whatever the option
    ("Año".encode("cp1252"), "cp1252", True),
    (b"plain ASCII", "cp1252", False),  # the same text in any encoding that keeps ASCII
    (b"plain ASCII", "utf-16-le", True),
    ("\ufeffAño".encode("utf-16"), "cp1252", False),  # a byte-order mark decides
    ("Año".encode("cp1252"), "UTF8", True),  # not UTF-8: an error under either
])
def test_encoding_matters_only_where_the_text_depends_on_it(data: bytes, encoding: str,
                                                            matters: bool) -> None:
    assert encoding_matters(data, encoding) is matters


def test_a_pair_that_reads_the_same_under_any_option_has_the_default_hash() -> None:
    utf8, latin1 = "Año.".encode(), "Año.".encode("cp1252")
    default = BatchSettings("es", "en").pair_digest(utf8, b"Year.")
    assert default == BatchSettings("es", "en").digest()  # as collections store it
    cp1252 = BatchSettings("es", "en", encoding="cp1252")
    assert cp1252.pair_digest(utf8, b"Year.") == default
    assert cp1252.pair_digest(latin1, b"Year.") not in (default, cp1252.digest())
    assert cp1252.pair_digest(latin1, latin1) == cp1252.digest()


def test_where_a_language_came_from_is_no_setting() -> None:
    # the folder's name one run, --tgt-lang en the next: the pairs are unchanged
    said = BatchSettings("es", "en", langs_said=(None, "the name of its folder (en/)"))
    assert said.digest() == BatchSettings("es", "en").digest()
