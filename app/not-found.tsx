import { NotFoundContent } from '@/components/story/not-found-content';
import { PublicHeader } from '@/components/story/public-header';
import { env } from '@/lib/env';
import { listSections } from '@/lib/sections/queries';

/** An address nothing answers: the site's header, sections and search around the notice, so a reader can go on. */
export default async function NotFound() {
  const sections = await listSections();
  return (
    <>
      <a href="#main" className="skip-link">Skip to content</a>
      <PublicHeader siteName={env().NEWSROOM_SITE_NAME} sections={sections} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6"><NotFoundContent /></main>
    </>
  );
}
