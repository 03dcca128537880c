"""What ``glossary validate`` warns about in a valid glossary (``aligner.glossary_lint``)."""

from __future__ import annotations

from aligner.glossary import parse_glossary
from aligner.glossary_lint import (
    crossed,
    ignored_columns,
    listed_note,
    listed_terms,
    one_language,
    only_forbidden,
    same_forms,
    several_preferred,
    stray_marks,
    variety_notes,
)


def test_a_glossary_of_another_region_is_named_with_both_tags() -> None:
    g = parse_glossary("en\tpt-PT\nuser\tutilizador\n", path="pt.tsv")
    assert variety_notes(g, src_lang="en", tgt_lang="pt_br") == [
        "pt.tsv: the glossary's target language is pt-PT, the text's pt-BR: a glossary "
        "for pt-PT may forbid words that are right in pt-BR"]
    assert variety_notes(g, src_lang="en-GB", tgt_lang="pt") == []
    assert variety_notes(g, src_lang=None, tgt_lang="pt-PT") == []
    uk = parse_glossary("en-GB\tde\ncolour\tFarbe\n", path="uk.tsv")
    assert variety_notes(uk, src_lang="en-US", tgt_lang="de") == [
        "uk.tsv: the glossary's source language is en-GB, the text's en-US: a glossary "
        "for en-GB may forbid words that are right in en-US"]



def test_a_glossary_of_a_region_that_takes_in_the_text_s_is_no_other_variety() -> None:
    """es-419 is Latin America (UN M49), Mexico in it: no note, as there was before; the
    other way round, and Spain against it, the note stays."""
    latam = parse_glossary("en\tes-419\nfile\tarchivo\n", path="latam.tsv")
    assert variety_notes(latam, src_lang="en", tgt_lang="es-MX") == []
    assert variety_notes(latam, src_lang="en", tgt_lang="es_ar") == []
    assert len(variety_notes(latam, src_lang="en", tgt_lang="es-ES")) == 1
    mexico = parse_glossary("en\tes-MX\nfile\tarchivo\n", path="mx.tsv")
    assert len(variety_notes(mexico, src_lang="en", tgt_lang="es-419")) == 1


def test_one_language_is_no_pair_but_two_regions_are() -> None:
    same = one_language(parse_glossary("en\ten\nfile\tfile\n"))
    assert same is not None and same.startswith("the glossary is for en -> en: source and")
    assert one_language(parse_glossary("en\tEN_gb\nfile\tfile\n")) is not None
    assert one_language(parse_glossary("en-US\ten-GB\ncolor\tcolour\n")) is None
    assert one_language(parse_glossary("en\tde\nfile\tDatei\n")) is None


def test_terms_with_only_forbidden_renderings_are_named_on_their_first_line() -> None:
    g = parse_glossary("en\tfr\tstatus\n# c\napp\tappli\tforbidden\napp\tapplic\tforbidden\n"
                       "file\tfichier\nfile\tfile\tforbidden\n")
    assert only_forbidden(g) == [(3, "'app' has only forbidden renderings ('appli', "
                                     "'applic'): a finding cannot say what to use instead; "
                                     "add the preferred rendering")]


def test_a_rendering_approved_for_one_term_and_forbidden_for_another() -> None:
    g = parse_glossary("en\tde\tstatus\ndirectory\tVerzeichnis\nfolder\tOrdner\n"
                       "folder\tverzeichnis\tforbidden\nfile\tDatei\tallowed\n"
                       "document\tdatei\tforbidden\n")
    assert crossed(g) == [
        (4, "'verzeichnis' is forbidden for 'folder' but preferred for 'directory' (line 2): "
            "check reports it where the source has 'folder' and not 'directory'"),
        (6, "'datei' is forbidden for 'document' but allowed for 'file' (line 5): check "
            "reports it where the source has 'document' and not 'file'")]
    # a case-sensitive rendering is another rendering than its lower-case spelling
    cs = parse_glossary("en\tde\tstatus\tcase\nfolder\tOrdner\t\tsensitive\n"
                        "binder\tordner\tforbidden\tsensitive\n")
    assert crossed(cs) == []


