'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';

/**
 * The admin pages in one "Admin" menu at the end of the desk's navigation, so the
 * places used all day stay on one line. A disclosure: the button says whether it is
 * open, Escape and a click elsewhere close it, and so does choosing a page.
 */
export function AdminMenu({ links }: { links: { href: string; label: string }[] }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onClick = (event: MouseEvent) => {
      if (!box.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('mousedown', onClick);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mousedown', onClick);
    };
  }, [open]);
  const here = links.some((link) => pathname.startsWith(link.href));
  return (
    <div ref={box} className="relative shrink-0">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((was) => !was)}
        className={`rounded px-2 py-1 text-sm hover:bg-slate-100 ${here ? 'font-semibold text-slate-900' : 'text-slate-700'}`}
      >
        Admin <span aria-hidden="true">▾</span>
      </button>
      <ul id={id} hidden={!open} className="absolute right-0 z-40 mt-1 min-w-44 rounded-md border border-slate-200 bg-white py-1 shadow-lg">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} onClick={() => setOpen(false)} className="block px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
