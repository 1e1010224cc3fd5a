// Months and reported dates as the page shows them. A date is an interval at its precision: `2023-11` is the
// whole of November 2023, so the timeline moves in whole months and labels say what precision a source gave.

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const longMonthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function monthOf(partialDate, endOfYear) {
  if (partialDate.length >= 7) return partialDate.slice(0, 7);
  return `${partialDate.slice(0, 4)}-${endOfYear ? '12' : '01'}`;
}

/** Every month from the one holding `earliest` to the one holding `latest`, as `YYYY-MM`. */
export function monthsCovering(earliest, latest) {
  if (!earliest || !latest) return [];
  const first = monthOf(earliest, false);
  const last = monthOf(latest, true);
  const months = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (let key = first; key <= last; key = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(key);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

function utc(partialDate) {
  const [year, month = '01', day = '01'] = partialDate.split('-');
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

/** `2023-11` as "Nov 2023". */
export function formatMonth(month) {
  return monthFormat.format(utc(month));
}

export function formatLongMonth(month) {
  return longMonthFormat.format(utc(month));
}

const precisionWords = { DAY: 'day', MONTH: 'month', YEAR: 'year' };

/** A ReportedDate at its own precision: "14 November 2023", "November 2023", "2023" or "date unknown". */
export function formatReportedDate(date) {
  if (!date || !date.value || date.precision === 'UNKNOWN') return 'date unknown';
  switch (date.precision) {
    case 'DAY': return dayFormat.format(utc(date.value));
    case 'MONTH': return longMonthFormat.format(utc(date.value));
    default: return date.value.slice(0, 4);
  }
}

/** The precision in words, e.g. "month precision", or "" when the date is unknown. */
export function describePrecision(date) {
  const word = date && precisionWords[date.precision];
  return word ? `${word} precision` : '';
}
