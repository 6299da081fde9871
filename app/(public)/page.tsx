import { HomeListing } from '@/components/story/listing-pages';

// Served from Next's cache; publishing revalidates it at once, the timer is a safety net
// for what changes by the clock alone (an embargo lifting).
export const revalidate = 60;

export default function HomePage() {
  return <HomeListing />;
}
