import { notFound } from 'next/navigation';
import type { Language } from '@/lib/stories/limits';
import { siteLanguage } from '@/lib/stories/public-paths';

/** The language of the site a page is on; a prefix the newsroom has no site for is not found. */
export async function pageLanguage(params: Promise<{ lang: string }>): Promise<Language> {
  return siteLanguage((await params).lang) ?? notFound();
}
