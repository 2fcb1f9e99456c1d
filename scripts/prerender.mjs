// Build step: the start screen is written into index.html (src/prerender.tsx renders it), so the
// first paint needs no script. A small inline script in the page's head (allowed by its hash in the
// Content-Security-Policy) hides that markup before the first paint wherever the app will show
// something else first: another route, kiosk mode, English, no localStorage, Safari on iOS (its
// home-screen hint). main.tsx takes the markup over (hydrates it) where it shows, and renders
// afresh where it was hidden.
import { createHash } from 'node:crypto';
import preact from '@preact/preset-vite';
import { withSource } from './ssr.mjs';

/**
 * The head script: marks <html> with "pre-off" unless the start screen in German comes first (the
 * iOS test is src/ui/platform.ts's; first-paint.spec.ts covers each case), and keeps a tap made
 * before the app runs.
 */
const headScript = ({ kioskHint, langKey }) =>
  `try{var h=location.hash,u=navigator.userAgent;` +
  `if((h&&h!=='#'&&h!=='#/')||localStorage.getItem('${kioskHint}')!==null||localStorage.getItem('${langKey}')==='en'||` +
  `((/iPhone|iPad|iPod/.test(u)||(u.indexOf('Macintosh')>-1&&navigator.maxTouchPoints>1))&&` +
  `!matchMedia('(display-mode: standalone)').matches&&navigator.standalone!==true))throw 0}` +
  `catch(e){document.documentElement.className='pre-off'}` +
  // a tap on a button of the painted start screen before the app's script has run is kept (the
  // button's place among them) and given to the app once it has taken the markup over (main.tsx)
  `document.addEventListener('click',function(e){var a=document.querySelector('#app[data-prerendered]'),` +
  `b=a&&e.target.closest&&e.target.closest('button');if(!b||!a.contains(b))return;e.preventDefault();` +
  `a.setAttribute('data-tap',[].indexOf.call(a.querySelectorAll('button'),b))},true)`;

const hash = (s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

const render = ({ define, resolve }) =>
  withSource(async (load) => (await load('/src/prerender.tsx')).prerender(), {
    define,
    resolve,
    plugins: [preact()],
  });

/**
 * The stylesheets Vite linked, written into the page and allowed by their hashes in the
 * Content-Security-Policy: the first paint waits for no second request (on a slow line a round trip
 * of its own). The files stay in the build, in the service worker's precache list.
 */
export function inlineStyles(html, bundle) {
  const hashes = [];
  const inlined = html.replace(
    /<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g,
    (tag, file) => {
      const asset = bundle[file];
      if (asset?.type !== 'asset') return tag;
      const css = String(asset.source);
      hashes.push(hash(css));
      return `<style>${css}</style>`;
    },
  );
  return hashes.length
    ? inlined.replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`)
    : inlined;
}

/**
 * Vite plugins: in a build, the start screen's markup in #app, the head script and its hash, and
 * (after Vite has put in its tags) the stylesheet inline. `options` are the app's `define` and
 * `resolve`, so the markup is made from the same modules.
 */
export function prerenderStart(options) {
  let building = false;
  return [
    {
      name: 'prerender-start',
      configResolved(config) {
        building = config.command === 'build';
      },
      async transformIndexHtml(html) {
        if (!building) return html;
        const start = await render(options);
        const script = headScript(start);
        return html
          .replace("script-src 'self'", `script-src 'self' ${hash(script)}`)
          .replace('</title>', `</title>\n    <script>${script}</script>`)
          .replace(
            /<div id="app">[\s\S]*?<\/div>\s*<noscript>/,
            `<div id="app" data-prerendered>${start.html}</div>\n    <noscript>`,
          );
      },
    },
    {
      name: 'inline-start-styles',
      transformIndexHtml: {
        order: 'post',
        handler: (html, ctx) => (building && ctx.bundle ? inlineStyles(html, ctx.bundle) : html),
      },
    },
  ];
}
