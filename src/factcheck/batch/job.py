"""``match --rebuild`` as a Dask job: every match of the store recomputed in partitions.

The graph (``N`` partitions in and out, one shuffle):

1. ``read_part`` (one per id range): the check-worthy claims of the range from the store, each with
   its signature (the stored one, or built when missing or of another version) and its index keys.
   Claims whose stored keys or signature were out of date are written to a Parquet file, to be
   refreshed in the store. Each key's count is tallied into the bucket of the partition that owns it.
2. ``common_keys`` (one per key bucket): the keys held by more claims than the posting limit; they
   find no pairs, so they are dropped before the shuffle and the rest are a claim's *rare* keys.
3. ``split_part`` (one per id range): each claim is sent, with its rare-key list and signature, to
   every partition owning one of its rare keys (once per partition, however many keys it owns
   there). This is the one shuffle; its bytes are counted.
4. ``match_part`` (one per key bucket): the candidate pairs among the claims received, by the
   matcher's own rule, kept only where this partition owns the pair's smallest shared rare key (so
   a pair is scored once in the whole job, with no second shuffle), scored by the matcher's own
   scorer, written to Parquet.

With matching by meaning (stored sentence vectors, and meaning on), as the one-process rebuild:

5. ``write_vectors`` (once, ``vector_files.write``): every sentence's vector from the store, as unit rows, into two files
   beside the Parquet files, by id and by article (``vector_files``), read a batch at a time.
6. ``search_part`` (one per row range, split at multiples of the search's own block of rows): each
   row's background, edge and best counterparts per article (its edges), searched against every
   vector, read from the file a chunk of whole articles at a time: a worker holds its rows and a
   chunk, never every vector. An exact search -- a matrix product per block, numpy -- so each row's
   numbers are the one-process numbers; an approximate index would give other pairs, and a
   library's exact (flat) index does this same product but keeps only the k nearest, while the
   background needs every cosine. Each partition writes its edges to a file of its own, in ``N``
   buckets by the smaller row of each, so both ways of a pair meet (``edge_files``).
7. ``pair_meaning`` (one per bucket): the pairs found both ways, with their gain and cosine, from
   every row's background and edge and the bucket's edges (its slice of every partition's file),
   written to files; ``all_meaning`` joins them (tens per sentence) with those found through other
   articles and by the same figure, into files every ``match_part`` maps (``alike_files``), which
   scores its signature pairs with them and says which of them it met.
8. ``meaning_rest`` (one per tile, about ``N``): the pairs only meaning found -- any sentence,
   check-worthy or not -- scored with their own claims read from the store, written to Parquet; the
   pairs are shared out by the blocks of claims they join (``pair_tiles``), so a task reads a share
   of the claims, not nearly all of them.

An undated article takes its story's date from the dated articles it is paired with -- through every
pair, in whichever partition. So when the store has undated articles, ``links_part`` (one per key
bucket) first finds the pairs of 4 without scoring them, ``links`` gathers their links (and those
of the pairs alike in meaning), and ``match_part`` and ``meaning_rest`` date the claims from them
before scoring; the signatures so dated are stored, as one process stores them.

The driver then bulk-loads the Parquet files into the store in one transaction. Results go through
Parquet on disk, not back through the driver's memory: at 10^7 claims the matches alone are
gigabytes, and the store streams them from the files. Workers read the database and write the
Parquet files themselves, so on a remote cluster both must be on a file system the workers share.
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import math
import os
import resource
import shutil
import sys
import tempfile
import time
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import dask
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from distributed import Client, LocalCluster, progress

from factcheck.batch import alike_files, edge_files, frames, matcher, pair_tiles, vector_files
from factcheck.batch.alike_files import AlikeFile
from factcheck.batch.vector_files import VectorFiles
from factcheck.errors import FactcheckError
from factcheck.store import Store
from factcheck.store.claims import figure_rows
from factcheck.store.match_batches import (
    article_dates, claim_id_range, claims_in_range, has_sentence_vectors, has_undated_articles,
    stored_signatures,
)
from factcheck.store.matches import joined_keys, load_rebuild, load_statements, signature_json

# default partition size: at 80,000 one-story claims by meaning, 16 partitions kept a worker under
# 1 GB (800-954 MB), 8 did not (926-1,042 MB); a partition of 5,000 claims holds ~25 MB of records
CLAIMS_PER_PARTITION = 5_000

MATCH_SCHEMA = pa.schema([
    ("a", pa.int64()), ("b", pa.int64()), ("score", pa.float64()),
    ("evidence", pa.list_(pa.string())), ("consistency", pa.string()), ("semantic", pa.float64()),
])
DATED_SCHEMA = pa.schema([("claim_id", pa.int64()), ("signature", pa.string())])
REFRESH_SCHEMA = pa.schema([("claim_id", pa.int64()), ("keys", pa.list_(pa.string())), ("signature", pa.string())])


def owner(key: str, n: int) -> int:
    """The partition that owns a key: by the name it is built on, so the keys of one name are in one
    partition (crc32: the same in every process, unlike ``hash``)."""
    return zlib.crc32(matcher.key_name(key).encode()) % n


def read_part(db: str, lo: int, hi: int, n: int, refresh_file: str) -> tuple[list[matcher.Claim], pd.DataFrame, dict]:
    with Store(db, read_only=True) as store:
        rows, stale, stored_keys = claims_in_range(store, lo, hi)
    built = {st.id: matcher.build_signature(st) for st in stale}
    claims, refresh = [], []
    for cid, article, lang, date, data in rows:
        if data is None:
            sig = built[cid]
            data = signature_json(sig)
        else:
            sig = matcher.parse_signature(data)
        keys = tuple(matcher.index_keys(sig))
        if cid in built or joined_keys(keys) != stored_keys.get(cid):
            refresh.append({"claim_id": cid, "keys": list(keys), "signature": data if cid in built else None})
        claims.append((cid, article, lang, date, data, keys))
    pq.write_table(pa.Table.from_pylist(refresh, schema=REFRESH_SCHEMA), refresh_file)
    counts = Counter(key for *_, keys in claims for key in keys)
    stats = {"claims": len(claims), "signatures built": len(built), "refreshed": len(refresh)}
    return claims, frames.key_counts(counts, lambda key: owner(key, n)), stats


def common_keys(limit: int, *parts: pd.DataFrame) -> frozenset[str]:
    """The keys held by more claims than the posting limit, of every partition (each part holds
    the counts of the keys one partition owns)."""
    return frozenset().union(*(frames.common(part, limit) for part in parts))


def split_part(claims: list[matcher.Claim], n: int, common: frozenset[str]) -> pd.DataFrame:
    """The claims as records, each to every partition owning one of its rare keys."""
    rare = [(cid, article, lang, date, data, tuple(key for key in keys if key not in common))
            for cid, article, lang, date, data, keys in claims]
    return frames.claim_records(rare, lambda keys: sorted({owner(key, n) for key in keys}))


def links_part(j: int, n: int, records: pd.DataFrame) -> matcher.Links:
    """The undated articles' links through this partition's pairs (the pairs found, not scored)."""
    return matcher.local_pairs(frames.claims_of(records), lambda key: owner(key, n) == j).links


def match_part(j: int, n: int, out_file: str, dated_file: str, alike: AlikeFile | None,
               links: matcher.Links | None, records: pd.DataFrame) -> tuple[dict, object]:
    claims = frames.claims_of(records)
    alike = alike.load() if alike is not None else None
    share = matcher.local_pairs(claims, lambda key: owner(key, n) == j, alike)
    found, dated = matcher.score_share(share, claims, alike, links or {})
    _write_matches(found, out_file)
    _write_dated(dated, dated_file)
    shuffled = int(records.memory_usage(index=False, deep=True).sum())
    return {"records": len(claims), "bytes shuffled": shuffled, "candidates": len(share.ps),
            "matches": len(found)}, share.met


def links_of(*parts: matcher.Links | None) -> matcher.Links:
    """The undated articles' links through every pair the job scores."""
    return matcher.merged_links(*(p for p in parts if p))


