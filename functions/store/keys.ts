/**
 * Every DynamoDB key Heard uses, by access pattern. No other module builds key strings.
 *
 *   catalog            pk CATALOG                       sk SETTING#<id> | WAVE#<id>
 *   code lookup        pk CODE#<code>                   sk CODE
 *   a wave's codes     pk WAVE#<waveId>                 sk CODE#<settingId>#<code>
 *   single-use code    pk ONCE#<keyed hash of the code> sk ONCE   (marked used, nothing more)
 *   single-use batches pk WAVE#<waveId>                 sk ONCEBATCH#<batchId>
 *   local accounts     pk CATALOG                       sk ACCOUNT#<username>   (local mode only)
 *   account changed    pk ACCESS#<username>             sk ACCESS   (tokens issued before it are refused)
 *   audit log          pk AUDIT#<day>                   sk <ISO time>#<uuid>   (staff actions only)
 *   idempotency        pk SUBMISSION#<submissionId>     sk SUBMISSION
 *   raw responses      pk RESPONSES#<waveId>#<setting>  sk <random uuid>
 *   tallies            pk TALLY#<waveId>#<settingId>#<shard>  sk <yearGroup>#<gender>   (one item of counters per cell and shard)
 *   tallied settings   pk TALLIES#<waveId>              sk SETTING#<settingId>   (which settings have tallies in the wave)
 *   tallies, before shards (read only)  pk TALLY#<waveId>  sk <settingId>#<yearGroup>   (`<gender>:<counter>` inside)
 *   guessing limit     pk GUESS#<keyed hash of address> sk GUESS   (one per address per hour; expires)
 *   listen and respond pk RESPOND                       sk FINDING#<id> | ANSWER#<findingId> | RANKING#<waveId>#<member> | LINE#<city|settingId>
 *   a setting's own    pk RESPOND#<settingId>           sk ENTRY#<entryId>
 */
export type Key = { pk: string; sk: string };

/**
 * How many partition keys a setting's tallies in a wave are spread over. A send adds to one shard,
 * picked at random, and readers add the shards up: a year group sending together then writes to
 * two partitions and items instead of one, which halves both the rate on each and the transactions
 * that collide (docs/capacity.md). Changing it needs no migration for readers (they read every
 * shard that exists up to the new count), but a lower count hides the shards above it.
 */
export const TALLY_SHARDS = 2;

export const CATALOG = 'CATALOG';

export const keys = {
  setting: (id: string): Key => ({ pk: CATALOG, sk: `SETTING#${id}` }),
  settingsPrefix: 'SETTING#',
  wave: (id: string): Key => ({ pk: CATALOG, sk: `WAVE#${id}` }),
  wavesPrefix: 'WAVE#',
  code: (code: string): Key => ({ pk: `CODE#${code}`, sk: 'CODE' }),
  waveCode: (waveId: string, settingId: string, code: string): Key => ({ pk: `WAVE#${waveId}`, sk: `CODE#${settingId}#${code}` }),
  waveCodesPk: (waveId: string) => `WAVE#${waveId}`,
  waveCodesPrefix: 'CODE#',
  onceCode: (hash: string): Key => ({ pk: `ONCE#${hash}`, sk: 'ONCE' }),
  onceBatch: (waveId: string, batchId: string): Key => ({ pk: `WAVE#${waveId}`, sk: `ONCEBATCH#${batchId}` }),
  onceBatchPrefix: 'ONCEBATCH#',
  audit: (day: string, at: string): Key => ({ pk: `AUDIT#${day}`, sk: `${at}#${crypto.randomUUID()}` }),
  auditPk: (day: string) => `AUDIT#${day}`,
  account: (username: string): Key => ({ pk: CATALOG, sk: `ACCOUNT#${username}` }),
  accountsPrefix: 'ACCOUNT#',
  access: (username: string): Key => ({ pk: `ACCESS#${username}`, sk: 'ACCESS' }),
  submission: (submissionId: string): Key => ({ pk: `SUBMISSION#${submissionId}`, sk: 'SUBMISSION' }),
  response: (waveId: string, settingId: string, responseId: string): Key => ({
    pk: `RESPONSES#${waveId}#${settingId}`,
    sk: responseId,
  }),
  responsesPk: (waveId: string, settingId: string) => `RESPONSES#${waveId}#${settingId}`,
  guesses: (addressHash: string): Key => ({ pk: `GUESS#${addressHash}`, sk: 'GUESS' }),
  health: { pk: 'HEALTH', sk: 'HEALTH' } as Key,
  respondPk: 'RESPOND',
  finding: (id: string): Key => ({ pk: 'RESPOND', sk: `FINDING#${id}` }),
  findingsPrefix: 'FINDING#',
  answer: (findingId: string): Key => ({ pk: 'RESPOND', sk: `ANSWER#${findingId}` }),
  answersPrefix: 'ANSWER#',
  ranking: (waveId: string, member: string): Key => ({ pk: 'RESPOND', sk: `RANKING#${waveId}#${member}` }),
  rankingsPrefix: (waveId: string) => `RANKING#${waveId}#`,
  heardLine: (scope: string): Key => ({ pk: 'RESPOND', sk: `LINE#${scope}` }),
  entry: (settingId: string, entryId: string): Key => ({ pk: `RESPOND#${settingId}`, sk: `ENTRY#${entryId}` }),
  entriesPk: (settingId: string) => `RESPOND#${settingId}`,
  entriesPrefix: 'ENTRY#',
  tally: (waveId: string, settingId: string, shard: number, yearGroup: string, gender: string): Key => ({
    pk: `TALLY#${waveId}#${settingId}#${shard}`,
    sk: `${yearGroup}#${gender}`,
  }),
  tallyPk: (waveId: string, settingId: string, shard: number) => `TALLY#${waveId}#${settingId}#${shard}`,
  parseTallySk: (sk: string) => {
    const i = sk.indexOf('#');
    return { yearGroup: sk.slice(0, i), gender: sk.slice(i + 1) };
  },
  talliedSetting: (waveId: string, settingId: string): Key => ({ pk: `TALLIES#${waveId}`, sk: `SETTING#${settingId}` }),
  talliedSettingsPk: (waveId: string) => `TALLIES#${waveId}`,
  talliedSettingsPrefix: 'SETTING#',
  /** Tallies written before they were sharded: one item per setting × year group, counters as `<gender>:<counter>`. */
  legacyTalliesPk: (waveId: string) => `TALLY#${waveId}`,
  parseLegacyTallySk: (sk: string) => {
    const i = sk.lastIndexOf('#');
    return { settingId: sk.slice(0, i), yearGroup: sk.slice(i + 1) };
  },
};
