import type { BoardItem } from '../../../shared/respond/board';
import { Earlier, Facts, News } from './answer-parts';
import { ChangeNote } from './change-note';
import { InTen } from './in-ten';
import { English, Filled, Text } from './text';
import { VerdictNote } from './verdict-note';
import { w } from './words';

/**
 * One "You said, we did": what pupils said (with the figure it cites, as whole "X in 10" icons),
 * then We will → We did, who, by when, how far, dated news and any earlier version; the youth
 * council's verdict beside the council's answer; and the same figure in the next round.
 */
export function ItemCard(props: { item: BoardItem }) {
  const item = () => props.item;
  const a = () => item().answer;
  const id = () => `item-${item().id}`;
  return (
    <article class="item" aria-labelledby={`${id()}-h`} data-item={item().id}>
      <p class="item-round">
        <Filled key="item.round" parts={{ round: () => <English text={item().round.title} /> }} />
      </p>
      <div class="step said">
        <h3 id={`${id()}-h`}>
          <span class="step-name">{w('item.youSaid')}</span> <Text l={item().youSaid} />
        </h3>
        {item().figure && (
          <>
            <InTen x={item().figure!.inTen} sentence={w('figure.sentence', { x: item().figure!.inTen })} />
            <p class="small">
              <Filled key="figure.asked" parts={{ label: () => <English text={item().figure!.label} /> }} />
              <br />
              {w('figure.answered', { n: item().figure!.n })}
            </p>
          </>
        )}
        {item().topic && (
          <p class="small">
            <Filled key="topic.sentence" parts={{ count: () => item().topic!.count, label: () => <English text={item().topic!.label} /> }} />
          </p>
        )}
      </div>
      <div class="answer">
        <div class="response">
          <div class="step will">
            <h4>{w('item.weWill')}</h4>
            <p>
              <Text l={a().weWill} />
            </p>
          </div>
          {a().weDid && (
            <div class="step did">
              <h4>{w('item.weDid')}</h4>
              <p>
                <Text l={a().weDid!} />
              </p>
            </div>
          )}
          {a().reason && (
            <div class="step reason">
              <h4>{w('item.reason')}</h4>
              <p>
                <Text l={a().reason!} />
              </p>
            </div>
          )}
          <Facts answer={a()} />
          <News updates={a().updates} />
          <Earlier answer={a()} />
        </div>
        {item().by === 'city' && <VerdictNote id={id()} verdict={item().verdict} />}
      </div>
      {item().change && <ChangeNote item={item() as BoardItem & { change: NonNullable<BoardItem['change']> }} />}
    </article>
  );
}
