import { useEffect, useState } from 'preact/hooks';

const QUERY = '(max-width: 40rem)';
// a DOM without media queries (tests) counts as wide
const query = () => (typeof matchMedia === 'function' ? matchMedia(QUERY) : undefined);

/** Whether the screen is phone-narrow: charts then draw with fewer, larger units. */
export function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => !!query()?.matches);
  useEffect(() => {
    const list = query();
    const change = () => setNarrow(!!list?.matches);
    list?.addEventListener('change', change);
    return () => list?.removeEventListener('change', change);
  }, []);
  return narrow;
}
