import { createEffect, createResource, For, Match, Show, Switch, type JSX } from 'solid-js';
import type { Board, BoardItem } from '../../../shared/respond/board';
import { ApiError } from '../api';
import { readBoard } from './api';
import { HelpLine } from './help-line';
import { ItemCard } from './item-card';
import { Filled } from './text';
import { VoteSection } from './vote-section';
import { wallPath } from './where';
import { lang, w } from './words';

/** `/you-said` and `/you-said/:settingId`: the public "You said, we did" page, for pupils, no sign-in. */
export function BoardPage(props: { settingId?: string }) {
  const [board, { refetch }] = createResource(() => [props.settingId, lang()] as const, ([id, l]) => readBoard(id, l));
  const ready = () => (board.state === 'ready' || board.state === 'refreshing' ? board.latest : undefined);
  const name = () => {
    const scope = ready()?.scope;
    return scope?.kind === 'setting' ? scope.name : undefined;
  };
  createEffect(() => {
    document.title = `${name() ? `${w('page.title')}: ${name()}` : w('page.title')} – Heard`;
  });
  return (
    <main id="main" class="page you-said" tabindex="-1">
      <h1>{w('page.title')}</h1>
      <Switch fallback={<p class="loading" role="status">{w('page.loading')}</p>}>
        <Match when={board.state === 'errored'}>
          <div class="problem" role="alert">
            <p>{board.error instanceof ApiError && board.error.status === 404 ? w('page.notFound') : w('page.failed')}</p>
            <button type="button" class="btn secondary" onClick={() => void refetch()}>
              {w('page.tryAgain')}
            </button>
          </div>
        </Match>
        <Match when={ready()}>{(b) => <Content board={b()} />}</Match>
      </Switch>
      <HelpLine />
    </main>
  );
}

function Content(props: { board: Board }) {
  const scope = () => props.board.scope;
  const setting = () => {
    const s = scope();
    return s.kind === 'setting' ? s : undefined;
  };
  const city = () => (setting() ? props.board.city ?? [] : props.board.items);
  return (
    <>
      <p class="lead">
        {setting() ? <Filled key="page.introSetting" parts={{ setting: () => <bdi>{setting()!.name}</bdi> }} /> : w('page.introCity')}
      </p>
      <Show when={setting()}>
        {(s) => <Items id="own" heading={<Filled key="page.setting" parts={{ setting: () => <bdi>{s().name}</bdi> }} />} items={props.board.items} />}
      </Show>
      <Items id="city" heading={w('page.city')} items={city()} />
      <Show when={props.board.vote}>{(v) => <VoteSection vote={v()} />}</Show>
      <p class="print-link">
        <a href={wallPath(setting()?.id)}>{w('page.print')}</a>
      </p>
    </>
  );
}

function Items(props: { id: string; heading: JSX.Element; items: BoardItem[] }) {
  return (
    <section class="items" aria-labelledby={`${props.id}-h`}>
      <h2 id={`${props.id}-h`}>{props.heading}</h2>
      <Show when={props.items.length} fallback={<p>{w('page.none')}</p>}>
        <For each={props.items}>{(item) => <ItemCard item={item} />}</For>
      </Show>
    </section>
  );
}
