"""The editor's review page: what extraction found, what to check first, and how to fix it.

:func:`render_review` returns ``review.html``, one self-contained offline page (no network;
inline CSS and a few lines of JS allowed by a hash-based Content-Security-Policy). Article
text is untrusted: every piece of it is HTML-escaped. Every item shows the lines to put in
``overrides.yaml`` to change it. The output is deterministic.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable, Sequence
from html import escape

from geomap._urls import safe_url
from geomap.articles import Article
from geomap.extract import Extraction
from geomap.overrides import fold_quote, is_not_place
from geomap.report import BuildReport, UnresolvedName, build_report
from geomap.schema import EVENT_TYPES, STATUSES, Event, EventPlace, Mention
from geomap.sentences import Sentence, sentence_at, split_sentences

__all__ = ["event_address", "mention_class", "render_review"]

_CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
header,main{max-width:72rem;margin:0 auto;padding:0 1rem}
h1{margin:.6em 0 .2em}h2{border-bottom:2px solid #ccc;margin-top:2em}
nav a{margin-right:1em}
.item{background:#fff;border:1px solid #ddd;border-radius:4px;padding:.5em 1em;margin:.6em 0}
.item h3{margin:.2em 0;font-size:1em}
dl{display:grid;grid-template-columns:max-content 1fr;gap:0 1em;margin:.3em 0}dd{margin:0}
dt{color:#555}
blockquote{margin:.3em 0;padding-left:.8em;border-left:3px solid #999}
pre{background:#f1f1f1;padding:.4em .6em;overflow-x:auto;font-size:.85em;white-space:pre}
details summary{cursor:pointer;color:#555;font-size:.9em}
.body{white-space:pre-wrap;background:#fff;border:1px solid #ddd;padding:.6em 1em}
mark{padding:0 .1em;border-radius:2px;background:none}
.m-place{background:#cfe8cf}.m-unresolved{background:#ffd0c8;outline:1px dashed #c33}
.m-notplace{background:#e2e2e2;text-decoration:line-through}
.m-actor{background:#d6e4ff}.m-date{background:#fff0b3}
.low{color:#b00;font-weight:bold}.tag{font-size:.8em;padding:0 .4em;border-radius:3px;background:#eee}
table{border-collapse:collapse;width:100%;font-size:.9em}
td,th{border-bottom:1px solid #e3e3e3;padding:.2em .4em;text-align:left;vertical-align:top}
.stale{color:#b00}
#filters{margin:.5em 0}
""".strip()

_JS = """
(function () {
  var box = document.getElementById("filters");
  var q = document.getElementById("q");
  box.hidden = false;
  q.addEventListener("input", function () {
    var s = q.value.toLowerCase();
    var items = document.querySelectorAll(".item");
    for (var i = 0; i < items.length; i++) {
      items[i].hidden = s !== "" && items[i].textContent.toLowerCase().indexOf(s) < 0;
    }
  });
})();
""".strip()

_LOW = 0.5  # confidence below which an event is flagged


