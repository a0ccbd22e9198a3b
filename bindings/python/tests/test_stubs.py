"""The type stubs name everything the compiled module offers."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Dict, Set

import sayso
from sayso import _sayso

STUBS = Path(sayso.__file__).with_name("_sayso.pyi")


def stub_members() -> Dict[str, Set[str]]:
    tree = ast.parse(STUBS.read_text(encoding="utf-8"))
    members: Dict[str, Set[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            members[node.name] = {
                item.name if isinstance(item, ast.FunctionDef) else item.target.id  # type: ignore[union-attr]
                for item in node.body
                if isinstance(item, (ast.FunctionDef, ast.AnnAssign))
            }
    return members


def public(cls: type) -> Set[str]:
    return {name for name in vars(cls) if not name.startswith("_")}


def test_every_class_and_member_has_a_stub() -> None:
    stubs = stub_members()
    classes = [getattr(_sayso, name) for name in sayso.__all__ if name != "__version__"]
    for cls in classes:
        assert cls.__name__ in stubs, cls
        if cls is sayso.GazetteerError:
            continue
        assert public(cls) <= stubs[cls.__name__], cls.__name__


def test_package_ships_its_type_marker() -> None:
    assert Path(sayso.__file__).with_name("py.typed").is_file()


def test_classes_have_docstrings() -> None:
    for name in sayso.__all__:
        value = getattr(sayso, name)
        if isinstance(value, type):
            assert value.__doc__, name
            for member in public(value):
                assert getattr(value, member).__doc__, f"{name}.{member}"
