import { applyImport } from '../../storage/backup/backup';
import type { ImportProblem } from '../../storage/backup/validate';
import { checkImportFile } from '../data/import-file';
import { summarizer } from '../summary';

/** A file to read, with the name it is reported under (its path inside a dropped folder). */
export interface NamedFile {
  name: string;
  file: Blob;
}

/** What became of one file. */
export type FileReport =
  | { name: string; added: number; known: number; conflicts: number }
  | { name: string; problem: ImportProblem }
  | { name: string; writeFailed: string };

type Entry = { file: File } | { entry: FileSystemEntry };

/** What was dropped, taken while the drop event lasts (the browser empties the list after it). */
export function dropped(data: DataTransfer): Entry[] {
  const items = [...data.items].filter((i) => i.kind === 'file');
  // browsers without folder entries give the files alone
  if (!items.length || typeof items[0]!.webkitGetAsEntry !== 'function')
    return [...data.files].map((file) => ({ file }));
  return items.flatMap((i): Entry[] => {
    const entry = i.webkitGetAsEntry();
    if (entry) return [{ entry }];
    const file = i.getAsFile();
    return file ? [{ file }] : [];
  });
}

const isDir = (e: FileSystemEntry): e is FileSystemDirectoryEntry => e.isDirectory;
const isFile = (e: FileSystemEntry): e is FileSystemFileEntry => e.isFile;

// a directory reader hands out its entries in batches until it returns an empty one
const readAll = (dir: FileSystemDirectoryEntry) =>
  new Promise<FileSystemEntry[]>((resolve, reject) => {
    const reader = dir.createReader();
    const all: FileSystemEntry[] = [];
    const next = () =>
      reader.readEntries((batch) => {
        if (!batch.length) return resolve(all);
        all.push(...batch);
        next();
      }, reject);
    next();
  });

async function walk(entry: FileSystemEntry, out: NamedFile[]): Promise<void> {
  if (isFile(entry)) {
    // hidden files of the system (".DS_Store") are never backups
    if (entry.name.startsWith('.')) return;
    const file = await new Promise<File>((resolve, reject) => entry.file(resolve, reject));
    out.push({ name: entry.fullPath.replace(/^\//, ''), file });
  } else if (isDir(entry)) {
    const children = await readAll(entry);
    children.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const child of children) await walk(child, out);
  }
}

/** The files of a drop, folders opened down to their last file, in name order. */
export async function collectFiles(entries: readonly Entry[]): Promise<NamedFile[]> {
  const out: NamedFile[] = [];
  for (const e of entries)
    if ('file' in e) out.push({ name: e.file.name, file: e.file });
    else await walk(e.entry, out);
  return out;
}

/**
 * Imports files one after the other into this device's checks. Each file is checked against what
 * is stored by then, so a check in several files is taken once and reported as known afterwards.
 */
export async function importFiles(
  files: readonly NamedFile[],
  /** Called before each file with the reports so far. */
  onProgress: (reports: readonly FileReport[]) => void,
): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const { name, file } of files) {
    onProgress([...reports]);
    const checked = await checkImportFile(file);
    let report: FileReport;
    if ('problem' in checked) report = { name, problem: checked.problem };
    else {
      const { plan } = checked;
      try {
        await applyImport(plan, summarizer);
        report = {
          name,
          added: plan.added.length,
          known: plan.unchanged.length,
          conflicts: plan.conflicts.length,
        };
      } catch (e) {
        report = { name, writeFailed: e instanceof Error ? e.name : '?' };
      }
    }
    reports.push(report);
  }
  return reports;
}
