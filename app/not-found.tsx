import { NotFoundContent } from '@/components/story/not-found-content';
import { PublicChrome } from '@/components/story/public-chrome';
import { Document } from '@/components/ui/document';
import { mainLanguage } from '@/lib/stories/languages';

/** An address nothing answers (outside every language's site): the main site's header, sections and search around the notice, so a reader can go on. */
export default function NotFound() {
  const language = mainLanguage();
  return (
    <Document lang={language}>
      <PublicChrome language={language}>
        <NotFoundContent language={language} />
      </PublicChrome>
    </Document>
  );
}
