// The KMU-Check's real questions for the benches' generated checks: read from the app's own
// content, so a bench answers what the instrument asks (an import refuses an answer to a question
// it does not know, and the dashboard pools only known ones).
import { withSource } from './ssr.mjs';

const kmuQuestions = () =>
  withSource(async (load) => {
    const { kmuInstrument } = await load('/src/content/kmu/instrument.ts');
    return kmuInstrument.blocks
      .flatMap((b) => b.items)
      .filter((i) => i.type !== 'text')
      .map((i) => ({ id: i.id, type: i.type, options: i.options?.map((o) => o.id) ?? [] }));
  });

/** Check number `k`'s answers (varied by `shift`, e.g. a network), every question answered. */
function answersFor(questions, k, shift) {
  const answers = {};
  questions.forEach((q, n) => {
    answers[q.id] =
      q.type === 'likert'
        ? ((k * 7 + n * 3 + shift) % 5) + 1
        : q.type === 'single'
          ? q.options[(k + n) % q.options.length]
          : q.options.filter((_, j) => (k + j) % 4 === 0);
  });
  return answers;
}

/** Gives the page `window.benchAnswers(k, shift)`: a generated check's answers, as above. */
export async function installAnswers(page) {
  const questions = await kmuQuestions();
  await page.evaluate(
    `window.benchAnswers = (k, shift = 0) => (${answersFor})(${JSON.stringify(questions)}, k, shift)`,
  );
}
