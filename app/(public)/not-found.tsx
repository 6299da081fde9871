import { NotFoundContent } from '@/components/story/not-found-content';

/** Not found inside the public site: its header and sections are already around it. */
export default function PublicNotFound() {
  return <NotFoundContent />;
}
