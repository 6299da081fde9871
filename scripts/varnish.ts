// `npm run varnish`: Varnish from Debian in front of a running newsroom, with the repo's
// VCL (scripts/varnish/newsroom.vcl). Start the newsroom with NEWSROOM_PURGER=varnish
// and NEWSROOM_VARNISH_URLS pointing here so every public change purges it.
// Options: --backend host:port (127.0.0.1:3000), --port (6081), --memory (256m).
import { parseArgs } from 'node:util';
import { startVarnish } from './lib/varnish.ts';

const { values } = parseArgs({
  options: { backend: { type: 'string', default: '127.0.0.1:3000' }, port: { type: 'string', default: '6081' }, memory: { type: 'string', default: '256m' } },
});
const [host, port] = values.backend.split(/:(?=\d+$)/);
const varnish = await startVarnish({ backend: { host: host!, port: Number(port) }, port: Number(values.port), memory: values.memory });
console.log(`[varnish] caching ${values.backend} at ${varnish.url}; Ctrl-C stops it`);
const stop = () => void varnish.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
