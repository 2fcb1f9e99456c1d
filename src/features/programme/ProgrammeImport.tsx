import { useState } from 'preact/hooks';
import { DropZone } from '../../ui/DropZone';
import { useI18n } from '../../app/i18n';
import { dataUi } from '../../content/ui-data';
import { importMessage } from '../data/import-message';
import { programmeUi } from '../../content/ui-programme';
import { DataTable } from '../../ui/DataTable';
import {
  collectFiles,
  dropped,
  importFiles,
  type FileReport,
  type NamedFile,
} from './import-files';

type State =
  | { step: 'idle' }
  | { step: 'reading'; total: number; name: string; reports: readonly FileReport[] }
  | { step: 'done'; reports: readonly FileReport[] };

const sum = (reports: readonly FileReport[], key: 'added' | 'known' | 'conflicts') =>
  reports.reduce((n, r) => n + ('added' in r ? r[key] : 0), 0);

/** Many files at once (several chosen, or a folder dropped), read one by one with a report per file. */
export function ProgrammeImport({ onBusy }: { onBusy: (busy: boolean) => void }) {
  const { tx } = useI18n();
  const [state, setState] = useState<State>({ step: 'idle' });
  const busy = state.step === 'reading';

  const run = async (files: NamedFile[]) => {
    if (!files.length || busy) return;
    onBusy(true);
    const reports = await importFiles(files, (so) =>
      setState({
        step: 'reading',
        total: files.length,
        name: files[so.length]?.name ?? '',
        reports: so,
      }),
    );
    setState({ step: 'done', reports });
    onBusy(false);
  };

  const result = (r: FileReport) =>
    'problem' in r
      ? `${importMessage(r.problem, tx)} ${tx(dataUi.importRejected)}`
      : 'writeFailed' in r
        ? tx(dataUi.importWriteFailed, { detail: r.writeFailed })
        : tx(r.added + r.conflicts ? programmeUi.fileDone : programmeUi.fileNothing);
  const reports = state.step === 'idle' ? [] : state.reports;

  return (
    <section aria-labelledby="prog-import-h">
      <h2 id="prog-import-h">{tx(programmeUi.importTitle)}</h2>
      <p>{tx(programmeUi.where)}</p>
      <DropZone
        inputId="programme-files"
        choose={tx(programmeUi.choose)}
        hint={tx(programmeUi.drop)}
        multiple
        disabled={busy}
        onChosen={(list) => void run(list.map((file) => ({ name: file.name, file })))}
        onDropped={(data) => void collectFiles(dropped(data)).then(run)}
      />
      <div role="status" aria-live="polite">
        {state.step === 'reading' && (
          <p>
            {tx(programmeUi.progress, {
              i: state.reports.length + 1,
              n: state.total,
              name: state.name,
            })}
          </p>
        )}
        {state.step === 'done' && (
          <p class="notice" data-testid="programme-summary">
            {tx(programmeUi.summary, {
              files: reports.length,
              added: sum(reports, 'added'),
              known: sum(reports, 'known'),
              conflicts: sum(reports, 'conflicts'),
              failed: reports.filter((r) => !('added' in r)).length,
            })}
          </p>
        )}
      </div>
      {reports.length > 0 && (
        <>
          <h3>{tx(programmeUi.reportTitle)}</h3>
          <DataTable
            label={tx(programmeUi.reportTitle)}
            head={[
              tx(programmeUi.colFile),
              tx(programmeUi.colNew),
              tx(programmeUi.colKnown),
              tx(programmeUi.colConflict),
              tx(programmeUi.colResult),
            ]}
          >
            {reports.map((r, i) => (
              <tr key={i} class={'added' in r ? undefined : 'row--error'}>
                <th scope="row">{r.name}</th>
                <td>{'added' in r ? r.added : '–'}</td>
                <td>{'added' in r ? r.known : '–'}</td>
                <td>{'added' in r ? r.conflicts : '–'}</td>
                <td>{result(r)}</td>
              </tr>
            ))}
          </DataTable>
          {sum(reports, 'conflicts') > 0 && <p class="hint">{tx(programmeUi.conflictHint)}</p>}
        </>
      )}
    </section>
  );
}
