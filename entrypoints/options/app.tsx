import { useEffect } from 'react';
import { requestPersistentStorage } from '@/lib/storage/persist';
import { BackupSection } from './backup-section';
import './options.css';

export function App() {
  useEffect(() => void requestPersistentStorage(), []);
  return (
    <main className="options stack">
      <header>
        <h1>Rapport settings</h1>
        <p className="muted">Everything Rapport knows stays in this browser. Nothing is sent anywhere.</p>
      </header>
      <BackupSection />
    </main>
  );
}
