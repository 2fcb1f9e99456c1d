import type { I18n } from '../../app/i18n';
import { dimensions } from '../../content/dimensions';

/** x as a whole percentage of n (0 for an empty group). */
export const percent = (x: number, n: number) => (n ? Math.round((100 * x) / n) : 0);

/** A change or difference with its sign: "+12", "-5", "0". */
export const signed = (x: number) => (x > 0 ? `+${x}` : String(x));

/** The short name of an area, or its id if the content does not know it. */
export function areaTitle(tx: I18n['tx'], id: string) {
  const d = dimensions.find((x) => x.id === id);
  return d ? tx(d.short) : id;
}
