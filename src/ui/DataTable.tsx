import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../app/i18n';

/** Whether the element is wider inside than its box (it scrolls sideways). */
function useOverflow(ref: { current: HTMLElement | null }) {
  const [wide, setWide] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setWide(el.scrollWidth > el.clientWidth + 1);
    check();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(check);
    // the box keeps its width when only the table inside grows (longer rows drawn later)
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return wide;
}

/**
 * A table that scrolls sideways on a phone, reachable by keyboard, named for screen readers;
 * when it is wider than the screen a line above it says so.
 */
export function DataTable({
  label,
  head,
  caption,
  children,
}: {
  label: string;
  head: ComponentChildren[];
  caption?: string;
  children: ComponentChildren;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const wide = useOverflow(ref);
  return (
    <>
      {wide && (
        <p class="table-hint" aria-hidden="true">
          {t('table.scroll')}
        </p>
      )}
      <div ref={ref} class="table-wrap" tabIndex={0} role="region" aria-label={label}>
        <table class="table">
          {caption && <caption>{caption}</caption>}
          <thead>
            <tr>
              {head.map((h, i) => (
                <th scope="col" key={i}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </>
  );
}
