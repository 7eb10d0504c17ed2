"""A store change on a layer's undo stack: one Ctrl+Z takes back one whole save or delete.

The dock's saves and deletes write the store in one transaction, the incident and its sources
together, also when the Incidents layer is in edit mode. There the change is also pushed on that
layer's undo stack as one command whose undo and redo are :meth:`IncidentStore.revert` and
:meth:`IncidentStore.reapply` (each one transaction). Nothing goes into either layer's edit buffer:
the Sources layer's own undo stack and edit buffer are never involved, so nothing is left pending
there and nothing fails to commit later (the two layers' edit buffers commit separately, and the
sources' foreign key to the incidents allows no order that suits both an add and a delete). QGIS's
Cancel edits rolls the layer's stack back, and so takes these changes back too.
"""

from . import log
from .compat import QUndoCommand

# Commands on each layer's undo stack, by layer id. Python must keep them: the stack owns the C++
# side, and a command whose Python side is collected silently loses its undo/redo.
_pushed = {}
_watched = set()


class StoreChangeCommand(QUndoCommand):
    """Undo/redo of one :class:`~.store.Change`; ``changed(change, error)`` runs after each (error None,
    or why the store refused or failed, e.g. a colleague saved the incident since: the command is then
    dropped from the stack and the store keeps what it holds)."""

    def __init__(self, store, change, text, changed=None):
        super().__init__(text)
        self.store = store
        self.change = change
        self.changed = changed
        self._written = True  # pushing runs redo(): the store already holds ``change.after``

    def redo(self):
        if self._written:
            self._written = False
            return
        self._apply(self.store.reapply)

    def undo(self):
        self._apply(self.store.revert)

    def _apply(self, action):
        error = None
        try:
            action(self.change)
        except Exception as failure:  # noqa: BLE001 - whatever failed, the store's transaction left it as it was
            error = failure
            log.warning(failure)
            self.setObsolete(True)  # Qt removes an obsolete command from the stack
        if self.changed is not None:
            try:
                self.changed(self.change, error)
            except RuntimeError:  # the dock that pushed the command is gone (plugin unloaded)
                self.changed = None


def push_change(layer, store, change, text, changed=None):
    """Put ``change`` (already written) on ``layer``'s undo stack as one command; returns the command."""
    command = StoreChangeCommand(store, change, text, changed)
    layer_id = layer.id()
    if layer_id not in _watched:
        _watched.add(layer_id)
        layer.editingStopped.connect(lambda: _pushed.pop(layer_id, None))  # the stack is cleared then
        layer.willBeDeleted.connect(lambda: (_pushed.pop(layer_id, None), _watched.discard(layer_id)))
    _pushed.setdefault(layer_id, []).append(command)
    layer.undoStack().push(command)
    return command
