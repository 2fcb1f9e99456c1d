import { useEffect, useRef, useState } from 'preact/hooks';

const ACTIVITY = ['pointerdown', 'keydown', 'click', 'input', 'scroll', 'touchstart'] as const;

/** Seconds of warning before the reset: 20, or half the timeout when that is shorter. */
export const warningSeconds = (seconds: number) => Math.min(20, Math.floor(seconds / 2));

/**
 * Calls onIdle after `seconds` without any input on the page; returns the seconds left while the
 * warning runs (null otherwise). Any input, such as tapping "Weitermachen", starts over.
 */
export function useIdle(seconds: number, onIdle: () => void, active = true): number | null {
  const cb = useRef(onIdle);
  cb.current = onIdle;
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    setLeft(null);
    if (!active) return;
    let last = Date.now();
    const reset = () => {
      last = Date.now();
      setLeft(null);
    };
    const tick = setInterval(() => {
      const remain = Math.ceil(seconds - (Date.now() - last) / 1000);
      if (remain > 0) return setLeft(remain <= warningSeconds(seconds) ? remain : null);
      clearInterval(tick);
      setLeft(null);
      cb.current();
    }, 250);
    for (const e of ACTIVITY) addEventListener(e, reset, { passive: true, capture: true });
    return () => {
      clearInterval(tick);
      for (const e of ACTIVITY) removeEventListener(e, reset, { capture: true });
    };
  }, [seconds, active]);
  return left;
}
