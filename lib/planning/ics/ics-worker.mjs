// The entry of the iCalendar worker thread (see ics-pool.ts). Plain JavaScript so any
// host can start it (the Next.js server, vitest); it loads the TypeScript through tsx.
import { tsImport } from 'tsx/esm/api';

const { icsTask } = await tsImport('./ics-task.ts', import.meta.url);

export default icsTask;
