"""The build report: what a build read, found and corrected, for the terminal and ``build.json``.

:func:`build_report` is pure; :func:`report_to_json` gives the deterministic file (no
timestamps, sorted keys); :func:`print_report` draws it on stderr with rich;
:func:`strict_problems` says what ``geomap build --strict`` refuses.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import IO, Any

from gazetteer import name_key
from geomap._errors import BuildError
from geomap.articles import Article
from geomap.extract import Extraction
from geomap.overrides import OverrideReport, is_not_place
from geomap.schema import EVENT_TYPES, MENTION_KINDS, STATUSES, Event, Mention

__all__ = [
    "BuildReport",
    "UnresolvedName",
    "build_report",
    "print_report",
    "report_to_dict",
    "report_to_json",
    "require_clean",
    "strict_problems",
    "unresolved_names",
]


@dataclass(frozen=True, slots=True)
class UnresolvedName:
    """A place name that no source located, with every mention of it."""

    name: str
    mentions: tuple[Mention, ...]

    @property
    def articles(self) -> tuple[str, ...]:
        """The articles that name it, sorted."""
        return tuple(sorted({m.article for m in self.mentions}))


@dataclass(frozen=True, slots=True)
class BuildReport:
    """Counts and lists that describe one build."""

    articles: int
    mentions_by_kind: dict[str, int]
    places_resolved: int
    places_unresolved: int
    not_places: int
    unresolved: tuple[UnresolvedName, ...]
    events_by_type: dict[str, int]
    events_by_status: dict[str, int]
    events_unlocated: tuple[str, ...]
    overrides: OverrideReport = field(default_factory=OverrideReport)
    warnings: tuple[str, ...] = ()
    article_problems: tuple[str, ...] = ()  # files skipped or kept with a remark, as read

    @property
    def mentions(self) -> int:
        """How many mentions were found, of every kind."""
        return sum(self.mentions_by_kind.values())

    @property
    def events(self) -> int:
        """How many events the build kept."""
        return sum(self.events_by_type.values())


def unresolved_names(mentions: Iterable[Mention]) -> tuple[UnresolvedName, ...]:
    """Group the unresolved place mentions by name (spellings of one name together)."""
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.kind == "place" and not m.resolved and not is_not_place(m):
            groups.setdefault(name_key(m.text) or m.text, []).append(m)
    named = [
        UnresolvedName(Counter(m.text for m in ms).most_common(1)[0][0], tuple(ms))
        for ms in groups.values()
    ]
    return tuple(sorted(named, key=lambda u: (-len(u.mentions), u.name)))


def build_report(
    articles: Sequence[Article],
    extraction: Extraction,
    overrides: OverrideReport | None = None,
    warnings: Iterable[str] = (),
    article_problems: Iterable[str] = (),
) -> BuildReport:
    """Return the report of a build from what it read, what it kept and what overrides did.

    ``article_problems`` are the files that reading skipped or remarked on; the file keeps
    them, the terminal leaves them to the command, which lists them as it reads.
    """
    mentions = extraction.mentions
    places = [m for m in mentions if m.kind == "place"]
    kinds = Counter(m.kind for m in mentions)
    by_type = Counter(e.type for e in extraction.events)
    by_status = Counter(e.status for e in extraction.events)
    unlocated = tuple(sorted(e.id for e in extraction.events if not _located(e)))
    overrides = overrides or OverrideReport()
    notes = [*warnings, *overrides.messages()]
    if unlocated:
        notes.append(f"{len(unlocated)} events have no located place and are not drawn")
    return BuildReport(
        articles=len(articles),
        mentions_by_kind={
            k: kinds[k] for k in (*MENTION_KINDS, *sorted(set(kinds) - set(MENTION_KINDS)))
        },
        places_resolved=sum(1 for m in places if m.resolved),
        places_unresolved=sum(1 for m in places if not m.resolved and not is_not_place(m)),
        not_places=sum(1 for m in places if is_not_place(m)),
        unresolved=unresolved_names(mentions),
        events_by_type={t: by_type[t] for t in EVENT_TYPES if by_type[t]},
        events_by_status={s: by_status[s] for s in STATUSES if by_status[s]},
        events_unlocated=unlocated,
        overrides=overrides,
        warnings=tuple(notes),
        article_problems=tuple(article_problems),
    )


def _located(event: Event) -> bool:
    return any(p.located for p in event.places)


def report_to_dict(report: BuildReport) -> dict[str, Any]:
    """Return the report as a JSON-ready mapping."""
    ov = report.overrides
    return {
        "articles": report.articles,
        "article_problems": list(report.article_problems),
        "mentions": {
            "found": report.mentions,
            "by_kind": report.mentions_by_kind,
            "places": {
                "resolved": report.places_resolved,
                "unresolved": report.places_unresolved,
                "not_places": report.not_places,
            },
        },
        "unresolved": [
            {"name": u.name, "mentions": len(u.mentions), "articles": list(u.articles)}
            for u in report.unresolved
        ],
        "events": {
            "total": report.events,
            "by_type": report.events_by_type,
            "by_status": report.events_by_status,
            "unlocated": list(report.events_unlocated),
        },
        "overrides": {
            "file": ov.source.replace("\\", "/").rsplit("/", 1)[-1],
            "applied": [asdict(o) for o in ov.applied],
            "stale": [asdict(o) for o in ov.stale],
        },
        "warnings": list(report.warnings),
    }


def report_to_json(report: BuildReport) -> str:
    """Return ``build.json``: the report, byte-identical for the same inputs."""
    return json.dumps(report_to_dict(report), indent=2, ensure_ascii=False) + "\n"


def strict_problems(report: BuildReport) -> list[str]:
    """Return what ``--strict`` refuses: unresolved names and overrides that did not apply."""
    problems = [
        f"unresolved place name {u.name!r} ({len(u.mentions)}x in {', '.join(u.articles)})"
        for u in report.unresolved
    ]
    problems += report.overrides.messages()
    return problems


def require_clean(report: BuildReport) -> None:
    """Raise :class:`~geomap._errors.BuildError` listing what ``--strict`` refuses, if anything."""
    problems = strict_problems(report)
    if problems:
        raise BuildError(
            f"--strict: {len(problems)} problem(s) to settle before publishing; fix them in the "
            "articles, the gazetteer or overrides.yaml (review.html shows each with the lines "
            "to add), or build without --strict:\n  " + "\n  ".join(problems)
        )


def print_report(report: BuildReport, file: IO[str] | None = None) -> None:
    """Draw the report on ``file`` (stderr by default) with rich."""
    import sys

    from rich.console import Console
    from rich.table import Table

    console = Console(file=file or sys.stderr, highlight=False, soft_wrap=True)
    table = Table(title="geomap build", show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold")
    table.add_column()
    kinds = ", ".join(f"{n} {k}" for k, n in report.mentions_by_kind.items() if n)
    table.add_row("articles", str(report.articles))
    table.add_row("mentions", f"{report.mentions} ({kinds or 'none'})")
    table.add_row(
        "places",
        f"{report.places_resolved} resolved, {report.places_unresolved} unresolved, "
        f"{report.not_places} not places",
    )
    table.add_row("events", f"{report.events} {_counts(report.events_by_type)}")
    table.add_row("status", _counts(report.events_by_status)[1:-1] or "-")
    ov = report.overrides
    table.add_row("overrides", f"{len(ov.applied)} applied, {len(ov.stale)} stale")
    console.print(table)
    if report.unresolved:
        names = ", ".join(f"{u.name} ({len(u.mentions)})" for u in report.unresolved)
        console.print(f"[yellow]unresolved:[/yellow] {_escape(names)}")
    for warning in report.warnings:
        console.print(f"[yellow]warning:[/yellow] {_escape(warning)}")


def _counts(counts: dict[str, int]) -> str:
    return "(" + ", ".join(f"{n} {k}" for k, n in counts.items()) + ")" if counts else ""


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)
