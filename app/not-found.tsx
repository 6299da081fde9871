import { NotFoundContent } from '@/components/story/not-found-content';
import { PublicChrome } from '@/components/story/public-chrome';

/** An address nothing answers: the site's header, sections and search around the notice, so a reader can go on. */
export default function NotFound() {
  return (
    <PublicChrome>
      <NotFoundContent />
    </PublicChrome>
  );
}
