"""The composition root: the one place that builds the services, for the window and every command alike.

Qt-free, and lazy: each part is built on first use, so `acupress points` never opens the user's database and
the window can show itself before the catalogue is read. Storage is imported only when a part is built.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from acupress_desktop.domain.localisation import ENGLISH, normalise_language
from acupress_desktop.paths import images_dir, points_db_path, user_data_dir
from acupress_desktop.services.language import chosen_language

if TYPE_CHECKING:
    from acupress_desktop.domain.catalogue import Catalogue
    from acupress_desktop.domain.glance import CatalogueGlance
    from acupress_desktop.domain.placement import PointInView, View
    from acupress_desktop.services.backup import BackupService
    from acupress_desktop.services.exchange import ExchangeService
    from acupress_desktop.services.history import HistoryService
    from acupress_desktop.services.home import HomeService
    from acupress_desktop.services.planning import PlannerService
    from acupress_desktop.services.reminders import ReminderService
    from acupress_desktop.services.session import SessionService
    from acupress_desktop.storage.user_db import UserDatabase


class Services:
    """What the windows and the command line call, for one data folder.

    Opening the catalogue or the user's database can raise ``DataUnavailableError`` with a message for the person.
    """

    def __init__(
        self, data_dir: Path, points_db: Path | None = None, images: Path | None = None, language: str = ENGLISH
    ) -> None:
        self.data_dir = data_dir
        self.language = normalise_language(language)
        self._interrupted = 0
        self._points_db = points_db or points_db_path()
        self._images = images or images_dir()
        self._progress: Callable[[str], None] | None = None

    @cached_property
    def glance(self) -> CatalogueGlance:
        """The safety note and the symptoms, read in a few milliseconds so the first window shows at once."""
        from acupress_desktop.storage.catalog_repository import CatalogueRepository

        return CatalogueRepository.open(self._points_db).glance().localised(self.language)

    @cached_property
    def catalogue(self) -> Catalogue:
        from acupress_desktop.storage.catalog_repository import CatalogueRepository

        return CatalogueRepository.open(self._points_db).load().localised(self.language)

    @cached_property
    def user_db(self) -> UserDatabase:
        """The user's database, migrated to the current schema (backed up first).

        Sessions a crash left running are marked interrupted here, by any start (a command too), unless a
        running window holds the folder and may still be recording one."""
        from acupress_desktop.services.backup import mark_interrupted_unless_open
        from acupress_desktop.storage.plain_reads import mark_unfinished_interrupted
        from acupress_desktop.storage.user_db import open_user_database

        database = open_user_database(self.data_dir, self._progress, language=self.language)
        marking = functools.partial(mark_unfinished_interrupted, database.path)
        self._interrupted = mark_interrupted_unless_open(self.data_dir, marking)
        return database

    @cached_property
    def home(self) -> HomeService:
        """Home's questions, answered with plain sqlite3: no ORM before the window is ready."""
        from acupress_desktop.services.home import HomeService
        from acupress_desktop.storage.plain_reads import PlainReads

        return HomeService(self.catalogue, PlainReads(self.user_db.path), self.language)

    @cached_property
    def planner(self) -> PlannerService:
        from acupress_desktop.services.planning import PlannerService
        from acupress_desktop.storage.routine_repository import RoutineRepository

        return PlannerService(self.catalogue, RoutineRepository(self.user_db.engine), self.language)

    @cached_property
    def sessions(self) -> SessionService:
        from acupress_desktop.services.session import SessionService
        from acupress_desktop.storage.session_repository import SessionRepository

        return SessionService(SessionRepository(self.user_db.engine))

    @cached_property
    def history(self) -> HistoryService:
        from acupress_desktop.services.history import HistoryService
        from acupress_desktop.storage.history_queries import HistoryQueries

        return HistoryService(self.catalogue, HistoryQueries(self.user_db.engine), self.language)

    @cached_property
    def exchange(self) -> ExchangeService:
        from acupress_desktop.services.exchange import ExchangeService
        from acupress_desktop.storage.backup_repository import BackupRepository

        return ExchangeService(BackupRepository(self.user_db.engine))

    @cached_property
    def reminders(self) -> ReminderService:
        from acupress_desktop.services.reminders import ReminderService

        return ReminderService(self.sessions)

    @cached_property
    def interrupted_at_start(self) -> int:
        """How many sessions a crash left running were marked interrupted when the database was opened."""
        self.user_db  # noqa: B018
        return self._interrupted

    @cached_property
    def backups(self) -> BackupService:
        from acupress_desktop.services.backup import BackupService

        return BackupService(self.data_dir)

    def open_all(self, progress: Callable[[str], None] | None = None) -> None:
        """Read the catalogue, open and migrate the user's database, mark interrupted sessions: what the window
        does once it is on screen (in a worker thread, so ``progress`` may be called from there). No ORM yet:
        only a migration loads SQLAlchemy and Alembic here."""
        self._progress = progress
        try:
            self.catalogue  # noqa: B018 - each is built once and kept
            self.interrupted_at_start  # noqa: B018
            self.home  # noqa: B018
        finally:
            self._progress = None

    def load_repositories(self) -> None:
        """The services that write or search the user's data, on SQLAlchemy's ORM (about a third of a second to
        import): loaded after the window is ready, or by the first command that needs them."""
        self.planner  # noqa: B018
        self.sessions  # noqa: B018
        self.history  # noqa: B018
        self.exchange  # noqa: B018
        self.user_db.engine  # noqa: B018

    def views(self) -> Mapping[str, View]:
        """The illustrations with every point placed, read on first call; each SVG when first drawn."""
        return self._views

    def point_views(self, code: str) -> tuple[PointInView, ...]:
        """Every picture that shows this point, with where it lands and whether it can be seen from that side."""
        return self._point_views.get(code, ())

    @cached_property
    def _point_views(self) -> dict[str, tuple[PointInView, ...]]:
        from acupress_desktop.storage.view_files import load_point_views

        return load_point_views(self._images)

    @cached_property
    def _views(self) -> Mapping[str, View]:
        from acupress_desktop.storage.view_files import load_views_precomputed

        return load_views_precomputed(self._images)


def build_services(data_dir_override: str | Path | None = None, language: str | None = None) -> Services:
    """`--data-dir` wins, then $ACUPRESS_DATA_DIR, then the platform's user data folder; the language as
    ``chosen_language`` decides when none is given."""
    return Services(user_data_dir(data_dir_override), language=language or chosen_language())
