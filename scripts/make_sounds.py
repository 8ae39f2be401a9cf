"""Generate the session sounds (`make sounds`): soft sine chimes with a bell-like decay.

step.wav marks a change of step (two rising notes); end.wav marks the end (a three-note chord
that rings out). 16-bit mono, 44.1 kHz, small enough to ship.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 44_100


def _note(frequency: float, seconds: float, volume: float) -> list[float]:
    count = int(RATE * seconds)
    samples = []
    for i in range(count):
        t = i / RATE
        attack = min(1.0, t / 0.01)
        decay = math.exp(-4.0 * t / seconds)
        tone = math.sin(2 * math.pi * frequency * t) + 0.25 * math.sin(2 * math.pi * 2 * frequency * t)
        samples.append(volume * attack * decay * tone / 1.25)
    return samples


def _mix(parts: list[tuple[float, list[float]]], seconds: float) -> list[float]:
    out = [0.0] * int(RATE * seconds)
    for offset, samples in parts:
        start = int(offset * RATE)
        for i, value in enumerate(samples):
            if start + i < len(out):
                out[start + i] += value
    peak = max(abs(v) for v in out) or 1.0
    return [v / peak * 0.6 for v in out]


def _write(path: Path, samples: list[float]) -> None:
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(b"".join(struct.pack("<h", int(v * 32767)) for v in samples))


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/sounds")
    out.mkdir(parents=True, exist_ok=True)
    _write(out / "step.wav", _mix([(0.0, _note(660.0, 0.35, 0.8)), (0.16, _note(880.0, 0.5, 0.8))], 0.7))
    _write(
        out / "end.wav",
        _mix([(0.0, _note(523.25, 1.4, 0.7)), (0.2, _note(659.25, 1.3, 0.7)), (0.4, _note(783.99, 1.2, 0.7))], 1.7),
    )
    print(f"wrote {out / 'step.wav'} and {out / 'end.wav'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
