"""No circles between the project's modules: every import counts, those inside functions
too (an import put inside a function to dodge a circle still ties the two modules).

The graph is read from the source with ``ast``; nothing is imported. A circle found is
named module by module, so the fix can start from the message.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = (
    "config",
    "core",
    "forms",
    "home",
    "news",
    "participants",
    "practices",
    "search",
    "texts",
    "workflow",
    "events",
)


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules():
    modules = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" not in path.parts:
                modules[module_name(path)] = path
    return modules


def imported_names(path, name):
    """The dotted names ``path`` (module ``name``) imports, wherever the import stands."""
    is_package = path.name == "__init__.py"
    package = name if is_package else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def import_graph():
    modules = project_modules()
    graph = {}
    for name, path in modules.items():
        targets = set()
        for imported in imported_names(path, name):
            # "a.b.c" may name a module, or a name inside module "a.b".
            while imported and imported not in modules:
                imported = imported.rpartition(".")[0]
            if imported and imported != name:
                targets.add(imported)
        graph[name] = targets
    return graph


def cycles(graph):
    """The strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_project_has_no_import_cycle():
    found = cycles(import_graph())
    assert found == [], "\n".join(" <-> ".join(component) for component in found)


def test_a_cycle_through_a_function_level_import_is_found(tmp_path):
    """The check itself: two modules importing each other, one inside a function."""
    graph = {"a.models": {"a.listing"}, "a.listing": {"a.models"}, "b": set()}
    assert cycles(graph) == [["a.listing", "a.models"]]
    module = tmp_path / "listing.py"
    module.write_text("def rows():\n    from a.models import Page\n    return Page\n")
    assert "a.models" in set(imported_names(module, "a.listing"))


def test_content_apps_do_not_import_home():
    graph = import_graph()
    content_apps = ("forms", "news", "participants", "practices", "search", "texts", "events")
    offenders = sorted(
        f"{name} imports {target}"
        for name, targets in graph.items()
        if name.split(".")[0] in content_apps
        for target in targets
        if target.split(".")[0] == "home"
    )
    assert offenders == [], "\n".join(offenders)
