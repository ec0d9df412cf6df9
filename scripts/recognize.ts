// The recognizer CLI for maintainers: runs Rapport's lib/linkedin recognition on a
// saved LinkedIn page and prints exactly one JSON object: { page, profile, posts }.
//
//   npm run --silent recognize -- --url <page-url> <file.html>
//   npm run --silent recognize -- --explain --url <page-url> <file.html>
//
// --explain prints, instead of the JSON, which rule or selector produced each
// field (and which were tried and rejected), from the recognizer's own trace.
//
// The page is parsed with linkedom (a fast, dependency-light DOM); the recognition
// code is the very code the content script runs in the browser.
import { readFileSync } from 'node:fs';
import { parseSavedPage } from './recognize/parse-saved-page';
import { explainPage } from './recognize/explain';
import { recognizeSavedPage } from './recognize/run';

const USAGE = 'Usage: npm run --silent recognize -- [--explain] --url <page-url> <file.html>';

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function parseArgs(argv: string[]): { url: string; file: string; explain: boolean } {
  let url: string | undefined;
  let explain = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url') url = argv[++i];
    else if (arg === '--explain') explain = true;
    else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg === '--help' || arg === '-h') fail(USAGE, 0);
    else if (arg.startsWith('-')) fail(`Unknown option ${arg}.\n${USAGE}`, 2);
    else files.push(arg);
  }
  if (!url) fail(`Missing --url: the address the page was saved from decides what kind of page it is.\n${USAGE}`, 2);
  if (files.length !== 1) fail(`Give exactly one saved page (.html).\n${USAGE}`, 2);
  try {
    new URL(url);
  } catch {
    fail(`“${url}” is not a URL. Pass the full address, e.g. https://www.linkedin.com/in/jane-doe/.`, 2);
  }
  return { url, file: files[0]!, explain };
}

const { url, file, explain } = parseArgs(process.argv.slice(2));
let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (error) {
  fail(`Cannot read ${file}: ${(error as Error).message}`);
}
if (explain) {
  process.stdout.write(explainPage(parseSavedPage(html), url));
  process.exit(0);
}
let output;
try {
  output = recognizeSavedPage(html, url);
} catch (error) {
  fail((error as Error).message);
}
process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
