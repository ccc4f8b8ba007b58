"""Make the short tones the self-tests play (resources/sounds/*.wav). Run once; the
files are committed. Soft sine tones with gentle fades, mono 16-bit 44.1 kHz."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44100
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"

# name: list of (frequency Hz, seconds); a rising pair to start, falling to end.
TONES = {
    "start": [(660, 0.18), (880, 0.30)],
    "end": [(880, 0.18), (660, 0.18), (523, 0.40)],
    "tick": [(1000, 0.06)],
}


def tone(freq: float, seconds: float, volume: float = 0.5) -> list[int]:
    n = int(RATE * seconds)
    fade = max(1, int(RATE * 0.015))
    samples = []
    for i in range(n):
        envelope = min(1.0, i / fade, (n - i) / fade)
        samples.append(int(32767 * volume * envelope * math.sin(2 * math.pi * freq * i / RATE)))
    return samples


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, parts in TONES.items():
        samples = [s for freq, secs in parts for s in tone(freq, secs)]
        with wave.open(str(OUT / f"{name}.wav"), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(RATE)
            wav.writeframes(struct.pack(f"<{len(samples)}h", *samples))
        print(OUT / f"{name}.wav")


if __name__ == "__main__":
    main()
