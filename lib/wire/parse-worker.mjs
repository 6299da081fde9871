// The entry of a wire-parsing worker thread (see parse-pool.ts). Plain JavaScript so
// any host can start it (the Next.js server, the job runner, the CLI, vitest); it
// loads the TypeScript parser through tsx.
import { tsImport } from 'tsx/esm/api';

const { parseTask } = await tsImport('./parse-task.ts', import.meta.url);

export default parseTask;