def _write_dated(dated: list[tuple[int, object]], out_file: str) -> None:
    pq.write_table(pa.Table.from_pylist(
        [{"claim_id": cid, "signature": signature_json(sig)} for cid, sig in dated], schema=DATED_SCHEMA), out_file)


def _write_matches(found: list[matcher.Match], out_file: str) -> None:
    table = pa.Table.from_pylist(
        [{"a": m.a, "b": m.b, "score": m.score, "evidence": list(m.evidence), "consistency": m.consistency,
          "semantic": m.semantic} for m in found],
        schema=MATCH_SCHEMA,
    )
    pq.write_table(table, out_file)


def search_part(vectors: VectorFiles, i: int, k: int, block: int, per_chunk: int, edges_file: str) -> tuple:
    """The ``i``-th of ``k`` row ranges, cut at multiples of ``block``: its rows' own numbers, and
    its edges, written to ``edges_file`` in ``k`` buckets (``matcher.search_rows``, ``edge_files``)."""
    per = math.ceil(math.ceil(len(vectors) / block) / k) * block
    lo, hi = min(i * per, len(vectors)), min((i + 1) * per, len(vectors))
    rows, edges = matcher.search_rows(vectors.matrix(), vectors.article_ids, lo, hi, block, vectors.columns(per_chunk))
    return rows, edge_files.write(edges, k, edges_file)


