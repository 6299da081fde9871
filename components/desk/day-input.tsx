import type { InputHTMLAttributes } from 'react';
import { cn } from '@/components/ui/cn';
import { TextInput } from '@/components/ui/field';

/**
 * THE desk's date field, as the story form's: a text field in the newsroom's one format
 * (YYYY-MM-DD, a day of the newsroom's clock), never the browser's locale picker, wide
 * enough to show its placeholder whole.
 */
export function DayInput({ className, ...props }: Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & { id: string; invalid?: boolean }) {
  return (
    <TextInput
      type="text"
      placeholder="YYYY-MM-DD"
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      maxLength={10}
      className={cn('min-w-[8.5rem] tabular-nums', className)}
      {...props}
    />
  );
}
