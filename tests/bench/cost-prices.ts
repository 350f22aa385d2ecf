/**
 * AWS on-demand list prices in Europe (London, eu-west-2), in US dollars, as AWS's pricing pages
 * gave them when these constants were written (PRICES_AS_OF). They are not fetched: check each
 * against its page before quoting a bill, and change the date when you change a price.
 */
export const PRICES_AS_OF = '2025-06';

export const PRICES = {
  lambda: {
    /** arm64, per GB-second (the functions run on Graviton). */
    gbSecond: 0.0000133334,
    perMillionRequests: 0.2,
  },
  /** HTTP API, per million requests (first 300 million a month; each 512 KB counts as one). */
  httpApiPerMillion: 1.11,
  dynamodb: {
    /** On-demand, after AWS halved on-demand prices in November 2024. */
    perMillionWriteUnits: 0.7425,
    perMillionReadUnits: 0.1485,
    storageGbMonth: 0.29,
    /** Continuous backups (point-in-time recovery). */
    pitrGbMonth: 0.232,
  },
  cloudfront: {
    /** Data out to viewers in Europe, first 10 TB a month. */
    perGbOut: 0.085,
    perTenThousandHttpsRequests: 0.012,
    perMillionFunctionInvocations: 0.1,
  },
  waf: { perWebAclMonth: 5, perRuleMonth: 1, perMillionRequests: 0.6 },
  cognito: {
    /** The Plus plan (threat protection, Heard's default), per monthly active user; Essentials has 10,000 free. */
    plusPerMau: 0.02,
  },
  secretsManager: { perSecretMonth: 0.4, perTenThousandCalls: 0.05 },
  cloudwatch: {
    /** Standard-resolution alarms are billed per metric they watch (a metric-math alarm, per metric in it). */
    perAlarmMetricMonth: 0.1,
    perCustomMetricMonth: 0.3,
    perDashboardMonth: 3,
    logsIngestedPerGb: 0.5985,
    logsStoredPerGbMonth: 0.0315,
  },
} as const;

/**
 * Manchester, and how its pupils and staff use Heard: the figures the issue gives, and the
 * assumptions behind the rest (docs/operations.md, "The cost model").
 */
export const MANCHESTER = {
  pupils: 85_500,
  roundsPerYear: 3,
  settings: 182,
  /** Each pupil per round: the survey link (a reload or a second device now and then), the app's own look-up (another language), sending (a retry now and then). */
  perResponse: { pageViews: 1.3, joins: 0.3, sends: 1.05 },
  /** Files of the web app a pupil's phone fetches from CloudFront over a survey, and their bytes (gzip). */
  pupilStatic: { requests: 12, bytes: 150 * 1024 },
  /** Staff reading reports: people per setting, sessions a week each, and per session. */
  staff: { perSetting: 2, sessionsPerWeek: 1, reportsPerSession: 4, otherApiPerSession: 3, staticRequests: 20, staticBytes: 900 * 1024 },
  /** The youth council's and the council's city reports a month, and the people who sign in besides staff. */
  cityReportsPerMonth: 40,
  otherMonthlyUsers: 25,
  /** Raw responses kept (days) and their size with the marker, as stored. */
  retentionDays: 400,
  bytesPerStoredResponse: 2_500,
  /** Log bytes per request: the function's request line and Lambda's START/END/REPORT, and the API's access line. */
  logBytesPerRequest: 900,
  logRetentionMonths: 3,
  /** Cold starts, pessimistically: one in twenty requests starts an instance. */
  coldStartShare: 0.05,
  /** This machine's milliseconds to Lambda's at 512 MB (about 0.29 of an arm64 core): a rough, generous factor. */
  lambdaSlowdown: 3,
  memoryGb: 0.5,
} as const;
