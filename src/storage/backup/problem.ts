import type { ImportRule } from '../../content/ui-import';

/** Why a file was rejected; the UI turns code and params into a plain sentence. */
export interface ImportProblem {
  code:
    | 'too-big'
    | 'empty'
    | 'image'
    | 'pdf'
    | 'csv'
    | 'utf16'
    | 'zip'
    | 'not-json'
    | 'truncated'
    | 'broken'
    | 'too-deep'
    | 'forbidden-key'
    | 'wrong-format'
    | 'newer-version'
    | 'invalid'
    | 'duplicate-id'
    | 'unknown-instrument'
    | 'unknown-item'
    | 'encrypted'
    | 'wrong-passphrase'
    | 'encrypted-damaged'
    | 'unreadable';
  params?: Record<string, string | number>;
  /** With 'invalid': where in the file (a path into it) and which rule the value there breaks. */
  path?: readonly PropertyKey[];
  rule?: ImportRule;
}
