import { sources } from './sources';

/**
 * Where a reader finds a study recommendation. The app tracks the core study's recommendations as
 * R1–R37 (Kap. 4.1) and P1–P12 (Kap. 4.2), and the JOBSTARTER steps as JS-I.1 …; the studies number
 * none of them, so what a reader sees is the chapter (for Kap. 4.1 with its sub-heading) or the phase.
 */
const KAP41: [last: number, heading: string][] = [
  [9, 'Gute Netzwerkarbeit benötigt Zeit'],
  [22, 'Die Inhalte müssen für KMU attraktiv, aktuell und anwendbar sein'],
  [32, 'Die Ansprache von KMU muss adressatengerecht erfolgen'],
  [37, 'Netzwerke und Netzwerkpartner müssen sichtbar sein'],
];
const PHASES: Record<string, string> = {
  I: 'Phase I: Aufbau des Netzwerkes',
  II: 'Phase II: Umsetzung der Netzwerkarbeit',
  III: 'Phase III: Nachhaltigkeit und Transfer',
};

/** The chapter and sub-heading of an internal reference ("R12" → Kap. 4.1, „Die Inhalte …“). */
export function studyPlace(ref: string): string {
  const m = /^(R|P)(\d+)$/.exec(ref);
  if (m) {
    const n = Number(m[2]);
    if (m[1] === 'R') {
      const h = KAP41.find(([last]) => n <= last);
      if (h) return `Kap. 4.1, „${h[1]}“`;
    } else if (n <= 12) return 'Kap. 4.2';
  }
  const js = /^JS-(I{1,3})\.\d$/.exec(ref);
  if (js?.[1] && PHASES[js[1]]) return `${PHASES[js[1]]}`;
  throw new Error(`No place in the studies for ${ref}`);
}

/** The study and the places a recommendation is derived from, each named once. */
export function studyPlaces(refs: readonly string[]): string {
  const iaw = [...new Set(refs.filter((r) => /^[RP]\d/.test(r)).map(studyPlace))];
  const js = [...new Set(refs.filter((r) => r.startsWith('JS-')).map(studyPlace))];
  return [
    ...(iaw.length ? [`${sources.iaw2017.short}, ${iaw.join('; ')}`] : []),
    ...(js.length ? [`${sources.jobstarter.short}, ${js.join('; ')}`] : []),
  ].join(' – ');
}
