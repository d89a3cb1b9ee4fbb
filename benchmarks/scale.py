"""Monitoring-scale matching: ``match --rebuild`` in one process vs as a Dask job, as the corpus grows.

    python benchmarks/scale.py [--sizes 10000 20000 40000 80000] [--workers 1 2] [--partitions 2 8 32] [--meaning]

For each size, a store of generated claims (benchmarks/matching.py's generator, its pool of company
names growing with the corpus, n/5 names, so a name stays in about as many claims at every size) is
built and rebuilt once in one process, so its signatures and index keys are current, as ``add``
keeps them. Then, each run on a fresh copy of that store in a fresh Python process:

* one process: ``store.matches.rebuild`` (it builds every signature again from the claims);
* Dask: ``batch.job.rebuild`` on a ``LocalCluster`` of 1 or 2 worker processes (one thread each), at
  each partition count (the job reads the stored signatures).

Reported per run: wall time of the rebuild (the cluster's start apart), CPU time of the process and
all its descendants (scheduler, nannies, workers), peak RSS of the process and of each worker,
bytes shuffled (the claim records, as the match partitions receive them from the P2P shuffle),
and whether the matches are identical to the one-process run (pairs, scores, evidence,
consistency). Then a fit time = a * n^b per configuration, Dask's overhead (1 worker / one
process), 2-core efficiency (in wall time, and in CPU time: what a second worker adds), and an
extrapolation to 10^6 and 10^7 claims on N idle cores (the one-process CPU fit times Dask's CPU
ratio, plus the load into SQLite at the measured rows/s). The
machine is shared: wall times include other people's work; CPU times less so.

With ``--meaning`` every claim also has a stored sentence vector (benchmarks/matching.py's
``synthetic_vectors``: shaped like the model's on a one-story corpus), so both engines match by
meaning too: the one process searches every row in one pass, the job in row partitions.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def make_store(path: Path, n: int, seed: int, meaning: bool = False) -> dict:
    from matching import Generator, _insert, synthetic_vectors

    from factcheck.core.semantic import text_key
    from factcheck.store import Store, embeddings
    from factcheck.store.matches import rebuild

    statements, _ = Generator(seed, companies=max(1000, n // 5)).corpus(n)
    with Store(path) as store:
        _insert(store, statements)
        if meaning:  # one vector per distinct text, as ``embed`` stores them
            first = {text_key(s.text): i for i, s in reversed(list(enumerate(statements)))}
            embeddings.save(store, list(first), synthetic_vectors(statements, seed)[list(first.values())])
        rebuild(store, meaning=False)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return {"claims": len(statements), "articles": len({s.article_id for s in statements})}


def matches_digest(path: Path) -> tuple[int, str]:
    from factcheck.store import Store

    with Store(path, read_only=True) as store:
        rows = store.conn.execute(
            "SELECT claim_a, claim_b, score, evidence, consistency, semantic FROM matches ORDER BY claim_a, claim_b").fetchall()
    return len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()[:16]


def tree_cpu() -> float:
    """CPU seconds of this process and every live descendant."""
    import psutil

    me = psutil.Process()
    total = 0.0
    for p in [me, *me.children(recursive=True)]:
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except psutil.NoSuchProcess:
            pass
    return total


def run_one(db: Path, engine: str, workers: int, partitions: int) -> dict:
    """One rebuild in this (fresh) process; its measurements as a dict."""
    from factcheck.store import Store

    out: dict = {}
    if engine == "one":
        from factcheck.store.matches import rebuild

        with Store(db) as store:
            c0, t0 = time.process_time(), time.perf_counter()
            rebuild(store)
            out["wall"], out["cpu"] = time.perf_counter() - t0, time.process_time() - c0
        out["rss"] = [resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]
    else:
        from factcheck.batch import job

        t0 = time.perf_counter()
        with job.connect(None, workers) as client, Store(db) as store:
            client.wait_for_workers(workers)
            c0, t1 = tree_cpu(), time.perf_counter()
            report = job.rebuild(store, client, partitions)
            out["wall"], out["cpu"] = time.perf_counter() - t1, tree_cpu() - c0
            out["start"] = t1 - t0
            out["rss"] = sorted(client.run(job.peak_rss_mb).values())
            out["driver_rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            out.update(shuffled=report.stats["bytes shuffled"], job=report.seconds["job"],
                       load=report.seconds["load"], candidates=report.stats["candidates"],
                       common=report.stats["common keys"], alike=report.stats.get("alike in meaning", 0))
    out["matches"], out["digest"] = matches_digest(db)
    with Store(db, read_only=True) as store:
        out["by_meaning"] = store.conn.execute("SELECT count(*) FROM matches WHERE semantic IS NOT NULL").fetchone()[0]
    return out


def spawn(base: Path, scratch: Path, engine: str, workers: int, partitions: int) -> dict:
    db = scratch / "run.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.copy(base, db)
    done = subprocess.run(
        [sys.executable, __file__, "--one", engine, str(workers), str(partitions), str(db)],
        capture_output=True, text=True,
    )
    if done.returncode:
        sys.exit(f"run {engine} {workers} {partitions} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def fit(ns: list[int], ts: list[float]) -> tuple[float, float]:
    """(a, b) of t = a * n^b by least squares on logs."""
    import numpy as np

    b, log_a = np.polyfit(np.log(ns), np.log(ts), 1)
    return math.exp(log_a), b


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000, 40_000, 80_000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--partitions", type=int, nargs="+", default=[2, 8, 32])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--meaning", action="store_true", help="stored (synthetic) sentence vectors: match by meaning too")
    parser.add_argument("--one", nargs=4, metavar=("ENGINE", "WORKERS", "PARTITIONS", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        engine, workers, partitions, db = args.one
        print(json.dumps(run_one(Path(db), engine, int(workers), int(partitions))))
        return 0

    print(f"{os.cpu_count()} cores, load average at start {os.getloadavg()[0]:.1f}")
    configs = [("one", 1, 0)] + [("dask", w, p) for w in args.workers for p in args.partitions]
    results: dict[tuple, dict[int, dict]] = {c: {} for c in configs}
    header = ("| claims | engine | workers | partitions | wall s | CPU s | peak RSS MB (per worker) | "
              "shuffled MB | same matches |")
    rows = [header, "|" + "---|" * 9]
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            t0 = time.perf_counter()
            info = make_store(tmp / "base.db", n, args.seed, args.meaning)
            print(f"{info['claims']} claims in {info['articles']} articles: store built in "
                  f"{time.perf_counter() - t0:.0f} s (load average {os.getloadavg()[0]:.1f})", flush=True)
            for config in configs:
                r = results[config][n] = spawn(tmp / "base.db", tmp, *config)
                same = r["digest"] == results[configs[0]][n]["digest"]
                engine, workers, partitions = config
                rss = "/".join(f"{x:.0f}" for x in r["rss"])
                shuffled = f"{r['shuffled'] / 1e6:.1f}" if "shuffled" in r else "-"
                extra = f" (+{r['start']:.1f} s cluster start, load into store {r['load']:.1f} s)" if "start" in r else ""
                r["loadavg"] = os.getloadavg()[0]
                print(f"  {engine:4} workers={workers} partitions={partitions:2}: {r['wall']:.1f} s wall, "
                      f"{r['cpu']:.1f} s CPU, peak RSS {rss} MB, {shuffled} MB shuffled, {r['matches']} matches "
                      f"({r['by_meaning']} alike in meaning), "
                      f"same: {same}{extra}, load average {r['loadavg']:.1f}", flush=True)
                rows.append(f"| {n:,} | {engine} | {workers if engine == 'dask' else '-'} | "
                            f"{partitions if engine == 'dask' else '-'} | {r['wall']:.1f} | {r['cpu']:.1f} | {rss} | "
                            f"{shuffled} | {'yes' if same else 'NO'} |")
    print()
    print("\n".join(rows))
    if len(args.sizes) < 2:
        return 0
    print()
    print("fit wall = a * n^b (seconds):")
    fits = {}
    for config in configs:
        ns = sorted(results[config])
        a, b = fits[config] = fit(ns, [results[config][n]["wall"] for n in ns])
        print(f"  {config[0]} workers={config[1]} partitions={config[2]}: a={a:.3g} b={b:.2f}")
    top = max(args.sizes)
    one = results[configs[0]][top]["wall"]
    best = {w: min((results[("dask", w, p)][top]["wall"], p) for p in args.partitions) for w in args.workers}
    print(f"at {top:,} claims: one process {one:.1f} s; Dask best " +
          ", ".join(f"{w} worker(s) {t:.1f} s at {p} partitions" for w, (t, p) in best.items()))
    if 1 in best:
        print(f"Dask's overhead (1 worker / one process): {best[1][0] / one:.2f}x")
    if 1 in best:
        cpu1 = results[("dask", 1, best[1][1])][top]["cpu"]
        print(f"Dask's CPU overhead (CPU of 1 worker / one process): {cpu1 / results[configs[0]][top]['cpu']:.2f}x")
    if 1 in best and 2 in best:
        eff = best[1][0] / (2 * best[2][0])
        cpu2 = results[("dask", 2, best[2][1])][top]["cpu"]
        print(f"2-core efficiency, wall (1 worker / (2 x 2 workers)): {eff:.0%}; in CPU (CPU of 1 worker / CPU "
              f"of 2): {cpu1 / cpu2:.0%} (the wall figure is what this shared machine allowed, the CPU figure "
              f"the work the second worker added)")
        # Dask's fixed cost (worker start, imports, scheduler: seconds) flattens a fit of its own CPU
        # times at these sizes, so the work is the one-process CPU fit, times Dask's CPU ratio at the
        # largest size; the load into SQLite is one process, linear in the matches (rows/s measured).
        ns = sorted(results[configs[0]])
        a, b = fit(ns, [results[configs[0]][n]["cpu"] for n in ns])
        ratio = cpu1 / results[configs[0]][top]["cpu"]
        w1 = results[("dask", 1, best[1][1])][top]
        rows_per_s = w1["matches"] / w1["load"]
        per_claim = w1["matches"] / top
        e = min(1.0, cpu1 / cpu2)
        print(f"extrapolation: CPU = {a:.3g} * n^{b:.2f} s (one process) x {ratio:.2f} (Dask) over N idle cores at "
              f"{e:.0%}; load: {per_claim:.1f} matches per claim at {rows_per_s:,.0f} rows/s")
        for n in (10**6, 10**7):
            for cores in (8, 32, 128):
                print(f"  {n:.0e} claims on {cores:3} cores: ~{a * n**b * ratio / (cores * e) / 60:.1f} min job "
                      f"+ {n * per_claim / rows_per_s / 60:.1f} min load")
    return 0


if __name__ == "__main__":
    sys.exit(main())
