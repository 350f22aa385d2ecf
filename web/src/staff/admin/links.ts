/** Where a join code takes a pupil: the survey, straight from a link or a scanned QR code. */
export const joinLink = (code: string) => `${location.origin}/j/${code}`;

export const posterHref = (wave: string, code: string) => `/admin/codes/poster?wave=${encodeURIComponent(wave)}&code=${encodeURIComponent(code)}`;

/** "Alpha High School" or "Alpha High School, Year 7". */
export const codeFor = (row: { settingName: string; yearGroup?: string | undefined }) => (row.yearGroup ? `${row.settingName}, Year ${row.yearGroup}` : row.settingName);
