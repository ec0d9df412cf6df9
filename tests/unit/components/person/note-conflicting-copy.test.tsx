import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NoteEditor } from '@/components/person/note-editor';
import type { Note } from '@/lib/model/schema';

/** Sync keeps both texts of a note edited on two computers at once; the kept copy says what it is. */

const note = (extra: Partial<Note> = {}): Note =>
  ({ id: 'note:b', contactId: 'in:jane-doe', body: 'Her pricing question', createdAt: '2026-12-01T09:00:00.000Z', updatedAt: '2026-12-01T09:00:00.000Z', ...extra }) as Note;

function renderEditor(stored: Note) {
  const noop = vi.fn();
  render(
    <ul>
      <NoteEditor noteId={stored.id} stored={stored} name="Jane Doe" save={vi.fn()} saveAsNew={vi.fn()} onDelete={noop} onUnsaved={noop} onDiscard={noop} />
    </ul>,
  );
}

describe('a note kept as a conflicting copy by sync', () => {
  it('says it is the text edited on another computer at the same time, and stays editable', () => {
    renderEditor(note({ conflictOf: 'note:a' }));
    expect(screen.getByText(/Conflicting copy: this text was edited on another computer/)).toBeTruthy();
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('Her pricing question');
  });

  it('an ordinary note says nothing of the kind', () => {
    renderEditor(note());
    expect(screen.queryByText(/Conflicting copy/)).toBeNull();
  });
});
