import { useEffect, useRef } from 'preact/hooks';

/** A ref for a native dialog that opens modally on mount (focus trapped) and closes on unmount. */
export function useModal() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return ref;
}
