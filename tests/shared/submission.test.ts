import { describe, expect, it } from 'vitest';
import { checkAnswers, Submission } from '../../shared/submission';
import { secondarySurvey } from '../../shared/survey';

describe('checking answers against the survey', () => {
  it('accepts valid answers, nulls for "prefer not to say", and comments on text questions', () => {
    expect(checkAnswers(secondarySurvey, { answers: { year: 8, belong: 0, worried: null, gender: 'another' }, comments: { better_place: 'Clubs' } })).toEqual([]);
  });

  it('lists each bad field with a message a person can act on', () => {
    const errors = checkAnswers(secondarySurvey, {
      answers: { belong: 5, year: 6, nope: 1, gender: 'unknown', better_place: 'text here', friends: 2.5 },
      comments: { belong: 'x', anything_else: 'y'.repeat(1001) },
    });
    expect(errors).toEqual([
      { field: 'answers.belong', message: 'must be a whole number from 0 to 4, or null' },
      { field: 'answers.year', message: 'must be one of 7, 8, 9, 10, 11, 12, 13, or null' },
      { field: 'answers.nope', message: 'there is no question "nope" in this survey' },
      { field: 'answers.gender', message: 'must be one of girl, boy, another, or null' },
      { field: 'answers.better_place', message: '"better_place" is a free-text question; send its text in comments' },
      { field: 'answers.friends', message: 'must be a whole number from 0 to 4, or null' },
      { field: 'comments.belong', message: 'there is no free-text question "belong" in this survey' },
      { field: 'comments.anything_else', message: 'must be at most 1000 characters' },
    ]);
  });

  it('requires a UUID submissionId and a known language in the body', () => {
    const result = Submission.safeParse({ joinCode: 'X', submissionId: '123', language: 'fr', answers: {} });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['submissionId', 'language']);
  });
});
