"""``factcheck match``: related statements across articles, best first, with evidence and whether
their numbers agree; ``--rebuild`` recomputes every match from the stored claims first, in this
process or (``--engine dask``) as a Dask job with the same result."""

from __future__ import annotations

import sys

from factcheck.cli.common import counting_bar, meaning_status, one_line, print_json, store_from, terminal_width
from factcheck.core.matching import DEFAULT_MIN_SCORE, STORE_MIN_SCORE
from factcheck.errors import FactcheckError
from factcheck.store.claims import claim_exists
from factcheck.store.matches import rebuild, stale_pairs
from factcheck.store.related import list_matches
from factcheck.store.reread import reread, stale_articles


def register(subparsers) -> None:
    p = subparsers.add_parser("match", help="related statements in other articles, with evidence")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.add_argument(
        "--min-score", type=float, metavar="S",
        help=f"list pairs scoring at least S (default {DEFAULT_MIN_SCORE}; pairs below {STORE_MIN_SCORE} are not stored)",
    )
    p.add_argument("--claim", type=int, metavar="ID", help="only the matches of this claim")
    p.add_argument("--rebuild", action="store_true", help="recompute every match from the stored claims first")
    p.add_argument(
        "--engine", choices=("local", "dask"), default="local",
        help="with --rebuild: 'dask' runs it as a Dask job (same matches; needs pip install -e \".[scale]\")",
    )
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: a running Dask scheduler (default: a local cluster of worker processes)")
    p.add_argument("--partitions", type=int, metavar="N",
                   help="with --engine dask: partitions of the job (default: one per 5,000 claims, two per worker at least)")
    p.set_defaults(run=run)


def run(args) -> int:
    min_score = DEFAULT_MIN_SCORE if args.min_score is None else args.min_score
    if not 0.0 <= min_score <= 1.0:
        raise FactcheckError(f"--min-score must be between 0 and 1, not {min_score}")
    if args.engine != "local" and not args.rebuild:
        raise FactcheckError("--engine applies to --rebuild")
    if (args.scheduler or args.partitions is not None) and args.engine != "dask":
        raise FactcheckError("--scheduler and --partitions apply to --rebuild --engine dask")
    if args.partitions is not None and args.partitions < 1:
        raise FactcheckError(f"--partitions must be 1 or more, not {args.partitions}")
    job = _dask_job() if args.engine == "dask" else None
    status = meaning_status(args)
    with store_from(args, write=args.rebuild) as store:
        if args.claim is not None and not claim_exists(store, args.claim):
            raise FactcheckError(f"no claim with id {args.claim}")
        if not status:  # after the checks: a bad-input error stays the only line
            print(f"factcheck: matching by meaning is off: {status.reason}", file=sys.stderr)
        if args.rebuild:
            _read_again(store)
            if job:
                count = _rebuild_with_dask(job, store, args, meaning=bool(status))
            else:
                count = rebuild(store, meaning=bool(status))
            print(f"rebuilt matches: {count} related pairs", file=sys.stderr)
        else:
            _say_what_is_stale(store)
        pairs = list_matches(store, min_score, args.claim)
    if not status and not args.rebuild and any(p["semantic"] is not None for p in pairs):
        print("factcheck: these matches were stored with matching by meaning on; --rebuild recomputes them without it",
              file=sys.stderr)
    if args.json:
        print_json([_json(p) for p in pairs])
        return 0
    width = terminal_width()
    for p in pairs:
        _print_pair(p, width)
    print(f"{len(pairs)} related pair{'s' * (len(pairs) != 1)} (score >= {min_score:g})")
    return 0


def _dask_job():
    """``factcheck.batch.job``, imported only for ``--engine dask`` (Dask is an extra)."""
    try:
        from factcheck.batch import job
    except ImportError as exc:
        raise FactcheckError(
            f"--engine dask needs Dask, pandas and pyarrow ({exc.name} is missing): pip install -e \".[scale]\""
        ) from None
    return job


def _say_what_is_stale(store) -> None:
    """The pairs listed as an older version left them: say so, and how to bring them up to date."""
    if stale := stale_articles(store):
        print(f"factcheck: an older version read the figures of {stale} article{'s' * (stale != 1)}; "
              "--rebuild reads them again and matches them anew", file=sys.stderr)
    if stale := stale_pairs(store):
        print(f"factcheck: older rules judged {stale} related pair{'s' * (stale != 1)}; "
              "--rebuild judges them again (the workbench does so when it opens)", file=sys.stderr)


def _read_again(store) -> None:
    """Before a rebuild, the figures of the articles an older version read, read again."""
    stale = stale_articles(store)
    if not stale:
        return
    with counting_bar(stale, "reading figures again", "articles") as on_progress:
        done = reread(store, on_progress and (lambda n: on_progress(n, stale)))
    print(f"read the figures of {done.articles} article{'s' * (done.articles != 1)} again (an older version read "
          f"them): {done.claims} claim{'s' * (done.claims != 1)} changed", file=sys.stderr)


def _rebuild_with_dask(job, store, args, meaning: bool) -> int:
    with job.connect(args.scheduler) as client:
        report = job.rebuild(store, client, args.partitions, show_progress=True, meaning=meaning)
    alike = report.stats.get("alike in meaning")
    meant = f", {alike} pairs alike in meaning" if alike is not None else ""
    print(f"dask: done in {report.seconds['job']:.1f} s, {report.stats.get('bytes shuffled', 0) / 1e6:.1f} MB "
          f"shuffled{meant}; loaded into the store in {report.seconds['load']:.1f} s", file=sys.stderr)
    return report.related


def _json(pair: dict) -> dict:
    side = lambda s: {"id": s["id"], "article": s["article"], "lang": s["lang"], "text": s["text"],  # noqa: E731
                      "start": s["start"], "end": s["end"]}
    return {"a": side(pair["a"]), "b": side(pair["b"]), "score": pair["score"], "semantic": pair["semantic"],
            "evidence": pair["evidence"], "consistency": pair["consistency"]}


def _print_pair(p: dict, width: int) -> None:
    text_width = max(width - 20, 30)
    a, b = p["a"], p["b"]
    print(f"{p['score']:.2f}  [{a['lang']}] #{a['id']} \"{one_line(a['text'], text_width)}\"")
    print(f"      [{b['lang']}] #{b['id']} \"{one_line(b['text'], text_width)}\"")
    numbers = [e for e in p["evidence"] if e.startswith("numbers:")]
    rest = [e for e in p["evidence"] if not e.startswith("numbers:")]
    if rest:
        print(f"      evidence: {'; '.join(rest)}")
    for line in numbers:
        print(f"      {line}")
