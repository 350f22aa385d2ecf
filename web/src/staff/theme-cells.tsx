import { Show } from 'solid-js';
import type { Group, ThemeResult } from '../../../shared/report/schema';
import type { ThemeId } from '../../../shared/survey/schema';

/** A group's result for one theme, or undefined when the group or the theme is suppressed. */
export function themeOf(group: Group, theme: ThemeId): Extract<ThemeResult, { suppressed: false }> | undefined {
  if (group.suppressed) return undefined;
  const t = group.themes.find((x) => x.theme === theme);
  return t && !t.suppressed ? t : undefined;
}

/** The themes a group reports, in survey order; none when the whole group is suppressed. */
export const themesOf = (group: Group): ThemeId[] => (group.suppressed ? [] : group.themes.map((t) => t.theme));

export const fmt = (x: number) => x.toFixed(1);

/** A theme mean in a table cell, or the words that stand in for a suppressed figure. */
export function MeanCell(props: { result: ReturnType<typeof themeOf>; threshold: number; ci?: boolean }) {
  return (
    <td class="num">
      <Show when={props.result} fallback={<span class="hidden-figure">Fewer than {props.threshold} responses</span>}>
        {(t) => (
          <>
            <strong>{fmt(t().mean)}</strong>
            <Show when={props.ci}>
              <span class="ci">
                <span class="vh">95% range </span>
                {fmt(t().ci[0])}–{fmt(t().ci[1])}
              </span>
            </Show>
          </>
        )}
      </Show>
    </td>
  );
}
