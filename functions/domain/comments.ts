import { commentView, type CommentView, type ReportFilter } from '../../shared/report';
import type { Store } from '../store/types';
import { buildSettingReport } from './reports';
import { surveyFor } from './waves';

type Deps = { store: Store; threshold: number };

export type SettingComments = CommentView;

/**
 * What pupils wrote (already redacted when stored), only where the report itself shows topics:
 * the whole setting, or a year group it shows (shared/report/comments.ts says why not by gender).
 */
export async function settingComments(deps: Deps, settingId: string, waveId: string, filter?: ReportFilter): Promise<SettingComments> {
  const report = await buildSettingReport(deps, settingId, waveId, filter); // refuses a hidden group with 422
  if (report.topics.suppressed) return { suppressed: true, reason: report.topics.reason };
  const [wave, setting] = await Promise.all([deps.store.getWave(waveId), deps.store.getSetting(settingId)]);
  const survey = surveyFor(wave!, setting!.audience);
  return commentView(survey, await deps.store.listResponses(waveId, settingId), report.topics, filter);
}
