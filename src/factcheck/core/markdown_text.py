"""Markdown articles to text blocks: front matter, then the visible text (markdown-it-py for the
paragraphs that have markup, the rest taken as it is)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.core.blocks import WS, tidy
from factcheck.core.html_text import html_blocks, parse_html
from factcheck.core.metadata import front_matter

_md = None


def markdown_article(raw: str) -> tuple[list[str], dict[str, str]]:
    """Front matter (or leading metadata lines), then the body rendered to plain-text blocks."""
    meta, body = front_matter(raw)
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
    return tidy(lines, join_wrapped=True), meta


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
                heading.append(WS.sub(" ", text).strip())
        elif tok.type in ("fence", "code_block"):
            lines += tok.content.split("\n")
        elif tok.type == "html_block":
            lines += html_blocks(parse_html(f"<div>{tok.content}</div>", "markdown"))
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
