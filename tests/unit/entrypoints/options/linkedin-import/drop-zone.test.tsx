import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LinkedInImportSection } from '@/entrypoints/options/linkedin-import/linkedin-import-section';
import type { ImportOverview, WorkerRequest } from '@/entrypoints/options/linkedin-import/data-worker-protocol';

// The data worker (a real module Worker in the options page) reads the export; here it reports files holding no one.
const requests: WorkerRequest[] = [];
const overview = (files: File[]): ImportOverview => ({
  files: files.map((file) => ({ name: file.name, kind: 'unknown', rows: 0 })) as ImportOverview['files'],
  contacts: 0,
  touchpoints: 0,
  messageRows: 0,
  messageTouchpoints: 0,
  chunks: 0,
  skipped: 0,
  skippedByReason: {},
  ownProfileUrl: null,
  suggestions: [],
  recentConnections: [],
  endorsed: [],
});
vi.mock('@/entrypoints/options/linkedin-import/data-worker-client', () => ({
  dataWorker: () => ({
    request: async (request: WorkerRequest) => {
      requests.push(request);
      return { type: 'readExport', overview: overview((request as { files: File[] }).files) };
    },
  }),
}));

beforeEach(() => {
  requests.length = 0;
});

const exportFile = () => new File(['PK'], 'Complete_LinkedInDataExport.zip', { type: 'application/zip' });
const zone = () => screen.getByTestId('linkedin-drop-zone');

describe('the LinkedIn export drop zone', () => {
  it('imports files dropped on it, by the same path as the file input', async () => {
    render(<LinkedInImportSection />);
    const file = exportFile();
    expect(zone().textContent).toContain('Drop LinkedIn’s .zip');
    fireEvent.dragOver(zone(), { dataTransfer: { types: ['Files'], files: [file], dropEffect: 'none' } });
    expect(zone().className).toContain('dragging');
    expect(zone().textContent).toContain('Drop to import');
    fireEvent.drop(zone(), { dataTransfer: { types: ['Files'], files: [file] } });
    expect(await screen.findByText(/these files hold no one Rapport can import/)).toBeTruthy();
    expect(requests).toEqual([{ type: 'readExport', files: [file] }]);
    expect(zone().className).not.toContain('dragging');
  });

  it('ignores a drag of something that is not files (text, a link)', () => {
    render(<LinkedInImportSection />);
    fireEvent.dragOver(zone(), { dataTransfer: { types: ['text/plain'], files: [] } });
    expect(zone().className).not.toContain('dragging');
  });

  it('is reached with the keyboard: the file input inside it is focusable, described by the zone’s text, and imports the same way', async () => {
    const user = userEvent.setup();
    render(<LinkedInImportSection />);
    await user.tab();
    const input = screen.getByLabelText('Import LinkedIn data export') as HTMLInputElement;
    expect(document.activeElement).toBe(input);
    expect(zone().contains(input)).toBe(true);
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toContain('Drop LinkedIn’s .zip');
    const file = exportFile();
    await user.upload(input, file);
    await screen.findByText(/these files hold no one Rapport can import/);
    expect(requests).toEqual([{ type: 'readExport', files: [file] }]);
  });
});
