/** Where the end-to-end app listens, and Varnish in front of it. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const VARNISH_PORT = Number(process.env.E2E_VARNISH_PORT ?? E2E_PORT + 3000);
export const VARNISH_URL = `http://127.0.0.1:${VARNISH_PORT}`;
