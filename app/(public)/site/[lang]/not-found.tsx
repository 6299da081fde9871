import { NotFoundContent } from '@/components/story/not-found-content';
import { BySiteSegment } from '@/components/story/by-site-segment';
import { siteSegments, siteLanguage } from '@/lib/stories/public-paths';

/**
 * Not found inside a language's site (its header and sections are already around it).
 * Not-found pages get no params: the notice is rendered in each site's language and the
 * one for this address's `[lang]` segment is shown.
 */
export default function PublicNotFound() {
  const variants = Object.fromEntries(siteSegments().map(({ lang }) => [lang, <NotFoundContent key={lang} language={siteLanguage(lang)!} />]));
  return <BySiteSegment variants={variants} />;
}
