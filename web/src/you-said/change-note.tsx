import type { BoardItem } from '../../../shared/respond/board';
import { changeKey } from '../../../shared/i18n/you-said/sentences';
import { InTenIcons } from './in-ten';
import { English, Filled } from './text';
import { w } from './words';

/**
 * The cited figure measured again in the next round: then and now as icons and in words, with
 * the reports' caution (a small change could be chance). A figure not shown this time, because
 * too few answered, is said so and nothing is drawn for it.
 */
export function ChangeNote(props: { item: BoardItem & { change: NonNullable<BoardItem['change']> } }) {
  const c = () => props.item.change;
  const then = () => props.item.figure?.inTen;
  return (
    <div class="change">
      <h4>{w('change.heading')}</h4>
      {c().now && then() !== undefined && (
        <>
          <div class="compare">
            <InTenIcons x={then()!} label={w('change.lastTime')} />
            <InTenIcons x={c().now!.inTen} label={w('change.thisTime')} />
          </div>
          <p>{w('change.thenNow', { then: then()!, now: c().now!.inTen })}</p>
        </>
      )}
      <p>{w(changeKey(c()))}</p>
      {c().provisional && (
        <p class="small">
          <Filled key="change.open" parts={{ round: () => <English text={c().round.title} /> }} />
        </p>
      )}
    </div>
  );
}
