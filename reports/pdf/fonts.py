"""CJK font registration for every PDF the app prints.

reportlab silently falls back to Helvetica (black boxes for Chinese) when a font is not
registered, and it cannot embed CFF-flavoured OpenType fonts. So fonts are registered
explicitly, once per process, as TrueType faces that reportlab embeds as subsets:

- on Windows the system faces are preferred (宋体 simsun.ttc, 黑体 simhei.ttf, 仿宋
  simfang.ttf, 楷体 simkai.ttf, and 方正小标宋 for letter titles when an office installed it);
- every role without a usable system face gets a bundled face: the serif roles (宋, 仿宋,
  楷, title) AR PL SungtiL GB (Arphic Public License), 黑体 WenQuanYi Micro Hei (GPL with
  font exception). Both are TrueType-outlined, so reportlab can embed them as subsets.
  Rejected: LXGW WenKai (SIL OFL, a fine 楷) weighs 15 MB per face; AR PL KaitiM GB would add
  4.6 MB for the one role a printed page rarely uses. Without a 仿宋 or 楷 face the Song
  face stands in: a serif is what GB/T 9704 and a paper ledger call for, a sans is not;
- titles want 小标宋, a heavy Song. Without 方正小标宋 the title is the 宋 face drawn with a
  thin outline stroke (`title_stroke`), as offices do with 宋体加粗.

Callers ask for a *role* ("song", "hei", "fangsong", "kai", "title") and get the registered
reportlab font name back, so no document hard-codes a face.
"""
from __future__ import annotations

import hashlib
import logging
import os
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger(__name__)

ROLES = ("song", "hei", "fangsong", "kai", "title")

BUNDLED_FILE = "gbsn00lp.ttf"  # AR PL SungtiL GB: the serif roles
BUNDLED_NAME = "GJ-ARPLSungtiLGB"
BUNDLED_SANS_FILE = "wqy-microhei.ttc"  # WenQuanYi Micro Hei: 黑体
BUNDLED_SANS_NAME = "GJ-WQYMicroHei"

# File names per role, best first (matched case-insensitively); the int is the face index
# inside a TrueType collection.
WINDOWS_FACES: dict[str, tuple[tuple[str, int], ...]] = {
    "song": (("simsun.ttc", 0), ("simsun.ttf", 0)),
    "hei": (("simhei.ttf", 0),),
    "fangsong": (("simfang.ttf", 0), ("fangsong_gb2312.ttf", 0)),
    "kai": (("simkai.ttf", 0), ("kaiti_gb2312.ttf", 0)),
    # GB/T 9704 asks for 小标宋 titles; many offices install 方正小标宋. Else stroked 宋.
    "title": (("fzxbsjw.ttf", 0), ("fzxbsk.ttf", 0), ("fzxbs_gbk.ttf", 0)),
}


@dataclass(frozen=True)
class FontSet:
    """The registered reportlab font name for each role, and where each face came from."""

    song: str
    hei: str
    fangsong: str
    kai: str
    title: str
    files: tuple[tuple[str, str], ...]  # (role, font file path) for the report and tests
    title_stroke: bool = False  # no 小标宋: draw the title face with a thin outline (bold)

    def name(self, role: str) -> str:
        """The reportlab font name for `role` (one of ROLES)."""
        if role not in ROLES:
            raise KeyError(f"unknown font role {role!r}")
        return str(getattr(self, role))

    @property
    def bold_is_synthetic(self) -> bool:
        """True when 黑体 is the body face itself, so bold must be drawn by stroking."""
        return self.hei == self.song


_lock = threading.Lock()
_cache: dict[tuple[str, ...], FontSet] = {}


def resources_dir() -> Path:
    """The bundled resources folder, in a source checkout and in the frozen app."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def bundled_font_path() -> Path:
    """The bundled serif face (宋, 仿宋, 楷 and titles without a system face)."""
    return resources_dir() / "fonts" / BUNDLED_FILE


def bundled_sans_path() -> Path:
    """The bundled sans face (黑体 without a system face)."""
    return resources_dir() / "fonts" / BUNDLED_SANS_FILE


def windows_font_dirs() -> list[Path]:
    """The system and per-user font folders of Windows (empty elsewhere)."""
    dirs: list[Path] = []
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:  # fonts installed "for this user only" (Windows 10 1809+)
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return [d for d in dirs if d.is_dir()]


def find_faces(dirs: Iterable[Path]) -> dict[str, tuple[Path, int]]:
    """Which system font file to use per role, looking in `dirs` (case-insensitive names)."""
    by_lower: dict[str, Path] = {}
    for folder in dirs:
        try:
            for entry in folder.iterdir():
                by_lower.setdefault(entry.name.lower(), entry)
        except OSError:
            continue  # an unreadable folder is as good as an absent one
    found: dict[str, tuple[Path, int]] = {}
    for role, candidates in WINDOWS_FACES.items():
        for file_name, index in candidates:
            if file_name in by_lower:
                found[role] = (by_lower[file_name], index)
                break
    return found


def register_fonts(search_dirs: Sequence[Path] | None = None) -> FontSet:
    """Register the fonts once and return the role → font name map.

    `search_dirs` defaults to the Windows font folders; tests pass their own. Repeated calls
    with the same folders return the same FontSet without touching reportlab again.
    """
    dirs = tuple(windows_font_dirs() if search_dirs is None else search_dirs)
    key = tuple(str(d) for d in dirs)
    with _lock:
        if key not in _cache:
            _cache[key] = _register(dirs)
        return _cache[key]


def _register(dirs: Sequence[Path]) -> FontSet:
    """Each role's system face when usable; else 黑体 → bundled sans, 宋 → bundled serif,
    and 仿宋, 楷 and the title → whatever 宋 face was chosen (system 宋体 before the bundle)."""
    serif = _register_file(bundled_font_path(), 0, BUNDLED_NAME)
    sans = _register_file(bundled_sans_path(), 0, BUNDLED_SANS_NAME)
    if serif is None or sans is None:
        raise RuntimeError(f"bundled CJK fonts missing or unreadable: {resources_dir()}")
    chosen: dict[str, tuple[str, str]] = {
        "song": (serif, str(bundled_font_path())), "hei": (sans, str(bundled_sans_path()))}
    faces = find_faces(dirs)
    for role in ROLES:
        path, index = faces.get(role, (None, 0))
        name = _register_file(path, index, _name_for(path)) if path is not None else None
        if name is not None:
            chosen[role] = (name, str(path))
        elif role not in chosen:
            chosen[role] = chosen["song"]
    return FontSet(**{role: chosen[role][0] for role in ROLES},
                   files=tuple((role, chosen[role][1]) for role in ROLES),
                   title_stroke=chosen["title"][0] == chosen["song"][0])


def _name_for(path: Path) -> str:
    """A reportlab name unique per file, so two folders never fight over one name."""
    digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:8]
    return f"GJ-{path.stem}-{digest}"


def _register_file(path: Path, index: int, name: str) -> str | None:
    """Register one TrueType face; None when it cannot be used (missing, CFF outlines...)."""
    if name in pdfmetrics.getRegisteredFontNames():
        return name
    try:
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
    except Exception as error:  # any unusable font file means "use the fallback"
        log.warning("font %s (face %d) not usable, falling back: %s", path, index, error)
        return None
    return name
