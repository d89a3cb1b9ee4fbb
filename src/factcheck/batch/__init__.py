"""Monitoring-scale matching as a Dask job: the same matches as ``store.matches.rebuild`` in one
process, computed in partitions on a cluster. Pure compute on records: the store reads the input and
loads the output (``store.match_batches``); ``matcher`` is the one door into the matcher's functions;
``job`` is the Dask graph. Dask is imported only by ``job``, so only a user of ``--engine dask`` needs it.
"""
