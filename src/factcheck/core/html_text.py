"""HTML articles to text blocks: the main <article> (or <main>, or the body) without navigation,
scripts, ads and hidden elements, one block per block element; title, date, url and language from
<meta> tags, <h1>, <time> and <html lang>."""

from __future__ import annotations

import re

from factcheck.core.blocks import WS, tidy
from factcheck.core.metadata import iso_date, put_meta
from factcheck.errors import FactcheckError

HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)
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


def html_article(raw: str, name: str) -> tuple[list[str], dict[str, str]]:
    doc = parse_html(raw, name)
    meta = _html_meta(doc)
    articles = doc.xpath("//article")
    if articles:
        root = max(articles, key=lambda el: len(el.text_content()))
    else:
        root = next(iter(doc.xpath("//main | //*[@role='main']")), None)
        root = root if root is not None else (doc.find("body") if doc.find("body") is not None else doc)
    if "title" not in meta:
        h1 = root.find(".//h1")
        title = WS.sub(" ", h1.text_content()).strip() if h1 is not None else ""
        title = title or WS.sub(" ", doc.findtext(".//title") or "").strip()
        if title:
            meta["title"] = title
    if "date" not in meta:
        for when in root.xpath(".//time/@datetime | .//*[@itemprop='datePublished']/@content"):
            if date := iso_date(when):
                meta["date"] = date
                break
    return tidy(html_blocks(root), join_wrapped=False), meta


def parse_html(raw: str, name: str):  # noqa: ANN202
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
        put_meta(meta, "lang", lang)
    for el in doc.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            put_meta(meta, "url", el.get("href"))
    for key, names in _META_NAMES.items():
        for value in (found[n] for n in names if n in found):
            put_meta(meta, key, value)
    return meta


def html_blocks(root) -> list[str]:  # noqa: ANN001
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
