import * as z from 'zod';
import { Audience, Locality, SettingId, WaveId } from '../catalog';
import { Language } from '../survey/schema';

/**
 * Listen and respond: the youth council's findings from a round's results, the council's and
 * settings' answers to them ("You said, we did"), the youth council's verdict on each answer,
 * and the pupils' vote on priorities. Pure zod: the API validates with these and the web app
 * reads their types.
 *
 * Words and limits are for the people who write them: the youth council writes findings in its
 * own words; the council and settings write for pupils aged 8 to 18 (checked for reading ease
 * and for anything that could identify someone before it is published, see text-checks.ts).
 */

/** `f_` then 8 lower-case letters or digits: also a ballot option id, so it fits a tally key. */
export const FindingId = z.string().regex(/^f_[a-z0-9]{8}$/, 'a finding id is f_ then 8 letters or digits');
/** `y_` then 8 lower-case letters or digits: a setting's own "You said, we did" entry. */
export const EntryId = z.string().regex(/^y_[a-z0-9]{8}$/, 'an entry id is y_ then 8 letters or digits');

export const LIMITS = {
  finding: 160,
  note: 280,
  youSaid: 160,
  weWill: 400,
  weDid: 400,
  reason: 400,
  responsible: 80,
  update: 280,
  verdictComment: 200,
  ballot: 5,
  /** One translation of any of the texts above: room for languages that take more words than English. */
  translation: 600,
} as const;

const text = (max: number, what: string) =>
  z.string().trim().min(1, `${what} is empty`).max(max, `${what} must be ${max} characters or fewer`);

/** Optional translations of one text, by language; English is the text itself. All are drafts until reviewed. */
export const Translations = z.partialRecord(Language.exclude(['en']), text(LIMITS.translation, 'a translation'));
export type Translations = z.infer<typeof Translations>;

/** The city, or one of its three localities. */
export const CityScope = z.union([z.literal('city'), Locality]);
export type CityScope = z.infer<typeof CityScope>;

/**
 * What a finding (or a setting's entry) points at in a round's report: a theme or a question.
 * For the city: a theme of the city or of one locality, or a question of the city (the city
 * report has no question results by locality). For a setting: a theme or question of the whole
 * setting. Which survey: the report has one section per survey (primary, secondary).
 */
export const EvidenceRef = z.object({
  waveId: WaveId,
  audience: Audience,
  kind: z.enum(['theme', 'question']),
  /** A ThemeId, or a question id of that survey. */
  id: z.string().regex(/^[a-z][a-z0-9_]{0,31}$/),
});
export type EvidenceRef = z.infer<typeof EvidenceRef>;

export const CityEvidenceRef = EvidenceRef.extend({
  scope: CityScope,
  /** A comment topic of the city, with its count, beside the figure (optional). */
  topic: z.string().regex(/^[a-z-]{2,40}$/).optional(),
});
export type CityEvidenceRef = z.infer<typeof CityEvidenceRef>;

/**
 * The figure a finding quotes, copied from the suppressed report when it was cited: % favourable
 * (pupils choosing the top two answers, once oriented so higher is better) of `n` pupils.
 * A hidden figure can never be cited (422 `evidence.hidden`).
 */
export const Figure = z.object({
  /** Words for staff: "Belonging, North" or "I feel I belong at my school, City". */
  label: z.string(),
  favourable: z.number().min(0).max(100),
  n: z.number().int().positive(),
});
export type Figure = z.infer<typeof Figure>;

export const CityEvidence = CityEvidenceRef.extend({
  figure: Figure,
  topicCount: z.object({ label: z.string(), count: z.number().int().nonnegative() }).optional(),
});
export type CityEvidence = z.infer<typeof CityEvidence>;

export const SettingEvidence = EvidenceRef.extend({ figure: Figure });
export type SettingEvidence = z.infer<typeof SettingEvidence>;

// ——— Findings (youth council) ———

export const FindingStatus = z.enum(['draft', 'agreed']);
export const FindingNote = z.object({ at: z.string(), by: z.string(), text: z.string() });
export type FindingNote = z.infer<typeof FindingNote>;

export const Finding = z.object({
  id: FindingId,
  /** The round whose results it comes from (closed or published). */
  waveId: WaveId,
  text: z.string(),
  translations: Translations.default({}),
  evidence: CityEvidence,
  status: FindingStatus,
  /** Youth-council members' short notes while they discuss it; never shown to pupils. */
  notes: z.array(FindingNote),
  createdOn: z.iso.date(),
  agreedOn: z.iso.date().optional(),
  version: z.number().int().nonnegative(),
});
export type Finding = z.infer<typeof Finding>;

export const NewFinding = z.object({ text: text(LIMITS.finding, 'the finding'), translations: Translations.optional(), evidence: CityEvidenceRef });
export const FindingChanges = z.object({ text: text(LIMITS.finding, 'the finding'), translations: Translations, evidence: CityEvidenceRef }).partial();
export const NewNote = z.object({ text: text(LIMITS.note, 'the note') });

/** Put to pupils in a draft round: "Which of these should we work on first?" (1 to 5 agreed findings). */
export const Ballot = z.object({ findingIds: z.array(FindingId).min(1).max(LIMITS.ballot) });
export type Ballot = z.infer<typeof Ballot>;

