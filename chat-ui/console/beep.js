// A short two-tone beep through WebAudio for a new escalation (no audio file).
// Browsers only let audio start after a user gesture; unlock() is called on the
// first click, and a beep before that is silently skipped (but still counted).

let ctx = null;
let count = 0;

function audioContext() {
  const AC = globalThis.AudioContext || globalThis.webkitAudioContext;
  if (!AC) return null;
  if (!ctx) {
    try { ctx = new AC(); } catch { return null; }
  }
  return ctx;
}

export function unlock() {
  const ac = audioContext();
  if (ac && ac.state === 'suspended') ac.resume().catch(() => {});
}

/** How many beeps were asked for (the browser test reads it from document.body.dataset.beeps). */
export function beepCount() {
  return count;
}

export function beep() {
  count++;
  document.body.dataset.beeps = String(count);
  const ac = audioContext();
  if (!ac || ac.state !== 'running') return;
  const start = ac.currentTime;
  for (const [offset, freq] of [[0, 880], [0.14, 1320]]) {
    const osc = ac.createOscillator();
    const gain = ac.createGain();
    osc.type = 'sine';
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.0001, start + offset);
    gain.gain.exponentialRampToValueAtTime(0.15, start + offset + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.12);
    osc.connect(gain).connect(ac.destination);
    osc.start(start + offset);
    osc.stop(start + offset + 0.13);
  }
}
