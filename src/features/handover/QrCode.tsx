import { useEffect, useState } from 'preact/hooks';

/** A QR code as SVG: dark modules as one path, a four-module quiet zone, crisp at any size. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [rows, setRows] = useState<boolean[][] | null>(null);
  useEffect(() => {
    let live = true;
    // the drawing code is loaded only when someone hands over a check
    void import('qr').then(
      (m) => live && setRows(m.default(text, 'raw', { ecc: 'medium', border: 4 })),
    );
    return () => {
      live = false;
    };
  }, [text]);
  if (!rows) return <div class="qr" aria-busy="true" />;
  let d = '';
  rows.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  const n = rows.length;
  return (
    <svg
      class="qr"
      viewBox={`0 0 ${n} ${n}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
      data-modules={n}
    >
      <rect width={n} height={n} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