/** One youth-council member's own order of a round's ballot, first = most important. */
export const Ranking = z.object({ order: z.array(FindingId).min(1).max(LIMITS.ballot) });

// ——— Answers ("You said, we did") ———

/** In children's words (words.ts): Looking into it / Doing it / Done / We can't do this. */
export const AnswerStatus = z.enum(['looking', 'doing', 'done', 'cannot']);
export type AnswerStatus = z.infer<typeof AnswerStatus>;

/** What the council or a setting says back: We will → We did, who, by when, how far. */
export const AnswerFields = z
  .object({
    weWill: text(LIMITS.weWill, '"We will"'),
    weDid: text(LIMITS.weDid, '"We did"').optional(),
    /** An organisation or team, never a person: "Youth Service", "Oakwood High School council". */
    responsible: text(LIMITS.responsible, 'who is responsible'),
    dueOn: z.iso.date('dates are written 2027-03-31'),
    status: AnswerStatus,
    /** Required, and only allowed, when the status is "We can't do this". */
    reason: text(LIMITS.reason, 'the reason').optional(),
    progress: z.number().int().min(0).max(100),
    translations: z
      .object({ weWill: Translations, weDid: Translations, reason: Translations, youSaid: Translations })
      .partial()
      .optional(),
  })
  .superRefine((a, ctx) => {
    if (a.status === 'cannot' && !a.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'say why it cannot be done: pupils deserve a reason' });
    }
    if (a.status !== 'cannot' && a.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a reason is only for "We can\'t do this"' });
    if (a.status === 'done' && !a.weDid) ctx.addIssue({ code: 'custom', path: ['weDid'], message: 'say what was done' });
  });
export type AnswerFields = z.infer<typeof AnswerFields>;

/** A dated update, shown to pupils from `showOn` (so it can be written ahead and appear on the day). */
export const AnswerUpdate = z.object({ id: z.string(), text: z.string(), showOn: z.iso.date(), writtenOn: z.iso.date() });
export type AnswerUpdate = z.infer<typeof AnswerUpdate>;
export const NewUpdate = z.object({ text: text(LIMITS.update, 'the update'), showOn: z.iso.date('dates are written 2027-03-31') });

/**
 * What is published, as stored: the answer, and for a setting's own entry also what its pupils
 * said and the figure it cites (so a change to those is a change pupils are told about too).
 */
export type AnswerContent = AnswerFields & { youSaid?: string; evidence?: SettingEvidence };

/** An earlier published version, kept when a published answer is changed: nothing is silently rewritten. */
export const Revision = z.object({ on: z.iso.date(), fields: z.custom<AnswerContent>() });
export type Revision = z.infer<typeof Revision>;

export const VerdictValue = z.enum(['good-enough', 'not-yet']);
export const Verdict = z.object({
  verdict: VerdictValue,
  /** Public, short, the youth council's own words. */
  comment: z.string(),
  /** Sent back to the council to do better. */
  sentBack: z.boolean(),
  on: z.iso.date(),
  /** The day of the published version it judged. */
  aboutVersionOn: z.iso.date(),
  /** Which publication it judged (1 = the first): a later one leaves it "about an earlier version", even on the same day. */
  aboutPublication: z.number().int().positive(),
});
export type Verdict = z.infer<typeof Verdict>;

/** Whether an answer has been published again since the youth council judged it. */
export const verdictIsAboutEarlier = (a: { verdict?: Verdict; revisions: readonly unknown[] }) =>
  Boolean(a.verdict && a.verdict.aboutPublication !== a.revisions.length + 1);
export const NewVerdict = z.object({ verdict: VerdictValue, comment: text(LIMITS.verdictComment, 'the comment'), sendBack: z.boolean().default(false) });

/** What an answer holds, for the council's answers and a setting's own alike. */
const Answered = {
  /** The writer's working copy, as last saved. */
  fields: z.custom<AnswerContent>(),
  /** What pupils see: the version last published (absent until then). */
  published: z.custom<AnswerContent>().optional(),
  firstPublishedOn: z.iso.date().optional(),
  publishedOn: z.iso.date().optional(),
  /** The working copy differs from what pupils see (or nothing is published yet). */
  unpublishedChanges: z.boolean(),
  /** Earlier published versions, oldest first. */
  revisions: z.array(Revision),
  updates: z.array(AnswerUpdate),
  version: z.number().int().nonnegative(),
};

/** The council's answer to a city finding. */
export const CityAnswer = z.object({ findingId: FindingId, ...Answered, verdict: Verdict.optional() });
export type CityAnswer = z.infer<typeof CityAnswer>;

/**
 * A setting's own "You said, we did": what its pupils said (`fields.youSaid`, optionally citing
 * its own report in `fields.evidence`) and its answer.
 */
export const SettingEntry = z.object({ id: EntryId, settingId: SettingId, ...Answered });
export type SettingEntry = z.infer<typeof SettingEntry>;
export const NewSettingEntry = z.object({
  youSaid: text(LIMITS.youSaid, '"You said"'),
  evidence: EvidenceRef.optional(),
  answer: AnswerFields,
});
export const SettingEntryChanges = z.object({ youSaid: text(LIMITS.youSaid, '"You said"'), evidence: EvidenceRef.nullable(), answer: AnswerFields }).partial();
