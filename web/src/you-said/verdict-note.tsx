import type { BoardVerdict } from '../../../shared/respond/board';
import { English } from './text';
import { w } from './words';

/** The youth council's verdict on the council's answer, beside it: "Good enough" or "Not enough yet", in its own words. */
export function VerdictNote(props: { id: string; verdict?: BoardVerdict }) {
  const v = () => props.verdict;
  return (
    <aside class={`verdict ${v() ? `verdict-${v()!.verdict}` : 'verdict-none'}`} aria-labelledby={`${props.id}-v`}>
      <h4 id={`${props.id}-v`}>{w('verdict.heading')}</h4>
      {v() ? (
        <>
          <p class="verdict-word">
            <span class="verdict-mark" aria-hidden="true">
              {v()!.verdict === 'good-enough' ? '✓' : '!'}
            </span>{' '}
            {w(`verdict.${v()!.verdict}`)}
          </p>
          <p>
            <English text={v()!.comment} />
          </p>
          {v()!.aboutEarlier && <p class="small">{w('verdict.earlier')}</p>}
          {v()!.sentBack && <p class="small">{w('verdict.sentBack')}</p>}
        </>
      ) : (
        <p class="small">{w('verdict.none')}</p>
      )}
    </aside>
  );
}
