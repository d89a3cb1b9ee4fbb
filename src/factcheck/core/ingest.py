"""Read article files (.txt, .md, .html) into ``Article``: clean text plus title, date, url, language.

``Article.text`` is a list of blocks (headline, paragraph, list item, table cell) joined by a blank
line, whitespace inside a block collapsed to single spaces, web boilerplate lines dropped (see
``boilerplate.py``). Plain text and Markdown paragraphs keep each source line as its own block,
except that a line is joined to the one before when that one has no closing punctuation and the line
starts in lowercase (hard-wrapped text). Metadata lines at the very top ("date 2024-08",
"Title: ...", "url: ...", "lang: da", even glued to the first sentence) and Markdown front matter
are read and removed from the text.

Title without metadata (``guess_title``): among the blocks before the first body paragraph (a block
ending in "." or longer than 20 words), and within the first five blocks, the longest one of 3 to 20
words that does not end in . : ; , -- so a headline ending in "?" or "!" qualifies, a site name of
one word does not, and a section heading after the first paragraph is never taken.

This module finds and reads the files and puts an Article together; the parts live beside it:
``decoding`` (bytes to text), ``metadata`` (metadata lines, front matter), ``blocks`` (source lines
to blocks, the title guess), ``markdown_text`` and ``html_text`` (each format to blocks).
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path, PurePath

from factcheck.core.blocks import guess_title, tidy
from factcheck.core.decoding import decode
from factcheck.core.html_text import HTML_START, html_article
from factcheck.core.language import detect_language
from factcheck.core.markdown_text import markdown_article
from factcheck.core.metadata import dateline, front_matter, lang_code
from factcheck.core.models import DEFAULT_MAX_BYTES, Article
from factcheck.errors import FactcheckError

__all__ = ["ARTICLE_SUFFIXES", "DEFAULT_MAX_BYTES", "article_files", "parse_article", "read_article"]

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
_MB = 1024 * 1024

# ---------------------------------------------------------------------------------------- files


def article_files(path: Path) -> list[Path]:
    """``[path]`` for a file; for a folder every article file in it, recursive and sorted, hidden
    files and folders skipped."""
    path = Path(path)
    if not path.is_dir():
        if path.exists():
            return [path]
        raise FactcheckError(f"no such file or directory: {path}")

    def fail(err: OSError) -> None:
        raise FactcheckError(f"{err.filename}: cannot read folder ({err.strerror})")

    found = []
    for folder, subfolders, names in os.walk(path, onerror=fail):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        found += [Path(folder, n) for n in names if not n.startswith(".") and _suffix(n) in ARTICLE_SUFFIXES]
    if not found:
        raise FactcheckError(f"no article files ({' '.join(sorted(ARTICLE_SUFFIXES))}) in {path}")
    return sorted(found)


def read_article(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read and parse one article file; every problem is a one-line ``FactcheckError``."""
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise FactcheckError(f"no such file or directory: {path}") from None
    except OSError as err:
        raise FactcheckError(f"{path}: cannot read ({err.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise FactcheckError(f"{path}: is a directory, not an article file")
    if info.st_size > max_bytes:
        raise _too_big(path, info.st_size, max_bytes)
    try:
        with path.open("rb") as f:
            data = f.read(max_bytes + 1)
    except PermissionError:
        raise FactcheckError(f"{path}: permission denied") from None
    except OSError as err:
        raise FactcheckError(f"{path}: cannot read ({err.strerror})") from None
    if len(data) > max_bytes:  # grew since stat, or a special file
        raise _too_big(path, len(data), max_bytes)
    return parse_article(data, str(path))


def _too_big(path: Path, size: int, limit: int) -> FactcheckError:
    small = limit < _MB // 10
    size_text = f"{size:,} bytes" if small else f"{size / _MB:.1f} MB"
    limit_text = f"{limit:,} bytes" if small else f"{limit / _MB:g} MB"
    return FactcheckError(
        f"{path} is {size_text}, over the {limit_text} limit (raise it with --max-mb or FACTCHECK_MAX_MB)"
    )


def _suffix(name: str) -> str:
    return PurePath(name).suffix.lower()


# ---------------------------------------------------------------------------------------- parse


def parse_article(data: bytes, name: str) -> Article:
    """Parse the bytes of an article file; ``name`` gives the format (by extension) and the path."""
    raw = decode(data, name)
    suffix = _suffix(name)
    if suffix in (".md", ".markdown"):
        blocks, meta = markdown_article(raw)
    elif suffix in (".html", ".htm") or HTML_START.match(raw):
        blocks, meta = html_article(raw, name)
    else:
        meta, body = front_matter(raw)
        blocks = tidy(body.split("\n"), join_wrapped=True)
    if not blocks:
        raise FactcheckError(f"{name}: no article text found")
    text = "\n\n".join(blocks)
    lang = lang_code(meta.get("lang")) or detect_language(text)
    return Article(
        text=text,
        lang=lang,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=meta.get("title") or guess_title(blocks),
        date=meta.get("date") or dateline(blocks, lang),
        url=meta.get("url"),
        path=name,
    )
