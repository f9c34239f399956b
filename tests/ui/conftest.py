"""UI test helpers: a message handler that records instead of showing modal boxes."""
from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.support.demo import demo_database_file
from ui.common import messages


@dataclass
class RecordingHandler:
    errors: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    confirms: list[str] = field(default_factory=list)
    answer: bool = True

    def error(self, parent, title: str, text: str) -> None:
        self.errors.append(text)

    def info(self, parent, title: str, text: str) -> None:
        self.infos.append(text)

    def confirm(self, parent, title: str, text: str) -> bool:
        self.confirms.append(text)
        return self.answer


@pytest.fixture(autouse=True)
def recorded_messages() -> Iterator[RecordingHandler]:
    previous = messages.handler
    recorder = RecordingHandler()
    messages.handler = recorder
    yield recorder
    messages.handler = previous


@pytest.fixture(autouse=True)
def collect_garbage_between_tests() -> Iterator[None]:
    """As the app does (ui.app): no cyclic GC at arbitrary moments while a worker thread
    runs; collect at a safe point instead, after the test's windows are closed."""
    gc.collect()
    gc.disable()
    yield
    gc.enable()
    gc.collect()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database for the UI tests; each test works on its own copy."""
    return demo_database_file(tmp_path_factory.mktemp("ui-demo"))


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.db"
    copy.write_bytes(demo_file.read_bytes())
    return copy


@pytest.fixture(scope="session", autouse=True)
def qt_fonts(qapp) -> None:
    from ui.app import register_fonts  # noqa: PLC0415

    register_fonts()
