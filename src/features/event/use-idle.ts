import { useEffect, useRef } from 'preact/hooks';

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'scroll', 'touchstart'] as const;

/** Calls onIdle after `seconds` without any input on the page. */
export function useIdle(seconds: number, onIdle: () => void, active = true) {
  const cb = useRef(onIdle);
  cb.current = onIdle;
  useEffect(() => {
    if (!active) return;
    let timer = setTimeout(() => cb.current(), seconds * 1000);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(() => cb.current(), seconds * 1000);
    };
    for (const e of ACTIVITY) addEventListener(e, reset, { passive: true, capture: true });
    return () => {
      clearTimeout(timer);
      for (const e of ACTIVITY) removeEventListener(e, reset, { capture: true });
    };
  }, [seconds, active]);
}
