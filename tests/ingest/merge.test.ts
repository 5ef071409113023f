import { describe, expect, it } from 'vitest';
import { mergeSidecar, type TextFacts } from '../../scripts/ingest/merge.ts';
import { TextProblem } from '../../scripts/ingest/types.ts';

const TEXT: TextFacts = {
  title: 'The provincial government signed the agreement with China Telec',
  titleBasis: 'heading',
  titleTruncated: true,
  publishedOn: { value: '2016-07-09', precision: 'day', basis: 'text', evidence: '2016/7/9' },
  signedOn: { value: '2016-07-08', precision: 'day', basis: 'inferred', evidence: '8 July' },
};

describe('mergeSidecar', () => {
  it('without a sidecar: the text facts, no editorial', () => {
    expect(mergeSidecar(TEXT, null)).toEqual({ ...TEXT, editorial: null, warnings: [] });
  });

  it('an agreement decision is recorded with its reason', () => {
    const merged = mergeSidecar(TEXT, {
      decidedBy: 'Archive editors',
      agreement: { sameAs: ['a.txt'], notSameAs: ['b.txt'], reason: { en: 'Same ceremony.' } },
    });
    expect(merged.editorial).toEqual({
      decidedBy: 'Archive editors',
      sameAgreementAs: ['a.txt'],
      notSameAgreementAs: ['b.txt'],
      notes: [{ field: 'agreement', reason: { en: 'Same ceremony.' } }],
    });
  });

  it('a sidecar date becomes a sidecar fact with its reason; a note records it', () => {
    const merged = mergeSidecar(TEXT, {
      decidedBy: 'Archive editors',
      signedOn: {
        value: '2016-07-07',
        precision: 'day',
        reason: { en: 'The ministry page dates it 7 July.' },
      },
    });
    expect(merged.signedOn).toEqual({
      value: '2016-07-07',
      precision: 'day',
      basis: 'sidecar',
      evidence: 'The ministry page dates it 7 July.',
    });
    // The text's date was only inferred: replacing it is no contradiction.
    expect(merged.warnings).toEqual([]);
    expect(merged.editorial).toEqual({
      decidedBy: 'Archive editors',
      notes: [{ field: 'signedOn', reason: { en: 'The ministry page dates it 7 July.' } }],
    });
  });

  it('contradicting a date read in the text keeps the sidecar and warns, naming both', () => {
    const merged = mergeSidecar(TEXT, {
      decidedBy: 'A',
      publishedOn: { value: '2016-07', precision: 'month', reason: { en: 'r' } },
    });
    expect(merged.publishedOn?.value).toBe('2016-07');
    expect(merged.warnings).toEqual([
      'publishedOn: the sidecar\'s 2016-07 replaces the text\'s 2016-07-09 ("2016/7/9")',
    ]);
  });

  it('agreeing with the text gives no warning', () => {
    const merged = mergeSidecar(TEXT, {
      decidedBy: 'A',
      publishedOn: { value: '2016-07-09', precision: 'day', reason: { en: 'Confirmed.' } },
    });
    expect(merged.warnings).toEqual([]);
    expect(merged.publishedOn?.basis).toBe('sidecar');
  });

  it('completeTitle replaces the title; titleTruncated stays as the text was', () => {
    const merged = mergeSidecar(TEXT, {
      decidedBy: 'A',
      completeTitle: {
        value: 'The full title with China Telecom',
        reason: { en: 'The heading breaks off.' },
      },
      title: { en: 'English', zh: '中文' },
      summary: { en: 'One. Two.', zh: '一。二。' },
      url: 'https://example.org/x',
    });
    expect(merged).toMatchObject({
      title: 'The full title with China Telecom',
      titleBasis: 'sidecar',
      titleTruncated: true,
    });
    expect(merged.editorial).toEqual({
      decidedBy: 'A',
      title: { en: 'English', zh: '中文' },
      summary: { en: 'One. Two.', zh: '一。二。' },
      url: 'https://example.org/x',
      notes: [{ field: 'title', reason: { en: 'The heading breaks off.' } }],
    });
  });

  it('a complete title that carries the heading on marks the heading truncated', () => {
    const heading: TextFacts = {
      ...TEXT,
      title: 'Wuzheng Group and China Mobile signed a 5G strategic cooperation',
      titleTruncated: false,
    };
    const extended = mergeSidecar(heading, {
      decidedBy: 'A',
      completeTitle: {
        value: 'Wuzheng Group and China Mobile signed a 5G strategic cooperation agreement',
        reason: { en: 'The heading lacks its noun.' },
      },
    });
    expect(extended.titleTruncated).toBe(true);

    const rewritten = mergeSidecar(heading, {
      decidedBy: 'A',
      completeTitle: { value: 'A different title altogether', reason: { en: 'Clearer.' } },
    });
    expect(rewritten.titleTruncated).toBe(false);
  });
});

describe('mergeSidecar: a date in the text that does not exist', () => {
  const problem = new TextProblem(
    'a date that does not exist: "2019年13月45日" (month 13, day 45)',
    '2019年13月45日',
  );
  const unread: TextFacts = { ...TEXT, publishedOn: null, signedOn: null, dateProblem: problem };
  const day = (value: string) => ({
    value,
    precision: 'day' as const,
    reason: { en: 'The notice says so.' },
  });

  it('is an error, with the words to locate, when the sidecar gives no date', () => {
    for (const sidecar of [null, { decidedBy: 'Archive editors' }]) {
      expect(() => mergeSidecar(unread, sidecar, 'r.yaml')).toThrow(
        /month 13, day 45\): give the dates in r\.yaml \(signedOn, publishedOn\)/u,
      );
    }
  });

  it('is a warning when the sidecar gives signedOn; publishedOn is left out, not guessed', () => {
    const merged = mergeSidecar(unread, { decidedBy: 'E', signedOn: day('2019-03-15') }, 'r.yaml');
    expect(merged.signedOn?.value).toBe('2019-03-15');
    expect(merged.publishedOn).toBeNull();
    expect(merged.warnings).toEqual([
      `the text's dates were not read (${problem.message}); the sidecar's signedOn stands, and publishedOn is left out (give it in r.yaml if the text states it)`,
    ]);
  });

  it('is a warning naming both when the sidecar gives both dates', () => {
    const merged = mergeSidecar(
      unread,
      { decidedBy: 'E', signedOn: day('2019-03-15'), publishedOn: day('2019-03-16') },
      'r.yaml',
    );
    expect(merged.warnings).toEqual([
      `the text's dates were not read (${problem.message}); the sidecar's publishedOn and signedOn stand`,
    ]);
  });
});
