"""Interpreter settings for the workbench's start-up, put back once its first screen is painted.

- The garbage collector is off. Start-up makes many objects and frees few, so a collection finds
  little, yet a full one walks everything the imports made (~13 ms, while the first frame was
  being drawn). When the screen is up, what start-up made is frozen: never walked again, so later
  full collections are short too; the price is that start-up's objects caught in a reference cycle
  are never freed (the first panes' widgets, if the reviewer replaces them): bounded, paid once.
- Threads switch every 0.5 ms instead of 5. Textual writes each frame from a thread of its own,
  which waited for the main thread to let go, up to the whole interval, at every frame.

No Textual here: the command line turns these on before it imports the workbench.
"""

from __future__ import annotations

import gc
import sys

SWITCH_SECONDS = 0.0005
_saved_switch: float | None = None  # the interval to put back; None: not in start-up


def begin() -> None:
    global _saved_switch
    if _saved_switch is None:
        _saved_switch = sys.getswitchinterval()
        gc.disable()
        sys.setswitchinterval(SWITCH_SECONDS)


def end(freeze: bool = True) -> None:
    """Back to the usual settings (``freeze``: the first screen is painted; objects made so far are
    start-up's, kept for the whole session). Nothing happens outside start-up."""
    global _saved_switch
    if _saved_switch is not None:
        if freeze:
            gc.freeze()
        gc.enable()
        sys.setswitchinterval(_saved_switch)
        _saved_switch = None
