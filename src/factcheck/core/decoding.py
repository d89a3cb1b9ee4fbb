"""Article file bytes to text: refuse binaries, honour byte-order marks, read UTF-8, UTF-16 without
a byte-order mark, a page's declared charset, else let charset-normalizer guess an 8-bit encoding.
Line breaks become "\\n", invisible characters go, the text is NFC-normalised."""

from __future__ import annotations

import re
import unicodedata

from factcheck.errors import FactcheckError

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


def decode(data: bytes, name: str) -> str:
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
