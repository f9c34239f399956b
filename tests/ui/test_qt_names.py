"""No widget keeps its own data under the name of a Qt method (a dialog's `result`, a
widget's `actions`): the attribute hides the method from Qt's callers and from readers."""
from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import textwrap

from PySide6.QtCore import QObject

import ui


def qt_classes() -> list[type]:
    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(ui.__path__, "ui."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QObject) and cls.__module__ == module.__name__:
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return list(found.values())


def assigned_names(cls: type) -> set[str]:
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    return {node.attr for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store)
            and isinstance(node.value, ast.Name) and node.value.id == "self"}


def test_no_attribute_hides_a_qt_method() -> None:
    classes = qt_classes()
    assert len(classes) > 40  # the walk found the windows, pages, dialogs and models
    hidden = []
    for cls in classes:
        qt_bases = [base for base in cls.__mro__ if base.__module__.startswith("PySide6")]
        for name in assigned_names(cls):
            if any(callable(base.__dict__.get(name)) for base in qt_bases):
                hidden.append(f"{cls.__module__}.{cls.__qualname__}.{name}")
    assert hidden == []
