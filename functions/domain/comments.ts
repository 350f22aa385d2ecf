import { tagTopics } from '../../shared/comments/topics';
import type { ReportFilter } from '../../shared/report';
import type { Store } from '../store/types';
import { buildSettingReport } from './reports';
import { surveyFor } from './waves';

type Deps = { store: Store; threshold: number };

export type SettingComments =
  | { n: number; suppressed: true }
  | { n: number; suppressed: false; questions: { id: string; comments: { text: string; topics: string[] }[] }[] };

/**
 * What pupils wrote (already redacted when stored), only for a group the report itself shows:
 * the whole setting, or one year group or gender that is not hidden. No year group, gender or
 * date is attached to a comment, so a comment cannot be narrowed to a smaller group.
 */
export async function settingComments(deps: Deps, settingId: string, waveId: string, filter?: ReportFilter): Promise<SettingComments> {
  const report = await buildSettingReport(deps, settingId, waveId, filter); // refuses a hidden group with 422
  if (report.topics.suppressed) return { n: report.topics.n, suppressed: true };
  const wave = (await deps.store.getWave(waveId))!;
  const setting = (await deps.store.getSetting(settingId))!;
  const survey = surveyFor(wave, setting.audience);
  const genderQuestion = survey.questions.find((q) => q.kind === 'choice' && q.role === 'gender')?.id;
  const inGroup = (r: { yearGroup: string; answers: Record<string, unknown> }) => {
    if (!filter) return true;
    if (filter.dimension === 'year') return r.yearGroup === filter.key;
    const g = genderQuestion ? r.answers[genderQuestion] : undefined;
    return (g === null || g === undefined ? 'none' : String(g)) === filter.key;
  };
  const responses = (await deps.store.listResponses(waveId, settingId)).filter(inGroup);
  const questions = survey.questions
    .filter((q) => q.kind === 'text')
    .map((q) => ({
      id: q.id,
      comments: responses.flatMap((r) => {
        const text = r.comments[q.id];
        return text ? [{ text, topics: tagTopics(text) }] : [];
      }),
    }));
  return { n: report.topics.n, suppressed: false, questions };
}
