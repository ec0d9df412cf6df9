import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CsvExportSection } from '@/entrypoints/options/backup/csv-export-section';
import type * as downloads from '@/lib/download';

// The data worker (a real Worker in the options page) builds the file: here it answers as the test says.
const worker = vi.hoisted(() => ({ request: vi.fn() }));
vi.mock('@/entrypoints/options/linkedin-import/data-worker-client', () => ({ dataWorker: () => worker }));
const download = vi.hoisted(() => ({ downloadText: vi.fn() }));
vi.mock('@/lib/download', async (importOriginal) => ({ ...(await importOriginal<typeof downloads>()), downloadText: download.downloadText }));

beforeEach(() => {
  worker.request.mockReset();
  download.downloadText.mockReset();
});

describe('CSV export: needs beside introductions and loops', () => {
  it('asks the worker for the needs in the user’s time zone, saves the file and says how many', async () => {
    worker.request.mockResolvedValue({ type: 'csv', text: '\uFEFFNeed,Status\r\nHire a data lead,open', rows: 2 });
    render(<CsvExportSection />);
    await userEvent.click(screen.getByRole('button', { name: 'Export needs (CSV)' }));
    expect(await screen.findByText('Saved 2 needs as CSV.')).toBeTruthy();
    expect(worker.request).toHaveBeenCalledWith({ type: 'exportCsv', table: 'needs', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
    expect(download.downloadText).toHaveBeenCalledWith(expect.stringMatching(/^rapport-needs-\d{4}-\d{2}-\d{2}\.csv$/), 'text/csv', '\uFEFFNeed,Status\r\nHire a data lead,open');
  });

  it('shows that it is preparing (buttons disabled), then the error in words when the export fails', async () => {
    let fail!: (error: Error) => void;
    worker.request.mockReturnValue(new Promise((_, reject) => (fail = reject)));
    render(<CsvExportSection />);
    await userEvent.click(screen.getByRole('button', { name: 'Export needs (CSV)' }));
    expect(screen.getByText('Preparing the CSV file…')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Export introductions (CSV)' }) as HTMLButtonElement).disabled).toBe(true);
    fail(new Error('The disk is full.'));
    expect((await screen.findByRole('alert')).textContent).toContain('The disk is full.');
    expect(download.downloadText).not.toHaveBeenCalled();
    expect((screen.getByRole('button', { name: 'Export needs (CSV)' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
