import { createMemo, Show } from 'solid-js';
import { settingFigure } from '../../../../shared/respond/evidence';
import type { SettingReport } from '../../../../shared/report/schema';
import type { ApiError, WaveSummary } from '../api';
import { SelectField } from '../admin/fields';
import { ErrorNotice } from '../error-notice';
import { roundState } from '../wave-picker';
import { FigureChoices } from './figure-choices';
import { figureOptions, refOf } from './figure-options';
import { citedWords } from './words';

export type SettingChoice = { cite: boolean; wave: string; figure: string };

/** The reference a choice makes, once the report it points into has loaded. */
export const settingRef = (report: SettingReport | undefined, c: SettingChoice) => {
  const ref = c.cite && report?.wave.id === c.wave ? refOf(c.figure) : undefined;
  return ref && report ? { waveId: report.wave.id, audience: report.survey.audience, ...ref } : undefined;
};

/**
 * Optionally quotes a figure of the setting's own report for a round: a theme or a question of the
 * whole setting, shown beside it as the report shows it. Hidden figures cannot be chosen.
 */
export function SettingEvidencePicker(props: {
  waves: WaveSummary[];
  choice: SettingChoice;
  onChange: (c: SettingChoice) => void;
  report: SettingReport | undefined;
  loading: boolean;
  failed: ApiError | undefined;
  error: (id: string) => string | undefined;
}) {
  const set = (part: Partial<SettingChoice>) => props.onChange({ ...props.choice, ...part, ...(part.wave ? { figure: '' } : {}) });
  const options = createMemo(() => {
    const r = props.report;
    return r ? figureOptions(r.survey, true, (ref) => settingFigure(r, { waveId: r.wave.id, audience: r.survey.audience, ...ref })) : [];
  });
  const quoting = () => {
    const ref = settingRef(props.report, props.choice);
    const cited = ref && props.report ? settingFigure(props.report, ref) : undefined;
    return cited ? ('figure' in cited ? `You are quoting ${citedWords(cited.figure)}.` : cited.hidden) : '';
  };
  return (
    <fieldset class="evidence">
      <legend class="label">A figure from your report (optional)</legend>
      <Show when={props.waves.length} fallback={<p class="small">No round has closed yet, so there is no figure to quote.</p>}>
        <label class="check">
          <input type="checkbox" id="entry-cite" checked={props.choice.cite} onChange={(e) => set({ cite: e.currentTarget.checked })} />
          Quote a figure from the setting’s report
        </label>
      </Show>
      <Show when={props.choice.cite && props.waves.length}>
        <SelectField
          id="entry-wave"
          label="Survey round"
          value={props.choice.wave}
          options={props.waves.map((w) => [w.id, `${w.title} (${roundState(w)})`] as const)}
          onChange={(wave) => set({ wave })}
        />
        <Show when={props.failed}>{(e) => <ErrorNotice error={e()} />}</Show>
        <Show when={props.loading}>
          <p role="status" class="loading">
            Loading the report…
          </p>
        </Show>
        <Show when={props.report && !props.failed}>
          <FigureChoices
            name="entry-figure"
            legend="A theme or a question"
            hint="Figures for the whole setting, as its report shows them."
            options={options()}
            value={props.choice.figure}
            onChange={(figure) => set({ figure })}
            error={props.error('entry-figure')}
          />
          <p class="quoting" aria-live="polite" data-testid="quoting">
            {quoting()}
          </p>
        </Show>
      </Show>
    </fieldset>
  );
}
