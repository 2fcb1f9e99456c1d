import { useState } from 'preact/hooks';
import { DropZone } from '../../ui/DropZone';
import { useI18n } from '../../app/i18n';
import { dataUi, importProblems } from '../../content/ui-data';
import { applyImport } from '../../storage/backup/backup';
import type { MergePlan } from '../../storage/backup/merge';
import { summarizer } from '../summary';
import { checkImportFile } from './import-file';
import { importMessage } from './import-message';

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'locked'; file: Blob; wrong?: boolean }
  | { step: 'preview'; plan: MergePlan }
  | { step: 'done'; message: string; error?: boolean };

/** File picker and drop zone; validates, previews, and imports only after the person agrees. */
export function ImportBox({ onImported }: { onImported: () => void }) {
  const { tx } = useI18n();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [pass, setPass] = useState('');

  const take = async (file: Blob | undefined, passphrase?: string) => {
    if (!file) return;
    setState({ step: 'reading' });
    const r = await checkImportFile(file, passphrase);
    const code = 'problem' in r && r.problem.code;
    if (code === 'encrypted' || code === 'wrong-passphrase')
      setState({ step: 'locked', file, wrong: code === 'wrong-passphrase' });
    else if ('problem' in r) {
      const text = `${importMessage(r.problem, tx)} ${tx(dataUi.importRejected)}`;
      setState({ step: 'done', message: text, error: true });
    } else setState({ step: 'preview', plan: r.plan });
    setPass('');
  };

  const apply = async (plan: MergePlan) => {
    try {
      const n = await applyImport(plan, summarizer);
      setState({
        step: 'done',
        message: n
          ? tx(dataUi.importDone, { n: plan.added.length + plan.conflicts.length })
          : tx(dataUi.importNothing),
      });
      onImported();
    } catch (e) {
      setState({
        step: 'done',
        error: true,
        message: tx(dataUi.importWriteFailed, { detail: e instanceof Error ? e.name : '?' }),
      });
    }
  };

  return (
    <section aria-labelledby="import-h">
      <h2 id="import-h">{tx(dataUi.importTitle)}</h2>
      <p>{tx(dataUi.importHint)}</p>
      <DropZone
        inputId="import-file"
        choose={tx(dataUi.importChoose)}
        hint={tx(dataUi.importDrop)}
        onChosen={(files) => void take(files[0])}
        onDropped={(data) => void take(data.files[0])}
      />
      <div role="status" aria-live="polite">
        {state.step === 'reading' && <p>{tx(dataUi.importReading)}</p>}
        {state.step === 'locked' && (
          <p class={state.wrong ? 'notice notice--error' : 'notice'}>
            {state.wrong
              ? `${tx(importProblems['wrong-passphrase'])} ${tx(dataUi.importRejected)}`
              : tx(importProblems.encrypted)}
          </p>
        )}
        {state.step === 'done' && (
          <p class={state.error ? 'notice notice--error' : 'notice'}>{state.message}</p>
        )}
      </div>
      {state.step === 'locked' && (
        <form
          class="card"
          onSubmit={(e) => {
            e.preventDefault();
            void take(state.file, pass);
          }}
        >
          <label for="unlock-pass">{tx(dataUi.unlockLabel)}</label>
          <input
            id="unlock-pass"
            type="password"
            autocomplete="current-password"
            value={pass}
            onInput={(e) => setPass(e.currentTarget.value)}
          />
          <div class="row">
            <button type="submit" class="btn btn--primary">
              {tx(dataUi.unlock)}
            </button>
            <button type="button" class="btn" onClick={() => setState({ step: 'idle' })}>
              {tx(dataUi.importCancel)}
            </button>
          </div>
        </form>
      )}
      {state.step === 'preview' && (
        <div class="card">
          <p>
            <strong>
              {tx(dataUi.preview, {
                added: state.plan.added.length,
                unchanged: state.plan.unchanged.length,
                conflicts: state.plan.conflicts.length,
              })}
            </strong>
          </p>
          {state.plan.conflicts.length > 0 && <p>{tx(dataUi.previewConflicts)}</p>}
          <div class="row">
            <button type="button" class="btn btn--primary" onClick={() => void apply(state.plan)}>
              {tx(dataUi.importApply)}
            </button>
            <button type="button" class="btn" onClick={() => setState({ step: 'idle' })}>
              {tx(dataUi.importCancel)}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
