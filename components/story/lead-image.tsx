import { pictureOf, type ResponsiveImage } from '@/lib/assets/responsive';
import type { Crop } from '@/lib/assets/crops';

const LEAD_SIZES = '(min-width: 800px) 768px, 100vw';

/**
 * An uploaded image as a responsive `<picture>`: AVIF and WebP sources, the original
 * format as fallback, its width and height so the page keeps its box. The lead image
 * loads at once with high priority; every other one lazily.
 */
export function ResponsivePicture({
  image,
  crop = 'original',
  sizes = LEAD_SIZES,
  eager = false,
  alt,
  className,
}: {
  image: ResponsiveImage;
  crop?: Crop;
  sizes?: string;
  eager?: boolean;
  alt?: string;
  className?: string;
}) {
  const picture = pictureOf(image, crop);
  const loading = eager ? { loading: 'eager' as const, fetchPriority: 'high' as const } : { loading: 'lazy' as const, decoding: 'async' as const };
  // Renditions are ours (made by the job runner); next/image would need its optimizer and a client script.
  if (!picture)
    return (
      // eslint-disable-next-line @next/next/no-img-element
      <img
        src={`/media/${image.id}`}
        alt={alt ?? image.altText}
        width={image.width || undefined}
        height={image.height || undefined}
        className={className}
        {...loading}
      />
    );
  return (
    <picture>
      {picture.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcset} sizes={sizes} />
      ))}
      <img
        src={picture.img.src}
        srcSet={picture.img.srcset}
        sizes={sizes}
        alt={alt ?? image.altText}
        width={picture.img.width}
        height={picture.img.height}
        className={className}
        {...loading}
      />
    </picture>
  );
}

/** The story's lead image with its caption and credit. */
export function LeadImage({ image }: { image: ResponsiveImage }) {
  return (
    <figure className="lead-image my-6">
      <ResponsivePicture image={image} eager className="h-auto w-full rounded" />
      {image.caption || image.credit ? (
        <figcaption className="mt-2 text-sm text-slate-600">
          {image.caption}
          {image.caption && image.credit ? ' ' : null}
          {image.credit ? <span className="credit">Photo: {image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
