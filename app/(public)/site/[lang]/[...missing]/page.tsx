import { notFound } from 'next/navigation';

/** Any other address on a language's site: not found, inside that site's header and sections. */
export default function MissingPage(): never {
  notFound();
}
