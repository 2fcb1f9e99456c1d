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
/** Kap. 4.2 by its sub-headings (P1 is the chapter's opening). */
const KAP42: [last: number, heading: string | null][] = [
  [1, null],
  [6, 'Langfristiges Engagement gewährleisten und Flexibilität bewahren'],
  [10, 'Formate professionell weiterentwickeln und Vielfalt der Inhalte stärken'],
  [11, 'Regional agieren und überregional voneinander lernen'],
  [12, 'Kurzfristige konkrete und langfristige strategische Ziele noch besser vereinen'],
];
const PHASES: Record<string, string> = {
  I: 'Phase I: Aufbau des Netzwerkes',
  II: 'Phase II: Umsetzung der Netzwerkarbeit',
  III: 'Phase III: Nachhaltigkeit und Transfer',
};
/** The JOBSTARTER table's rows: the step, its line, and the start of its "Phase/Prozess" cell. */
export const JS_ROWS: Record<string, [line: number, row: string]> = {
  'JS-I.1': [7, 'Grobziele des Netzwerkes … definieren'],
  'JS-I.2': [12, 'Ist-Analyse der in der Region bereits vorhandenen Netzwerkstrukturen'],
  'JS-II.1': [19, 'Konkrete kleinere und/oder größere Projekte …'],
  'JS-II.2': [24, 'Reflexion des bisherigen Verlaufs im Netzwerk'],
  'JS-II.3': [25, 'An der Verfestigung der Strukturen arbeiten'],
  'JS-III.1': [34, 'Reflexion'],
  'JS-III.2': [35, 'Entscheidung über Fortführung oder Ende des Netzwerkes'],
  'JS-III.3': [39, 'Transfer'],
};

/** Where a reader finds a line of the JOBSTARTER table: phase and row, or the notes below it. */
export function jsPlace(line: number): string {
  const step = Object.entries(JS_ROWS).find(([, [at]]) => at === line);
  if (!step) {
    if (line > 39) return 'Tabelle, „Beachten“';
    throw new Error(`No JOBSTARTER row at line ${line}`);
  }
  const [id, [, row]] = step;
  return `${PHASES[id.slice(3, id.indexOf('.'))]}, Zeile „${row}“`;
}

/** The chapter and sub-heading of an internal reference ("R12" → Kap. 4.1, „Die Inhalte …“). */
export function studyPlace(ref: string): string {
  const m = /^(R|P)(\d+)$/.exec(ref);
  if (m) {
    const n = Number(m[2]);
    if (m[1] === 'R') {
      const h = KAP41.find(([last]) => n <= last);
      if (h) return `Kap. 4.1, „${h[1]}“`;
    } else {
      const h = KAP42.find(([last]) => n <= last);
      if (h) return h[1] ? `Kap. 4.2, „${h[1]}“` : 'Kap. 4.2, Einleitung';
    }
  }
  const row = JS_ROWS[ref];
  if (row) return jsPlace(row[0]);
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
