"""``factcheck embed``: compute the sentence vectors still missing, read the claims the rules left
below the threshold by meaning (events and reported statements the word lists miss), then match.

Resumable and safe to interrupt: vectors are saved in chunks as they are computed, so Ctrl-C keeps
the finished chunks and the next run continues with the rest."""

from __future__ import annotations

import sys
import time

from factcheck.cli.add import embedding_bar
from factcheck.cli.common import meaning_status, store_from
from factcheck.errors import FactcheckError


def register(subparsers) -> None:
    p = subparsers.add_parser("embed", help="compute missing sentence vectors for matching by meaning (resumable)")
    p.set_defaults(run=run)


def run(args) -> int:
    status = meaning_status(args)
    if not status:
        raise FactcheckError(f"matching by meaning is off: {status.reason}")
    from factcheck.embedding import embed_pending, raise_by_meaning
    from factcheck.store.embeddings import pending
    from factcheck.store.matches import rebuild

    with store_from(args, write=True) as store:
        waiting = len(pending(store))
        started = time.monotonic()
        done = 0
        if waiting:
            try:
                with embedding_bar(waiting) as on_progress:
                    done = embed_pending(store, on_progress=on_progress)
            except KeyboardInterrupt:
                left = len(pending(store))
                print(f"interrupted: {waiting - left} of {waiting} sentences embedded and saved; "
                      f"run `factcheck embed` again to go on", file=sys.stderr)
                return 130
        seconds = time.monotonic() - started
        raised = len(raise_by_meaning(store))  # before matching: raised claims are matched too
        related = rebuild(store, meaning=True)
    rate = f" ({done / seconds:.1f}/s)" if done and seconds > 0 else ""
    found = f"; {raised} claim{'s' * (raised != 1)} found by meaning" if raised else ""
    print(f"embedded {done} sentence{'s' * (done != 1)}{rate}{found}; {related} related pairs")
    return 0
