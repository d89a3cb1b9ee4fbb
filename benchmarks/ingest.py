"""Ingest throughput and peak memory on a generated corpus of articles in mixed languages.

    python benchmarks/ingest.py [--articles 1000] [--keep DIR]

Writes N articles (.txt, .md, .html; da, id, en, de, es, fr) to a temp folder, then times the same
path as ``factcheck add FOLDER``: read, detect encoding and language, split, find claims and
quantities, store in SQLite. Matching is measured on its own by benchmarks/matching.py. Targets on a 2-core machine: >= 1 MB/s end to end, peak RSS < 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from factcheck.importer import add_paths
from factcheck.store import Store

COMPANIES = ["TikTok", "ByteDance", "Microsoft", "OpenAI", "Spotify", "Nordea", "Telkom", "Siemens", "Iberdrola", "Renault"]

# Per language: sentences with slots; enough variety that every claim kind appears.
TEMPLATES = {
    "da": [
        "Ifølge interne dokumenter har {a} betalt næsten ${n} millioner (£{m},5 millioner) månedligt til {b}.",
        "Rapporter viser, at {a} står for {p} % af {b}s samlede omsætning i {y}.",
        "{a} og {b} indgik aftalen den {d}. marts {y}, oplyser selskabet.",
        "Det er en strategisk beslutning, der kan ændre markedet.",
        "Hvorfor betaler {a} så meget?",
    ],
    "id": [
        "Menurut laporan, {a} membayar sekitar Rp{n} miliar setiap bulan kepada {b}.",
        "Pembayaran itu mencakup {p}% dari total pendapatan {b} pada kuartal keempat {y}.",
        "{a} dikabarkan mengembangkan model sendiri sejak {y}.",
        "Langkah ini dinilai sangat penting bagi industri teknologi.",
        "Apakah {a} akan berhasil?",
    ],
    "en": [
        "According to internal documents, {a} paid nearly ${n} million a month to {b}.",
        "The deal accounts for {p}% of {b}'s revenue from the segment in {y}, reports show.",
        "{a} signed the agreement on {d} March {y}, the company said.",
        "Analysts see this as a strategic shift for the whole industry.",
        "Will {a} build its own models?",
    ],
    "de": [
        "Laut internen Dokumenten zahlte {a} knapp {n} Mio. US-Dollar pro Monat an {b}.",
        "Das entspricht {p} Prozent des Umsatzes von {b} im Jahr {y}.",
        "{a} unterzeichnete den Vertrag am {d}. März {y}, sagte ein Sprecher.",
        "Die Entscheidung gilt als strategisch wichtig.",
    ],
    "es": [
        "Según documentos internos, {a} pagó casi {n} millones de dólares al mes a {b}.",
        "El acuerdo representa el {p} % de los ingresos de {b} en {y}.",
        "{a} firmó el acuerdo el {d} de marzo de {y}, informó la empresa.",
        "La decisión es estratégica para todo el sector.",
    ],
    "fr": [
        "Selon des documents internes, {a} a versé près de {n} millions de dollars par mois à {b}.",
        "Cela représente {p} % du chiffre d'affaires de {b} en {y}.",
        "{a} a signé l'accord le {d} mars {y}, a déclaré l'entreprise.",
        "Cette décision est stratégique pour tout le secteur.",
    ],
}
# Ordinary prose: in real news (the seeds) most sentences carry no number, so most of ours don't either.
PROSE = {
    "da": [
        "Brugen af kunstig intelligens er central for driften og har indflydelse på alt fra brugeroplevelsen til indholdsstyring.",
        "Denne personalisering opnås gennem sofistikerede modeller, der analyserer brugeradfærd og præferencer for at levere relevant indhold.",
        "Efterhånden som flere virksomheder søger at udvikle deres kapaciteter internt, kan markedsdynamikken ændre sig betydeligt.",
    ],
    "id": [
        "Kolaborasi ini memberikan keuntungan kompetitif dengan memanfaatkan kemampuan kecerdasan buatan untuk meningkatkan algoritma dan personalisasi konten.",
        "Langkah ambisius ini bertujuan untuk mengurangi ketergantungan pada mitra luar serta menghemat biaya operasional yang signifikan.",
        "Perkembangan pesat teknologi akan terus memainkan peran krusial dalam membentuk lanskap media sosial secara keseluruhan.",
    ],
    "en": [
        "The use of artificial intelligence is central to the platform and shapes everything from recommendations to moderation.",
        "Building such infrastructure from scratch is a complex undertaking that demands research, talent and computing resources.",
        "As more companies try to develop these capabilities in house, the dynamics of the market may shift considerably.",
    ],
    "de": [
        "Der Einsatz künstlicher Intelligenz ist für die Plattform zentral und prägt alles von Empfehlungen bis zur Moderation.",
        "Eine eigene Infrastruktur aufzubauen ist aufwendig und erfordert Forschung, Fachkräfte und viel Rechenleistung.",
        "Wenn mehr Unternehmen diese Fähigkeiten selbst entwickeln, könnte sich der Markt spürbar verändern.",
    ],
    "es": [
        "El uso de la inteligencia artificial es central para la plataforma y afecta desde las recomendaciones hasta la moderación.",
        "Construir esa infraestructura desde cero es una tarea compleja que exige investigación, talento y capacidad de cálculo.",
        "A medida que más empresas desarrollen estas capacidades internamente, la dinámica del mercado podría cambiar.",
    ],
    "fr": [
        "L'usage de l'intelligence artificielle est central pour la plateforme et touche aussi bien les recommandations que la modération.",
        "Bâtir une telle infrastructure à partir de zéro est une entreprise complexe qui exige recherche, talents et puissance de calcul.",
        "À mesure que davantage d'entreprises développent ces capacités en interne, le marché pourrait évoluer sensiblement.",
    ],
}
CLAIM_SHARE = 0.3  # share of sentences drawn from TEMPLATES (claims); the rest from PROSE
HEADINGS = {"da": "Baggrund", "id": "Dampak Finansial", "en": "Background", "de": "Hintergrund", "es": "Contexto", "fr": "Contexte"}


def make_article(rng: random.Random, lang: str, paragraphs: int) -> str:
    lines = []
    for i in range(paragraphs):
        if i and i % 4 == 0:
            lines.append(HEADINGS[lang])
        sentences = []
        for _ in range(rng.randint(3, 5)):
            a, b = rng.sample(COMPANIES, 2)
            values = dict(
                a=a, b=b, n=rng.randint(2, 900), m=rng.randint(2, 90), p=rng.randint(2, 80),
                y=rng.randint(2015, 2025), d=rng.randint(1, 28),
            )
            pool = TEMPLATES[lang] if rng.random() < CLAIM_SHARE else PROSE[lang]
            sentences.append(rng.choice(pool).format(**values))
        lines.append(" ".join(sentences))
    return "\n\n".join(lines)


def write_corpus(folder: Path, count: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    total = 0
    for i in range(count):
        lang = rng.choice(list(TEMPLATES))
        body = make_article(rng, lang, rng.randint(6, 14))
        kind = i % 5
        if kind == 3:
            content = f"---\ntitle: Story {i}\ndate: 2024-0{1 + i % 9}-15\n---\n\n# Story {i}\n\n{body}\n"
            name = f"{i:04d}.md"
        elif kind == 4:
            paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
            content = (
                f"<html lang='{lang}'><head><title>Story {i}</title>"
                f"<meta property='article:published_time' content='2024-08-0{1 + i % 9}'></head>"
                f"<body><nav>Home | News</nav><article><h1>Story {i}</h1>{paras}</article>"
                f"<script>var x = 1;</script></body></html>"
            )
            name = f"{i:04d}.html"
        else:
            content = f"date 2024-0{1 + i % 9}\n{body}\n"
            name = f"{i:04d}.txt"
        data = content.encode("utf-8") if i % 7 else content.encode("utf-8-sig")
        (folder / name).write_bytes(data)
        total += len(data)
    return total


def _cpu() -> float:
    """CPU seconds of this process and its ended worker processes."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


