"""Keys are handled one at a time, in the order they were typed.

Textual routes a key in two ways. A priority binding (ctrl+s in the note editor, ctrl+q) runs at
once, in the app's task. Any other key is put on the focused widget's own message queue; if that
widget does not use it, it bubbles up, one queue at a time, to the app, which then runs the binding.
So when keys arrive in one burst (fast typing, or a paste in a terminal without bracketed paste,
which arrives as keystrokes), ctrl+s ran before the text typed ahead of it reached the text area
(the note was saved cut), and keys typed after enter in a dialog reached the input before the enter
did (they ended up in the path).

``OrderedKeys`` holds the keys: text typed into a focused text box goes straight to it (the box
handles its queue in order), any other key (one that may run an action, move focus or close a
screen) is passed on only once everything before it has been handled, and the next key waits until
that key's consequences (a bubbled binding, a dialog closing, a database commit) have settled. So
every key reaches the widget that has focus when it is its turn, and "every change is in the
database before the next key is handled" holds however fast keys come.
"""

from __future__ import annotations

import asyncio
from collections import deque
from functools import cache

from textual import events
from textual.app import App

MAX_ROUNDS = 200  # give up waiting after this many rounds (a widget that never goes idle)
ROUND_TIMEOUT = 2.0  # seconds one round may take before it is abandoned (a widget was removed)


async def settled(app: App) -> None:
    """Return once the app and every widget of its current screen have handled every message they
    had, including those posted while waiting (a key bubbling up, a message a handler posted, a
    new screen composing its widgets).

    A round puts a callback behind whatever each node has queued and waits for all of them, then
    one more behind the app's queue (the app runs the bindings: it may still have been in one). A
    node that took a message off its queue and is handling it shows an empty queue, so one quiet
    look is not proof; two quiet rounds in a row are asked for."""
    quiet = 0
    for _ in range(MAX_ROUNDS):
        screen = app.screen
        await _behind(list(_nodes(app, screen)))
        await _behind([app])
        if app.screen is screen and screen.is_mounted and not any(n.message_queue_size for n in _nodes(app, screen)):
            quiet += 1
            if quiet == 2:
                return
        else:
            quiet = 0


def _nodes(app: App, screen):
    yield app
    yield from screen.walk_children(with_self=True)


async def _behind(nodes) -> None:
    """Wait until each node has handled everything it had queued when this was called."""
    left = 0
    done = asyncio.Event()

    def one() -> None:
        nonlocal left
        left -= 1
        if left == 0:
            done.set()

    for node in nodes:
        if node.call_later(one):
            left += 1
    if left:
        try:
            await asyncio.wait_for(done.wait(), ROUND_TIMEOUT)
        except asyncio.TimeoutError:  # a node went away with the callback: look again
            pass


@cache
def _text_boxes() -> tuple[type, ...]:
    """Textual's text boxes, imported at the first key rather than before the first screen (the
    text area brings its document model and syntax highlighting with it)."""
    from textual.widgets import Input, TextArea

    return Input, TextArea


class OrderedKeys(App):
    """An App whose key presses are handled strictly one after another (see the module doc)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._held: deque[events.Key | events.Paste] = deque()
        self._waiting = False  # a key's consequences are being waited for
        self._typed = False  # text went to a text box since the last wait
        self._settling: asyncio.Task | None = None

    @property
    def keys_pending(self) -> bool:
        """Whether keys are still held or being handled (tests wait on this)."""
        return bool(self._held) or self._waiting

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded:
            self._held.append(event)
            if not self._waiting:
                await self._pass_on()
            return
        await super().on_event(event)

    def _is_text(self, event: events.Key | events.Paste) -> bool:
        """Text for a focused text box: it takes it in order, no binding can fire on it."""
        if not isinstance(self.focused, _text_boxes()):
            return False
        if isinstance(event, events.Paste):
            return True
        return event.is_printable and event.key not in self.screen.active_bindings

    async def _pass_on(self) -> None:
        while self._held and not self._waiting:
            event = self._held[0]
            if self._is_text(event):
                self._held.popleft()
                self._typed = True
                await super().on_event(event)
                continue
            if self._typed:  # let the text typed before this key reach its box first
                self._wait()
                return
            self._held.popleft()
            await super().on_event(event)
            self._wait()

    def _wait(self) -> None:
        self._waiting, self._typed = True, False
        self._settling = asyncio.create_task(self._settle())

    async def _settle(self) -> None:
        try:
            await settled(self)
        finally:
            if not self.call_later(self._resume_keys):
                self._waiting = False

    async def _resume_keys(self) -> None:
        self._waiting = False
        self._settling = None
        await self._pass_on()
