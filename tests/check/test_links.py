"""link-mismatch (check/links.py).  Sentences written by hand for this test."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.links import links


@pytest.mark.parametrize(("text", "found"), [
    ("See https://example.com/help.", ["https://example.com/help"]),
    ("(https://example.com/a?b=1&c=2), then", ["https://example.com/a?b=1&c=2"]),
    ("请访问 https://example.cn/帮助。", ["https://example.cn/帮助"]),
    ("Write to support@example.com; or www.example.org!", ["support@example.com",
                                                           "www.example.org"]),
    ("No link: example dot com, 3.5 GB, a@b", []),
])
def test_links_are_read_without_their_trailing_punctuation(text: str,
                                                           found: list[str]) -> None:
    assert links(text) == found


@pytest.mark.parametrize(("source", "target", "reported"), [
    # s29 walk 1 item 12: a mistyped or changed address
    ("See https://example.com/help for details.", "Vea https://example.com/hlep.", True),
    ("Write to support@example.com.", "Escriba a soporte@example.com.", True),
    ("See https://example.com/a.", "Véase el sitio.", True),  # dropped
    ("See the site.", "Vea https://example.com/a.", True),  # added
    # the same link, or its page in the target's language
    ("Visit www.example.com.", "Visite www.example.com.", False),
    ("Visit https://Example.com/.", "Visite https://example.com.", False),
    ("See https://example.com/en/help.", "Vea https://example.com/es/help.", False),
    ("See https://example.com/help?lang=en.", "Vea https://example.com/help?lang=es.", False),
    ("See en.example.com/x.", "Vea es.example.com/x.", False),
    ("See https://example.com/en-us/x.", "Vea https://example.com/es-mx/x.", False),
    # a language code of neither language is part of the address
    ("See https://example.com/fr/help.", "Vea https://example.com/es/help.", True),
])
def test_link_mismatch(source: str, target: str, reported: bool) -> None:
    assert bool(findings([(source, target)], code="link-mismatch", src_lang="en",
                         tgt_lang="es")) is reported


def test_the_message_names_both_sides() -> None:
    (found,) = findings([("See https://example.com/help.", "Vea https://example.com/hlep.")],
                        code="link-mismatch", src_lang="en", tgt_lang="es")
    assert found.message == ("links differ: 'https://example.com/help' not in the target; "
                             "'https://example.com/hlep' not in the source")
    assert found.expected == ("https://example.com/help",)
    assert found.found == "https://example.com/hlep"
