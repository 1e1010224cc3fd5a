import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describePrecision, formatReportedDate, monthsCovering } from '../src/dates.js';

test('The months covering a span include both ends and cross years', () => {
  assert.deepEqual(monthsCovering('2023-11-14', '2024-02-01'), ['2023-11', '2023-12', '2024-01', '2024-02']);
});

test('Year and month bounds cover their whole interval', () => {
  const months = monthsCovering('2023', '2023');
  assert.equal(months.length, 12);
  assert.equal(months[0], '2023-01');
  assert.equal(months[11], '2023-12');
  assert.deepEqual(monthsCovering('2023-05', '2023-05'), ['2023-05']);
});

test('No coverage gives no months', () => {
  assert.deepEqual(monthsCovering(null, null), []);
});

test('A reported date is written at its own precision', () => {
  assert.equal(formatReportedDate({ value: '2023-11-17', precision: 'DAY' }), '17 November 2023');
  assert.equal(formatReportedDate({ value: '2023-11', precision: 'MONTH' }), 'November 2023');
  assert.equal(formatReportedDate({ value: '2023', precision: 'YEAR' }), '2023');
  assert.equal(formatReportedDate({ value: null, precision: 'UNKNOWN' }), 'date unknown');
  assert.equal(describePrecision({ value: '2023-11', precision: 'MONTH' }), 'month precision');
  assert.equal(describePrecision({ value: null, precision: 'UNKNOWN' }), '');
});
