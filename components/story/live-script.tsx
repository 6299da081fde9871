import { liveClient } from './live-client';

// Serialised once: the function's own source, called at once. It runs after the page
// is parsed (it sits at the end of the body) and blocks nothing.
const SOURCE = `(${liveClient.toString()})();`;

/** The public site's only script: live entries and the breaking-news banner (components/story/live-client.ts). */
export function LiveScript() {
  return <script dangerouslySetInnerHTML={{ __html: SOURCE }} />;
}
