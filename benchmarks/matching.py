"""Matching speed, recall against brute force, and peak memory on a synthetic multilingual corpus.

    python benchmarks/matching.py [--claims 20000] [--seed 1]

Generates articles of 40 claims in six languages (en, da, de, es, fr, id). Names follow a Zipf law
over 4,000 invented companies plus 30 news sources, so a few names are in thousands of claims (the
"Microsoft" problem). About a third of the claims render shared "stories" (the same payment,
percentage or event in 2-4 articles and languages, a fifth of them with a misreported number); the
rest are unrelated facts drawn from the same names and numbers, so equal numbers and shared names
occur by chance everywhere.

Reports, in one run:
* indexed: ``core.matching.match_all`` (signatures, inverted index, scoring) on all claims;
* brute force: ``process.cdist`` (token_set_ratio, workers=-1) over every pair of claims in close
  languages (the only pairs where text similarity counts), then the same ``score_pair`` on every
  pair that shares a name. A pair without a shared name cannot reach the threshold (the score is
  halved, see ``core.matching``), so this is the exact all-pairs result;
* recall of the indexed matcher against brute force at ``DEFAULT_MIN_SCORE``, and of the planted pairs;
* incremental: one new 40-claim article matched against the indexed claims, in memory and through
  the SQLite store (``store.matches.match_articles``: candidates from the stored index keys, their
  stored signatures, scoring, writing);
* peak RSS of the process.

Targets: >= 20x faster than brute force, <= 2 % recall loss, peak RSS < 500 MB, incremental < 1 s.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from collections import Counter
from itertools import accumulate
from pathlib import Path

from rapidfuzz import fuzz, process

from factcheck.core.matching import (
    DEFAULT_MIN_SCORE,
    MatchIndex,
    Statement,
    close_languages,
    match_all,
    match_positions,
    score_pair,
)
from factcheck.core.models import Quantity

LANGS = ("en", "da", "de", "es", "fr", "id")
CLAIMS_PER_ARTICLE = 40
SOURCES = [
    "Reuters", "Bloomberg", "The Information", "Ritzau", "Antara", "Tempo", "Handelsblatt", "Spiegel",
    "El País", "Expansión", "Le Monde", "Les Echos", "Kompas", "Berlingske", "Børsen", "Politiken",
    "Financial Times", "CNBC", "AFP", "DPA", "EFE", "Detik", "Heise", "Golem", "Xataka", "Numerama",
    "Reuters Breakingviews", "Axios", "Semafor", "Kontan",
]
RATES = {"USD": 1.0, "EUR": 1.09, "DKK": 0.146, "IDR": 0.0000615, "GBP": 1.28}
CURRENCY_OF = {"en": "USD", "da": "DKK", "de": "EUR", "es": "EUR", "fr": "EUR", "id": "IDR"}
PERIOD = {"en": "a month", "da": "om måneden", "de": "pro Monat", "es": "al mes", "fr": "par mois", "id": "setiap bulan"}
APPROX = {"en": "nearly ", "da": "næsten ", "de": "fast ", "es": "casi ", "fr": "près de ", "id": "sekitar "}
MONEY = {
    "en": "According to {src}, {a} pays {b} {q} {per} for cloud services.",
    "da": "Ifølge {src} betaler {a} {q} {per} til {b} for cloudtjenester.",
    "de": "Laut {src} zahlt {a} {q} {per} an {b} für Cloud-Dienste.",
    "es": "Según {src}, {a} paga a {b} {q} {per} por servicios en la nube.",
    "fr": "Selon {src}, {a} verse {q} {per} à {b} pour des services cloud.",
    "id": "Menurut {src}, {a} membayar {q} {per} kepada {b} untuk layanan cloud.",
}
PERCENT = {
    "en": "{a} accounts for {q} of the revenue of {b} in {y}, {src} reported.",
    "da": "{src} skriver, at {a} står for {q} af omsætningen hos {b} i {y}.",
    "de": "Auf {a} entfallen {y} {q} des Umsatzes von {b}, berichtet {src}.",
    "es": "{a} representa {q} de los ingresos de {b} en {y}, según {src}.",
    "fr": "{a} représente {q} du chiffre d'affaires de {b} en {y}, selon {src}.",
    "id": "{a} menyumbang {q} pendapatan {b} pada {y}, menurut {src}.",
}
EVENT = {
    "en": "{a} has worked with {b} since {y}, the companies said.",
    "da": "Siden {y} har {a} samarbejdet med {b}, oplyser selskaberne.",
    "de": "Seit {y} arbeitet {a} mit {b} zusammen, teilten die Firmen mit.",
    "es": "Desde {y}, {a} trabaja con {b}, informaron las empresas.",
    "fr": "Depuis {y}, {a} travaille avec {b}, ont indiqué les entreprises.",
    "id": "Sejak {y}, {a} bekerja sama dengan {b}, kata perusahaan itu.",
}


def company_names(rng: random.Random, n: int) -> list[str]:
    syllables = ["ka", "zen", "tor", "vi", "lux", "mar", "no", "dex", "ri", "sol", "tan", "qua", "bel", "fy",
                 "gra", "hel", "jo", "kri", "lo", "mo", "nu", "pe", "ra", "si", "tu", "vo", "wa", "xi", "yo", "ze"]
    suffixes = ["", "", "Tech", "Soft", "Net", "Labs", "AI", "Pay", "Cloud", "Data"]
    names: set[str] = set()
    while len(names) < n:
        stem = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))).capitalize()
        names.add(stem + rng.choice(suffixes))
    return sorted(names)


class Generator:
    def __init__(self, seed: int, companies: int = 4000) -> None:
        self.rng = random.Random(seed)
        self.companies = company_names(self.rng, companies)
        weights = [1 / (rank + 10) for rank in range(len(self.companies))]  # Zipf-like, top name ~1.5 %
        self.cum_weights = list(accumulate(weights))

    def company(self) -> str:
        return self.rng.choices(self.companies, cum_weights=self.cum_weights)[0]

    def fact(self) -> dict:
        rng = self.rng
        a, b = self.company(), self.company()
        while b == a:
            b = self.company()
        kind = rng.choice(("money", "money", "percent", "event"))
        return {"kind": kind, "a": a, "b": b, "src": rng.choice(SOURCES), "y": rng.randint(2015, 2024),
                "usd": rng.choice([1, 2, 5, 10, 20, 25, 50, 100, 200]) * 10 ** rng.randint(5, 8),
                "pct": rng.choice([5, 10, 12, 15, 20, 25, 30, 40, 50]), "approx": rng.random() < 0.5}

    def render(self, fact: dict, lang: str, cid: int, article_id: int, misreport: bool) -> Statement:
        rng = self.rng
        approx = APPROX[lang] if fact["approx"] else ""
        slots = {"a": fact["a"], "b": fact["b"], "src": fact["src"], "y": fact["y"], "per": PERIOD[lang]}
        if fact["kind"] == "money":
            code = CURRENCY_OF[lang]
            usd = fact["usd"] * (rng.choice([10, 1.011]) if misreport else 1)
            value = float(f"{usd / RATES[code]:.3g}")
            written = f"{approx}{value:,.0f} {code}"
            template, qkind, unit = MONEY[lang], "money", code
        elif fact["kind"] == "percent":
            value = fact["pct"] + (5 if misreport else 0)
            written, template, qkind, unit, usd = f"{approx}{value} %", PERCENT[lang], "percent", "%", None
        else:
            slots["y"] = fact["y"] + (1 if misreport else 0)
            written, template, qkind = "", EVENT[lang], None
        text = template.format(q=written, **slots)
        quantities = ()
        if qkind:
            number = written[len(approx):]
            start = text.index(number)
            q = Quantity(qkind, start, start + len(number), float(value), unit, bool(approx),
                         (value * RATES[unit]) if qkind == "money" else None, "2024-08-01" if qkind == "money" else None)
            quantities = ((q, number),)
        entities = tuple(n for n in (fact["a"], fact["b"], fact["src"]) if n in text)
        return Statement(cid, article_id, lang, text, quantities, entities, "2024-08-01", 0)

    def corpus(self, n_claims: int) -> tuple[list[Statement], set[tuple[int, int]]]:
        """Claims in articles of 40, and the planted related pairs (claim ids)."""
        rng = self.rng
        n_articles = max(2, n_claims // CLAIMS_PER_ARTICLE)
        langs = [rng.choice(LANGS) for _ in range(n_articles)]
        slots: list[list[Statement | None]] = [[None] * CLAIMS_PER_ARTICLE for _ in range(n_articles)]
        free = [(a, i) for a in range(n_articles) for i in range(CLAIMS_PER_ARTICLE)]
        rng.shuffle(free)
        planted: set[tuple[int, int]] = set()
        cid = 0
        budget = n_claims // 3
        while budget > 0 and free:
            fact, copies = self.fact(), rng.randint(2, 4)
            used_articles, ids = set(), []
            for _ in range(copies):
                pos = next((k for k, (a, _) in enumerate(free) if a not in used_articles), None)
                if pos is None:
                    break
                article, i = free.pop(pos)
                used_articles.add(article)
                cid += 1
                slots[article][i] = self.render(fact, langs[article], cid, article, misreport=rng.random() < 0.2 and bool(ids))
                ids.append(cid)
                budget -= 1
            planted |= {(x, y) for x in ids for y in ids if x < y}
        for article, i in free:
            cid += 1
            slots[article][i] = self.render(self.fact(), langs[article], cid, article, misreport=False)
        statements = [s for article in slots for s in article if s is not None]
        return statements, planted

    def article(self, article_id: int, first_id: int, stories: list[Statement]) -> list[Statement]:
        """A new 40-claim article: ten claims retell stored stories, the rest are new facts."""
        lang = self.rng.choice(LANGS)
        out = []
        for k in range(CLAIMS_PER_ARTICLE):
            if k < 10 and stories:
                base = self.rng.choice(stories)
                ents = base.entity_spans
                fact = {"kind": "money" if base.quantities and base.quantities[0][0].kind == "money" else "event",
                        "a": ents[0], "b": ents[1], "src": ents[2], "y": 2020, "usd": 10**7, "pct": 25, "approx": True}
            else:
                fact = self.fact()
            out.append(self.render(fact, lang, first_id + k, article_id, misreport=False))
        return out


def brute_force(statements: list[Statement], min_score: float) -> tuple[set[tuple[int, int]], float, int]:
    """Exact all-pairs matches: cdist text similarity over every close-language pair, score_pair on
    every pair sharing a name. Returns (pairs, seconds, pairs compared by cdist)."""
    t0 = time.perf_counter()
    sigs = [s.signature() for s in statements]
    postings: dict[str, list[int]] = {}
    for i, sig in enumerate(sigs):
        for key in sig.entities:
            postings.setdefault(key, []).append(i)
    by_group: dict[str, list[int]] = {}
    for i, s in enumerate(statements):
        group = next((g for g in LANGS if close_languages(s.lang, g)), s.lang)
        by_group.setdefault(group, []).append(i)
    found, compared = set(), 0
    for members in by_group.values():
        column = {j: c for c, j in enumerate(members)}
        texts = [sigs[i].text for i in members]
        for start in range(0, len(members), 500):
            rows = members[start:start + 500]
            block = process.cdist(texts[start:start + 500], texts, scorer=fuzz.token_set_ratio, workers=-1, dtype="float32")
            compared += block.size
            for r, i in enumerate(rows):
                others: set[int] = set()
                for key in sigs[i].entities:
                    others.update(postings[key])
                article = statements[i].article_id
                for j in others:
                    if j <= i or statements[j].article_id == article:
                        continue
                    c = column.get(j)
                    score, _, _ = score_pair(sigs[i], sigs[j], None if c is None else block[r, c] / 100.0)
                    if score >= min_score:
                        found.add(tuple(sorted((statements[i].id, statements[j].id))))
    return found, time.perf_counter() - t0, compared


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _insert(store, statements: list[Statement]) -> None:
    import json

    conn = store.conn
    with store.transaction():
        for article in sorted({s.article_id for s in statements}):
            lang = next(s.lang for s in statements if s.article_id == article)
            conn.execute(
                "INSERT INTO articles (id, content_hash, lang, text, date, added_at) VALUES (?, ?, ?, '', ?, '')",
                (article + 1, f"h{article}", lang, "2024-08-01"),
            )
        for s in statements:
            conn.execute("INSERT INTO sentences (id, article_id, position, char_start, char_end, kind)"
                         " VALUES (?, ?, 0, 0, ?, 'sentence')", (s.id, s.article_id + 1, len(s.text)))
            conn.execute("INSERT INTO claims (id, article_id, sentence_id, char_start, char_end, text, score, kinds,"
                         " reasons) VALUES (?, ?, ?, 0, ?, ?, 0.9, ?, '[]')",
                         (s.id, s.article_id + 1, s.id, len(s.text), s.text, json.dumps(["entity"])))
            for q, text in s.quantities:
                conn.execute("INSERT INTO quantities (claim_id, kind, char_start, char_end, text, value, unit, approx,"
                             " usd, as_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             (s.id, q.kind, q.start, q.end, text, q.value, q.unit, int(q.approx), q.usd, q.as_of))
            for name in s.entity_spans:
                conn.execute("INSERT INTO spans (claim_id, kind, char_start, char_end, text) VALUES (?, 'entity', 0, 0, ?)",
                             (s.id, name))


def store_incremental(statements: list[Statement], new: list[Statement]) -> tuple[float, int]:
    """Seconds for ``match_articles`` of one new article in a SQLite store holding ``statements``
    (matched and indexed by ``rebuild`` first), and the related pairs it found."""
    from factcheck.store import Store
    from factcheck.store.matches import match_articles, rebuild

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        _insert(store, statements)
        rebuild(store)
        _insert(store, new)
        t0 = time.perf_counter()
        related = match_articles(store, [new[0].article_id + 1])
        return time.perf_counter() - t0, related


def synthetic_vectors(statements: list[Statement], seed: int):
    """Unit vectors shaped like the sentence model's on a one-story corpus (measured on
    tests/data/semantic: any two sentences ~0.8 alike, two renderings of one statement ~0.92):
    a shared story direction, one direction per fact (renderings of a fact share it), and noise."""
    import numpy as np

    rng = np.random.default_rng(seed)
    dim = 384
    story = rng.normal(size=dim)
    story /= np.linalg.norm(story)
    facts: dict[tuple, np.ndarray] = {}
    rows = []
    for s in statements:
        fact = (tuple(sorted(s.entity_spans[:2])), s.quantities[0][0].kind if s.quantities else "event")
        if fact not in facts:
            v = rng.normal(size=dim)
            facts[fact] = v / np.linalg.norm(v)
        noise = rng.normal(size=dim)
        v = 2.0 * story + 1.1 * facts[fact] + 0.45 * noise / np.linalg.norm(noise)
        rows.append(v / np.linalg.norm(v))
    return np.array(rows, dtype=np.float32)


REPEATS = 3  # rebuilds on the store as add leaves it; the fastest counts (as timeit does: the rest is other load)


def meaning_rebuild(statements: list[Statement], planted: set[tuple[int, int]], seed: int) -> tuple[float, float, float, set]:
    """``match --rebuild`` with stored sentence vectors (synthetic, see ``synthetic_vectors``):
    seconds of a rebuild that builds every signature (a store written by an older matcher); of the
    fastest of ``REPEATS`` on the store as ``add`` and ``embed`` leave it (signatures and matches
    stored: a rebuild writes only the matches that changed, here none); of the fastest of
    ``REPEATS`` with the matches deleted first (every match written); and the pairs listed."""
    from factcheck.core.semantic import text_key
    from factcheck.store import Store, embeddings
    from factcheck.store.matches import rebuild
    from factcheck.store.related import list_matches

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        _insert(store, statements)
        vectors = synthetic_vectors(statements, seed)
        keys = [text_key(s.text) for s in statements]
        first = {}
        for i, k in enumerate(keys):
            first.setdefault(k, i)
        embeddings.save(store, list(first), vectors[list(first.values())])
        seconds, written = [], []
        for _ in range(1 + REPEATS):
            t0 = time.perf_counter()
            rebuild(store, meaning=True)
            seconds.append(time.perf_counter() - t0)
        found = {(m["a"]["id"], m["b"]["id"]) for m in list_matches(store, DEFAULT_MIN_SCORE)}
        for _ in range(REPEATS):
            store.write(lambda: store.conn.execute("DELETE FROM matches"))
            t0 = time.perf_counter()
            rebuild(store, meaning=True)
            written.append(time.perf_counter() - t0)
        assert {(m["a"]["id"], m["b"]["id"]) for m in list_matches(store, DEFAULT_MIN_SCORE)} == found
        store.conn.commit()
        print(f"peak RSS of one rebuild in a process of its own (as match --rebuild runs): {rebuild_peak_mb(store.path):.0f} MB")
    return seconds[0], min(seconds[1:]), min(written), found


def rebuild_peak_mb(db: Path) -> float:
    """Peak RSS of a fresh process that opens the store and rebuilds its matches (by meaning too)."""
    import subprocess

    # VmHWM, not ru_maxrss: a child's ru_maxrss starts from its parent's at the fork
    code = ("import sys; from factcheck.store import Store; from factcheck.store.matches import rebuild\n"
            "with Store(sys.argv[1]) as s: rebuild(s, meaning=True)\n"
            "print(next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM')) / 1024)")
    out = subprocess.run([sys.executable, "-c", code, str(db)], check=True, capture_output=True, text=True)
    return float(out.stdout.split()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-store", action="store_true", help="skip the SQLite incremental measurement")
    parser.add_argument("--no-brute", action="store_true", help="with --meaning: skip brute force (peak RSS of the rebuild alone)")
    parser.add_argument("--meaning", action="store_true",
                        help="only: match --rebuild with stored sentence vectors vs brute force (try --claims 6000: 150 articles)")
    args = parser.parse_args(argv)
    if args.meaning:
        return main_meaning(args)

    gen = Generator(args.seed)
    statements, planted = gen.corpus(args.claims)
    print(f"corpus: {len(statements)} claims in {len({s.article_id for s in statements})} articles, "
          f"{len(planted)} planted related pairs")
    top = Counter(n for s in statements for n in s.entity_spans).most_common(3)
    print("most frequent names: " + ", ".join(f"{n} in {c} claims" for n, c in top))

    t0, c0 = time.perf_counter(), time.process_time()
    indexed = {(m.a, m.b) for m in match_all(statements, DEFAULT_MIN_SCORE)}
    t_indexed, c_indexed = time.perf_counter() - t0, time.process_time() - c0
    print(f"indexed matcher: {t_indexed:.2f} s wall, {c_indexed:.2f} s CPU, {len(indexed)} pairs >= {DEFAULT_MIN_SCORE}")

    c0 = time.process_time()
    brute, t_brute, compared = brute_force(statements, DEFAULT_MIN_SCORE)
    c_brute = time.process_time() - c0
    print(f"brute force: {t_brute:.2f} s wall, {c_brute:.2f} s CPU (cdist over {compared / 1e6:.0f} M close-language "
          f"pairs + exact scoring of every pair sharing a name), {len(brute)} pairs >= {DEFAULT_MIN_SCORE}")
    recall = len(indexed & brute) / len(brute) if brute else 1.0
    print(f"speed-up: {t_brute / t_indexed:.1f}x wall, {c_brute / c_indexed:.1f}x CPU   "
          f"recall of brute-force pairs: {recall:.2%} "
          f"(loss {1 - recall:.2%}; indexed pairs brute force lacks: {len(indexed - brute)})")
    print(f"recall of planted pairs: indexed {len(indexed & planted) / len(planted):.2%}, "
          f"brute force {len(brute & planted) / len(planted):.2%}")

    t0 = time.perf_counter()
    index = MatchIndex(statements)
    print(f"in-memory index of {len(statements)} claims built in {time.perf_counter() - t0:.2f} s")
    stories = [s for s in statements if s.quantities][:2000]
    new = gen.article(max(s.article_id for s in statements) + 1, max(s.id for s in statements) + 1, stories)
    t0 = time.perf_counter()
    found = match_positions(index, index.add(new), DEFAULT_MIN_SCORE)
    t_inc = time.perf_counter() - t0
    print(f"incremental, in memory: one {len(new)}-claim article against {len(statements)} indexed claims: "
          f"{t_inc * 1000:.0f} ms, {len(found)} matches")
    if not args.no_store:
        t_store, related = store_incremental(statements, new)
        print(f"incremental, through the store (match_articles: index keys and the candidates' stored signatures "
              f"from SQLite, match, write): {t_store * 1000:.0f} ms, {related} matches")
    print(f"peak RSS: {peak_rss_mb():.0f} MB")
    return 0


def main_meaning(args) -> int:
    gen = Generator(args.seed)
    statements, planted = gen.corpus(args.claims)
    print(f"corpus: {len(statements)} claims in {len({s.article_id for s in statements})} articles, "
          f"{len(planted)} planted related pairs; synthetic sentence vectors stored")
    building, seconds, writing, found = meaning_rebuild(statements, planted, args.seed)
    print(f"match --rebuild with sentence vectors: {seconds:.2f} s with signatures stored (as add leaves them; "
          f"fastest of {REPEATS}), {writing:.2f} s writing every match (matches deleted first), "
          f"{building:.2f} s building signatures; {len(found)} pairs >= {DEFAULT_MIN_SCORE}, "
          f"recall of planted pairs {len(found & planted) / len(planted):.2%}, "
          f"precision {len(found & planted) / max(len(found), 1):.2%}")
    print(f"peak RSS so far (corpus, store, rebuild): {peak_rss_mb():.0f} MB")
    if args.no_brute:
        return 0
    brute, t_brute, compared = brute_force(statements, DEFAULT_MIN_SCORE)
    print(f"brute force (cdist over {compared / 1e6:.1f} M close-language pairs + scoring): {t_brute:.2f} s "
          f"-> {t_brute / seconds:.1f}x ({t_brute / writing:.1f}x writing every match, "
          f"{t_brute / building:.1f}x building signatures)")
    print(f"peak RSS: {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
