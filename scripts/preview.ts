/**
 * `npm run preview`: serve the built site as a static host would, with `_headers` applied, so
 * what a reader (and the browser tests) see is what production sends.
 *
 *   npm run preview                       dist/ at http://127.0.0.1:4321/
 *   BASE=/archive/ npm run preview -- --dir dist-archive --port 8080
 */
import { parseArgs } from 'node:util';
import { serveStaticSite } from './preview/static-server.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env['BASE'] ?? '/' },
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: process.env['PORT'] ?? '4321' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`preview: --port must be a whole number from 0 to 65535, got "${values.port}"`);
  process.exit(2);
}

try {
  const site = await serveStaticSite({
    root: values.dir,
    base: values.base,
    host: values.host,
    port,
  });
  console.log(`Serving ${values.dir}/ at ${site.url}  (Ctrl+C to stop)`);
  const stop = () => void site.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`preview: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