def pair_meaning(vectors: VectorFiles, rows: matcher.Neighbourhood, files: list[edge_files.EdgeFile],
                 j: int, prefix: str) -> AlikeFile:
    """The pairs alike in meaning among the ``j``-th bucket of edges (of every row range), written
    to files at ``prefix`` (``alike_files``)."""
    return alike_files.write(matcher.alike_pairs(vectors.claim_ids, rows, edge_files.bucket(files, j)), prefix)


def all_meaning(db: str, vectors: VectorFiles, prefix: str, *parts: AlikeFile) -> tuple[AlikeFile, matcher.Links]:
    """The pairs alike in meaning, written to files at ``prefix``, and the undated articles' links
    through them."""
    with Store(db, read_only=True) as store:
        figures = list(figure_rows(store))
        dates = article_dates(store)
    alike = matcher.all_alike(alike_files.joined(list(parts)), vectors.claim_ids, vectors.article_ids,
                              vectors.scattered_rows(), figures)
    return alike_files.write(alike, prefix), matcher.alike_links(alike, vectors.claim_ids, vectors.article_ids, dates)


def unmet(alike: AlikeFile, blocks: int, *met) -> tuple:
    """The indices into ``alike`` of the pairs no ``match_part`` met (only meaning found them), in
    the tiles of ``blocks`` blocks of claims (``pair_tiles``): sorted by tile, and where each starts."""
    import numpy as np

    rest = np.ones(len(alike), dtype=bool)
    for m in met:
        rest[m] = False
    pairs = alike.load()
    return pair_tiles.tiled(pairs.a, pairs.b, np.flatnonzero(rest), blocks)


def meaning_rest(db: str, i: int, out_file: str, dated_file: str, alike: AlikeFile,
                 links: matcher.Links | None, rest: tuple) -> dict:
    """Score the pairs of the ``i``-th tile of ``rest`` (``unmet``), pairs of ``alike``."""
    import numpy as np

    alike = alike.load()
    pairs, starts = rest
    which = pairs[starts[i]:starts[i + 1]]
    ids = sorted(set(alike.a[which].tolist()) | set(alike.b[which].tolist()))
    with Store(db, read_only=True) as store:
        statements = load_statements(store, claim_ids=ids, min_claim_score=0.0) if ids else []
        stored = stored_signatures(store, ids) if ids else {}  # as the signature partitions read them
    have = np.array([s.id for s in statements], dtype=np.int64)
    which = which[np.isin(alike.a[which], have) & np.isin(alike.b[which], have)]  # a claim gone since: left out
    found, dated = matcher.score_alike(statements, stored, alike, which, links or {}) if len(which) else ([], [])
    _write_matches(found, out_file)
    _write_dated(dated, dated_file)
    return {"meaning pairs": len(which), "matches": len(found)}


