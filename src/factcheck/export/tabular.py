"""CSV (one row per claim, safe to open in a spreadsheet) and JSON (everything, for scripts)."""

from __future__ import annotations

import csv
import io
import json

from factcheck.export.data import ExportData

CSV_COLUMNS = (
    "claim_id", "article_id", "article_file", "article_title", "article_date", "article_url", "lang",
    "start", "end", "score", "kinds", "verdict", "verdict_label", "rating", "note", "reviewer",
    "updated_at", "disputed", "related", "conflicts", "text",
)  # fmt: skip

# A spreadsheet runs a cell starting with one of these as a formula (CSV injection, OWASP).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise(value: object) -> str:
    """A cell a spreadsheet shows as text: a leading apostrophe before a would-be formula.

    A cell that already starts with an apostrophe gets one more, so ``unneutralise`` (drop one
    leading apostrophe) gives back exactly the original text.
    """
    text = "" if value is None else str(value)
    if text.startswith("'") or text.lstrip(" ").startswith(_FORMULA_START):
        return "'" + text
    return text


def unneutralise(cell: str) -> str:
    return cell[1:] if cell.startswith("'") else cell


def render_csv(data: ExportData) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for c in data.claims:
        a = c["article"]
        row = (
            c["id"], a["id"], a["file"], a["title"], a["date"], a["url"], c["lang"],
            c["start"], c["end"], c["score"], ";".join(c["kinds"]), c["verdict"], c["verdict_label"],
            c["rating"], c["note"], c["reviewer"], c["updated_at"], "yes" if c["disputed"] else "",
            c["related_total"], c["related_conflicts"], c["text"],
        )  # fmt: skip
        writer.writerow([neutralise(cell) for cell in row])
    return buffer.getvalue()


def to_json(data: ExportData) -> dict:
    return {
        "generated_at": data.generated_at,
        "organisation": {"name": data.organisation, "url": data.organisation_url},
        "include_unreviewed": data.include_unreviewed,
        "summary": {"reviewed": sum(1 for c in data.claims if c["reviewed"]), "claims": len(data.claims),
                    "verdicts": {k or "none": n for k, n in data.counts.most_common()},
                    "disputed": sum(1 for c in data.claims if c["disputed"])},
        "articles": data.articles,
        "claims": [c | {"article": {k: c["article"][k] for k in ("id", "file", "title")}} for c in data.claims],
    }  # fmt: skip


def render_json(data: ExportData) -> str:
    """``json.dumps(to_json(data), ensure_ascii=False, indent=2)``, byte for byte, but claim by
    claim: dumping the whole document at once holds every piece of it as a separate string (with
    ``indent`` json uses its pure-Python encoder), ~500 MB for a 54 MB export."""
    doc = to_json(data)
    claims = doc.pop("claims")  # the last key: the rest is dumped with an empty list in its place
    head = json.dumps(doc | {"claims": []}, ensure_ascii=False, indent=2)
    if not claims:
        return head + "\n"
    tail = "[]\n}"
    assert head.endswith(tail)
    parts = [head[: -len(tail)], "[\n"]
    for i, claim in enumerate(claims):
        if i:
            parts.append(",\n")
        # JSON strings hold no raw line breaks, so indenting line by line is exact
        parts.append("    " + json.dumps(claim, ensure_ascii=False, indent=2).replace("\n", "\n    "))
    parts.append("\n  ]\n}\n")
    return "".join(parts)
