// The alert for a new flash input: a short two-note tone through WebAudio (no sound file to
// ship) and a banner the shell shows until it is dismissed or opened.

import { signal } from "@preact/signals";

export interface Alarm {
  input: string;
  title: string;
  precedence: string;
}

/** The newest input that arrived while the user was elsewhere, for the shell's banner. */
export const alarm = signal<Alarm | null>(null);

let audio: AudioContext | null = null;

/** Two short beeps, loud enough to notice in a police station, quiet enough not to startle. */
export function soundFlash() {
  try {
    audio ??= new AudioContext();
    // Browsers start audio suspended until the page has been used; resuming may be refused.
    if (audio.state === "suspended") audio.resume().catch(() => {});
    const start = audio.currentTime;
    for (const [offset, pitch] of [
      [0, 880],
      [0.22, 660],
    ] as const) {
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.type = "sine";
      tone.frequency.value = pitch;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.25, start + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.18);
      tone.connect(gain).connect(audio.destination);
      tone.start(start + offset);
      tone.stop(start + offset + 0.2);
    }
    tonesPlayed.value += 1;
  } catch {
    // No audio device or WebAudio disabled: the banner alone must do.
  }
}

/** How many tones have been played in this tab, so a test can tell one was. */
export const tonesPlayed = signal(0);
