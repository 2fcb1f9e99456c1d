import type { ComponentChildren } from 'preact';

/** A table that scrolls sideways on a phone, reachable by keyboard, named for screen readers. */
export function DataTable({
  label,
  head,
  children,
}: {
  label: string;
  head: ComponentChildren[];
  children: ComponentChildren;
}) {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={label}>
      <table class="table">
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
  );
}
