"""Short sounds at each change of step; silent (without errors) when there is no audio."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl


class Sounds(QObject):
    def __init__(self, sounds_dir: Path, muted: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.muted = muted
        self._effects: dict[str, object] = {}
        self.device = False  # whether the computer has any sound output at all
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:  # QtMultimedia needs libpulse on Linux; without it we stay silent
            return
        self.device = bool(QMediaDevices.audioOutputs())
        for name in ("step", "end"):
            path = sounds_dir / f"{name}.wav"
            if path.exists():
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                effect.setVolume(0.6)
                self._effects[name] = effect

    def set_volume(self, volume: float) -> None:
        """0.0 to 1.0, from Preferences."""
        for effect in self._effects.values():
            effect.setVolume(max(0.0, min(1.0, volume)))  # type: ignore[attr-defined]

    @property
    def available(self) -> bool:
        return bool(self._effects)

    def play(self, name: str) -> bool:
        """Play a sound unless muted; returns whether one was started."""
        effect = self._effects.get(name)
        if self.muted or effect is None:
            return False
        effect.play()  # type: ignore[attr-defined]
        return True
