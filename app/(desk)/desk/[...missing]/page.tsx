import { notFound } from 'next/navigation';
import { requireViewer } from '../../require-viewer';

/** Any address under /desk with no page of its own (/desk/stories, a typo): the desk's own not-found page. */
export default async function MissingDeskPage({ params }: { params: Promise<{ missing: string[] }> }) {
  await requireViewer(`/desk/${(await params).missing.map(encodeURIComponent).join('/')}`);
  notFound();
}
