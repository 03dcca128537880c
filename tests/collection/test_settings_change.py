"""What aligner batch says changed in the settings of a pair realigned with the same files."""

from __future__ import annotations

from dataclasses import replace

from aligner.align import AlignOptions
from aligner.collection.settings_change import settings_change, stored_change
from aligner.collection.work import BatchSettings
from aligner.model import Glossary, GlossaryEntry
from aligner.segment.srx import SrxRules

SRC, TGT = b"Hola.\n", b"Hello.\n"
LATIN1 = "Año.\n".encode("latin-1")
STORED = {"aligner": "aligner 0.1.0", "encoder": "none", "evidence": "none"}
NOW = BatchSettings("es", "en")


def _change(before: BatchSettings, now: BatchSettings, src: bytes = SRC,
            stored: dict[str, str] = STORED) -> str | None:
    return settings_change(now, src, TGT, before.pair_digest(src, TGT), stored)


def test_another_encoder_is_named_with_both_values() -> None:
    before = replace(NOW, options=AlignOptions(encoder="none"))
    assert _change(before, NOW) == "--encoder (none -> auto)"
    assert _change(NOW, before) == "--encoder (auto -> none)"


def test_options_given_now_and_not_before_are_named() -> None:
    glossary = Glossary("es", "en", (GlossaryEntry("hola", "hello"),))
    srx = SrxRules("rules.srx", True, (), ())
    assert _change(NOW, replace(NOW, glossary=glossary)) == "--glossary (given now, not before)"
    assert _change(NOW, replace(NOW, srx=srx)) == "--srx (given now, not before)"
    assert _change(NOW, replace(NOW, input_format="text")) == "--input-format (none -> text)"
    # --encoding counts only for a file it reads otherwise than UTF-8
    assert (_change(NOW, replace(NOW, encoding="cp1252"), src=LATIN1)
            == "--encoding (utf-8 -> cp1252)")
    both = replace(NOW, input_format="text", options=AlignOptions(encoder="none"))
    assert _change(NOW, both) == "--encoder (auto -> none), --input-format (none -> text)"


def test_another_version_is_taken_from_the_stored_settings() -> None:
    before = replace(NOW, version="0.0.9")
    assert (_change(before, NOW, stored={**STORED, "aligner": "aligner 0.0.9"})
            == f"aligner's version (0.0.9 -> {NOW.version})")


def test_what_was_given_before_and_not_now_is_not_told_by_the_hash() -> None:
    assert _change(replace(NOW, input_format="text"), NOW) is None
    assert _change(replace(NOW, glossary=Glossary("es", "en", ())), NOW) is None


def test_the_stored_settings_tell_what_they_record_and_name_the_rest() -> None:
    untold = ("--glossary (given or remembered), --srx, --input-format "
              "or --encoding, which the stored settings do not record")
    assert stored_change(STORED, STORED) == f"one of {untold}"
    assert (stored_change(STORED, {**STORED, "encoder": "use-multilingual-v3"})
            == f"the encoder used (none -> use-multilingual-v3), and perhaps {untold}")
    assert (stored_change({**STORED, "evidence": "terms"}, STORED)
            == "--glossary (given before, not now), and perhaps --srx, --input-format or "
               "--encoding, which the stored settings do not record")