def _sha(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def render_review(
    articles: Sequence[Article],
    extraction: Extraction,
    report: BuildReport | None = None,
    overrides_file: str = "overrides.yaml",
) -> str:
    """Return the review page for the articles and what extraction (and overrides) kept."""
    report = report or build_report(articles, extraction)
    sentences = {a.stem: split_sentences(a.body) for a in articles}
    policy = (
        f"default-src 'none'; style-src '{_sha(_CSS)}'; script-src '{_sha(_JS)}'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="robots" content="noindex">',
        '<link rel="icon" href="data:,">',
        "<title>geomap review</title>",
        f"<style>{_CSS}</style></head><body>",
        _header(report, overrides_file),
        "<main>",
        _unresolved_section(report.unresolved, articles, sentences, overrides_file),
        _events_section(extraction.events, articles, overrides_file),
        _overrides_section(report),
        _articles_section(articles, extraction.mentions, sentences, overrides_file),
        "</main>",
        f"<script>{_JS}</script>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _header(report: BuildReport, overrides_file: str) -> str:
    ov = report.overrides
    return (
        "<header><h1>Review: what the articles say, and what to check</h1>"
        f"<p>{report.articles} articles, {report.mentions} mentions "
        f"({report.places_resolved} places resolved, {report.places_unresolved} unresolved, "
        f"{report.not_places} judged not places), {report.events} events; "
        f"{len(ov.applied)} overrides applied, {len(ov.stale)} stale. "
        f"Corrections go in <code>{escape(overrides_file)}</code> next to the articles; "
        "copy the lines under each item and rebuild.</p>"
        '<nav><a href="#unresolved">Unresolved names</a><a href="#events">Events</a>'
        '<a href="#overrides">Overrides</a><a href="#articles">Articles</a></nav>'
        '<p id="filters" hidden><label>Filter: <input id="q" type="search" '
        'placeholder="a name, an article, a type..."></label></p>'
        "</header>"
    )


def _yaml_str(text: str) -> str:
    """Return ``text`` as a YAML scalar (JSON strings are YAML double-quoted scalars).

    >>> _yaml_str('He said "go"')
    '"He said \\\\"go\\\\""'
    """
    return json.dumps(text, ensure_ascii=False)


def _fix(lines: Iterable[str], overrides_file: str) -> str:
    body = escape("\n".join(lines))
    return (
        f"<details><summary>Fix in {escape(overrides_file)}</summary><pre>{body}</pre></details>"
    )


def _highlight(sentence: Sentence, mention: Mention) -> str:
    """Return the sentence escaped, with the mention marked."""
    a, b = mention.start - sentence.start, mention.end - sentence.start
    text = sentence.text
    if not (0 <= a <= b <= len(text)):
        return escape(text)
    return f'{escape(text[:a])}<mark class="{mention_class(mention)}">{escape(text[a:b])}</mark>{escape(text[b:])}'


def _unresolved_section(
    names: Sequence[UnresolvedName],
    articles: Sequence[Article],
    sentences: dict[str, list[Sentence]],
    overrides_file: str,
) -> str:
    out = [f'<section id="unresolved"><h2>Unresolved names ({len(names)})</h2>']
    if not names:
        out.append("<p>Every place name was resolved.</p>")
    for u in names:
        items = []
        for m in u.mentions:
            sentence = sentence_at(sentences.get(m.article, []), m.start)
            shown = _highlight(sentence, m) if sentence else escape(m.text)
            items.append(
                f'<li><a href="#article-{escape(m.article)}">{escape(m.article)}</a>: {shown}</li>'
            )
        one = u.articles[0] if len(u.articles) == 1 else None
        scope = [f"  article: {one}"] if one else ["  # everywhere; add article: to pin it in one"]
        fix = [
            f"- pin: {_yaml_str(u.name)}",
            *scope,
            f"  place_id: ...  # from `gazetteer resolve {_yaml_str(u.name)} --json`, or lat: and lon:",
            f"- not_place: {_yaml_str(u.name)}",
            *scope,
            "  why: ...",
        ]
        out.append(
            f'<article class="item unresolved"><h3>{escape(u.name)} '
            f'<span class="tag">{len(u.mentions)} mention(s)</span></h3>'
            f"<ul>{''.join(items)}</ul>{_fix(fix, overrides_file)}</article>"
        )
    out.append("</section>")
    return "\n".join(out)


def _events_section(
    events: Sequence[Event], articles: Sequence[Article], overrides_file: str
) -> str:
    by_stem = {a.stem: a for a in articles}
    ordered = sorted(events, key=lambda e: (e.confidence, e.article, e.date or "", e.id))
    out = [f'<section id="events"><h2>Events, least confident first ({len(events)})</h2>']
    if not events:
        out.append("<p>No events were extracted.</p>")
    for event in ordered:
        out.append(_event_item(event, events, by_stem.get(event.article), overrides_file))
    out.append("</section>")
    return "\n".join(out)


def _event_item(
    event: Event, events: Sequence[Event], article: Article | None, overrides_file: str
) -> str:
    low = ' class="low"' if event.confidence < _LOW else ""
    date = escape(event.date or "no date")
    if event.date_end:
        date += f" to {escape(event.date_end)}"
    said = f" from “{escape(event.date_text)}”" if event.date_text else ""
    changed = event.extra.get("overrides")
    by = f"<dt>Changed by</dt><dd>{escape(', '.join(map(str, changed)))}</dd>" if changed else ""
    title = escape(article.title) if article else ""
    rows = (
        f"<dt>Date</dt><dd>{date} ({escape(event.date_precision)}){said}</dd>"
        f"<dt>Places</dt><dd>{_places(event.places)}</dd>"
        f"<dt>Actors</dt><dd>{escape(', '.join(event.actors)) or 'none'}</dd>"
        f"<dt>Status</dt><dd>{escape(event.status)}"
        f"{' · claimed by ' + escape(event.claimant) if event.claimant else ''}</dd>"
        f'<dt>Source</dt><dd>{escape(event.outlet)}, {escape(event.published)}, <a href="#article-'
        f'{escape(event.article)}">{escape(event.article)}</a> {title}</dd>{by}'
    )
    return (
        f'<article class="item event" id="{escape(event.id)}"><h3>{escape(event.type)} · '
        f"{date} · {escape(event.status)} · <span{low}>confidence {event.confidence:.2f}</span> "
        f'<span class="tag">{escape(event.id)}</span></h3>'
        f"<blockquote>{escape(event.quote)}</blockquote><dl>{rows}</dl>"
        f"{_fix(_event_fix(event, events), overrides_file)}</article>"
    )


def _places(places: Sequence[EventPlace]) -> str:
    if not places:
        return "none"
    shown = []
    for p in places:
        where = (
            f"{escape(p.place_id or 'given')} {_at(p.lat, p.lon)}"
            if p.located
            else '<span class="low">not located</span>'
        )
        approx = " approximate" if p.approximate else ""
        shown.append(
            f'{escape(p.name)} <span class="tag">{escape(p.role)}{approx}</span> → {where}'
        )
    return "; ".join(shown)


def event_address(event: Event, events: Sequence[Event]) -> str:
    """Return how ``overrides.yaml`` can address ``event``: by article and quote, else its id.

    The fragment is the shortest run of the quote's first words (at least six) found in no
    other event of the article; when another event shares the sentence, its first eight words
    and the event's ``type``; the id when even that matches two events.
    """
    others = [
        (fold_quote(e.quote), e.type)
        for e in events
        if e.article == event.article and e.id != event.id
    ]
    words = event.quote.split()
    for n in range(min(6, len(words)), len(words) + 1):
        fragment = " ".join(words[:n])
        if not any(fold_quote(fragment) in quote for quote, _ in others):
            return f"{{article: {event.article}, quote: {_yaml_str(fragment)}}}"
    fragment = " ".join(words[:8])
    if any(fold_quote(fragment) in quote and kind == event.type for quote, kind in others):
        return event.id
    parts = [f"article: {event.article}", f"quote: {_yaml_str(fragment)}", f"type: {event.type}"]
    return "{" + ", ".join(parts) + "}"


def _event_fix(event: Event, events: Sequence[Event]) -> list[str]:
    address = event_address(event, events)
    places = ", ".join(f"{{name: {_yaml_str(p.name)}, role: {p.role}}}" for p in event.places)
    return [
        f"- change: {address}" + (f"  # or: change: {event.id}" if address != event.id else ""),
        f"  type: {event.type}  # one of {', '.join(EVENT_TYPES)}",
        f"  date: {event.date or '...'}",
        f"  date_precision: {event.date_precision}",
        f"  status: {event.status}  # one of {', '.join(STATUSES)}",
        f"  actors: [{', '.join(event.actors)}]",
        f"  places: [{places}]",
        f"- drop: {address}",
        "  why: ...",
    ]


def _overrides_section(report: BuildReport) -> str:
    ov = report.overrides
    out = [f'<section id="overrides"><h2>Overrides ({len(ov.outcomes)})</h2>']
    if not ov.outcomes:
        out.append(f"<p>No overrides in {escape(ov.source)}.</p>")
    else:
        out.append("<table><tr><th>line</th><th>entry</th><th>target</th><th>result</th></tr>")
        for o in ov.outcomes:
            cls = "" if o.status == "applied" else ' class="stale"'
            out.append(
                f"<tr{cls}><td>{o.line}</td><td>{escape(o.action)}</td><td>{escape(o.target)}</td>"
                f"<td>{escape(o.status)}: {escape(o.detail)}</td></tr>"
            )
        out.append("</table>")
    for warning in report.warnings:
        out.append(f'<p class="stale">warning: {escape(warning)}</p>')
    out.append("</section>")
    return "\n".join(out)


def mention_class(mention: Mention) -> str:
    """Return the CSS class that marks a mention: its kind, and for places how it stands.

    >>> mention_class(Mention("a", 0, 5, "Mosul", "place", resolved=True))
    'm-place'
    """
    if mention.kind != "place":
        return f"m-{mention.kind}"
    if mention.resolved:
        return "m-place"
    return "m-notplace" if is_not_place(mention) else "m-unresolved"


def _at(lat: float | None, lon: float | None) -> str:
    """Return a position for people to read, (lat, lon), or say there is none.

    >>> _at(36.335, 43.11889), _at(None, None)
    ('(36.3350, 43.1189)', '(no point)')
    """
    return f"({lat:.4f}, {lon:.4f})" if lat is not None and lon is not None else "(no point)"


def _mention_title(m: Mention) -> str:
    if m.kind == "place" and m.resolved:
        return f"{m.name} · {m.place_id} {_at(m.lat, m.lon)} · {m.note}"
    return f"{m.kind}: {m.note or m.name or ''}".strip()


def _marked_body(body: str, mentions: Sequence[Mention]) -> str:
    """Return the article body escaped, with its mentions marked (nested ones left out)."""
    out, pos = [], 0
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if m.start < pos or not (0 <= m.start < m.end <= len(body)):
            continue
        out.append(escape(body[pos : m.start]))
        out.append(
            f'<mark class="{mention_class(m)}" title="{escape(_mention_title(m))}">'
            f"{escape(body[m.start : m.end])}</mark>"
        )
        pos = m.end
    out.append(escape(body[pos:]))
    return "".join(out)


_RANK = {"m-unresolved": 0, "m-notplace": 1, "m-place": 2}


def _articles_section(
    articles: Sequence[Article],
    mentions: Sequence[Mention],
    sentences: dict[str, list[Sentence]],
    overrides_file: str,
) -> str:
    out = [f'<section id="articles"><h2>Articles ({len(articles)})</h2>']
    for a in articles:
        mine = [m for m in mentions if m.article == a.stem]
        url = f" · {_link(a.url)}" if a.url else ""
        note = f"<br><small>{escape(a.published_note)}</small>" if a.published_note else ""
        rows = [
            _mention_row(m, sentences.get(a.stem, []), overrides_file)
            for m in sorted(mine, key=lambda m: (_RANK.get(mention_class(m), 3), m.start))
        ]
        out.append(
            f'<article id="article-{escape(a.stem)}"><h3>{escape(a.title)}</h3>'
            f"<p>{escape(a.outlet)} · {a.published.isoformat()} · {escape(a.stem)}{url}{note}</p>"
            f'<div class="body">{_marked_body(a.body, mine)}</div>'
            "<table><tr><th>mention</th><th>kind</th><th>resolved to</th><th>note</th>"
            f"<th>fix</th></tr>{''.join(rows)}</table></article>"
        )
    out.append("</section>")
    return "\n".join(out)


def _link(url: str) -> str:
    """Return a link to a web page, or the address as text when it is not http(s)."""
    href = safe_url(url)
    if href is None:
        return escape(url)
    return f'<a href="{escape(href)}" rel="noreferrer">{escape(href)}</a>'


def _mention_row(m: Mention, sentences: list[Sentence], overrides_file: str) -> str:
    cls = mention_class(m)
    where = (
        f"{escape(m.name or '')} {escape(m.place_id or '')} {_at(m.lat, m.lon)}"
        if m.resolved
        else "-"
    )
    fix = ""
    if m.kind == "place":
        sentence = sentence_at(sentences, m.start)
        fragment = " ".join((sentence.text if sentence else m.text).split()[:8])
        lines = [f"- pin: {_yaml_str(m.text)}", f"  article: {m.article}"]
        if cls == "m-notplace":
            lines.append(f"  quote: {_yaml_str(fragment)}")
        lines.append("  place_id: ...  # or lat: and lon:")
        if cls != "m-notplace":
            lines += [
                f"- not_place: {_yaml_str(m.text)}",
                f"  article: {m.article}",
                f"  quote: {_yaml_str(fragment)}",
                "  why: ...",
            ]
        fix = _fix(lines, overrides_file)
    return (
        f'<tr class="item" data-mark="{cls}"><td><mark class="{cls}">{escape(m.text)}</mark></td>'
        f"<td>{escape(m.kind)}</td><td>{where}</td><td>{escape(m.note)}</td><td>{fix}</td></tr>"
    )
