/** Starts serving `dir`; port 0 picks a free port. */
export function startServer(options?: { dir?: string; port?: number; host?: string }): Promise<{
  url: string;
  setDir(dir: string): void;
  close(): Promise<void>;
}>;
