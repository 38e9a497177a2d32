"""The layers of STYLE.md, enforced: each module imports only from layers below it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "tracker"

# layer -> module prefixes it must never import
FORBIDDEN = {
    "tracker.extraction": (
        "tracker.db",
        "tracker.services",
        "tracker.web",
        "tracker.cli",
        "tracker.io",
        "flask",
        "sqlalchemy",
        "alembic",
        "os",
        "pathlib",
    ),
    "tracker.linking": (
        "tracker.db",
        "tracker.services",
        "tracker.web",
        "tracker.cli",
        "tracker.io",
        "tracker.extraction",
        "flask",
        "sqlalchemy",
        "alembic",
        "os",
        "pathlib",
    ),
    "tracker.checkworthiness": (
        "tracker.db",
        "tracker.services",
        "tracker.web",
        "tracker.cli",
        "tracker.io",
        "flask",
        "sqlalchemy",
        "os",
        "pathlib",
    ),
    "tracker.evaluation": (
        "tracker.db",
        "tracker.services",
        "tracker.web",
        "tracker.cli",
        "flask",
        "sqlalchemy",
    ),
    "tracker.config": ("tracker.", "flask", "sqlalchemy"),
    "tracker.forking": ("tracker.", "flask", "sqlalchemy"),
    "tracker.errors": ("tracker.", "flask", "sqlalchemy"),
    "tracker.io": (
        "tracker.db",
        "tracker.services",
        "tracker.web",
        "tracker.cli",
        "flask",
        "sqlalchemy",
    ),
    "tracker.db": ("tracker.services", "tracker.web", "tracker.cli", "flask"),
    "tracker.services": ("tracker.web", "tracker.cli", "flask"),
}


def modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        name = ".".join(rel.parts).removesuffix(".__init__")
        out.append((name, path))
    return out


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


@pytest.mark.parametrize(("name", "path"), modules(), ids=[m[0] for m in modules()])
def test_module_respects_its_layer(name: str, path: Path) -> None:
    for layer, banned in FORBIDDEN.items():
        if name == layer or name.startswith(layer + "."):
            bad = sorted(
                imp
                for imp in imports_of(path)
                if any(
                    imp == b.rstrip(".")
                    or imp.startswith(b if b.endswith(".") else b + ".")
                    or imp == b
                    for b in banned
                )
                and not imp.startswith(layer)
            )
            assert bad == [], f"{name} imports {bad}, which its layer forbids"


def test_importing_tracker_loads_neither_flask_nor_sqlalchemy() -> None:
    code = "import sys, tracker; print(any(m in sys.modules for m in ('flask', 'sqlalchemy')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_pure_cores_load_no_database_or_web_code() -> None:
    code = (
        "import sys, tracker.extraction, tracker.linking; "
        "print(sorted(m for m in ('flask', 'sqlalchemy', 'tracker.db') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
