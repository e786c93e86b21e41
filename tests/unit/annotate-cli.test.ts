import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const cli = join(root, 'scripts', 'annotate.ts');
const dir = mkdtempSync(join(tmpdir(), 'chiplens-cli-'));

async function annotate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args], { cwd: root, maxBuffer: 256 << 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function expectOneLineError(r: { code: number; stdout: string; stderr: string }, pattern: RegExp) {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('command-line annotator', { timeout: 60_000 }, () => {
  it('annotates the bundled sample without arguments', async () => {
    const r = await annotate();
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.language).toBe('de');
    expect(out.relevant).toBe(true);
    expect(out.mentions.some((m: { id?: string }) => m.id === 'nvidia-h20')).toBe(true);
  });

  it('prints JSON whose offsets index the .txt file', async () => {
    const text = 'Nvidias H20 kostet 13,5 Milliarden US-Dollar.';
    const file = join(dir, 'a.txt');
    writeFileSync(file, text);
    const out = JSON.parse((await annotate(file)).stdout);
    for (const m of out.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(out.mentions.map((m: { kind: string }) => m.kind)).toEqual(['company', 'chip', 'figure']);
  });

  it('prints what a figure measures where its clause says, and leaves it out where not', async () => {
    const text = 'Nvidia took a $5.5 billion charge. Der Umsatz stieg auf 9,8 Milliarden Euro. A 12% levy applies.';
    const file = join(dir, 'measure.txt');
    writeFileSync(file, text);
    const out = JSON.parse((await annotate(file, '--lang', 'en')).stdout);
    const figures = out.mentions.filter((m: { kind: string }) => m.kind === 'figure');
    expect(figures.map((m: { text: string; measure?: string }) => [m.text, m.measure ?? null])).toEqual([
      ['$5.5 billion', 'charge'],
      ['9,8 Milliarden Euro', 'revenue'],
      ['12%', null],
    ]);
  });

  it('reads HTML without scripts, styles or ignored parts', async () => {
    const file = join(dir, 'p.html');
    writeFileSync(
      file,
      '<html><head><script>var AMD=1</script><style>.TSMC{}</style></head><body><p>Nvidia&#8217;s H20 costs $5&nbsp;billion.</p>' +
        '<div data-chiplens-ignore><p>Intel Gaudi 3</p></div><script>alert("SMIC")</script></body></html>',
    );
    const out = JSON.parse((await annotate(file)).stdout);
    expect(out.mentions.map((m: { text: string }) => m.text)).toEqual(['Nvidia', 'H20', '$5\u00a0billion']);
  });

  it('--pretty prints a table', async () => {
    const r = await annotate('--pretty');
    expect(r.stdout).toMatch(/^language: de {3}relevant: true/);
    expect(r.stdout).toMatch(/chip +"H20" +Nvidia H20 \[nvidia-h20\]/);
  });

  it('--lang overrides detection', async () => {
    const file = join(dir, 'n.txt');
    writeFileSync(file, 'Nvidia sold 1.500 GPUs.');
    const en = JSON.parse((await annotate(file, '--lang', 'en')).stdout);
    const de = JSON.parse((await annotate(file, '--lang', 'de')).stdout);
    expect(en.mentions.at(-1).value.amount).toBe(1.5);
    expect(de.mentions.at(-1).value.amount).toBe(1500);
  });

  it('an empty file gives an empty, valid result', async () => {
    const file = join(dir, 'empty.txt');
    writeFileSync(file, '');
    expect(JSON.parse((await annotate(file)).stdout)).toEqual({ language: 'en', relevant: false, mentions: [] });
  });

  it('bad input gets one clear line, never a stack trace', async () => {
    expectOneLineError(await annotate(join(dir, 'missing.txt')), /no such file/);
    expectOneLineError(await annotate(dir), /is a directory/);
    const bin = join(dir, 'b.dat');
    writeFileSync(bin, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 0xff, 0xfe]));
    expectOneLineError(await annotate(bin), /looks binary/);
    expectOneLineError(await annotate('--lang', 'fr'), /--lang takes "de" or "en"/);
    expectOneLineError(await annotate('--frobnicate'), /unknown option/);
  });

  it('a 50 MB file is annotated', async () => {
    // Mostly ordinary prose with a chip paragraph now and then, as a long page or a text dump would be.
    const plain = 'Das Wetter war gut, und die Straßen waren voll mit Menschen, die ihren Sonntag genossen. '.repeat(40);
    const chips = 'Nvidias H20 und der Ascend 910C von Huawei: Cambricon stieg um 9,87 %, SMIC um 20 %.\n';
    const block = plain + '\n' + chips;
    const file = join(dir, 'big.txt');
    writeFileSync(file, block.repeat(Math.ceil((50 * 1024 * 1024) / block.length)));
    const r = await annotate(file);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.relevant).toBe(true);
    expect(out.mentions.length).toBeGreaterThan(100_000);
  });
});