LABELLED = Path(__file__).resolve().parents[1] / "tests" / "data" / "consistency" / "heldout"


def read_labelled() -> int:
    """Read every article of the labelled stories (real text in some seventy languages, each story's ten
    in a row, as a desk adds a story's coverage) in this process, and print the rate. What a language
    builds once is kept for the next article in it; the generated corpus has too few languages to show
    when that stops holding."""
    from factcheck.core.models import Article
    from factcheck.core.pipeline import analyse, warm_up

    warm_up()
    articles = [Article(a["text"], a["lang"], "", date=a.get("date"))
                for path in sorted(LABELLED.glob("*.json")) for a in json.loads(path.read_text("utf-8"))["articles"]]
    languages = len({a.lang for a in articles})
    for article in articles:  # first: each language's tables are built once
        analyse(article)
    start = time.process_time()
    for article in articles:
        analyse(article)
    seconds = time.process_time() - start
    mb = sum(len(a.text.encode()) for a in articles) / 2**20
    print(f"labelled      {len(articles)} articles in {languages} languages, {mb:.2f} MB read again in {seconds:.2f} s "
          f"CPU ({len(articles) / seconds:,.0f} articles/s)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="write the corpus and database here instead of a temp folder")
    parser.add_argument("--labelled", action="store_true",
                        help="instead, read the labelled stories' articles again in one process (many languages)")
    args = parser.parse_args()
    if args.labelled:
        return read_labelled()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        corpus = root / "corpus"
        corpus.mkdir(parents=True, exist_ok=True)
        size = write_corpus(corpus, args.articles)
        load = os.getloadavg()[0]  # other work on the machine: the importer uses workers only on idle cores
        start, cpu_start = time.perf_counter(), _cpu()
        with Store(root / "bench.db") as store:
            report = add_paths(store, [corpus], match=False)
        seconds, cpu = time.perf_counter() - start, _cpu() - cpu_start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # 0: no workers were used
    mb = size / 2**20
    print(f"articles      {len(report.added)} added, {len(report.failed)} failed")
    print(f"input         {mb:.2f} MB in {seconds:.2f} s")
    print(f"throughput    {mb / seconds:.2f} MB/s   (target >= 1 MB/s)")
    print(f"cpu           {cpu:.2f} s, workers included ({mb / cpu:.2f} MB per CPU second); load before {load:.1f}")
    print(f"sentences     {report.sentences} ({report.sentences / seconds:,.0f}/s)")
    print(f"claims        {report.claims} check-worthy ({report.claims / seconds:,.0f}/s)")
    print(f"peak RSS      {peak_mb:.0f} MB, largest worker {worker_mb:.0f} MB   (target < 300 MB)")
    return 0 if not report.failed else 1


if __name__ == "__main__":
    sys.exit(main())
