import { SpanStatusCode, trace, type Attributes, type Span } from '@opentelemetry/api';

/**
 * Traces (OpenTelemetry): off unless OTEL_EXPORTER_OTLP_ENDPOINT (or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set, then exported over OTLP/HTTP by the
 * official Node SDK with the standard OTEL_* settings (service name, sampler, batch
 * delays). Spans: each request the app serves (scripts/server.ts), each Server Action
 * (lib/action.ts), Prisma's operations and SQL (@prisma/instrumentation), cache purges
 * and each job (scripts/worker.ts); Next.js adds its own render spans. The SDK's own
 * metrics and logs exporters stay off: metrics are Prometheus', logs are stdout's.
 */
const shared = globalThis as { __newsroomTelemetry?: { stop(): Promise<void> } };

export const tracingConfigured = () =>
  !!(process.env.OTEL_EXPORTER_OTLP_ENDPOINT || process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) && process.env.OTEL_SDK_DISABLED !== 'true';
export const tracingStarted = () => !!shared.__newsroomTelemetry;

/** Starts the SDK for this process (once) when tracing is configured; returns whether it did. */
export async function startTelemetry(serviceName: string): Promise<boolean> {
  if (shared.__newsroomTelemetry) return true;
  if (!tracingConfigured()) return false;
  process.env.OTEL_LOGS_EXPORTER ??= 'none';
  process.env.OTEL_METRICS_EXPORTER ??= 'none';
  const [{ NodeSDK }, { OTLPTraceExporter }, { PrismaInstrumentation }] = await Promise.all([
    import('@opentelemetry/sdk-node'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@prisma/instrumentation'),
  ]);
  const sdk = new NodeSDK({
    serviceName: process.env.OTEL_SERVICE_NAME ?? serviceName,
    traceExporter: new OTLPTraceExporter(),
    instrumentations: [new PrismaInstrumentation()],
  });
  sdk.start();
  shared.__newsroomTelemetry = { stop: () => sdk.shutdown() };
  return true;
}

/** Sends what is buffered and stops (at shutdown). */
export async function stopTelemetry() {
  const telemetry = shared.__newsroomTelemetry;
  shared.__newsroomTelemetry = undefined;
  await telemetry?.stop().catch(() => {});
}

export const tracer = () => trace.getTracer('newsroom');

/**
 * Runs `fn` inside a span (a child of the active one); an exception marks the span as
 * failed and is rethrown. Without the SDK the span is a no-op and costs next to nothing.
 */
export function withSpan<T>(name: string, attributes: Attributes, fn: (span: Span) => Promise<T>): Promise<T> {
  return tracer().startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await fn(span);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      throw error;
    } finally {
      span.end();
    }
  });
}
