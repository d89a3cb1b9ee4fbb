"""The report an editor gets: articles, verdict counts, a table of claims, then each claim in detail.

Valid CommonMark + GFM tables whatever the notes, titles or claims contain: every piece of text that
comes from a user or an article goes through ``inline`` or ``paragraphs``, which backslash-escape
what Markdown would read as syntax, so no user text becomes HTML, a link, emphasis or a new block.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.export.data import ExportData

# Characters with inline meaning anywhere in a line (code, emphasis, links, HTML, entities, table
# cells, strikethrough, heading closers). Escaping any ASCII punctuation is allowed by CommonMark.
_INLINE = re.compile(r"([\\`*_\[\]<>&|~#])")
# Characters that start a block only at the start of a line: quotes, lists, setext underlines.
_LINE_START = re.compile(r"^([>+\-=])|^(\d{1,9})([.)])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_URL = re.compile(r"https?://[^\s<>\"'`|\\]+[^\s<>\"'`|\\.,;:!?)\]]")

# How a related statement's figures compare (core/consistency.py), as the report says it.
FLAGS = {"conflict": "**conflict**", "differs-slightly": "*differs slightly*", "consistent": "consistent",
         "not-compared": "figures not compared"}


def clean(text: str) -> str:
    """Line endings to \\n, tabs to spaces, other control characters removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)


@lru_cache(maxsize=1 << 16)  # the same names, related statements and evidence recur across claims
def inline(text: str | None) -> str:
    """Text for one line (a table cell, a list item): whitespace collapsed, syntax escaped."""
    line = " ".join(clean(text or "").split())
    return _LINE_START.sub(lambda m: "\\" + m[1] if m[1] else m[2] + "\\" + m[3], _INLINE.sub(r"\\\1", line))


def paragraphs(text: str) -> str:
    """Multi-line text as Markdown paragraphs: blank lines separate them, single newlines become
    hard line breaks, leading indentation is dropped so nothing turns into a code block."""
    blocks = []
    for block in re.split(r"\n\s*\n", clean(text).strip()):
        lines = [inline(line) for line in block.split("\n") if line.strip()]
        if lines:
            blocks.append("\\\n".join(lines))
    return "\n\n".join(blocks)


def link(url: str | None) -> str:
    """An http(s) URL as an autolink, anything else as escaped text."""
    if url and re.fullmatch(r"https?://[^\s<>\x00-\x1f\x7f]+", url):
        return f"<{url}>"
    return inline(url)


def sources(note: str | None) -> list[str]:
    return list(dict.fromkeys(_URL.findall(note or "")))


def _article_name(article: dict) -> str:
    return inline(article.get("title") or article.get("file") or f"article {article.get('id', '?')}")


def _verdict(claim: dict) -> str:
    return inline(claim["verdict_label"]) if claim["verdict"] else "no verdict yet"


def _row(*cells: str) -> str:
    return "| " + " | ".join(cell or " " for cell in cells) + " |"


def render(data: ExportData) -> str:
    out = ["# Fact-check report", ""]
    reviewed = sum(1 for c in data.claims if c["reviewed"])
    out += [
        f"{inline(data.organisation)} · generated {data.generated_at} · "
        f"{reviewed} reviewed claim{'s' * (reviewed != 1)} in {len(data.articles)} "
        f"article{'s' * (len(data.articles) != 1)}",
        "",
        "## Articles",
        "",
    ]
    for a in data.articles:
        details = ", ".join(inline(x) for x in (a["lang"], a["date"] or "no date") if x)
        out.append(f"- **{_article_name(a)}** ({details})" + (f" {link(a['url'])}" if a["url"] else ""))
    if not data.articles:
        out.append("No articles.")
    out += ["", "## Summary", "", _row("Verdict", "Claims"), "| --- | ---: |"]
    for key, count in sorted(data.counts.items(), key=lambda kv: -kv[1]):
        label = next((c["verdict_label"] for c in data.claims if c["verdict"] == key), None)
        out.append(_row(inline(label) if key else "note only, no verdict yet", str(count)))
    out.append(_row("**Total reviewed**", f"**{reviewed}**"))
    if data.include_unreviewed:
        out += ["", f"Also listed: {len(data.claims) - reviewed} check-worthy claims not reviewed yet."]
    disputed = [c for c in data.claims if c["disputed"]]
    if disputed:
        out += ["", f"**Disputed:** {len(disputed)} claim{'s' * (len(disputed) != 1)} where reviewers disagree."]
    out += ["", "## Claims", ""]
    if data.claims:
        out += [_row("#", "Verdict", "Claim", "Article", "Language"), "| ---: | --- | --- | --- | --- |"]
        for c in data.claims:
            verdict = _verdict(c) + (" (disputed)" if c["disputed"] else "")
            out.append(_row(str(c["id"]), verdict, inline(c["text"]), _article_name(c["article"]), inline(c["lang"])))
    else:
        out.append("No reviewed claims yet.")
    for c in data.claims:
        out += ["", *_section(c)]
    return "\n".join(out) + "\n"


def _section(c: dict) -> list[str]:
    a = c["article"]
    out = [f"### Claim {c['id']}: {_verdict(c)}", "", "> " + inline(c["text"]), ""]
    meta = f"- **Verdict:** {_verdict(c)}"
    if c["rating"] is not None:
        meta += f" (rating {c['rating']} of 5)"
    if c["reviewer"]:
        meta += f", by {inline(c['reviewer'])}" + (f" on {inline(c['updated_at'][:10])}" if c["updated_at"] else "")
    out.append(meta)
    where = f"- **Article:** {_article_name(a)} ({inline(c['lang'])}), characters {c['start']}–{c['end']}"
    out.append(where + (f", {link(a['url'])}" if a["url"] else ""))
    if c["disputed"]:
        views = "; ".join(
            f"{inline(who)}: {inline(label or 'no verdict')}" for who, label in sorted(c["disputed"]["labels"].items())
        )
        out.append(f"- **Disputed:** {views}")
    out += ["", "#### Notes", "", paragraphs(c["note"]) if c["note"] and c["note"].strip() else "No notes."]
    found = sources(c["note"])
    if found:
        out += ["", "#### Sources", "", *(f"- {link(url)}" for url in found)]
    out += ["", "#### Related statements", ""]
    if not c["related"]:
        out.append("No related statements found.")
    for r in c["related"]:
        flag = FLAGS.get(r.get("consistency"), "no figures to compare")
        item = f"- {flag}, score {r['score']:.2f}: {_article_name(r['article'])} ({inline(r['lang'])}), claim {r['claim_id']}: “{inline(r['text'])}”"
        if r.get("evidence"):
            item += " — " + "; ".join(inline(e) for e in r["evidence"])
        out.append(item)
    if c["related_total"] > len(c["related"]):
        more = c["related_total"] - len(c["related"])
        out.append(f"- and {more} more ({c['related_conflicts']} conflicts in all); see `factcheck match --claim {c['id']}`")
    return out
