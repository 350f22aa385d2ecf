import * as z from 'zod';
import { CODE_ALPHABET, CODE_LENGTH, normaliseCode, ONCE_CODE_LENGTH } from './join-code';

export { CODE_ALPHABET, CODE_LENGTH, formatCode, normaliseCode, ONCE_CODE_LENGTH } from './join-code';

/** The things a council registers: localities, settings, survey rounds (waves) and join codes. */
export const Locality = z.enum(['north', 'central', 'south']);
export type Locality = z.infer<typeof Locality>;
export const LOCALITY_NAMES: Record<Locality, string> = { north: 'North', central: 'Central', south: 'South' };

export const Phase = z.enum(['primary', 'secondary', 'all-through', 'special', 'pru', 'post-16']);
export type Phase = z.infer<typeof Phase>;

export const Audience = z.enum(['primary', 'secondary']);
export type Audience = z.infer<typeof Audience>;

export const SettingId = z.string().regex(/^[a-z0-9-]{2,40}$/, 'setting ids are lower-case letters, digits and dashes');

export const Setting = z.object({
  id: SettingId,
  name: z.string().min(1).max(120),
  phase: Phase,
  locality: Locality,
  /** Which survey its pupils answer. */
  audience: Audience,
  /** The designated safeguarding lead pupils are told they can talk to, where the setting has named one. */
  safeguardingLead: z.string().min(1).max(80).optional(),
  /** Pupils on roll per year group, where the setting has entered them, for response rates. */
  roll: z.record(z.string().regex(/^\d{1,2}$/), z.number().int().nonnegative()).optional(),
});
export type Setting = z.infer<typeof Setting>;

export const WaveId = z.string().regex(/^[a-z0-9-]{2,40}$/, 'wave ids are lower-case letters, digits and dashes');
const IsoDate = z.iso.date();
const SurveyRef = z.object({ id: z.string(), version: z.number().int().positive() });

export const Wave = z.object({
  id: WaveId,
  title: z.string().min(1).max(120),
  /** draft → open → closed → published. Responses are taken only while open. */
  status: z.enum(['draft', 'open', 'closed', 'published']),
  opensOn: IsoDate,
  closesOn: IsoDate,
  /** The day it was closed, when that was before `closesOn` (closed early). */
  closedOn: IsoDate.optional(),
  /** The survey each audience answers in this wave, frozen by version. */
  surveys: z.object({ primary: SurveyRef, secondary: SurveyRef }),
  /**
   * The youth council's findings put to pupils in this wave ("Which of these should we work on
   * first?"), as they read when the ballot was set: the survey's question is built from this, so
   * it cannot change under pupils while the round is open (shared/respond/ballot.ts).
   */
  ballot: z
    .object({
      options: z
        .array(
          z.object({
            findingId: z.string().regex(/^f_[a-z0-9]{8}$/),
            text: z.string().min(1),
            translations: z.record(z.string(), z.string()).default({}),
          }),
        )
        .min(1)
        .max(5),
    })
    .optional(),
});
export type Wave = z.infer<typeof Wave>;

export const JoinCode = z
  .string()
  .transform(normaliseCode)
  .pipe(
    z
      .string()
      .regex(new RegExp(`^(?:[${CODE_ALPHABET}]{${CODE_LENGTH}}|[${CODE_ALPHABET}]{${ONCE_CODE_LENGTH}})$`), `a join code is ${CODE_LENGTH} or ${ONCE_CODE_LENGTH} letters and numbers`),
  );

