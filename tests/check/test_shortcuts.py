"""shortcut-mismatch (check/shortcuts.py) and its table, lang/key_names.tsv.  Sentences
written by hand for this test."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check.shortcuts import key_names, shortcuts


def test_the_table_is_well_formed() -> None:
    names = key_names()  # a malformed line or a name listed twice raises
    assert set(names.modifiers.values()) == {"ctrl", "alt", "altgr", "shift", "cmd", "fn",
                                             "win"}
    assert names.modifiers["strg"] == "ctrl" and names.modifiers["mayús"] == "shift"
    assert names.keys["supr"] == names.keys["entf"] == "delete"


@pytest.mark.parametrize(("text", "read"), [
    ("Quit with Ctrl+Q.", [("Ctrl+Q", {"ctrl"}, "Q")]),
    ("Pulse Ctrl + Mayús + d", [("Ctrl + Mayús + d", {"ctrl", "shift"}, "D")]),
    ("Drücken Sie Strg+Umschalt+F oder Alt-F4", [
        ("Strg+Umschalt+F", {"ctrl", "shift"}, "F"), ("Alt-F4", {"alt"}, "F4")]),
    ("⇧⌘S, ⌘+Q and Cmd+Option+Esc", [("⇧⌘S", {"cmd", "shift"}, "S"), ("⌘+Q", {"cmd"}, "Q"),
                                      ("Cmd+Option+Esc", {"cmd", "alt"}, "esc")]),
    ("Ctrl+Supr, Ctrl+Entf", [("Ctrl+Supr", {"ctrl"}, "delete"),
                              ("Ctrl+Entf", {"ctrl"}, "delete")]),
    # a mouse action, prose with a hyphen, a word that is no key
    ("Ctrl+click, Ctrl-clic, Shift-click, the alt-right, a win-win deal, Win-win", []),
])
def test_shortcuts_are_read(text: str, read: list[tuple[str, set[str], str]]) -> None:
    assert [(s.text, set(s.key[0]), s.key[1]) for s in shortcuts(text)] == read


@pytest.mark.parametrize(("source", "target", "message"), [
    ("Quit the app first with Ctrl+Q.", "Feche o aplicativo primeiro com Ctrl+S.",
     "keyboard shortcuts differ: Ctrl+Q not in the target; Ctrl+S not in the source"),
    ("Press Ctrl+Shift+D to switch.", "Pressione Ctrl+D para alternar.",
     "keyboard shortcuts differ: Ctrl+Shift+D not in the target; Ctrl+D not in the source"),
    ("Press Ctrl+S or ⌘S to save.", "Pulse Ctrl+S para guardar.",
     "keyboard shortcuts differ: ⌘S not in the target"),
])
def test_shortcut_mismatch(source: str, target: str, message: str) -> None:
    assert [f.message for f in findings([(source, target)], code="shortcut-mismatch",
                                        src_lang="en", tgt_lang="es")] == [message]


@pytest.mark.parametrize(("source", "target", "tgt_lang"), [
    ("Press Ctrl+Shift+D.", "Pulse Ctrl+Mayús+D.", "es"),
    ("Press Ctrl+Shift+D.", "Drücken Sie Strg+Umschalt+D.", "de"),
    ("Press Shift+Ctrl+D or Cmd+Q.", "Appuyez sur Ctrl+Maj+D ou ⌘Q.", "fr"),
    ("Press ctrl+s.", "Pressione Ctrl+S.", "pt"),
    ("Ctrl+click to select.", "Ctrl+clique para selecionar.", "pt"),
])
def test_the_same_shortcuts_written_otherwise(source: str, target: str, tgt_lang: str) -> None:
    assert findings([(source, target)], code="shortcut-mismatch", src_lang="en",
                    tgt_lang=tgt_lang) == []
