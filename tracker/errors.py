"""Exceptions shared by every layer. Stdlib only."""


class TrackerError(Exception):
    """Base of every error the tracker reports to a user."""


class InvalidInput(TrackerError):
    """The input (file, form, argument) cannot be accepted as given."""


class NotFound(TrackerError):
    """The requested object does not exist (or was deleted)."""


class Conflict(TrackerError):
    """The object changed since the caller read it (optimistic locking)."""

    def __init__(self, message: str, *, current: object = None, attempted: object = None):
        super().__init__(message)
        self.current = current
        self.attempted = attempted


class PermissionDenied(TrackerError):
    """The user's role does not allow this action."""
