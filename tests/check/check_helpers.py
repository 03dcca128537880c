from __future__ import annotations

from aligner.check import CheckOptions, Unit, run_checks
from aligner.model import Finding, Glossary


def findings(
    pairs: list[tuple[str, str]],
    *,
    glossary: Glossary | None = None,
    code: str | None = None,
    src_lang: str = "es",
    tgt_lang: str = "en",
    options: CheckOptions | None = None,
) -> list[Finding]:
    units = [Unit(s, t) for s, t in pairs]
    result = run_checks(units, glossary=glossary, src_lang=src_lang, tgt_lang=tgt_lang,
                        options=options)
    return [f for f in result.findings if code is None or f.code == code]
