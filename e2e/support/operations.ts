/** /metrics on the end-to-end app's port answers this bearer token (playwright.config.ts sets it). */
export const E2E_METRICS_TOKEN = 'e2e-metrics-token-0123456789';

/** The end-to-end app's JSON log for this run (set once by the runner in playwright.config.ts). */
export const e2eLogFile = () => process.env.NEWSROOM_E2E_LOG;
