"""The one place where checks are registered: codes, default severities, families."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from aligner.check import terminology
from aligner.check.arabic_names import check_names
from aligner.check.base import CheckSpec, Family, stateless
from aligner.check.bounds import check_bounds
from aligner.check.checklist import check_checklist
from aligner.check.claims import check_claims
from aligner.check.code_spans import check_code_spans
from aligner.check.codes import check_codes
from aligner.check.completeness import check_completeness, completeness_moves
from aligner.check.consistency import check_segments
from aligner.check.currencies import check_currencies
from aligner.check.date_names import check_date_names
from aligner.check.date_order import check_date_order
from aligner.check.dimensions import check_dimensions
from aligner.check.enumeration import check_enumeration
from aligner.check.formatting_spans import check_formatting_spans
from aligner.check.length import check_length
from aligner.check.links import check_links
from aligner.check.negation_check import check_negations
from aligner.check.number_context import check_number_context
from aligner.check.number_format import check_number_format
from aligner.check.number_pairs import check_number_pairs
from aligner.check.numbers import check_numbers
from aligner.check.ordinals import check_number_words
from aligner.check.percent_points import check_percent_points
from aligner.check.placeholders import check_placeholders
from aligner.check.punctuation import check_punctuation
from aligner.check.ranges import check_ranges
from aligner.check.ratios import check_ratios
from aligner.check.refsigns import check_refsigns
from aligner.check.repeats import check_repeats
from aligner.check.sections import check_sections
from aligner.check.shortcuts import check_shortcuts
from aligner.check.spacing import check_spacing
from aligner.check.subtitles import check_subtitles
from aligner.check.tags import check_tags
from aligner.check.weekdays import check_weekdays
from aligner.check.wrong_language import check_wrong_language
from aligner.model import Severity

E, W = Severity.ERROR, Severity.WARNING

FAMILIES: tuple[Family, ...] = (
    Family("terminology", (
        CheckSpec("term-missing", E, "a glossary term of the source has no approved rendering"),
        CheckSpec("term-forbidden", E, "the target uses a forbidden rendering"),
        CheckSpec("term-forbidden-elsewhere", W,
                  "a forbidden rendering in a unit whose source lacks its term"),
        CheckSpec("term-inconsistent", W, "a term is rendered differently across the document"),
        CheckSpec("term-accents", Severity.INFO,
                  "a name of the glossary written without its accents (or with others)"),
        CheckSpec("term-pronoun", Severity.INFO,
                  "a name of the glossary not rendered, where a pronoun may stand for it"),
    ), terminology.check_terminology, terminology.prepare, terminology.annotate),
    Family("completeness", (
        CheckSpec("empty-target", E, "the target is empty"),
        CheckSpec("empty-source", Severity.INFO, "the source is empty: the target adds text"),
        CheckSpec("one-sided-front-matter", Severity.INFO,
                  "front matter (a copyright page, a dedication) on one side only, as the "
                  "book marks it: not a translation's omission or addition"),
        CheckSpec("untranslated", E, "the target is a copy of the source"),
        CheckSpec("possible-omission", W,
                  "a sentence joined to a translated one may be untranslated"),
        CheckSpec("moved", W, "source sentences without a counterpart whose translation "
                              "the target has elsewhere, without a counterpart either "
                              "(a moved paragraph)"),
    ), check_completeness, completeness_moves),
    Family("wrong-language", (
        CheckSpec("wrong-language", E, "a sentence of the target is plainly in another "
                                       "language (the source's, left untranslated)"),
    ), stateless(check_wrong_language)),
    Family("numbers", (
        CheckSpec("number-mismatch", E, "numbers differ between source and target"),
    ), stateless(check_numbers)),
    Family("number-word-mismatch", (
        CheckSpec("number-word-mismatch", W, "a count from 2 to 10 in words before a noun "
                                             "of time or measure differs (two years / "
                                             "trois ans), or an ordinal before a noun "
                                             "(der erste Flansch / the second flange)"),
    ), stateless(check_number_words)),
    Family("percent-points", (
        CheckSpec("percent-points", W, "percentage points on one side, per cent on the "
                                       "other (0.9个百分点 / 0.9%)"),
    ), stateless(check_percent_points)),
    Family("number-words-digits", (
        CheckSpec("number-words-digits", E, "a number in words and again in digits in "
                                            "brackets says two numbers, on either side "
                                            "(sesenta (30) días)"),
    ), stateless(check_number_pairs)),
    Family("list-labels", (
        CheckSpec("list-label-mismatch", W, "the labels of a list inside a unit differ "
                                            "((i) (ii) (iii) / (i) (ii))"),
    ), stateless(check_enumeration)),
    Family("number-format", (
        CheckSpec("number-format", W, "a decimal number of the target written in the other "
                                      "locale style (2,5 in English, 2.5 mg in Spanish)"),
    ), stateless(check_number_format)),
    Family("number-context", (
        CheckSpec("sign-mismatch", W, "the comparison sign before a number differs "
                                      "(≥ 1/10 / > 1/10)"),
        CheckSpec("unit-mismatch", W, "the unit after a number differs (250 µg / "
                                      "250 mg, 12 hours / 12 dias, 5 mg/kg / 5 mg)"),
    ), stateless(check_number_context)),
    Family("currencies", (
        CheckSpec("currency-mismatch", E, "the same amount in another currency "
                                          "(EUR 45,000 / USD 45.000, 45.000 dólares)"),
    ), stateless(check_currencies)),
    Family("range-order", (
        CheckSpec("range-order", W, "a change or range of numbers given the other way round "
                                    "(del 7 % al 5 % / from 5% to 7%)"),
    ), stateless(check_ranges)),
    Family("bound-mismatch", (
        CheckSpec("bound-mismatch", W, "a number bounded from below on one side and from "
                                       "above on the other (at least 0.5 % / höchstens "
                                       "0,5 %, more than 5 mm / 5 mm以下)"),
    ), stateless(check_bounds)),
    Family("negation-mismatch", (
        CheckSpec("negation-mismatch", W, "one side forbids or negates where the other "
                                          "negates nothing (Do not kink the hose / Należy "
                                          "zagiąć wąż, Neotevírejte dvířka / Open the door)"),
        CheckSpec("negation-dropped", Severity.INFO,
                  "one side states a rule negated where the other negates nothing (dies "
                  "gilt nicht für Schäden / This also applies to damage)"),
    ), stateless(check_negations)),
    Family("date-order", (
        CheckSpec("date-order", W, "a numeric date whose day and month the target swaps, "
                                   "as each side's reader reads it (01/04/2025 / 04/01/2025 "
                                   "in British English)"),
    ), stateless(check_date_order)),
    Family("dimension-order", (
        CheckSpec("dimension-order", W, "a dimension's numbers given in another order "
                                        "(120 x 85 cm / 85 x 120 cm)"),
    ), stateless(check_dimensions)),
    Family("ratio-order", (
        CheckSpec("ratio-order", W, "a ratio's two numbers given the other way round "
                                    "(randomised 2:1 / randomizados 1:2)"),
    ), stateless(check_ratios)),
    Family("reference-sign-swapped", (
        CheckSpec("reference-sign-swapped", W, "the target names a reference sign with the "
                                               "noun it gives another sign elsewhere "
                                               "(housing (16) where 16 is the shaft)"),
    ), stateless(check_refsigns)),
    Family("claim-reference", (
        CheckSpec("claim-reference", W, "a patent claim numbered otherwise, referring to "
                                        "itself or a later claim, or to other claims with "
                                        "the same numbers (5. ... nach Anspruch 3 / 3. ... "
                                        "claim 5; Ansprüche 1 bis 4 / claim 1 or 4)"),
    ), stateless(check_claims)),
    Family("codes", (
        CheckSpec("code-mismatch", W, "a code of letters and digits (model, part, version) "
                                      "differs between source and target"),
    ), stateless(check_codes)),
    Family("code-spans", (
        CheckSpec("code-changed", W, "text the document marks as code (inline code, a code "
                                     "block's line) differs between source and target"),
    ), stateless(check_code_spans)),
    Family("links", (
        CheckSpec("link-mismatch", W, "a web or e-mail address differs between source and "
                                      "target"),
    ), stateless(check_links)),
    Family("formatting-spans", (
        CheckSpec("bold-mismatch", W, "the sides of a unit of two documents set a different "
                                      "number of spans in bold (a UI label dropped)"),
        CheckSpec("link-order", W, "the same links in another order (swapped between their "
                                   "words)"),
    ), stateless(check_formatting_spans)),
    Family("tags", (
        CheckSpec("tag-mismatch", E, "inline tags missing in the target, or not in the source"),
        CheckSpec("tag-order", W, "the same inline tags in another order"),
    ), stateless(check_tags), sees_tags=True),
    Family("placeholders", (
        CheckSpec("placeholder-mismatch", E, "a format placeholder ({0}, {name}, %s, %1$d, "
                                             "{{name}}) missing, extra or renamed"),
    ), stateless(check_placeholders)),
    Family("shortcuts", (
        CheckSpec("shortcut-mismatch", W, "a keyboard shortcut (Ctrl+S, ⌘Q) differs between "
                                          "source and target"),
    ), stateless(check_shortcuts)),
    Family("consistency", (
        CheckSpec("segment-inconsistent", W,
                  "identical sources with different targets, or the reverse"),
    ), stateless(check_segments)),
    Family("punctuation", (
        CheckSpec("inverted-mark", W, "Spanish ?/! without its opening ¿/¡, or the reverse"),
        CheckSpec("end-punctuation", W, "source and target end with different marks"),
        CheckSpec("unbalanced-quotes", W, "quotation marks unbalanced on one side only"),
        CheckSpec("unbalanced-brackets", W, "brackets unbalanced on one side only"),
        CheckSpec("double-space", W, "a double space in the target"),
        CheckSpec("edge-space", W, "leading/trailing whitespace differs"),
    ), stateless(check_punctuation)),
    Family("spacing", (
        CheckSpec("spacing-before-mark", W, "no space before ; : ! ? or inside « » where "
                                            "the target's language spaces them (French)"),
    ), stateless(check_spacing)),
    Family("date-names", (
        CheckSpec("calendar-case", W, "a month or weekday name capitalised in a date where "
                                      "the target's language writes it lower case"),
        CheckSpec("date-comma", W, "a comma between month and year (7 de junio, 1938) "
                                   "where the target's language writes none"),
    ), stateless(check_date_names)),
    Family("weekdays", (
        CheckSpec("weekday-mismatch", W, "the weekdays named differ between source and "
                                         "target (el martes / on Wednesday)"),
    ), stateless(check_weekdays)),
    Family("repeats", (
        CheckSpec("repeated-word", W, "the same word twice in a row in the target"),
        CheckSpec("repeated-mark", W, "a punctuation mark typed twice in the target (,, .. ;;)"),
        CheckSpec("repeated-translation", W, "the target says one thing twice (a sentence "
                                             "and its revision) where the source says it once"),
    ), stateless(check_repeats)),
    Family("name-mismatch", (
        CheckSpec("name-mismatch", W, "a name of the source replaced by another in the "
                                      "target (Maria Lopez / Lucia Lopez), or names "
                                      "swapped between two units"),
    ), stateless(check_names)),
    Family("checklist", (
        CheckSpec("checklist", W, "a pattern of the user's checklist (--checklist FILE) "
                                  "matches"),
    ), stateless(check_checklist)),
    Family("subtitles", (
        CheckSpec("subtitle-overlap", W, "a subtitle cue starts before the one before it ends "
                                         "(or starts)"),
        CheckSpec("subtitle-end-before-start", W, "a subtitle cue ends before (or when) it "
                                                  "starts"),
        CheckSpec("subtitle-reading-speed", W, "a subtitle cue has more characters a second "
                                               "than --subtitle-cps (17)"),
        CheckSpec("subtitle-line-length", W, "a line of a subtitle cue is longer than "
                                             "--subtitle-line (42 characters)"),
        CheckSpec("subtitle-line-count", W, "a subtitle cue has more lines than "
                                            "--subtitle-lines (2)"),
        CheckSpec("subtitle-duration", W, "a subtitle cue is shown less than 5/6 s or more "
                                          "than 7 s (--subtitle-min/max-duration)"),
        CheckSpec("subtitle-cue-count", Severity.INFO, "the two subtitle files have "
                                                       "different numbers of cues"),
        CheckSpec("subtitle-cue-order", W, "two target cues timed as two source cues match "
                                           "them crosswise: their texts may be in another "
                                           "order"),
        CheckSpec("subtitle-cue-shift", W, "a target cue starts more than --subtitle-shift "
                                           "(1.5 s) from its source cue in files otherwise "
                                           "in sync"),
        CheckSpec("subtitle-timing", W, "the cue times of two subtitle files differ "
                                        "throughout (an offset, a frame rate)"),
    ), stateless(check_subtitles)),
    Family("length", (
        CheckSpec("length-ratio", W, "target length far from the document's usual ratio"),
        CheckSpec("alignment-low-confidence", W, "the aligner was unsure about this unit"),
    ), stateless(check_length)),
    Family("sections", (
        CheckSpec("unsure-section", W, "two headings paired over sections whose sentence "
                                       "pairs score below --min-confidence on average"),
        CheckSpec("front-matter-mismatch", W, "front matter of one side, as its book marks "
                                              "it, paired with unmarked text of the other"),
    ), stateless(check_sections)),
)

CHECKS: Mapping[str, CheckSpec] = MappingProxyType(
    {spec.code: spec for family in FAMILIES for spec in family.checks}
)
CODE_ORDER: Mapping[str, int] = MappingProxyType({code: i for i, code in enumerate(CHECKS)})
