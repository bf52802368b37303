// Medians, units and the Markdown table the benchmark prints.

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const grouped = (value, digits = 0) => value.toLocaleString('en', {minimumFractionDigits: digits, maximumFractionDigits: digits});

export const ms = (value) => `${grouped(value, value < 10 ? 1 : 0)} ms`;
export const mb = (value) => `${grouped(value, 1)} MB`;
export const count = (value) => grouped(value);
export const cls = (value) => value.toFixed(3);
export const perMs = (value) => `${grouped(value, value < 100 ? 1 : 0)} partners/ms`;
export const ratio = (a, b) => (b > 0 ? `${grouped(a / b, a / b < 10 ? 2 : 1)}×` : '—');

/** A row: the figure's name and its cells; a failed figure says why in the widget's cell. */
export const row = (figure, widget = '', reference = '', times = '') => ({figure, widget, reference, ratio: times});
export const failedRow = (figure, error) => row(figure, `failed: ${reason(error)}`);
export const naRow = (figure, why) => row(figure, 'n/a', why);

/** An error in one line, without a stack or the automation library's call log. */
export const reason = (error) => String(error?.message ?? error).split('\n')[0].replace(/\s+/g, ' ').trim().slice(0, 200);

const cell = (text) => String(text).replace(/\|/g, '\\|');

export function markdown({title, machine, rows, notes}) {
  return [
    `# ${title}`,
    '',
    machine,
    '',
    '| figure | widget | reference | ratio |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${cell(r.figure)} | ${cell(r.widget)} | ${cell(r.reference)} | ${cell(r.ratio)} |`),
    '',
    ...notes,
    '',
  ].join('\n');
}
