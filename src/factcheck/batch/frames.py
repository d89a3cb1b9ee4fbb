"""The job's records as table rows, and how they move between partitions: Dask's P2P
shuffle of a dataframe, each row to the partition its ``to`` column names.

Sent as task outputs, one per pair of partitions, the shuffle's ``N`` x ``N`` pieces were each a
task of the scheduler's (some two million at a thousand partitions); the P2P shuffle moves the rows
between the workers directly, in a few tasks a partition. Each row goes exactly where ``to`` says
(the frame is indexed on it with one division per partition), so a partition receives every
record of the keys it owns and nothing else. (The search's edges by meaning, far more rows than
these, go through files: ``edge_files``.)
"""

from __future__ import annotations

from collections import Counter

import pandas as pd
import pyarrow as pa

from factcheck.batch import matcher

SEP = "\x1f"  # between a record's rare keys: a unit separator, which no key holds
_STR = pd.ArrowDtype(pa.string())

CLAIMS = {"to": "int32", "cid": "int64", "article": "int64", "lang": _STR, "date": _STR, "data": _STR,
          "rare": _STR}
KEYS = {"to": "int32", "key": _STR, "n": "int64"}


def empty(columns: dict) -> pd.DataFrame:
    """A frame with no rows and these columns (a shuffle's ``meta``)."""
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in columns.items()})


def frame(columns: dict, rows: dict) -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(rows[name], dtype=dtype) for name, dtype in columns.items()})


def by_to(parts: list, columns: dict, n: int) -> list:
    """The frames ``parts`` (delayed, with ``columns``), their rows moved by P2P shuffle so the
    ``j``-th result (delayed) holds every row whose ``to`` is ``j``, for ``j`` below ``n``."""
    import dask.dataframe as dd

    rows = dd.from_delayed(parts, meta=empty(columns), verify_meta=False)
    # divisions 0, 1, ..., n-1, n-1: the last partition takes n-1 alone, each other one value
    moved = rows.set_index("to", divisions=[*range(n), n - 1], sorted=False, shuffle_method="p2p")
    return moved.to_delayed()


def key_counts(counts: Counter, owner) -> pd.DataFrame:
    """A partition's key counts as rows, each to the partition that owns the key."""
    keys = list(counts)
    return frame(KEYS, {"to": [owner(k) for k in keys], "key": keys, "n": [counts[k] for k in keys]})


def common(part: pd.DataFrame, limit: int) -> frozenset[str]:
    """Of the keys a partition owns (every claim's count of them), those held by more than ``limit``."""
    total = part.groupby("key", sort=False)["n"].sum()
    return frozenset(total.index[total > limit].tolist())


def claim_records(claims: list[matcher.Claim], owners) -> pd.DataFrame:
    """Each claim once for every partition that owns one of its rare keys (``owners(keys)``; a
    claim with no rare key goes nowhere)."""
    cols: dict[str, list] = {name: [] for name in CLAIMS}
    for cid, article, lang, date, data, rare in claims:
        for j in owners(rare):
            for name, value in zip(CLAIMS, (j, cid, article, lang, date, data, SEP.join(rare))):
                cols[name].append(value)
    return frame(CLAIMS, cols)


def claims_of(part: pd.DataFrame) -> list[matcher.Claim]:
    """The claims of a partition's records, by id."""
    columns = [part[name].tolist() for name in ("cid", "article", "lang", "date", "data", "rare")]  # not per cell
    out = [
        (int(cid), int(article), lang, date if isinstance(date, str) else None, data, tuple(rare.split(SEP)))
        for cid, article, lang, date, data, rare in zip(*columns)
    ]
    return sorted(out, key=lambda c: c[0])
