// Loads the app's own TypeScript modules in Node (build steps, the codemod, benches): a vite server
// without a file watcher or dev client, closed again when `use` is done.
import { createServer } from 'vite';

/** Runs `use(load)` with `load(path)` importing a module from the project root; `config` adds to vite's. */
export async function withSource(use, config = {}) {
  const server = await createServer({
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
    ...config,
  });
  try {
    return await use((path) => server.ssrLoadModule(path));
  } finally {
    await server.close();
  }
}
