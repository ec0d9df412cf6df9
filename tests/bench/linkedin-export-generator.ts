// Synthetic LinkedIn data export for benchmarks (invented people), in the 2024–2025 layout of tests/fixtures/linkedin-export/synthetic-export.ts.
import { strToU8, zipSync } from 'fflate';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const OWN = 'https://www.linkedin.com/in/bench-owner-000';
const DAY = 86_400_000;
const END = Date.parse('2026-11-20T18:00:00Z');

/** A deterministic pseudo-random sequence, so every run imports the same export. */
function random(seed: number) {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const url = (i: number) => `https://www.linkedin.com/in/person-${i}`;
const name = (i: number) => `Person${i} Bench`;
const utc = (time: number) => new Date(time).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');

/**
 * `connections` connections and `messages` message rows in conversations of
 * about eight messages spread over a few weeks, one in twenty of them a
 * group of three. Returns the CSV texts and the zip LinkedIn would send.
 */
export function generateExport(connections: number, messages: number) {
  const rand = random(7);
  const connectionLines = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let i = 0; i < connections; i++) {
    const date = new Date(END - Math.floor(rand() * 3000) * DAY);
    connectionLines.push(
      `Person${i},Bench,${url(i)},,"Company ${i % 311}, Inc",Role ${i % 97},${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`,
    );
  }
  const messageLines = ['CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER'];
  let conversation = 0;
  while (messageLines.length - 1 < messages) {
    conversation++;
    const people = [Math.floor(rand() * connections)];
    if (conversation % 20 === 0) people.push(Math.floor(rand() * connections));
    const start = END - Math.floor(rand() * 1500) * DAY;
    const length = 2 + Math.floor(rand() * 13);
    for (let m = 0; m < length && messageLines.length - 1 < messages; m++) {
      const at = start + Math.floor(rand() * 40 * DAY);
      const fromOwner = m % 2 === 1;
      const sender = fromOwner ? -1 : people[Math.floor(rand() * people.length)]!;
      const recipients = fromOwner ? people : [-1, ...people.filter((p) => p !== sender)];
      const who = (p: number) => (p === -1 ? 'Owner Bench' : name(p));
      const where = (p: number) => (p === -1 ? OWN : url(p));
      messageLines.push(
        [
          `conv-${conversation}`,
          people.length > 1 ? 'Group chat' : '',
          who(sender),
          where(sender),
          `"${recipients.map(who).join(', ')}"`,
          `"${recipients.map(where).join(',')}"`,
          utc(at),
          '',
          `"Message ${m} in conversation ${conversation}, about the project and next steps; talk soon."`,
          'INBOX',
        ].join(','),
      );
    }
  }
  const files = { 'Connections.csv': `${connectionLines.join('\n')}\n`, 'messages.csv': `${messageLines.join('\n')}\n` };
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([file, text]) => [file, strToU8(text)])), { level: 1 });
  return { files, zip };
}
