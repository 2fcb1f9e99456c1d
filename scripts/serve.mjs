// Serves the production build on localhost and prints the URL (PORT overrides; a busy port falls back to a free one).
import { existsSync } from 'node:fs';
import { startServer } from './server.mjs';

const dir = process.argv[2] ?? 'dist';
if (!existsSync(`${dir}/index.html`)) {
  console.error(`Kein Build in ${dir}/ gefunden. Bitte zuerst "npm run build" ausführen.`);
  process.exit(1);
}
const wanted = Number(process.env.PORT ?? 4173);
const server = await startServer({ dir, port: wanted }).catch(() => startServer({ dir, port: 0 }));
console.log(`\nNetzwerk-Check läuft: ${server.url}\n(Beenden mit Strg+C)\n`);
