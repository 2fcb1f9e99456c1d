import type { I18n } from '../../app/i18n';
import { importProblems } from '../../content/ui-data';
import { importPlace, importRules, importTypes } from '../../content/ui-import';
import type { ImportProblem } from '../../storage/backup/validate';

/** A path into a backup file as words a person can follow ("Check 3 → Antwort „d1-1“ → „value“"). */
export function describePath(path: readonly PropertyKey[], tx: I18n['tx']): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const [p, next] = [path[i], path[i + 1]];
    const n = typeof next === 'number' ? next + 1 : undefined;
    const part =
      p === 'sessions' && n
        ? tx(importPlace.check, { n })
        : p === 'answers' && next !== undefined
          ? tx(importPlace.answer, { id: String(next) })
          : p === 'events' && n
            ? tx(importPlace.event, { n })
            : p === 'plan' && n
              ? tx(importPlace.planStep, { n })
              : undefined;
    if (part) i++;
    parts.push(part ?? tx(importPlace.field, { name: String(p) }));
  }
  return parts.join(' → ') || tx(importPlace.file);
}

/** Why a file was refused, as one plain sentence (naming the check, the item and what is wrong). */
export function importMessage(problem: ImportProblem, tx: I18n['tx']): string {
  const { code, params = {}, path = [], rule } = problem;
  if (code !== 'invalid' || !rule) return tx(importProblems[code], params);
  const type = importTypes[params.expected as keyof typeof importTypes];
  const what = tx(importRules[rule], {
    ...params,
    expected: type ? tx(type) : String(params.expected),
    keys: String(params.keys)
      .split('\n')
      .map((name) => tx(importPlace.field, { name }))
      .join(', '),
  });
  return tx(importProblems.invalid, { where: describePath(path, tx), what });
}
