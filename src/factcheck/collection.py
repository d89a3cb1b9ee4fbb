"""Article collections: one CSV, TSV, JSON or JSON-lines file holding many articles, a row each, as
desks receive them from archives and monitoring tools.

sqlite-utils' ``rows_from_file`` reads the four formats (the CSV dialect and a UTF-8 byte-order
mark included). Which column holds the text, title, date and URL is the user's to say
(``--text-column body`` ...); the defaults are ``text``, ``title``, ``date`` and ``url``. A row
without text, or with more fields than the header, is reported with its number and skipped; a file
that cannot be read at all (no such text column, broken JSON) is one error.

Each row becomes an article as a plain-text file would (``core.ingest.parse_article``: blocks,
language, hash), stored under the path ``FILE#ROW``, so adding an edited export again replaces each
changed row's article with its verdicts kept, like an edited file.
"""

from __future__ import annotations

import csv
import dataclasses
from dataclasses import dataclass
from pathlib import Path, PurePath

from factcheck.core.ingest import DEFAULT_MAX_BYTES, parse_article
from factcheck.core.metadata import iso_date
from factcheck.core.models import Article
from factcheck.errors import FactcheckError

COLLECTION_SUFFIXES = frozenset({".csv", ".tsv", ".json", ".jsonl", ".ndjson"})
_EXTRA = "\x00extra"  # where rows_from_file puts fields beyond the header


@dataclass(frozen=True)
class Columns:
    """Which column of a collection holds what (None: the collection has no such column)."""

    text: str = "text"
    title: str | None = "title"
    date: str | None = "date"
    url: str | None = "url"


@dataclass(frozen=True, slots=True)
class Row:
    """One article of a collection, as read (picklable: worker processes analyse rows too)."""

    source: str
    number: int  # 1-based, data rows only
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None

    def __str__(self) -> str:
        return f"{self.source} row {self.number}"

    def article(self, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
        data = self.text.encode("utf-8")
        if len(data) > max_bytes:
            raise FactcheckError(f"{self}: {len(data):,} bytes of text, over the limit of {max_bytes:,}")
        try:
            article = parse_article(data, f"{self.source}#{self.number}")
        except FactcheckError:
            raise FactcheckError(f"{self}: no article text found") from None
        return dataclasses.replace(
            article,
            title=self.title or article.title,
            date=(iso_date(self.date) if self.date else None) or article.date,
            url=self.url or article.url,
        )


def is_collection(path: Path) -> bool:
    return PurePath(path).suffix.lower() in COLLECTION_SUFFIXES


def read_rows(path: Path, columns: Columns, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[Row], list[str]]:
    """The rows of a collection file with text, and one error line per row skipped. A file that
    cannot be read at all raises ``FactcheckError``."""
    from sqlite_utils.utils import Format, rows_from_file

    formats = {".csv": Format.CSV, ".tsv": Format.TSV, ".json": Format.JSON, ".jsonl": Format.NL, ".ndjson": Format.NL}
    rows: list[Row] = []
    bad: list[str] = []
    csv.field_size_limit(max(max_bytes, csv.field_size_limit()))  # an article is a long field
    try:
        with Path(path).open("rb") as f:
            found, _ = rows_from_file(f, formats[PurePath(path).suffix.lower()], extras_key=_EXTRA)
            for number, record in enumerate(found, 1):
                if not isinstance(record, dict):
                    bad.append(f"{path} row {number}: not an object with named fields")
                    continue
                if number == 1 and columns.text not in record:
                    named = ", ".join(str(k) for k in list(record)[:8] if k != _EXTRA)
                    raise FactcheckError(f"{path}: no column {columns.text!r} for the article text (it has: {named});"
                                         f" name it with --text-column")
                if record.get(_EXTRA):
                    bad.append(f"{path} row {number}: {len(record[_EXTRA])} more field(s) than the header names")
                    continue
                text = record.get(columns.text)
                if not isinstance(text, str) or not text.strip():
                    bad.append(f"{path} row {number}: no text in column {columns.text!r}")
                    continue
                rows.append(Row(str(path), number, text, *(_field(record, c) for c in (columns.title, columns.date, columns.url))))
    except FactcheckError:
        raise
    except FileNotFoundError:
        raise FactcheckError(f"no such file or directory: {path}") from None
    except (OSError, ValueError, csv.Error, UnicodeDecodeError) as exc:  # JSONDecodeError is a ValueError
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise FactcheckError(f"{path}: cannot read it as a collection of articles ({first})") from None
    return rows, bad


def _field(record: dict, column: str | None) -> str | None:
    value = record.get(column) if column else None
    return str(value).strip() or None if value is not None else None
