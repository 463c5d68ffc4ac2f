"""Write the built maps: the one place where ``maps/`` is touched."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from geomap._errors import BuildError

__all__ = ["write_maps"]


def write_maps(out_dir: Path, files: Mapping[str, str | bytes]) -> None:
    """Replace ``out_dir`` as a whole with ``files`` (relative path -> content).

    Everything is written into a sibling temporary folder first, then swapped in, so an
    interrupted or failed build leaves the previous maps untouched.
    """
    out_dir = out_dir.resolve()
    parent = out_dir.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-new-", dir=parent))
    except OSError as exc:
        raise BuildError(
            f"cannot write next to {out_dir}: {exc.strerror}; check permissions"
        ) from exc
    try:
        for rel, content in sorted(files.items()):
            path = tmp / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            data = content.encode("utf-8") if isinstance(content, str) else content
            path.write_bytes(data)
        os.chmod(tmp, 0o755)
        _swap(tmp, out_dir)
    except OSError as exc:
        raise BuildError(
            f"cannot write {out_dir}: {exc}; the previous maps are untouched"
        ) from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _swap(new: Path, out_dir: Path) -> None:
    old = out_dir.with_name(f".{out_dir.name}-old")
    shutil.rmtree(old, ignore_errors=True)
    if out_dir.exists():
        out_dir.rename(old)
    new.rename(out_dir)
    shutil.rmtree(old, ignore_errors=True)
