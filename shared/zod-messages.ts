/**
 * Turns on zod's English issue messages for `zod/mini`, which the code bundled into the Lambda
 * functions validates with (the same core as `zod`, at a fifth of the bundle size). Mini ships no
 * messages, so without this every issue would read "Invalid input" in logs and DLQ errors.
 * Import it for its effect next to `import * as z from 'zod/mini'`; a namespace re-exported from one
 * shared module would defeat tree-shaking and bundle all of zod.
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());
