/**
 * Testläufe: checks that trainers and coordinators make to try the check first. A check is one
 * when it is marked itself or was answered at an event marked as one; pooled screens leave them
 * out unless the person asks for them.
 */

/** The ids of the events marked as Testlauf. */
export const testEvents = (events: readonly { id: string; testRun?: boolean }[]) =>
  new Set(events.filter((e) => e.testRun).map((e) => e.id));

/** Whether a check is a Testlauf: marked itself, or answered at a Testlauf event. */
export const isTestRun = (
  check: { testRun?: boolean; eventId?: string },
  events: ReadonlySet<string>,
) => !!check.testRun || (check.eventId !== undefined && events.has(check.eventId));

/** The checks a pooled screen counts: all but the Testläufe, unless they are asked for. */
export const pooledChecks = <T extends { testRun?: boolean; eventId?: string }>(
  checks: readonly T[],
  events: ReadonlySet<string>,
  includeTestRuns: boolean,
): T[] => (includeTestRuns ? [...checks] : checks.filter((c) => !isTestRun(c, events)));
