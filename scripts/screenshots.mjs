// Takes a screenshot of every screen at 390 px and at 1280 × 720 into docs/screenshots/
// (run after `npm run build`): the layout test visits every screen and saves them on the way.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['playwright', 'test', 'test/e2e/layout.spec.ts'], {
  stdio: 'inherit',
  env: { ...process.env, SCREENSHOTS: '1' },
});
if (run.status === 0) console.log('screenshots written to docs/screenshots/');
process.exit(run.status ?? 1);
