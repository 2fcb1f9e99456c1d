// first screen: keep small
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

let navigated = false;
addEventListener('hashchange', () => (navigated = true));

/** A screen's main heading; after navigation it takes the focus so screen readers announce it. */
export function Heading({
  children,
  focusKey,
}: {
  children: ComponentChildren;
  focusKey?: string | number;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (navigated) ref.current?.focus();
  }, [focusKey]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
