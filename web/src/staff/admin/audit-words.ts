import type { AuditEntry } from './api';
import { formatCode } from '../../../../shared/join-code';

/** Audit actions (method and route) in plain words; anything not listed shows as recorded. */
const ACTIONS: [RegExp, string][] = [
  [/^GET \/api\/me$/, 'Opened Heard'],
  [/^GET \/api\/reports\/settings\/:settingId$/, "Viewed a setting's report"],
  [/^GET \/api\/reports\/settings\/:settingId\/comments$/, "Read a setting's comments"],
  [/^GET \/api\/reports\/settings\/:settingId\/export\.csv$/, "Downloaded a setting's report"],
  [/^GET \/api\/reports\/city$/, 'Viewed the city report'],
  [/^GET \/api\/reports\/city\/export\.csv$/, 'Downloaded the city report'],
  [/^GET \/api\/admin\/waves$/, 'Listed rounds'],
  [/^POST \/api\/admin\/waves$/, 'Created a round'],
  [/^PATCH \/api\/admin\/waves\/:waveId$/, 'Changed a round'],
  [/^GET \/api\/admin\/waves\/:waveId\/join-codes$/, 'Listed join codes'],
  [/^POST \/api\/admin\/waves\/:waveId\/join-codes$/, 'Made a join code'],
  [/^DELETE \/api\/admin\/waves\/:waveId\/join-codes\/:code$/, 'Withdrew a join code'],
  [/^POST \/api\/admin\/waves\/:waveId\/single-use-codes$/, 'Made single-use codes'],
  [/^GET \/api\/admin\/waves\/:waveId\/single-use-batches$/, 'Listed single-use codes'],
  [/^GET \/api\/admin\/settings$/, 'Listed settings'],
  [/^PUT \/api\/admin\/settings\/:settingId$/, 'Saved a setting'],
  [/^GET \/api\/admin\/accounts$/, 'Listed accounts'],
  [/^PUT \/api\/admin\/accounts\/:username$/, 'Saved an account'],
  [/^POST \/api\/admin\/accounts\/:username\/disable$/, 'Disabled an account'],
  [/^POST \/api\/admin\/accounts\/:username\/enable$/, 'Enabled an account'],
  [/^GET \/api\/admin\/audit$/, 'Read the audit log'],
  // Listen and respond (docs/respond.md).
  [/^GET \/api\/respond\/rounds$/, 'Listed rounds with findings'],
  [/^GET \/api\/respond\/findings$/, "Read the youth council's findings"],
  [/^POST \/api\/respond\/findings$/, 'Drafted a finding'],
  [/^PATCH \/api\/respond\/findings\/:findingId$/, 'Changed a draft finding'],
  [/^DELETE \/api\/respond\/findings\/:findingId$/, 'Withdrew a draft finding'],
  [/^POST \/api\/respond\/findings\/:findingId\/notes$/, 'Added a note to a finding'],
  [/^POST \/api\/respond\/findings\/:findingId\/agree$/, 'Agreed a finding'],
  [/^PUT \/api\/respond\/ballots\/:waveId$/, "Set the pupils' vote for a round"],
  [/^PUT \/api\/respond\/rankings\/:waveId$/, 'Ranked the findings on a vote'],
  [/^PUT \/api\/respond\/answers\/:findingId\/verdict$/, "Gave a verdict on the council's answer"],
  [/^GET \/api\/admin\/answers$/, 'Listed answers to findings'],
  [/^PUT \/api\/admin\/answers\/:findingId$/, 'Saved an answer to a finding'],
  [/^POST \/api\/admin\/answers\/:findingId\/updates$/, 'Added an update to an answer'],
  [/^POST \/api\/admin\/answers\/:findingId\/publish$/, 'Published an answer'],
  [/^GET \/api\/settings\/:settingId\/you-said$/, 'Listed a setting\'s "You said, we did"'],
  [/^POST \/api\/settings\/:settingId\/you-said$/, 'Wrote a "You said, we did" entry'],
  [/^PATCH \/api\/settings\/:settingId\/you-said\/:entryId$/, 'Changed a "You said, we did" entry'],
  [/^POST \/api\/settings\/:settingId\/you-said\/:entryId\/updates$/, 'Added an update to a "You said, we did" entry'],
  [/^POST \/api\/settings\/:settingId\/you-said\/:entryId\/publish$/, 'Published a "You said, we did" entry'],
];
const STEPS: Record<string, string> = { open: 'Opened a round', close: 'Closed a round', publish: 'Published a round' };
const ACCOUNT_STEPS: Record<string, string> = { disable: 'Disabled an account', enable: 'Enabled an account' };

export function actionWords(entry: AuditEntry): string {
  if (/^POST \/api\/admin\/waves\/:waveId\/:step/.test(entry.action)) return STEPS[entry.target.step ?? ''] ?? 'Moved a round on';
  if (/^POST \/api\/admin\/accounts\/:username\/:step/.test(entry.action)) return ACCOUNT_STEPS[entry.target.step ?? ''] ?? 'Changed whether an account can sign in';
  return ACTIONS.find(([pattern]) => pattern.test(entry.action))?.[1] ?? entry.action;
}

/** Changes, as opposed to looking: anything but GET. */
export const isChange = (entry: AuditEntry) => !entry.action.startsWith('GET ');

const TARGET_WORDS: Record<string, string> = {
  waveId: 'Round',
  wave: 'Round',
  settingId: 'Setting',
  username: 'Account',
  settings: 'Settings',
  code: 'Join code',
  findingId: 'Finding',
  entryId: 'Entry',
  title: 'Name',
  opensOn: 'Opens on',
  closesOn: 'Closes on',
  count: 'How many',
  yearGroup: 'Year group',
  role: 'Role',
};
/** Details read in one order whatever order the server wrote them in: who or what first. */
const ORDER = Object.keys(TARGET_WORDS);
const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);
/** A join code as printed on posters: AAA-222-BBB. */
const shown = (key: string, value: string) => (key === 'code' ? formatCode(value) : value);

export const targetWords = (entry: AuditEntry) =>
  Object.entries(entry.target)
    .filter(([key]) => key !== 'step')
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([key, value]) => `${TARGET_WORDS[key] ?? key}: ${shown(key, value)}`)
    .join(', ');

export function outcomeWords(status: number): string {
  if (status < 400) return 'Done';
  if (status === 401 || status === 403) return `Refused: not allowed (${status})`;
  if (status === 409) return `Refused: not possible now (${status})`;
  if (status === 412) return `Refused: already taken (${status})`;
  if (status < 500) return `Refused (${status})`;
  return `Failed (${status})`;
}

/** "14:05:09" in the browser's time zone. */
export const timeOf = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** Today as YYYY-MM-DD in the browser's time zone. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
