"""Article metadata written in the text: leading "date ..."/"Title: ..." lines and front matter,
and a page's dateline ("May 6, 2025 4:12 PM GMT", "Opdateret 6. maj 2025", "Publié le 15/03/2025");
dates and language codes normalised ("01.08.2024" -> "2024-08-01", "da_DK" -> "da")."""

from __future__ import annotations

import re

from factcheck.core.blocks import WS
from factcheck.core.dates import find_dates

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


def leading_metadata(text: str) -> tuple[dict[str, str], str]:
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
            put_meta(meta, key, value)
            pos = m.end()
            if pos < end:  # text glued after the value: the article starts here
                break
            continue
        m = _META_LINE.match(text, pos, end)
        if not m:
            break
        put_meta(meta, m[1], m[2])
        pos = end + 1
    return meta, text[pos:]


def put_meta(meta: dict[str, str], key: str, value: str) -> None:
    key = key.strip().lower()
    key = _META_KEYS.get(key, key)
    value = value.strip().strip("\"'").strip()
    if key == "date":
        value = iso_date(value) or ""
    elif key == "lang":
        value = lang_code(value) or ""
    elif key == "title":
        value = WS.sub(" ", value)
    elif key != "url":
        return
    if value and key not in meta:
        meta[key] = value


def iso_date(value: str) -> str | None:
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


def lang_code(value: str | None) -> str | None:
    m = _LANG.match(value.strip()) if value else None
    return m[1].lower() if m else None


_FRONT_MATTER = re.compile(r"---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FRONT_LINE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)")


def front_matter(raw: str) -> tuple[dict[str, str], str]:
    """Metadata from front matter between --- lines, else from leading metadata lines; and the
    text after it."""
    front = _FRONT_MATTER.match(raw.lstrip("\n"))
    if not front:
        return leading_metadata(raw)
    meta: dict[str, str] = {}
    for line in front[1].split("\n"):
        if m := _FRONT_LINE.match(line.strip()):
            put_meta(meta, m[1], m[2])
    return meta, raw.lstrip("\n")[front.end() :]


DATELINE_BLOCKS = 6  # a page's date stands among its first lines: title, byline, date
_DATELINE_WORDS = 4  # beside the date: "Mis à jour le", "Published on", "PM GMT", "Uhr"
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")


def dateline(blocks: list[str], lang: str | None) -> str | None:
    """The date of a page copied as text, from a line among its first that is a date and little
    else ("07.05.2025, 09:30 Uhr"): as ISO, or None. A sentence that mentions a date is no dateline."""
    for block in blocks[:DATELINE_BLOCKS]:
        if len(block) > 80:
            continue
        days = [d for d in find_dates(block, lang or "und") if len(d.value) == 10]
        if len(days) != 1:
            continue
        rest = _CLOCK.sub(" ", block[:days[0].start] + " " + block[days[0].end:])
        if len(re.findall(r"[^\W\d_]+", rest)) <= _DATELINE_WORDS:
            return days[0].value
    return None
