/** Whether a YYYY-MM-DD text names a real calendar day between 1900 and 2999. */
export function realDay(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(s) &&
    day.getUTCMonth() === m - 1 &&
    day.getUTCDate() === d &&
    y >= 1900 &&
    y <= 2999
  );
}
