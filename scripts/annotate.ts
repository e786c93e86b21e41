/**
 * Command-line annotator: prints the JSON of ../shared/DESIGN.md for a .txt or .html file.
 *   npm run -s annotate -- FILE [--lang de|en] [--pretty]
 * With no FILE it annotates the bundled sample article. Expected problems end in a one-line error, exit 1.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotate } from '../lib/extract/index.ts';
import type { Annotation, Language } from '../lib/extract/types.ts';
import { htmlToText } from '../lib/html-text.ts';
import { formatTable } from '../lib/extract/pretty.ts';

const MAX_BYTES = 200 * 1024 * 1024;
const here = dirname(fileURLToPath(import.meta.url));
const SAMPLE = join(here, 'sample-article.txt');

class UsageError extends Error {}

function parseArgs(argv: string[]): { file: string; lang?: Language; pretty: boolean } {
  let file: string | undefined;
  let lang: Language | undefined;
  let pretty = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--pretty') pretty = true;
    else if (a === '--lang') {
      const v = argv[++i];
      if (v !== 'de' && v !== 'en') throw new UsageError(`--lang takes "de" or "en", not ${JSON.stringify(v ?? '')}`);
      lang = v;
    } else if (a === '--help' || a === '-h') {
      throw new UsageError('usage: npm run -s annotate -- [FILE.txt|FILE.html] [--lang de|en] [--pretty]');
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (file) throw new UsageError('give one file at a time');
    else file = a;
  }
  return { file: file ?? SAMPLE, lang, pretty };
}

function readText(file: string): string {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new UsageError(`${file} is a directory, not a file`);
    size = st.size;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`cannot read ${file}: no such file`);
  }
  if (size > MAX_BYTES) throw new UsageError(`${file} is ${(size / 1048576).toFixed(0)} MB; the annotator reads at most ${MAX_BYTES / 1048576} MB`);
  const buf = readFileSync(file);
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) throw new UsageError(`${file} looks binary (it has NUL bytes); give a .txt or .html file`);
  const text = buf.toString('utf8');
  // Many replacement characters mean the file is not UTF-8 text.
  const sample = text.slice(0, 20000);
  const bad = sample.split('\ufffd').length - 1;
  if (bad > 8 && bad > sample.length / 200) throw new UsageError(`${file} is not UTF-8 text`);
  const ext = extname(file).toLowerCase();
  const isHtml = ext === '.html' || ext === '.htm' || (ext !== '.txt' && /^\s*(?:<!doctype html|<html)/i.test(sample));
  return isHtml ? htmlToText(text) : text;
}

function main(): void {
  const { file, lang, pretty } = parseArgs(process.argv.slice(2));
  const text = readText(file);
  const result: Annotation = annotate(text, lang ? { lang } : {});
  if (pretty) process.stdout.write(formatTable(result) + '\n');
  else writeJson(result);
}

/** The same JSON as JSON.stringify(result), written in pieces so that a 50 MB article never builds one huge string. */
function writeJson(result: Annotation): void {
  let chunk = `{"language":${JSON.stringify(result.language)},"relevant":${result.relevant},"mentions":[`;
  result.mentions.forEach((m, i) => {
    chunk += (i ? ',' : '') + JSON.stringify(m);
    if (chunk.length > 1 << 20) {
      process.stdout.write(chunk);
      chunk = '';
    }
  });
  process.stdout.write(chunk + ']}\n');
}

try {
  main();
} catch (err) {
  const msg = err instanceof UsageError ? err.message : `unexpected error: ${(err as Error)?.message ?? String(err)}`;
  process.stderr.write(`annotate: ${msg}\n`);
  process.exitCode = 1;
}
