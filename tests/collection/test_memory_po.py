"""A PO catalogue imported into a collection keeps what names its entries: ``check C.db``
names a unit by its entry (``ui.es.po:14``, ``, fuzzy``) as ``check`` of the file does,
and ``import`` says which entries are fuzzy (a localization engineer's walk: the
collection said ``unit 2`` and nothing of the fuzzy entry)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.collection.conftest import run

# our own catalogue, written by hand: entries on lines 6, 9 (c-format, wrong placeholder),
# 13 (its comments included; fuzzy, a number changed)
PO = """msgid ""
msgstr ""
"Language: es\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Open the settings"
msgstr "Abre los ajustes"

#, c-format
msgid "Signed in as %s"
msgstr "Sesión iniciada como %d"

#: src/ui/dialog.c:8
#, fuzzy
msgid "Delete 3 files?"
msgstr "¿Eliminar 4 archivos?"
"""


def test_findings_name_the_po_entries_and_import_says_the_fuzzy_ones(tmp_path: Path) -> None:
    po = tmp_path / "ui.es.po"
    po.write_text(PO, encoding="utf-8")
    db = tmp_path / "c.db"
    code, _, stderr = run("import", str(db), str(po), "--src-lang", "en")
    assert code == 0, stderr
    assert (f"{po}: 1 unit of fuzzy entries (#, fuzzy), imported as they are: gettext does "
            "not use them until a translator confirms them (ui.es.po:13, fuzzy)") in stderr
    code, stdout, stderr = run("check", str(db), "--encoder", "none")
    assert code == 1, stderr
    assert "ui.es.po  unit 1 (ui.es.po:9)  ERROR placeholder-mismatch" in stdout
    assert "ui.es.po  unit 2 (ui.es.po:13, fuzzy)  ERROR number-mismatch" in stdout
    code, stdout, _ = run("check", str(db), "--encoder", "none", "--format", "json")
    labels = {f["unit"]: f["label"] for f in json.loads(stdout)["findings"]}
    code, stdout, _ = run("check", str(po), "--src-lang", "en", "--format", "json")
    assert labels == {f["unit"]: f["label"] for f in json.loads(stdout)["findings"]}