def summarise(common: frozenset[str], reads: list[dict], matches: list[dict], rest: list[dict],
              alike: AlikeFile | None) -> dict:
    out = Counter()
    for stats in reads + matches + rest:
        out.update(stats)
    out["common keys"] = len(common)
    if alike is not None:
        out["alike in meaning"] = len(alike)
    return dict(out)


@dataclass
class Report:
    related: int  # matches at or above DEFAULT_MIN_SCORE
    partitions: int
    workers: int
    stats: dict = field(default_factory=dict)
    seconds: dict = field(default_factory=dict)  # "job" (the Dask graph) and "load" (into the store)


@dataclass(frozen=True, slots=True)
class Plan:
    """What the job is run on: the store's location (as the workers open it), its claim ids
    ``lo``..``hi`` in ``partitions`` id ranges, the folder the Parquet files go to, the posting
    limit; ``block`` and ``per_chunk`` (the search's rows and columns at a time) when the stored
    sentence vectors take part;
    ``undated`` when the store has undated articles (their pairs are found in a first pass, for
    the links that date them)."""

    db: str
    lo: int
    hi: int
    partitions: int
    scratch: Path
    limit: int
    block: int | None = None
    undated: bool = False
    per_chunk: int = 0


def _task(f, key: str, nout: int | None = None):
    """``f`` as a task of the graph, called once, its key ``key`` (the progress bar's names)."""
    return lambda *args: dask.delayed(f, pure=False, nout=nout)(*args, dask_key_name=key)


def graph(plan: Plan):
    """The job as one delayed object: its value is ``summarise``'s. Every task takes a fixed
    number of others' outputs (one, or the ``N`` of one step gathered once): what goes from every
    partition to every other goes by P2P shuffle (``frames.by_to``), or (the search's edges) through
    a file per partition that every bucket reads a slice of (``edge_files``), so the graph grows as ``N``."""
    db, lo, hi, n, scratch, block = plan.db, plan.lo, plan.hi, plan.partitions, plan.scratch, plan.block
    step = math.ceil((hi + 1 - lo) / n)
    reads = [
        _task(read_part, f"read_part-{i}", 3)(
            db, lo + i * step, lo + (i + 1) * step, n, str(scratch / f"refresh-{i:05d}.parquet"))
        for i in range(n)
    ]
    counted = frames.by_to([r[1] for r in reads], frames.KEYS, n)
    common = _task(common_keys, "common_keys")(plan.limit, *counted)
    records = frames.by_to([_task(split_part, f"split_part-{i}")(r[0], n, common) for i, r in enumerate(reads)],
                           frames.CLAIMS, n)
    alike = alike_links = None
    if block:
        vectors = _task(vector_files.write, "write_vectors")(db, str(scratch))
        parts = [
            _task(search_part, f"search_part-{i}", 2)(
                vectors, i, n, block, plan.per_chunk, str(scratch / f"edges-{i:05d}.npy"))
            for i in range(n)
        ]
        rows = _task(matcher.joined_rows, "joined_rows")([p[0] for p in parts])
        files = _task(edge_files.gathered, "edge_files")(*[p[1] for p in parts])
        paired = [_task(pair_meaning, f"pair_meaning-{j}")(vectors, rows, files, j, str(scratch / f"alike-{j:05d}"))
                  for j in range(n)]
        alike, alike_links = _task(all_meaning, "all_meaning", 2)(db, vectors, str(scratch / "alike"), *paired)
    links = None
    if plan.undated:  # an undated claim takes the date of its article's related articles through every pair
        links = _task(links_of, "links")(alike_links, *[
            _task(links_part, f"links_part-{j}")(j, n, r) for j, r in enumerate(records)])
    matched = [
        _task(match_part, f"match_part-{j}", 2)(
            j, n, str(scratch / f"matches-{j:05d}.parquet"), str(scratch / f"dated-{j:05d}.parquet"), alike, links, r)
        for j, r in enumerate(records)
    ]
    rest = []
    if block:
        blocks = pair_tiles.blocks_for(n)
        left = _task(unmet, "unmet")(alike, blocks, *[m[1] for m in matched])
        rest = [
            _task(meaning_rest, f"meaning_rest-{i}")(
                db, i, str(scratch / f"matches-meaning-{i:05d}.parquet"),
                str(scratch / f"dated-meaning-{i:05d}.parquet"), alike, links, left)
            for i in range(pair_tiles.tile_count(blocks))
        ]
    return _task(summarise, "summarise")(common, [r[2] for r in reads], [m[0] for m in matched], rest, alike)