def test_several_preferred_renderings_on_the_first_one_s_line() -> None:
    g = parse_glossary("es\ten\nabogado\tlawyer\nley\tlaw\nabogado\tattorney\n")
    assert several_preferred(g) == [
        (2, "'abogado' has 2 preferred renderings ('lawyer', 'attorney'): term-inconsistent "
            "flags the ones a document uses less; mark all but one allowed")]


def test_a_stray_end_mark_is_named_but_not_an_abbreviation() -> None:
    # s29 walk 2 item 9: the full stop makes every translation without it term-missing
    g = parse_glossary("en\tde\ncontracting party\tVertragspartei.\nfor example\tz. B.\n"
                       "limited company\tLtd.\nsee also;\tsiehe auch\nterms\tAGB\n")
    assert stray_marks(g) == [
        (2, "'Vertragspartei.' ends with '.', which 'contracting party' does not: check "
            "finds it only where a text has '.' after it; leave the mark out"),
        (5, "'see also;' ends with ';', which 'siehe auch' does not: check finds it only "
            "where a text has ';' after it; leave the mark out")]
    assert stray_marks(parse_glossary("en\tde\nInc.\tInc.\nthe end.\tdas Ende.\n")) == []


def test_columns_no_reader_reads_are_left_out_and_named() -> None:
    # s29 walk 2 item 8: a client's glossary with a domain column (was an error)
    g = parse_glossary("en\tde\tstatus\tDomain\tnote\tcomment\n"
                       "warranty\tGewährleistung\tpreferred\tlegal\tEU only\tx\n", path="c.tsv")
    assert [(e.source, e.target, e.note) for e in g.entries] == [
        ("warranty", "Gewährleistung", "EU only")]
    assert ignored_columns(g) == ["c.tsv: columns 'Domain', 'comment' not read (a glossary's "
                                  "columns after the two languages are status, note and case)"]
    assert ignored_columns(parse_glossary("en\tde\nfile\tDatei\n")) == []


def test_two_source_terms_of_the_same_word_forms_are_named_with_both_lines() -> None:
    g = parse_glossary("en\tja\tstatus\tnote\nworkspace\tワークスペース\tpreferred\tUI term\n"
                       "workspace\t作業スペース\tforbidden\n"
                       "Workspaces\tワークスペース\tpreferred\tsidebar label\n"
                       "work\t作業\npen\tペン\npenguin\tペンギン\n")
    assert same_forms(g) == [
        (4, "'Workspaces' and 'workspace' (line 2) have the same word forms: a text's "
            "occurrence is found as both, and the one written most like it (exact form, "
            "then case) gives the finding's note")]
    # terms of other words, or one inside another, are no pair
    assert same_forms(parse_glossary("en\tja\nsign in\tサインイン\nsign-in page\tサインインページ\n"
                                     "page\tページ\n")) == []


def test_a_cell_listing_terms_with_semicolons_is_named_with_its_line() -> None:
    """``"cover; lid"`` in a CSV was imported as the one term 'cover; lid' (walk 7)."""
    g = parse_glossary("en\tes\nprinter\timpresora\ncover; lid\ttapa\n"
                       "AT&amp;T\tAT&amp;T\nlid\ttapa;cubierta\nsemi;\tpunto y coma\n",
                       path="g.tsv")
    assert listed_terms(g) == [
        (3, "'cover; lid' is read as one term, ';' and all: a cell holds one term; give "
            "each its row ('cover', 'lid')"),
        (5, "'tapa;cubierta' is read as one term, ';' and all: a cell holds one term; give "
            "each its row ('tapa', 'cubierta')"),
    ]
    assert listed_note(g) == [
        "g.tsv:3: 'cover; lid' is read as one term, ';' and all: a cell holds one term; "
        "give each its row ('cover', 'lid') (and 1 more such cell: glossary validate "
        "lists them)"]
    assert listed_note(parse_glossary("en\tes\nlid\ttapa\n", path="g.tsv")) == []
