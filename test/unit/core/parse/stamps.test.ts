import { describe, expect, it } from 'vitest';
import { isDateStamp, stampDate, takeDatePrefix } from '../../../../lambdas/core/parse/stamps';
import { parseText } from '../../../support/parse-text';

describe('date-stamp lines (page furniture)', () => {
  it.each([
    ['Posted on Wed Oct 22, 2014 07:15 AM PDT', '2014-10-22'],
    ['UPDATED 05/04/2013 at 10:30 AM EDT', '2013-05-04'],
    ['11/30/09 05:40 PM ET', '2009-11-30'],
    ['Friday, June 7, 2013', '2013-06-07'],
    ['published: 2012-04-04 11:47:35', '2012-04-04'],
    ['updated 6:12 p. m. EST, Mon Feb 16, 2015', '2015-02-16'],
    ['6 October 2013, 17:42 (GMT+05:00)', '2013-10-06'],
    ['Sunday, March 17, 2013 | 5:00 PM', '2013-03-17'],
    ['August 7, 2012-5:46 pm', '2012-08-07'],
    // A day written with dots, as European pages do, is day first.
    ['13.12.2008', '2008-12-13'],
    ['4. 3. 2011', '2011-03-04'],
    ['Published 04.03.2011 09:15', '2011-03-04'],
  ])('%s is a stamp of %s', (line, day) => {
    expect(isDateStamp(line)).toBe(true);
    expect(stampDate(line)?.slice(0, 10)).toBe(day);
  });

  it.each([
    'She was 91.',
    'The 2008 telecast drew viewers',
    'In 2007.',
    'Thursday, the council met',
    'Version 2.1.2008 shipped.',
    'Prices rose 4.3 percent.',
  ])('%s is story text', (line) => {
    expect(isDateStamp(line)).toBe(false);
  });

  it('takes a crawler date off the front of a headline, day first when it cannot be a month', () => {
    expect(takeDatePrefix('27/09/2013-Harbour board to vote on new pier')).toEqual({
      rest: 'Harbour board to vote on new pier',
      date: '2013-09-27',
    });
    expect(takeDatePrefix('Harbour board to vote on 27/09/2013')).toBeNull();
  });

  it('keeps stamps out of the body and out of the headline, and reads the publication day from them', async () => {
    const text =
      'Friday, June 7, 2013\n\nHarbour pool reopens after storm repairs\n\nThe town pool reopened on Thursday after weeks of repairs, the council said.\n';
    const parsed = await parseText(text);
    expect(parsed.body).not.toContain('June 7, 2013');
    expect(parsed.meta.headline.map((h) => h.value)).toEqual(['Harbour pool reopens after storm repairs']);
    expect(parsed.meta.published.map((p) => p.value)).toContain('2013-06-07');
  });

  it.each([
    ['Posted 3 weeks ago [saved on 9 May 2016]', []],
    ['Posted 2 years, 40 days ago [downloaded on 11 June 2015]', []],
    ['Published: 4 March 2011 (archived on 2 April 2014)', ['2011-03-04']],
  ])('drops the saved page stamp %j and reads only the day it was posted: %j', async (stamp, days) => {
    const parsed = await parseText(
      `Harbour pool reopens\n\n${stamp}\n\nThe town pool reopened on Thursday, the council said.\n`,
    );
    expect(parsed.body).not.toContain(stamp);
    expect(parsed.meta.published.map((p) => p.value.slice(0, 10))).toEqual(days);
  });
});
