from __future__ import annotations

from pathlib import Path

import pytest

from aligner.glossary import load_glossary
from aligner.model import Glossary

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def glossary() -> Glossary:
    return load_glossary(DATA / "glossary.tsv", src_lang="es", tgt_lang="en")
