// @ts-expect-error plain JS module shared with the scripts
export { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/chromium.mjs';
