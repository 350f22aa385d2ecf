import { Show } from 'solid-js';
import type { Group, ThemeResult } from '../../../shared/report/schema';
import type { ThemeId } from '../../../shared/survey/schema';
import { hiddenReason } from './labels';

export type ShownTheme = Extract<ThemeResult, { suppressed: false }>;

/** A group's result for one theme, or undefined when the group or the theme is suppressed. */
export function themeOf(group: Group, theme: ThemeId): ShownTheme | undefined {
  if (group.suppressed) return undefined;
  const t = group.themes.find((x) => x.theme === theme);
  return t && !t.suppressed ? t : undefined;
}

/** Why a group's theme is not shown: the whole group is hidden, or only this theme. */
export function themeHiddenReason(group: Group, theme: ThemeId, threshold: number): string {
  if (group.suppressed) return hiddenReason(group.reason, threshold);
  const t = group.themes.find((x) => x.theme === theme);
  return hiddenReason(t?.suppressed ? t.reason : 'few', threshold);
}

/** The themes a group reports, in survey order; none when the whole group is suppressed. */
export const themesOf = (group: Group): ThemeId[] => (group.suppressed ? [] : group.themes.map((t) => t.theme));

export const fmt = (x: number) => x.toFixed(1);
export const pct = (x: number) => `${Math.round(x)}%`;

/** A theme mean in a table cell, or the words that stand in for a suppressed figure. */
export function MeanCell(props: { group: Group; theme: ThemeId; threshold: number; ci?: boolean }) {
  const t = () => themeOf(props.group, props.theme);
  return (
    <td class="num">
      <Show when={t()} fallback={<span class="hidden-figure">{themeHiddenReason(props.group, props.theme, props.threshold)}</span>}>
        {(shown) => (
          <>
            <strong>{fmt(shown().mean)}</strong>
            <Show when={props.ci}>
              <span class="ci">
                <span class="vh">95% range </span>
                {fmt(shown().ci[0])}–{fmt(shown().ci[1])}
              </span>
            </Show>
          </>
        )}
      </Show>
    </td>
  );
}
