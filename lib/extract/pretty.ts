import type { Annotation, FigureValue } from './types.ts';

/** Plain words for a normalised figure value, as the --pretty table and the hover card show it. */
export function describeValue(v: FigureValue): string {
  const n = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 3 });
  switch (v.type) {
    case 'percent':
      return 'value' in v ? `${n(v.value)} %` : `${n(v.min)}–${n(v.max)} %`;
    case 'points':
      return `${n(v.value)} percentage points`;
    case 'money':
      return v.max !== undefined ? `${n(v.amount)}–${n(v.max)} ${v.currency}` : `${n(v.amount)} ${v.currency}`;
    case 'quantity':
      return `${n(v.amount)}${v.max !== undefined ? `–${n(v.max)}` : ''}${v.unit ? ` ${v.unit}` : ''}`;
    case 'date':
      return v.iso;
    default:
      return `${n(v.amount)} ${v.unit}`;
  }
}

/** A readable table of an annotation for the terminal. */
export function formatTable(a: Annotation): string {
  const rows = a.mentions.map((m) => [
    String(m.start).padStart(6),
    m.kind.padEnd(7),
    JSON.stringify(m.text).slice(0, 40).padEnd(40),
    m.kind === 'figure' ? `${describeValue(m.value)}${m.about ? `  (about ${m.about})` : ''}` : `${m.name} [${m.id}]`,
  ].join('  '));
  return [`language: ${a.language}   relevant: ${a.relevant}   mentions: ${a.mentions.length}`, '', ...rows].join('\n');
}
