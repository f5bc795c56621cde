import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, writeIcs } from '../../../electron/node/features/meetings/ics.js';

describe('the ICS writer', () => {
  it('escapes text values and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const long = 'DESCRIPTION:' + 'é'.repeat(100);
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(long);
  });

  it('writes one VEVENT with CRLF line ends', () => {
    const ics = writeIcs({
      uid: 'x@adviestafel',
      stamp: '2026-11-26T07:00:00.000Z',
      date: '2026-12-01',
      start: '13:00',
      end: '13:30',
      summary: 'Overleg',
      description: '',
      location: 'Zaal 3',
      url: '',
    });
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
    expect(ics).toContain('DTSTAMP:20261126T070000Z\r\n');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });
});
