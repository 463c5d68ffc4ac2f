"""Write the built maps: the one place where ``maps/`` is touched.

``maps/`` is replaced as a whole or not at all. Every file is written and flushed to disk
in a hidden sibling folder (``.maps-new-*``), then that folder is swapped in, atomically on
Linux (``renameat2`` with ``RENAME_EXCHANGE``) and with two renames elsewhere. A build that
is killed at any point leaves the previous ``maps/`` in place; the leftovers it may leave
(``.maps-new-*``, ``.maps-old``) are cleaned up, or the previous maps restored, by the next
write. Writers of the same folder take turns through a lock on the parent folder.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path, PurePosixPath

from geomap._errors import BuildError

__all__ = ["write_maps"]

_LOCK_WAIT_S = 120.0


def write_maps(
    out_dir: Path, files: Mapping[str, str | bytes], *, protect: Iterable[Path] = ()
) -> None:
    """Replace ``out_dir`` as a whole with ``files`` (relative POSIX path -> content).

    Everything is written into a sibling temporary folder first, then swapped in, so an
    interrupted or failed build leaves the previous maps untouched. ``protect`` lists folders
    that must never be replaced (the articles' folder): ``out_dir`` may not be one of them or
    contain one, nor contain the working directory or a git repository.
    """
    out_dir = out_dir.resolve()
    _check_target(out_dir, protect)
    rels = [_check_rel(rel) for rel in files]
    parent = out_dir.parent
    if parent.exists() and not parent.is_dir():
        raise BuildError(f"{parent} is a file, not a folder; choose another folder with --out")
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BuildError(
            f"cannot create {parent} for the maps ({exc.strerror}); "
            "make it writable or choose another folder with --out"
        ) from exc
    with _locked(parent):
        _recover(out_dir)
        try:
            tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-new-", dir=parent))
        except OSError as exc:
            raise BuildError(
                f"cannot write the maps into {parent} ({exc.strerror}); the previous maps are "
                "untouched; make that folder writable or choose another one with --out"
            ) from exc
        try:
            for rel in sorted(rels):
                content = files[rel]
                data = content.encode("utf-8") if isinstance(content, str) else content
                _write_file(tmp / rel, data)
            os.chmod(tmp, 0o755)
            _fsync_tree(tmp)
            _swap(tmp, out_dir)
        except OSError as exc:
            raise BuildError(
                f"cannot write {out_dir} ({exc.strerror or exc}); the previous maps are "
                "untouched; check free space and permissions"
            ) from exc
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


def _check_target(out_dir: Path, protect: Iterable[Path]) -> None:
    """Refuse to replace a folder that holds anything but maps."""
    if out_dir.exists() and not out_dir.is_dir():
        raise BuildError(f"{out_dir} is a file, not a folder; choose another folder with --out")
    guarded = [Path.cwd().resolve(), *(p.resolve() for p in protect)]
    with contextlib.suppress(RuntimeError):  # no home folder known: nothing to guard
        guarded.append(Path.home().resolve())
    for path in guarded:
        if path == out_dir or out_dir in path.parents:
            raise BuildError(
                f"refusing to replace {out_dir}: it holds {path}; "
                "choose a folder of its own for the maps with --out"
            )
    if (out_dir / ".git").exists():
        raise BuildError(
            f"refusing to replace {out_dir}: it is a git repository; "
            "choose a folder of its own for the maps with --out"
        )


def _check_rel(rel: str) -> str:
    path = PurePosixPath(rel)
    if not rel or path.is_absolute() or ".." in path.parts or "\\" in rel:
        raise BuildError(f"output path {rel!r} is not a plain relative path inside the maps")
    return rel


def _write_file(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    # Directory fsync makes renames and new entries durable; not every platform has it.
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fsync_tree(root: Path) -> None:
    for folder, _dirs, _files in os.walk(root):
        _fsync_dir(Path(folder))


def _swap(new: Path, out_dir: Path) -> None:
    """Put ``new`` in the place of ``out_dir``; the previous content is removed afterwards."""
    if out_dir.exists() and _exchange(new, out_dir):
        _fsync_dir(out_dir.parent)
        shutil.rmtree(new, ignore_errors=True)  # now holds the previous maps
        return
    old = _old_path(out_dir)
    shutil.rmtree(old, ignore_errors=True)
    if out_dir.exists():
        out_dir.rename(old)
    new.rename(out_dir)
    _fsync_dir(out_dir.parent)
    shutil.rmtree(old, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux ``renameat2``); False where that is not supported."""
    if sys.platform != "linux":
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    c_int, c_path = ctypes.c_int, ctypes.c_char_p
    renameat2.argtypes = [c_int, c_path, c_int, c_path, ctypes.c_uint]
    renameat2.restype = ctypes.c_int
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _old_path(out_dir: Path) -> Path:
    return out_dir.with_name(f".{out_dir.name}-old")


def _recover(out_dir: Path) -> None:
    """Undo what a killed write left behind: restore the maps, remove its temporary folders."""
    old = _old_path(out_dir)
    if old.is_dir() and not out_dir.exists():
        old.rename(out_dir)  # killed between the two renames of the fallback swap
    shutil.rmtree(old, ignore_errors=True)
    for leftover in out_dir.parent.glob(f".{out_dir.name}-new-*"):
        shutil.rmtree(leftover, ignore_errors=True)


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` so that two builds never write it at once."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: no lock
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        deadline = time.monotonic() + _LOCK_WAIT_S
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise BuildError(
                        f"another build has been writing into {folder} for "
                        f"{_LOCK_WAIT_S:.0f} s; wait for it to finish, then build again"
                    ) from None
                time.sleep(0.1)
        yield
    finally:
        os.close(fd)
