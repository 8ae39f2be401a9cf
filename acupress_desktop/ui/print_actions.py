"""Print preview, printing and PDF export of the routine sheet, with Qt's own print support."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from acupress_desktop.domain.catalogue import Catalogue
from acupress_desktop.domain.routine import Routine
from acupress_desktop.domain.sheet import RoutineSheet, build_sheet
from acupress_desktop.painting.pictures import PointPictures
from acupress_desktop.printing.export import export_pdf, paper_for_locale, set_page
from acupress_desktop.printing.sheet_renderer import SheetRenderer
from acupress_desktop.ui.file_places import LastFolder


class SheetPrinting:
    def __init__(self, catalogue: Catalogue, pictures: PointPictures, folders: LastFolder | None = None) -> None:
        self._catalogue = catalogue
        self._folders = folders
        self.renderer = SheetRenderer(pictures)

    def sheet(self, routine: Routine) -> RoutineSheet:
        return build_sheet(self._catalogue, routine, date.today())

    def printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        set_page(printer, paper_for_locale())
        printer.setDocName("Acupress routine")
        return printer

    def preview_dialog(self, routine: Routine, parent: QWidget | None) -> QPrintPreviewDialog:
        sheet = self.sheet(routine)
        printer = self.printer()
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.printer_ref = printer  # type: ignore[attr-defined]  # the dialog does not own it: keep it alive
        dialog.setWindowTitle(f"Print preview — {sheet.title}")
        dialog.paintRequested.connect(lambda printer: self.renderer.render(sheet, printer))
        return dialog

    def preview(self, routine: Routine, parent: QWidget | None) -> None:
        self.preview_dialog(routine, parent).exec()

    def print(self, routine: Routine, parent: QWidget | None) -> None:
        printer = self.printer()
        if QPrintDialog(printer, parent).exec() == QPrintDialog.DialogCode.Accepted:
            self.renderer.render(self.sheet(routine), printer)

    def export(self, routine: Routine, parent: QWidget | None, path: Path | None = None) -> Path | None:
        if path is None:
            folder = self._folders.get() if self._folders else Path.home()
            name, _filter = QFileDialog.getSaveFileName(
                parent, "Export routine sheet", str(folder / "acupress-routine.pdf"), "PDF (*.pdf)"
            )
            if not name:
                return None
            path = Path(name).with_suffix(".pdf")
            if self._folders:
                self._folders.remember(path)
        try:
            export_pdf(self.sheet(routine), self.renderer, path, paper_for_locale())
        except OSError as error:
            QMessageBox.warning(parent, "Export PDF", f"Could not write {path}: {error.strerror}")
            return None
        return path
