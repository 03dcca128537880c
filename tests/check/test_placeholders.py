"""placeholder-mismatch (check/placeholders.py).  Strings written by hand for this test."""

from __future__ import annotations

import pytest
from check_helpers import findings

from aligner.check import run_checks
from aligner.check.placeholders import blank_placeholders, placeholders
from aligner.check.units import Unit


@pytest.mark.parametrize(("text", "keys"), [
    ("Uploading {0} of {1}…", ["{0}", "{1}"]),
    ("Hi {name}, {user.name} and {0:N2} {1,-10} {}", ["{name}", "{user.name}", "{0:N2}",
                                                     "{1,-10}", "{}"]),
    ("Welcome back, {{name}}! {{{ html }}} ${count}", ["{{name}}", "{{{html}}}",
                                                      "${count}"]),
    ("%1$d of %2$d, %s, %d, %.2f, %-5ld, %@, %(name)s, 100%%", [
        "%1$d", "%2$d", "%s", "%d", "%.2f", "%-5ld", "%@", "%(name)s"]),
    ("{count, plural, one {{name} has # file} other {{name} has # files}}",
     ["{count, plural}", "{name}", "{name}"]),
    ("{n, number} on {d, date, short}", ["{n, number}", "{d, date}"]),
    # a branch of one word is text, a placeholder inside a branch is one
    ("{gender, select, male {He} female {She} other {{name}}} left",
     ["{gender, select}", "{name}"]),
    # prose: per cent signs and braces that are no placeholders
    ("50% of them, 50 % des cas, une solution à 5%ige, 20%de, 10 %", []),
    ("a {sic, 1997} set; \\emph{word}; f{x}; {Makalu , Arthaud )", []),
    # names of any letters; right after a letter of a script written without spaces
    ("{用户名}，欢迎{用户名}！{имя} %(имя)s {{名前}} ${nombre_año}",
     ["{用户名}", "{用户名}", "{имя}", "%(имя)s", "{{名前}}", "${nombre_año}"]),
    ("已删除%d个文件，%s件のファイル", ["%d", "%s"]),
    # but not after a letter of a spaced script, nor a word's letters after %
    ("д{имя} é{x} 5%ige %sые", []),
])
def test_placeholders_are_read(text: str, keys: list[str]) -> None:
    assert [p.key for p in placeholders(text)] == keys


def test_the_tools_tag_placeholders() -> None:
    assert [p.key for p in placeholders("{1}Guardar{/1} {2/} {0}", tool_tags=True)] == [
        "{n}", "{/n}", "{n/}", "{n}"]
    assert blank_placeholders("Paso %1$d de {1}: 3") == "Paso      de    : 3"


@pytest.mark.parametrize(("source", "target", "message"), [
    ("Uploading {0} of {1}…", "Enviando {0} de {0}…",
     "placeholders differ: missing in the target: {1}; not in the source: {0}"),
    ("Welcome back, {{name}}!", "Bem-vindo de volta, {{nome}}!",
     "placeholders differ: missing in the target: {{name}}; not in the source: {{nome}}"),
    ("Could not connect to %s. Retrying in %d seconds.",
     "Não foi possível conectar. Tentando novamente em %d segundos.",
     "placeholders differ: missing in the target: %s"),
    ("%s has %d files", "%d arquivos de %s",
     "placeholders differ: filled in order, in another order: source %s, %d; "
     "target %d, %s"),
    ("Delete {0}?", "¿Eliminar {0} y {0}?",
     "placeholders differ: not in the source: {0}"),
    ("Retry in %d seconds", "Tentar em % d segundos",  # a broken %d
     "placeholders differ: missing in the target: %d"),
    ("{count, plural, one {# file} other {# files}}", "{total, plural, one {# arquivo} "
     "other {# arquivos}}",
     "placeholders differ: missing in the target: {count, plural}; "
     "not in the source: {total, plural}"),
    # the tool's tags written as text (a memory exported to TSV): counted by kind
    ("Pulse {1}Guardar{/1} {2/}", "Press Save {1/}",
     "placeholders differ: missing in the target: {1}, {/1}"),
    ("{1}Pulse{/1} {2}aquí{/2}", "{1}Click{/1} here {2/}",
     "placeholders differ: missing in the target: {2}, {/2}; not in the source: {2/}"),
])
def test_placeholder_mismatch(source: str, target: str, message: str) -> None:
    assert [f.message for f in findings([(source, target)], code="placeholder-mismatch",
                                        src_lang="en", tgt_lang="pt")] == [message]


