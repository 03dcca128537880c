"""Fixtures for the exchange-format tests: the schemas OmegaT's jar ships, sample data."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime

import pytest
from lxml import etree

from aligner.model import Alignment, Bead, Glossary, GlossaryEntry, TermStatus
from tests import _tools
from tests._tools import omegat_jar

FIXED_DATE = datetime(2026, 11, 25, 18, 30, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def tmx_dtd() -> etree.DTD:
    """The TMX 1.4 DTD (for tests that must skip before hypothesis starts)."""
    return _tools.tmx_dtd()


@pytest.fixture(scope="session")
def tbx_schema(tmp_path_factory: pytest.TempPathFactory) -> etree.XMLSchema:
    """The TBX (martif) XML schema from OmegaT's jar, with the xml.xsd it imports."""
    where = tmp_path_factory.mktemp("tbx-schema")
    with zipfile.ZipFile(omegat_jar()) as jar:
        for name in ("tbx.xsd", "xml.xsd"):
            (where / name).write_bytes(jar.read(f"schemas/{name}"))
    return etree.XMLSchema(etree.parse(str(where / "tbx.xsd")))


# A small alignment with everything an exporter must handle: markup
# characters, quotes, emoji, non-Latin scripts, a 2-1 bead, null beads and a
# weak bead.
SAMPLE = Alignment(
    src_sentences=(
        "Tom & Jerry <dibujos>.",  # 0
        "Dijo \"hola\" y 'adiós'.",  # 1
        "Primera mitad.",  # 2
        "Segunda mitad.",  # 3
        "Sin traducción.",  # 4
        "Ελληνικά και 中文 😀.",  # 5
        "Frase dudosa.",  # 6
    ),
    tgt_sentences=(
        "Tom & Jerry <cartoons>.",  # 0
        "He said \"hello\" and 'bye'.",  # 1
        "Both halves.",  # 2
        "Greek and Chinese 😀 العربية.",  # 3
        "Inserted line.",  # 4
        "Doubtful sentence.",  # 5
    ),
    beads=(
        Bead((0,), (0,), 0.98),
        Bead((1,), (1,), 0.91),
        Bead((2, 3), (2,), 0.75),
        Bead((4,), (), 0.0),
        Bead((5,), (3,), 0.88),
        Bead((), (4,), 0.0),
        Bead((6,), (5,), 0.2),
    ),
    src_lang="es",
    tgt_lang="en",
    src_name="sample.es.txt",
    tgt_name="sample.en.txt",
    settings={"segmenter": "rules", "window": "3"},
)

# (source, target) of the beads SAMPLE exports with min_score=0.
SAMPLE_PAIRS = [
    ("Tom & Jerry <dibujos>.", "Tom & Jerry <cartoons>."),
    ("Dijo \"hola\" y 'adiós'.", "He said \"hello\" and 'bye'."),
    ("Primera mitad. Segunda mitad.", "Both halves."),
    ("Ελληνικά και 中文 😀.", "Greek and Chinese 😀 العربية."),
    ("Frase dudosa.", "Doubtful sentence."),
]

GLOSSARY = Glossary(
    src_lang="es",
    tgt_lang="en",
    entries=(
        GlossaryEntry("golpe de Estado", "coup", TermStatus.PREFERRED, "the article's word"),
        GlossaryEntry("golpe de Estado", "coup d'état", TermStatus.ALLOWED),
        GlossaryEntry("golpe de Estado", "state blow", TermStatus.FORBIDDEN, "literal & wrong"),
        GlossaryEntry("Unidad Popular", "Popular Unity", TermStatus.PREFERRED),
        GlossaryEntry("Guerra Fría", "Cold War", TermStatus.PREFERRED, "Ψυχρός Πόλεμος, 冷战 😀"),
    ),
    path="glossary.tsv",
)

# A TBX with something of each kind the glossary leaves out (read_tbx tells them).
LEFT_OUT_TBX = """<martif type="TBX-Basic" xml:lang="en-US"><text><body>
<termEntry id="c1">
 <langSet xml:lang="en-US"><tig><term>infusion pump</term>
  <termNote type="partOfSpeech">noun</termNote></tig></langSet>
 <langSet xml:lang="de-DE"><tig><term>Infusionspumpe</term>
  <termNote type="partOfSpeech">noun</termNote>
  <termNote type="grammaticalGender">feminine</termNote></tig></langSet>
 <langSet xml:lang="fr-FR"><tig><term>pompe à perfusion</term></tig></langSet>
</termEntry>
<termEntry id="c2">
 <langSet xml:lang="en-US"><tig><term>tax ID</term>
  <termNote type="administrativeStatus">superseded</termNote></tig>
  <tig><term>tax number</term></tig></langSet>
 <langSet xml:lang="de-DE"><tig><term>Steuernummer</term></tig></langSet>
</termEntry>
<termEntry id="c3"><langSet xml:lang="en-US"><tig><term>only English</term></tig></langSet>
</termEntry>
<termEntry id="c4"><langSet xml:lang="de-DE"><tig><term>nur Deutsch</term></tig></langSet>
 <langSet xml:lang="fr-FR"><tig><term>seulement français</term></tig></langSet></termEntry>
</body></text></martif>"""
