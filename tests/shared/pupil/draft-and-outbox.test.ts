import { describe, expect, it } from 'vitest';
import { KEEP_MINUTES, keepUntil, readDraft, type Draft } from '../../../shared/pupil/draft';
import { OUTBOX_DAYS, outboxUntil, readOutbox, submissionOf, type Queued } from '../../../shared/pupil/outbox';

const NOW = Date.UTC(2026, 10, 20, 10, 30);
const MINUTE = 60_000;
const draft: Draft = { id: 'a1b2', sid: 's1', step: 3, answers: { year: 9, belong: 0, gender: null }, comments: { better_place: 'clubs' }, until: keepUntil(NOW) };
const queued: Queued = { joinCode: 'AAA222BBB', submissionId: 'a1b2', language: 'ar', answers: { belong: 4 }, comments: {}, until: outboxUntil(NOW) };
const TODAY = NOW;

describe('readDraft', () => {
  it('reads back what was stored', () => {
    expect(readDraft(JSON.stringify(draft), TODAY)).toEqual(draft);
  });

  it('forgets a draft minutes after the last answer, not days: the next pupil on a shared tablet never meets it', () => {
    expect(KEEP_MINUTES).toBeLessThanOrEqual(60);
    expect(readDraft(JSON.stringify(draft), NOW + (KEEP_MINUTES - 1) * MINUTE)).toEqual(draft);
    expect(readDraft(JSON.stringify(draft), NOW + (KEEP_MINUTES + 1) * MINUTE)).toBeUndefined();
  });

  it('treats missing, damaged or wrongly shaped data as nothing stored', () => {
    expect(readDraft(null, TODAY)).toBeUndefined();
    expect(readDraft('{not json', TODAY)).toBeUndefined();
    expect(readDraft(JSON.stringify([draft]), TODAY)).toBeUndefined();
    expect(readDraft(JSON.stringify({ ...draft, step: '3' }), TODAY)).toBeUndefined();
    expect(readDraft(JSON.stringify({ ...draft, answers: { belong: { x: 1 } } }), TODAY)).toBeUndefined();
    expect(readDraft(JSON.stringify({ ...draft, comments: { better_place: 4 } }), TODAY)).toBeUndefined();
    expect(readDraft(JSON.stringify({ ...draft, until: undefined }), TODAY)).toBeUndefined();
  });
});

describe('readOutbox', () => {
  it('keeps live, well-formed entries and drops the rest', () => {
    const stale = { ...queued, submissionId: 'old', until: NOW - 1 };
    const broken = { ...queued, submissionId: 7 };
    expect(readOutbox(JSON.stringify([queued, stale, broken, 'x']), TODAY)).toEqual([queued]);
    expect(readOutbox('{}', TODAY)).toEqual([]);
    expect(readOutbox(null, TODAY)).toEqual([]);
  });
});

describe('the outbox', () => {
  it('keeps a finished response for days, waiting for a connection', () => {
    expect(readOutbox(JSON.stringify([queued]), NOW + (OUTBOX_DAYS * 24 - 1) * 60 * MINUTE)).toEqual([queued]);
    expect(readOutbox(JSON.stringify([queued]), NOW + (OUTBOX_DAYS * 24 + 1) * 60 * MINUTE)).toEqual([]);
  });
});

describe('submissionOf', () => {
  it('posts the submission only, not the day the device keeps it until', () => {
    expect(submissionOf(queued)).toEqual({ joinCode: 'AAA222BBB', submissionId: 'a1b2', language: 'ar', answers: { belong: 4 }, comments: {} });
  });
});