@pytest.mark.parametrize(("source", "target", "message"), [
    # a placeholder's name translated: the program fills in {username}, not {用户名}
    ("Welcome, {username}!", "欢迎{用户名}！",
     "placeholders differ: missing in the target: {username}; not in the source: {用户名}"),
    ("Hello %(user)s", "Привет, %(пользователь)s",
     "placeholders differ: missing in the target: %(user)s; "
     "not in the source: %(пользователь)s"),
])
def test_a_name_of_other_letters_is_a_placeholder(source: str, target: str,
                                                   message: str) -> None:
    assert [f.message for f in findings([(source, target)], code="placeholder-mismatch",
                                        src_lang="en", tgt_lang="zh")] == [message]


@pytest.mark.parametrize(("source", "target"), [
    ("%1$d of %2$d files synced", "%2$d de %1$d arquivos sincronizados"),  # positional
    ("{0} of {1}", "{1} de {0}"),
    ("Hello {name}, you have {count} files", "Você tem {count} arquivos, {name}"),
    ("100%% done: %s", "100%% concluído: %s"),
    # ICU branches: another language has other categories, each repeats {name}
    ("{n, plural, one {{name}: # file} other {{name}: # files}}",
     "{n, plural, one {{name}: # файл} few {{name}: # файла} many {{name}: # файлов} "
     "other {{name}: # файла}}"),
    ("{g, select, male {He} other {They}} left", "{g, select, male {Ele} other {Elu}} saiu"),
    ("{count} files deleted", "已删除{count}个文件"),  # right after a Han letter
    # the tool's tags, numbered on each side in order, reordered
    ("{1}Guardar{/1} y {2/}", "{1/} and {2}Save{/2}"),
    # prose
    ("El 50 % de los casos {sic}.", "50% of cases {sic}."),
    ("Die 5%ige Lösung.", "La solution à 5 %."),
    ("See https://example.com/a%2Fb or %s", "Veja %s ou https://example.com/pt/a%2Fb?x=%2Fc"),
])
def test_no_placeholder_mismatch(source: str, target: str) -> None:
    assert findings([(source, target)], code="placeholder-mismatch") == []


def test_numbers_leave_placeholders_alone() -> None:
    """%1$d and {0:N2} hold digits that are no numbers: a changed placeholder is one
    finding, placeholder-mismatch's."""
    found = findings([("%1$d of %2$d files", "%1$d de %3$d arquivos")], src_lang="en",
                     tgt_lang="pt")
    assert [f.code for f in found] == ["placeholder-mismatch"]


@pytest.mark.parametrize(("text", "keys"), [
    # a printf format (a PO entry's c-format): every conversion counts, as printf reads it
    ("Ahorra 80% de espacio", ["% d"]),
    ("Ahorra 80%% de espacio", []),
    ("50%d y 5%ige", ["%d", "%i"]),
    ("%1$d de %2$d, %(n)s, %s", ["%1$d", "%2$d", "%(n)s", "%s"]),
    ("{name}: %s", ["{name}", "%s"]),
])
def test_a_printf_format_reads_every_conversion(text: str, keys: list[str]) -> None:
    assert [p.key for p in placeholders(text, printf=True)] == keys


def test_a_c_format_unit_has_its_stray_conversion_found() -> None:
    """80% de in a c-format string is the conversion '% d': printf reads an argument
    for it.  The same text in prose (a unit without the flag) is no placeholder."""
    pair = ("Save 80%% of the space", "Ahorra 80% de espacio")
    result = run_checks([Unit(*pair, formats=frozenset({"c-format"}))], glossary=None,
                        src_lang="en", tgt_lang="es")
    assert [f.message for f in result.findings if f.code == "placeholder-mismatch"] == [
        "placeholders differ: not in the source: % d"]
    assert findings([pair], code="placeholder-mismatch", src_lang="en", tgt_lang="es") == []
