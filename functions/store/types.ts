import type { Setting, Wave } from '../../shared/catalog';
import type { WaveTallies } from '../../shared/report/cells';
import type { Tally } from '../../shared/scoring';
import type { CityAnswer, Finding, SettingEntry, Translations } from '../../shared/respond/schema';
import type { Account } from '../accounts/types';

/** What is stored for one response: no identifier but a random id, no IP, no user agent, day only. */
export type StoredResponse = {
  waveId: string;
  settingId: string;
  yearGroup: string;
  /** YYYY-MM-DD; the time of day is never kept. */
  day: string;
  answers: Record<string, number | string | null>;
  comments: Record<string, string>;
  /** Epoch seconds at which DynamoDB deletes the raw response. */
  expiresAt: number;
};

/** A join code opens one setting's survey in one wave, and may fix the pupils' year group. */
export type JoinCodeEntry = { code: string; waveId: string; settingId: string; yearGroup?: string };

/** A single-use code as stored: only a keyed hash of the code, never the code itself. */
export type OnceCodeEntry = { hash: string; waveId: string; settingId: string; yearGroup?: string; used?: boolean };
export type OnceBatch = { batchId: string; waveId: string; settingId: string; yearGroup?: string; count: number; createdOn: string };

/** One staff action: who, what, when. Pupils are never in the audit log. */
export type AuditEntry = {
  at: string;
  actor: string;
  role: string;
  action: string;
  target: Record<string, string>;
  status: number;
};

/**
 * One address's hour of join-code attempts, as the guessing limit stores it: keyed hashes only
 * (they change every hour), so it cannot be linked to an address, to another hour or to a response.
 */
export type CodeAttemptSlot = { address: string; code: string; expiresAt: number };

/** One youth-council member's own order of a round's ballot. */
export type StoredRanking = { waveId: string; member: string; order: string[] };

/** The "Last time you told us … so we …" line of a setting or of the city, kept ready for survey links. */
export type StoredLine = { said: string; saidIn: Translations; did: string; didIn: Translations };

/** Storage, named for what the domain needs. The DynamoDB implementation is the only one. */
export interface Store {
  /** Reads one (absent) item: does the database answer? */
  ping(): Promise<void>;
  getSetting(id: string): Promise<Setting | undefined>;
  listSettings(): Promise<Setting[]>;
  putSetting(setting: Setting): Promise<void>;
  getWave(id: string): Promise<Wave | undefined>;
  listWaves(): Promise<Wave[]>;
  putWave(wave: Wave): Promise<void>;
  findJoinCode(code: string): Promise<JoinCodeEntry | undefined>;
  listJoinCodes(waveId: string): Promise<JoinCodeEntry[]>;
  putJoinCode(entry: JoinCodeEntry): Promise<void>;
  /** Withdraws a join code (both its items); false if there was none. */
  deleteJoinCode(waveId: string, code: string): Promise<boolean>;
  /** Stores a batch of single-use code hashes and its record in one transaction (at most 99 codes). */
  putOnceCodes(batch: OnceBatch, entries: OnceCodeEntry[]): Promise<void>;
  findOnceCode(hash: string): Promise<OnceCodeEntry | undefined>;
  listOnceBatches(waveId: string): Promise<OnceBatch[]>;
  /**
   * Stores a response and adds its tally in one transaction, once per submissionId:
   * a replay or a concurrent duplicate returns 'duplicate' and changes nothing.
   */
  recordResponse(
    submissionId: string,
    response: StoredResponse,
    cell: { gender: string; tally: Tally },
    /** A single-use code to mark used in the same transaction; 'used' if it already was. */
    options?: { consumeOnceCode?: string },
  ): Promise<'recorded' | 'duplicate' | 'used'>;
  readTallies(waveId: string): Promise<WaveTallies>;
  /** Local mode only: in AWS, accounts live in Cognito. */
  listAccounts(): Promise<Account[]>;
  putAccount(account: Account): Promise<void>;
  /** When an account was last disabled or given another role or settings (epoch seconds), in AWS and locally alike. */
  accountChangedAt(username: string): Promise<number | undefined>;
  markAccountChanged(username: string, at: number): Promise<void>;
  recordAudit(entry: AuditEntry, keepDays: number): Promise<void>;
  listAudit(day: string): Promise<AuditEntry[]>;
  /** Whether a submission has been counted already (the idempotency marker exists). */
  hasSubmission(submissionId: string): Promise<boolean>;
  /** Creates a wave's tally items for a setting, every counter at zero, unless they exist already. */
  prepareTallies(waveId: string, cells: WaveTallies): Promise<void>;
  /** Adds whole cells to a wave's tallies (bulk loads and re-aggregation; pupils go through recordResponse). */
  addToTallies(waveId: string, cells: WaveTallies): Promise<void>;
  listResponses(waveId: string, settingId: string): Promise<StoredResponse[]>;
  /**
   * Counts one attempt at a code from an address, atomically, and returns the hour's count so far;
   * 'known' (nothing counted) when that code has already worked from that address this hour.
   */
  countCodeAttempt(slot: CodeAttemptSlot): Promise<number | 'known'>;
  /** The attempt worked: its count is given back and the code is known for the rest of the hour. */
  rememberWorkingCode(slot: CodeAttemptSlot): Promise<void>;

  // Listen and respond (docs/respond.md). Each put writes only if the stored `version` is still
  // `expected` (undefined: the item must not exist yet), and says false when someone else got there first.
  listFindings(): Promise<Finding[]>;
  getFinding(id: string): Promise<Finding | undefined>;
  putFinding(finding: Finding, expected?: number): Promise<boolean>;
  deleteFinding(id: string, expected: number): Promise<boolean>;
  listAnswers(): Promise<CityAnswer[]>;
  getAnswer(findingId: string): Promise<CityAnswer | undefined>;
  putAnswer(answer: CityAnswer, expected?: number): Promise<boolean>;
  listEntries(settingId: string): Promise<SettingEntry[]>;
  getEntry(settingId: string, entryId: string): Promise<SettingEntry | undefined>;
  putEntry(entry: SettingEntry, expected?: number): Promise<boolean>;
  putRanking(ranking: StoredRanking): Promise<void>;
  listRankings(waveId: string): Promise<StoredRanking[]>;
  /** `undefined` removes the line (nothing published any more). */
  putHeardLine(scope: string, line: StoredLine | undefined): Promise<void>;
  getHeardLines(scopes: string[]): Promise<Record<string, StoredLine>>;
}
