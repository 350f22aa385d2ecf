import type { Wave } from '../../../shared/catalog';
import type { LanguageCode } from '../../../shared/i18n/languages';
import type { Board, BoardAnswer, BoardItem, BoardVote, InTen } from '../../../shared/respond/board';
import { changeBetween, settingFigure, type Change } from '../../../shared/respond/evidence';
import { inTen } from '../../../shared/respond/in-ten';
import { verdictIsAboutEarlier, type AnswerContent, type CityAnswer, type Figure, type SettingEntry } from '../../../shared/respond/schema';
import { notFound } from '../../http/problem';
import { buildSettingReport } from '../reports';
import { voteFor } from './ballot';
import { inOrder, today, type Deps } from './common';
import { localised } from './localised';
import { cityReports, remeasure } from './views';

const shares = (f: { favourable: number; n: number }): InTen => ({ favourable: f.favourable, inTen: inTen(f.favourable), n: f.n });
const round = (w: Wave | undefined) => ({ id: w?.id ?? '', title: w?.title ?? '' });

/** What pupils see of an answer: the published version, updates whose day has come, and what it said before. */
function boardAnswer(a: Pick<CityAnswer, 'published' | 'firstPublishedOn' | 'publishedOn' | 'revisions' | 'updates'>, lang: LanguageCode, day: string): BoardAnswer {
  const p = a.published!;
  const t = p.translations ?? {};
  return {
    weWill: localised(p.weWill, t.weWill, lang),
    ...(p.weDid ? { weDid: localised(p.weDid, t.weDid, lang) } : {}),
    ...(p.reason ? { reason: localised(p.reason, t.reason, lang) } : {}),
    responsible: p.responsible,
    dueOn: p.dueOn,
    status: p.status,
    progress: p.progress,
    updates: a.updates
      .filter((u) => u.showOn <= day)
      .sort((x, y) => y.showOn.localeCompare(x.showOn))
      .map((u) => ({ text: u.text, showOn: u.showOn })),
    firstPublishedOn: a.firstPublishedOn!,
    ...(a.revisions.length ? { updatedOn: a.publishedOn! } : {}),
    earlier: [...a.revisions].reverse().map((r: { on: string; fields: AnswerContent }) => ({
      on: r.on,
      status: r.fields.status,
      progress: r.fields.progress,
      weWill: r.fields.weWill,
      ...(r.fields.weDid ? { weDid: r.fields.weDid } : {}),
    })),
  };
}

function boardChange(change: Change | undefined, waves: Wave[]): BoardItem['change'] {
  if (!change?.waveId) return undefined;
  return {
    round: round(waves.find((w) => w.id === change.waveId)),
    provisional: change.provisional ?? false,
    ...(change.now ? { now: shares(change.now), direction: change.direction!, clear: change.clear! } : {}),
  };
}

async function cityItems(deps: Deps, lang: LanguageCode, waves: Wave[], report: ReturnType<typeof cityReports>): Promise<BoardItem[]> {
  const [findings, answers] = await Promise.all([deps.store.listFindings(), deps.store.listAnswers()]);
  const day = today(deps);
  const order = inOrder(waves).map((w) => w.id);
  const published = answers.filter((a) => a.published);
  const items = await Promise.all(
    published.map(async (a): Promise<BoardItem | undefined> => {
      const f = findings.find((x) => x.id === a.findingId);
      if (!f) return undefined;
      const verdict = a.verdict && { verdict: a.verdict.verdict, comment: a.verdict.comment, on: a.verdict.on, sentBack: a.verdict.sentBack, aboutEarlier: verdictIsAboutEarlier(a) };
      const change = boardChange(await remeasure(f, waves, report), waves);
      return {
        id: f.id,
        by: 'city',
        round: round(waves.find((w) => w.id === f.waveId)),
        youSaid: localised(f.text, f.translations, lang),
        figure: { ...shares(f.evidence.figure), label: f.evidence.figure.label },
        ...(f.evidence.topicCount ? { topic: f.evidence.topicCount } : {}),
        answer: boardAnswer(a, lang, day),
        ...(verdict ? { verdict } : {}),
        ...(change ? { change } : {}),
      };
    }),
  );
  return items.filter((i): i is BoardItem => !!i).sort((x, y) => order.indexOf(y.round.id) - order.indexOf(x.round.id));
}

async function settingItems(deps: Deps, settingId: string, lang: LanguageCode, waves: Wave[]): Promise<BoardItem[]> {
  const day = today(deps);
  const entries = (await deps.store.listEntries(settingId)).filter((e) => e.published);
  return Promise.all(
    entries.map(async (e: SettingEntry): Promise<BoardItem> => {
      const p = e.published!;
      const evidence = p.evidence;
      const from = evidence && waves.find((w) => w.id === evidence.waveId);
      const next = from && inOrder(waves).find((w) => w.opensOn > from.opensOn && w.status !== 'draft');
      let now: Figure | undefined;
      if (evidence && next) {
        const cited = settingFigure(await buildSettingReport(deps, settingId, next.id), { ...evidence, waveId: next.id });
        now = 'figure' in cited ? cited.figure : undefined;
      }
      const change = evidence && next ? boardChange({ ...changeBetween(evidence.figure, now), waveId: next.id, provisional: next.status === 'open' }, waves) : undefined;
      return {
        id: e.id,
        by: 'setting',
        round: round(from),
        youSaid: localised(p.youSaid ?? '', p.translations?.youSaid, lang),
        ...(evidence ? { figure: { ...shares(evidence.figure), label: evidence.figure.label } } : {}),
        answer: boardAnswer(e, lang, day),
        ...(change ? { change } : {}),
      };
    }),
  );
}

/** The latest round with a ballot and results: the pupils' vote, suppressed like any figure. */
async function latestVote(deps: Deps, waves: Wave[], lang: LanguageCode, report: ReturnType<typeof cityReports>): Promise<BoardVote | undefined> {
  const wave = inOrder(waves).reverse().find((w) => w.ballot && w.status !== 'draft');
  if (!wave?.ballot) return undefined;
  const result = await voteFor(deps, wave, await report(wave.id));
  return {
    round: round(wave),
    suppressed: result.suppressed,
    options: wave.ballot.options.map((o) => {
      const r = result.options.find((x) => x.findingId === o.findingId);
      return {
        findingId: o.findingId,
        text: localised(o.text, o.translations, lang),
        ...(!result.suppressed && r?.percent !== undefined ? { share: { favourable: r.percent, inTen: inTen(r.percent), n: result.n! } } : {}),
      };
    }),
  };
}

/** The public "You said, we did" page of the city, or of one setting (its own and the city's). */
export async function buildBoard(deps: Deps, lang: LanguageCode, settingId?: string): Promise<Board> {
  const waves = await deps.store.listWaves();
  const report = cityReports(deps);
  const setting = settingId ? await deps.store.getSetting(settingId) : undefined;
  if (settingId && !setting) throw notFound('setting.unknown', 'We could not find that school or setting. Check the link.');
  const [city, vote] = await Promise.all([cityItems(deps, lang, waves, report), latestVote(deps, waves, lang, report)]);
  if (!setting) return { lang, scope: { kind: 'city' }, items: city, ...(vote ? { vote } : {}) };
  return {
    lang,
    scope: { kind: 'setting', id: setting.id, name: setting.name },
    items: await settingItems(deps, setting.id, lang, waves),
    city,
    ...(vote ? { vote } : {}),
  };
}
