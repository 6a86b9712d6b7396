/**
 * Plain-text tables for the CLI: left-aligned columns, the widest one shortened with "…" so a row
 * fits the terminal. No colours, so output stays readable when piped.
 */

/**
 * @example
 * formatTable(['id', 'status'], [['ev_1', 'scheduled']], 80);
 * // 'id    status\nev_1  scheduled'
 */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  maxWidth = 120,
): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const gap = 2;
  let total = widths.reduce((sum, width) => sum + width, 0) + gap * (widths.length - 1);
  while (total > maxWidth) {
    const widest = widths.indexOf(Math.max(...widths));
    const header = headers[widest] ?? '';
    if ((widths[widest] ?? 0) <= Math.max(8, header.length)) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
    total -= 1;
  }
  const cell = (text: string, width: number) =>
    text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text.padEnd(width);
  const line = (cells: readonly string[]) =>
    cells
      .map((text, column) => cell(text, widths[column] ?? 0))
      .join(' '.repeat(gap))
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n');
}
