"""The few errors that cross layers, in the spirit of a small backend error set.

Storage raises these (translating its driver's errors), services pass them on, and the windows and the
command line catch them by kind, so no layer above storage needs to know SQLAlchemy or SQLite.
"""

from __future__ import annotations


class WordedError(Exception):
    """An error that can be said in another language: an English template and the fields it names."""

    def __init__(self, template: str, /, **fields: object) -> None:
        super().__init__(template.format(**fields))
        self.template = template
        self.fields = fields


class AcupressError(Exception):
    """Something a person can be told in one plain line."""


class NotFoundError(AcupressError, LookupError):
    """What was asked for no longer exists (deleted in another window, a name that was never saved)."""


class RoutineNotFoundError(NotFoundError):
    pass


class SessionNotFoundError(NotFoundError):
    pass


class DataUnavailableError(AcupressError):
    """The shipped catalogue or the user's database cannot be used; the message says what to do."""
