"""The package's shape, read from its source: no import cycles, no overgrown modules.

The import graph is built with :mod:`ast` from every ``import`` statement in
``src/aligner`` -- at module level, inside functions (lazy imports) and under
``TYPE_CHECKING`` alike: a cycle through a lazy import is still two modules that
each need the other.  ``from aligner.x import y`` is an edge to ``aligner.x.y``
when that is a module, else to ``aligner.x``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "aligner"
MAX_LINES = 400
#: A module over MAX_LINES says why in its docstring, in a sentence with this phrase.
LONG_REASON = "longer than 400 lines because"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _resolve(name: str, modules: dict[str, Path]) -> str | None:
    """The project module ``name`` is, or is inside of (None outside the project)."""
    while name:
        if name in modules:
            return name
        name = name.rpartition(".")[0]
    return None


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        is_package = path.name == "__init__.py"
        for node in ast.walk(tree):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative import
                    anchor = name if is_package else name.rpartition(".")[0]
                    for _ in range(node.level - 1):
                        anchor = anchor.rpartition(".")[0]
                    base = f"{anchor}.{base}" if base else anchor
                targets = [f"{base}.{alias.name}" for alias in node.names]
            for target in targets:
                found = _resolve(target, modules)
                if found is not None and found != name:
                    graph[name].add(found)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as a path ``[a, b, ..., a]``, or None."""
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)) is not None:
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)) is not None:
            return found
    return None


def test_the_cycle_finder_finds_cycles() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


def test_the_graph_sees_lazy_and_relative_imports() -> None:
    graph = import_graph()
    assert "aligner.pipeline" in graph["aligner.cli.check"]  # imported inside the command
    assert "aligner.errors" in graph["aligner.cli.main"]
    assert len(graph) > 50


def test_no_import_cycles() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_dp_kernel_depends_on_no_other_module_of_the_project() -> None:
    """The kernel slots module imports nothing of the project (vecalign's rule)."""
    graph = import_graph()
    slots = [m for m in graph if m.startswith("aligner.align.") and m.endswith("slots")]
    if not slots:
        pytest.skip("no kernel slots module in this tree")
    for module in slots:
        assert graph[module] == set(), f"{module} imports {sorted(graph[module])}"


@pytest.mark.parametrize("name", sorted(_modules()))
def test_modules_stay_small_or_say_why(name: str) -> None:
    path = _modules()[name]
    source = path.read_text(encoding="utf-8")
    lines = source.count("\n")
    if lines <= MAX_LINES:
        return
    doc = ast.get_docstring(ast.parse(source)) or ""
    assert LONG_REASON in " ".join(doc.split()).lower(), (
        f"{path.relative_to(PACKAGE.parent)} has {lines} lines; split it by job or say in its "
        f"docstring why it is {LONG_REASON} ..."
    )