@contextlib.contextmanager
def connect(scheduler: str | None, workers: int | None = None):
    """A client of the cluster at ``scheduler``, or of a new local cluster (worker processes, one
    thread each: the matcher's Python work holds the GIL)."""
    logging.getLogger("distributed").setLevel(logging.ERROR)
    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise FactcheckError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
        with client:
            yield client
        return
    with LocalCluster(  # the dashboard on any free port: 8787 may be another cluster's (and a warning)
        n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
        dashboard_address=":0", silence_logs=logging.ERROR,
    ) as cluster, Client(cluster) as client:
        yield client


def _has_bokeh() -> bool:
    """Dask's dashboard needs bokeh, which the scale extra does not bring (the progress bar does)."""
    return importlib.util.find_spec("bokeh") is not None


def rebuild(
    store: Store, client: Client, partitions: int | None = None, show_progress: bool = False, meaning: bool = True
) -> Report:
    """Recompute every match of ``store`` on the cluster of ``client`` and load them into it. With
    ``meaning`` and stored sentence vectors, pairs alike in meaning take part, as in the
    one-process ``rebuild``."""
    store.require_writable()
    block = matcher.rows_per_block() if meaning and has_sentence_vectors(store) else None
    lo, hi, count = claim_id_range(store)
    workers = len(client.scheduler_info(n_workers=-1)["workers"]) or 1
    n = partitions or max(2 * workers, math.ceil(count / CLAIMS_PER_PARTITION))
    n = max(1, min(n, count or 1))
    # beside a database file: the workers that can open it can write there (a PostgreSQL store's
    # workers need a shared folder only on a remote cluster; locally a temporary one does)
    beside = None if store.is_postgres else store.path.absolute().parent
    scratch = Path(tempfile.mkdtemp(prefix=".factcheck-rebuild-", dir=beside))
    location = store.location if store.is_postgres else str(store.path.absolute())
    try:
        t0 = time.perf_counter()
        plan = Plan(location, lo, hi, n, scratch, matcher.posting_limit(), block, has_undated_articles(store),
                    matcher.columns_per_chunk())
        future = client.compute(graph(plan))
        if show_progress:
            where = client.scheduler.address
            if _has_bokeh() and "dashboard" in client.scheduler_info().get("services", {}):
                where += f", dashboard {client.dashboard_link}"
            print(f"dask: {count} claims in {n} partitions on {workers} workers ({where})", file=sys.stderr)
            if sys.stderr.isatty():
                with contextlib.redirect_stdout(sys.stderr):  # stdout may be JSON
                    progress(future)
                print(file=sys.stderr)
        stats = future.result()
        t1 = time.perf_counter()
        related = load_rebuild(
            store, lambda: _rows(sorted(scratch.glob("matches-*.parquet"))),
            lambda: _rows(sorted(scratch.glob("refresh-*.parquet"))),
            lambda: _rows(sorted(scratch.glob("dated-*.parquet"))),
        )
        t2 = time.perf_counter()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return Report(related, n, workers, stats, {"job": t1 - t0, "load": t2 - t1})


def _rows(files: list[Path]):
    for f in files:
        for batch in pq.ParquetFile(f).iter_batches(batch_size=20_000):
            columns = batch.to_pydict()
            yield from zip(*columns.values())


def peak_rss_mb() -> float:
    """This process's peak resident memory (run on each worker with ``client.run``)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
