import type { CodeSplittingNameFunction } from 'rolldown';

/** The screen family of a module (src/features/<family>/), or undefined. */
export function familyOf(id: string): string | undefined;
/** A codeSplitting group `name` function: the chunk of a source module, or null for the default. */
export function chunkNamer(): CodeSplittingNameFunction;
