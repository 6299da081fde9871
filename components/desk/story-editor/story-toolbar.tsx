import { Button } from '@/components/ui/button';
import type { WorkflowAction } from '@/lib/stories/workflow';
import type { SaveState } from '../collab/use-save-state';
import { SaveStatusText } from './save-status';
import { ShortcutsDialog } from './shortcuts-dialog';
import { WorkflowButtons } from './workflow-buttons';

type Props = {
  helpOpen: boolean;
  onHelpOpenChange: (open: boolean) => void;
  readOnly: boolean;
  save: SaveState;
  onSave: () => void;
  moves: WorkflowAction[];
  busy: boolean;
  timeZone: string;
  onMove: (action: WorkflowAction, note?: string, at?: Date) => Promise<boolean>;
};

/** The bar over the form: where the text stands, Save, and the workflow moves. */
export function StoryToolbar({ helpOpen, onHelpOpenChange, readOnly, save, onSave, moves, busy, timeZone, onMove }: Props) {
  return (
    <div
      data-testid="story-toolbar"
      className="story-toolbar sticky top-0 z-10 flex flex-wrap items-center gap-3 border-b border-slate-200 bg-slate-50 py-2 shadow-sm"
    >
      {readOnly ? (
        <p role="status" data-testid="save-status" className="text-sm font-medium text-slate-700">
          Read-only
        </p>
      ) : (
        <SaveStatusText save={save} />
      )}
      <div className="ml-auto flex flex-wrap gap-2">
        <ShortcutsDialog open={helpOpen} onOpenChange={onHelpOpenChange} />
        {readOnly ? null : (
          <Button variant="secondary" aria-keyshortcuts="Control+S Meta+S" onClick={onSave} disabled={save.status === 'opening' || busy}>
            Save
          </Button>
        )}
        <WorkflowButtons actions={moves.filter((a) => a !== 'edit')} busy={busy} timeZone={timeZone} onAction={onMove} />
      </div>
    </div>
  );
}
