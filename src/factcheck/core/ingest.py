"""Read article files (.txt, .md, .html) into ``Article``: clean text plus title, date, url, language.

``Article.text`` is a list of blocks (headline, paragraph, list item, table cell) joined by a blank
line, whitespace inside a block collapsed to single spaces, web boilerplate lines dropped (see
``boilerplate.py``). Plain text and Markdown paragraphs keep each source line as its own block,
except that a line is joined to the one before when that one has no closing punctuation and the line
starts in lowercase (hard-wrapped text). Metadata lines at the very top ("date 2024-08",
"Title: ...", "url: ...", "lang: da", even glued to the first sentence) and Markdown front matter
are read and removed from the text.

Title without metadata (``_guess_title``): among the blocks before the first body paragraph (a block
ending in "." or longer than 20 words), and within the first five blocks, the longest one of 3 to 20
words that does not end in . : ; , -- so a headline ending in "?" or "!" qualifies, a site name of
one word does not, and a section heading after the first paragraph is never taken.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterable
from pathlib import Path, PurePath

from factcheck.core.boilerplate import is_boilerplate
from factcheck.core.language import detect_language
from factcheck.core.models import Article
from factcheck.errors import FactcheckError

# Memory grows with the number of claims (~45 MB a MB of dense news text, on top of ~150 MB for the
# language model and rates): 5 MB, a hundred times a long article, keeps a file under 300 MB.
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
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
    raw = _decode(data, name)
    suffix = _suffix(name)
    if suffix in (".md", ".markdown"):
        blocks, meta = _markdown(raw)
    elif suffix in (".html", ".htm") or _HTML_START.match(raw):
        blocks, meta = _html(raw, name)
    else:
        meta, body = _front_matter(raw)
        blocks = _tidy(body.split("\n"), join_wrapped=True)
    if not blocks:
        raise FactcheckError(f"{name}: no article text found")
    text = "\n\n".join(blocks)
    return Article(
        text=text,
        lang=_lang_code(meta.get("lang")) or detect_language(text),
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=meta.get("title") or _guess_title(blocks),
        date=meta.get("date"),
        url=meta.get("url"),
        path=name,
    )


# ---------------------------------------------------------------------------------------- bytes

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (.zip, .docx, .epub, ...)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_BOMS = (  # UTF-32 first: its little-endian BOM starts like UTF-16's
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# When several encodings explain the bytes equally well (same chaos), prefer the one the web uses:
# charset-normalizer alone reads short Danish cp1252 as cp1250 ("pĺ" for "på") or mac_iceland.
_PREFERRED_ENCODINGS = ("cp1252",)
_INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\xad\u200b\u2060\ufeff]")


def _decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise FactcheckError(f"{name}: empty file")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise FactcheckError(f"{name}: binary file ({what}), not an article")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise FactcheckError(f"{name}: not valid {encoding} text despite its byte-order mark") from None
            break
    else:
        if b"\x00" in data:
            text = _utf16_without_bom(data)
            if text is None:
                raise FactcheckError(f"{name}: binary file (contains NUL bytes), not an article")
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as err:
                _refuse_broken_utf8(data, err, name)
                text = _declared_html_charset(data) or _detect(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    if not text.strip():
        raise FactcheckError(f"{name}: empty file (only whitespace)")
    return text


# UTF-16 without a byte-order mark (Windows tools write it): text in Latin, Greek or Cyrillic
# script puts a NUL in the high byte of every Latin letter, space and digit, so one byte position
# of each pair is often NUL and the other almost never. A binary file has NULs on both.
_UTF16_MIN_NULS = 0.2  # share of the pairs whose high byte is NUL
_UTF16_MAX_OTHER = 0.01  # share of the pairs whose low byte is NUL
_UTF16_MIN_TEXT = 0.95  # share of the decoded characters that are letters, digits, marks, spaces, punctuation


def _utf16_without_bom(data: bytes) -> str | None:
    """``data`` decoded as UTF-16 (LE or BE, by where its NUL bytes are), if it reads as text."""
    if len(data) % 2:
        return None
    pairs = len(data) // 2
    even, odd = data[0::2].count(0) / pairs, data[1::2].count(0) / pairs
    for nuls, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls >= _UTF16_MIN_NULS and other <= _UTF16_MAX_OTHER:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            readable = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
            letters = sum(1 for ch in text if ch.isalpha())
            if readable >= _UTF16_MIN_TEXT * len(text) and letters >= 0.5 * len(text.split()):
                return text
    return None


_ESCAPED = re.compile("[\udc80-\udcff]")


def _refuse_broken_utf8(data: bytes, err: UnicodeDecodeError, name: str) -> None:
    """UTF-8 with a few broken bytes is no 8-bit encoding's text: charset-normalizer would read it
    as cp1250 or Shift-JIS and turn every accented letter into junk ("Zürich" -> "ZĂŒrich"). Mostly
    valid multi-byte UTF-8 (more good non-ASCII characters than bad bytes) means broken UTF-8."""
    decoded = data.decode("utf-8", errors="surrogateescape")
    bad = len(_ESCAPED.findall(decoded))
    good = sum(ord(ch) > 0x7F for ch in decoded) - bad
    if good > bad:
        raise FactcheckError(
            f"{name}: invalid UTF-8 at byte {err.start} (the rest is UTF-8): repair the file or save it as UTF-8"
        )


_HTML_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.I)
# WHATWG: pages labelled Latin-1 or ASCII are decoded as windows-1252 (what their authors meant).
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "iso8859-1": "cp1252", "us-ascii": "cp1252",
                    "ascii": "cp1252"}  # fmt: skip


def _declared_html_charset(data: bytes) -> str | None:
    """The text decoded as its own <meta charset> says, if it names a codec that accepts it."""
    m = _HTML_CHARSET.search(data, 0, 4096)
    if not m:
        return None
    label = m[1].decode("ascii").lower()
    try:
        return data.decode(_CHARSET_ALIASES.get(label, label))
    except (LookupError, UnicodeDecodeError):
        return None


def _detect(data: bytes, name: str) -> str:
    import charset_normalizer  # only for files that are not UTF-8

    results = list(charset_normalizer.from_bytes(data))
    if not results:
        raise FactcheckError(f"{name}: cannot decode: not UTF-8, UTF-16 or a known 8-bit encoding")
    least = min(r.chaos for r in results)
    tied = [r for r in results if r.chaos <= least]
    best = next((r for r in tied if r.encoding in _PREFERRED_ENCODINGS), tied[0])
    return str(best)


# ---------------------------------------------------------------------------------------- text

_WS = re.compile(r"\s+")
_ENDS_LINE = tuple(".!?:;…\"”»)")


def _tidy(lines: Iterable[str], join_wrapped: bool) -> list[str]:
    """Blocks from source lines: whitespace collapsed, boilerplate and empty lines dropped. With
    ``join_wrapped``, a line starting in lowercase continues the line before it when that one has
    no closing punctuation and no blank or boilerplate line came between."""
    blocks: list[str] = []
    parts: list[str] = []  # the block being built, line by line (no quadratic string growth)
    for line in lines:
        line = " ".join(line.split())  # collapse whitespace: 3x faster than a regex
        if not line or is_boilerplate(line):
            if parts:
                blocks.append(" ".join(parts))
                parts = []
            continue
        if not (join_wrapped and parts and line[0].islower() and not parts[-1].endswith(_ENDS_LINE)):
            if parts:
                blocks.append(" ".join(parts))
            parts = []
        parts.append(line)
    if parts:
        blocks.append(" ".join(parts))
    return blocks


def _guess_title(blocks: list[str]) -> str | None:
    """The longest headline-like block before the first body paragraph (see the module notes)."""
    best, best_words = None, 0
    for block in blocks[:5]:
        words = len(block.split())
        if words > 20 or block.endswith("."):
            break
        if words >= 3 and words > best_words and not block.endswith((":", ";", ",")):
            best, best_words = block, words
    return best


# ------------------------------------------------------------------------------------- metadata

_DATE = r"(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_ISO_DATE = re.compile(_DATE + r"\Z")
_EU_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})\Z")
# "date 2024-08 TikTok, et ..." / "Date: 2024-08-01" / "url https://..." -- the value is shaped,
# so the article text may follow on the same line.
_META_SHAPED = re.compile(
    r"(?i)[ \t]*(?:(?P<dkey>date|dato|datum|fecha|tanggal|published)[ \t]*[:=]?[ \t]*(?P<date>" + _DATE + r")"
    r"|(?P<ukey>url|link|source|canonical)[ \t]*[:=]?[ \t]*<?(?P<url>https?://[^\s>]+)>?)(?=\s|\Z)[ \t]*"
)
# "Title: ..." -- a key and a colon: the whole line is the value.
_META_LINE = re.compile(
    r"(?i)[ \t]*(title|titel|judul|titre|título|date|dato|datum|fecha|tanggal|published|url|link"
    r"|lang|language|sprog|bahasa|author|forfatter|penulis|autor|auteur)[ \t]*:[ \t]*([^\n]*)"
)
_META_KEYS = {"titel": "title", "judul": "title", "titre": "title", "título": "title",
              "dato": "date", "datum": "date", "fecha": "date", "tanggal": "date", "published": "date",
              "link": "url", "source": "url", "canonical": "url", "canonical_url": "url",
              "permalink": "url", "language": "lang", "sprog": "lang", "bahasa": "lang",
              "locale": "lang"}  # fmt: skip
_LANG = re.compile(r"([A-Za-z]{2})(?:[-_][A-Za-z0-9]+)*\Z")


def _leading_metadata(text: str) -> tuple[dict[str, str], str]:
    """Read metadata lines at the top of ``text``; return them and the text without them."""
    meta: dict[str, str] = {}
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if not text[pos:end].strip():
            pos = end + 1
            continue
        m = _META_SHAPED.match(text, pos, end)
        if m:
            key, value = (m["dkey"], m["date"]) if m["dkey"] else (m["ukey"], m["url"])
            _put(meta, key, value)
            pos = m.end()
            if pos < end:  # text glued after the value: the article starts here
                break
            continue
        m = _META_LINE.match(text, pos, end)
        if not m:
            break
        _put(meta, m[1], m[2])
        pos = end + 1
    return meta, text[pos:]


def _put(meta: dict[str, str], key: str, value: str) -> None:
    key = key.strip().lower()
    key = _META_KEYS.get(key, key)
    value = value.strip().strip("\"'").strip()
    if key == "date":
        value = _iso_date(value) or ""
    elif key == "lang":
        value = _lang_code(value) or ""
    elif key == "title":
        value = _WS.sub(" ", value)
    elif key != "url":
        return
    if value and key not in meta:
        meta[key] = value


def _iso_date(value: str) -> str | None:
    """"2024-08-01T10:00:00+02:00" -> "2024-08-01", "2024-08" -> "2024-08", "01.08.2024" too."""
    value = value.strip()
    m = _ISO_DATE.match(value)
    year, month, day = (m[1], m[2], m[3]) if m else (None, None, None)
    if not m and (m := _EU_DATE.match(value)):
        year, month, day = m[3], m[2], m[1]
    if not year:
        return None
    if month and not 1 <= int(month) <= 12 or day and not 1 <= int(day) <= 31:
        return None
    return "-".join([year] + [f"{int(p):02d}" for p in (month, day) if p])


def _lang_code(value: str | None) -> str | None:
    m = _LANG.match(value.strip()) if value else None
    return m[1].lower() if m else None


_FRONT_MATTER = re.compile(r"---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FRONT_LINE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)")


def _front_matter(raw: str) -> tuple[dict[str, str], str]:
    """Metadata from front matter between --- lines, else from leading metadata lines; and the
    text after it."""
    front = _FRONT_MATTER.match(raw.lstrip("\n"))
    if not front:
        return _leading_metadata(raw)
    meta: dict[str, str] = {}
    for line in front[1].split("\n"):
        if m := _FRONT_LINE.match(line.strip()):
            _put(meta, m[1], m[2])
    return meta, raw.lstrip("\n")[front.end() :]


# ------------------------------------------------------------------------------------- markdown

_md = None


def _markdown(raw: str) -> tuple[list[str], dict[str, str]]:
    """Front matter (or leading metadata lines), then the body rendered to plain-text blocks."""
    meta, body = _front_matter(raw)
    lines: list[str] = []
    heading: list[str] = []
    for chunk, markup in _markdown_chunks(body):
        if markup:
            _render_markdown(chunk, lines, heading)
        else:
            lines += chunk.split("\n")
            lines.append("")
    if heading and "title" not in meta:
        meta["title"] = heading[0]
    return _tidy(lines, join_wrapped=True), meta


# markdown-it-py parses prose at ~1 MB/s and markup-dense text at ~0.15 MB/s. Paragraphs with no
# markup at all (most of an article) are plain text already, so only the others go through it. A
# document with constructs that span blank lines (fences, HTML blocks, link reference definitions)
# is parsed whole.
_MD_SPANNING = re.compile(r"^[ \t]{0,3}(?:```|~~~|<|\[[^\]\n]+\]:)", re.M)
_MD_MARKUP = re.compile(r"[*_`\[\]<>&\\~|]|^(?: {4}|\t|[ \t]*(?:[#>+=-]|\d{1,9}[.)](?:[ \t]|$)))", re.M)
_BLANK_LINES = re.compile(r"\n[ \t]*\n")


def _markdown_chunks(body: str) -> Iterable[tuple[str, bool]]:
    """(text, has markup) for runs of paragraphs: plain ones alone, marked-up ones grouped."""
    if _MD_SPANNING.search(body):
        yield body, True
        return
    group: list[str] = []
    for chunk in _BLANK_LINES.split(body):
        if _MD_MARKUP.search(chunk):
            group.append(chunk)
            continue
        if group:
            yield "\n\n".join(group), True
            group = []
        yield chunk, False
    if group:
        yield "\n\n".join(group), True


def _render_markdown(source: str, lines: list[str], heading: list[str]) -> None:
    """Append the visible text of ``source`` to ``lines``; the first h1 goes to ``heading``."""
    global _md
    if _md is None:
        from markdown_it import MarkdownIt

        _md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    tokens = _md.parse(source)
    for i, tok in enumerate(tokens):
        if tok.type == "inline":
            text = _inline_text(tok.children or [])
            lines += text.split("\n")
            if not heading and tokens[i - 1].tag == "h1":
                heading.append(_WS.sub(" ", text).strip())
        elif tok.type in ("fence", "code_block"):
            lines += tok.content.split("\n")
        elif tok.type == "html_block":
            lines += _html_blocks(_parse_html(f"<div>{tok.content}</div>", "markdown"))
        else:
            continue
        lines.append("")


def _inline_text(children: list) -> str:  # noqa: ANN001 - markdown-it tokens
    """Visible text of an inline token: text, code and link text; breaks become newlines."""
    out = []
    for child in children:  # an image's alt text lives in its own children: not visited
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
    return "".join(out)


# ----------------------------------------------------------------------------------------- html

_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)
_XML_DECL = re.compile(r"\s*<\?xml[^>]*\?>")
_DROP_TAGS = ("script", "style", "nav", "footer", "aside", "form", "noscript", "iframe", "svg",
              "button", "template", "select", "object", "embed", "canvas", "dialog", "menu")  # fmt: skip
_NOISE = re.compile(
    r"(?:^|[\s_-])(?:ads?|advert\w*|banner|share|sharing|social|related|comments?|disqus|cookies?"
    r"|consent|gdpr|newsletter|subscribe|subscription|promo\w*|sponsor\w*|outbrain|taboola|popup"
    r"|modal|breadcrumbs?|sidebar|widget|paywall)(?:$|[\s_-])",
    re.I,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_BLOCK_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li div br blockquote td th tr dd dt pre section article header footer main"
    " figcaption caption table ul ol dl hr address figure details summary".split()
)
_META_NAMES = {  # <meta property|name|itemprop=...> -> our key, in order of preference
    "title": ("og:title", "twitter:title"),
    "date": ("article:published_time", "date", "pubdate", "publishdate", "publish-date", "dc.date",
             "dc.date.issued", "dcterms.date", "datepublished", "parsely-pub-date"),
    "url": ("og:url",),
    "lang": ("og:locale", "content-language", "language"),
}  # fmt: skip


def _html(raw: str, name: str) -> tuple[list[str], dict[str, str]]:
    doc = _parse_html(raw, name)
    meta = _html_meta(doc)
    articles = doc.xpath("//article")
    if articles:
        root = max(articles, key=lambda el: len(el.text_content()))
    else:
        root = next(iter(doc.xpath("//main | //*[@role='main']")), None)
        root = root if root is not None else (doc.find("body") if doc.find("body") is not None else doc)
    if "title" not in meta:
        h1 = root.find(".//h1")
        title = _WS.sub(" ", h1.text_content()).strip() if h1 is not None else ""
        title = title or _WS.sub(" ", doc.findtext(".//title") or "").strip()
        if title:
            meta["title"] = title
    if "date" not in meta:
        for when in root.xpath(".//time/@datetime | .//*[@itemprop='datePublished']/@content"):
            if date := _iso_date(when):
                meta["date"] = date
                break
    return _tidy(_html_blocks(root), join_wrapped=False), meta


def _parse_html(raw: str, name: str):  # noqa: ANN202
    import lxml.html
    from lxml import etree

    try:
        return lxml.html.document_fromstring(_XML_DECL.sub("", raw, count=1))
    except (etree.ParserError, ValueError) as err:
        raise FactcheckError(f"{name}: cannot parse HTML ({err})") from None


def _html_meta(doc) -> dict[str, str]:  # noqa: ANN001
    found: dict[str, str] = {}
    for el in doc.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "").lower()
        if key and el.get("content") and key not in found:
            found[key] = el.get("content")
    meta: dict[str, str] = {}
    if lang := doc.get("lang") or doc.get("xml:lang"):
        _put(meta, "lang", lang)
    for el in doc.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            _put(meta, "url", el.get("href"))
    for key, names in _META_NAMES.items():
        for value in (found[n] for n in names if n in found):
            _put(meta, key, value)
    return meta


def _html_blocks(root) -> list[str]:  # noqa: ANN001
    """Text of ``root`` as lines, one per block element; noise elements dropped first."""
    from lxml import etree

    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, *_DROP_TAGS, with_tail=False)
    noise = [
        el
        for el in root.iterdescendants()
        if isinstance(el.tag, str)
        and (
            _NOISE.search(f"{el.get('class', '')} {el.get('id', '')}")
            or el.get("hidden") is not None
            or el.get("aria-hidden") == "true"
            or _HIDDEN_STYLE.search(el.get("style", ""))
            or (el.tag == "header" and not any(a.tag == "article" for a in el.iterancestors()))
        )
    ]
    for el in noise:
        el.drop_tree()
    lines: list[str] = [""]
    pre = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        block = el.tag in _BLOCK_TAGS
        if event == "start":
            if block:
                lines.append("")
            pre += el.tag == "pre"
            text = el.text
        else:
            if block:
                lines.append("")
            pre -= el.tag == "pre"
            text = el.tail if el is not root else None
        if text:
            if pre:
                lines[-1] += text.split("\n", 1)[0]
                lines += text.split("\n")[1:]
            else:
                lines[-1] += text.replace("\n", " ")
    return lines
