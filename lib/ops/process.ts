import { bridgeConsole } from './console-bridge';
import { errorRecorder } from './error-recorder';
import { startLogger, type ProcessName } from '@/lib/telemetry/logger';
import { startTelemetry, stopTelemetry } from '@/lib/telemetry/tracing';

/**
 * What each long-running process (the front server, the job runner) starts first: the
 * JSON log with its errors recorded for the System page, console output carried into
 * it, and tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set.
 */
export async function startProcessOps(name: Extract<ProcessName, 'server' | 'worker'>) {
  const log = startLogger(name, { extraStreams: [errorRecorder(name)] });
  bridgeConsole();
  const tracing = await startTelemetry(`newsroom-${name}`);
  if (tracing)
    log.info(
      { module: 'ops' },
      `tracing: spans exported over OTLP to ${process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? process.env.OTEL_EXPORTER_OTLP_ENDPOINT}`,
    );
  return {
    /** Sends the spans still buffered (at shutdown). */
    stop: () => stopTelemetry(),
  };
}
