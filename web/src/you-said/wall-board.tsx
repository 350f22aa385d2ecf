import { createEffect, createResource, For, Show } from 'solid-js';
import type { Board, BoardItem } from '../../../shared/respond/board';
import { wallItems } from '../../../shared/i18n/you-said/sentences';
import { QrImage } from '../staff/admin/qr-image';
import { readBoard } from './api';
import { Text } from './text';
import { pagePath } from './where';
import { draftLanguage, lang, w } from './words';

/** As many items as one A4 sheet holds with their key text; the QR code leads to the rest. */
const ROOM = 6;

/**
 * `/you-said/board` and `/you-said/:settingId/board`: "You said, we did" for a classroom wall, on
 * one A4 sheet: each item's key text (You said → We did or We will, and how it is going) and a
 * QR code to the page, where pupils read the rest.
 */
export function WallBoard(props: { settingId?: string }) {
  const [board] = createResource(() => [props.settingId, lang()] as const, ([id, l]) => readBoard(id, l));
  const ready = () => (board.state === 'ready' || board.state === 'refreshing' ? board.latest : undefined);
  const link = () => `${location.origin}${pagePath(props.settingId)}`;
  createEffect(() => {
    document.title = `${w('page.title')} – Heard`;
  });
  return (
    <div class="wall-sheet">
      <div class="wall-toolbar">
        <a class="btn secondary" href={pagePath(props.settingId)}>
          {w('board.back')}
        </a>
        <button type="button" class="btn primary" onClick={() => print()}>
          {w('board.print')}
        </button>
        <p class="small">{w('board.hint')}</p>
      </div>
      <main id="main" class="wall" tabindex="-1" data-testid="wall-board">
        <Show when={board.state === 'errored'}>
          <p class="problem" role="alert">
            {w('page.failed')}
          </p>
        </Show>
        <Show when={ready()} fallback={board.state !== 'errored' && <p class="loading" role="status">{w('page.loading')}</p>}>
          {(b) => <Sheet board={b()} link={link()} />}
        </Show>
      </main>
    </div>
  );
}

function Sheet(props: { board: Board; link: string }) {
  const fit = () => wallItems(props.board.items, props.board.scope.kind === 'setting' ? props.board.city : undefined, ROOM);
  const where = () => (props.board.scope.kind === 'setting' ? props.board.scope.name : w('page.city'));
  return (
    <>
      <header class="wall-head">
        <div>
          <p class="wall-brand">Heard</p>
          <h1>{w('page.title')}</h1>
          <p class="wall-where">
            <bdi>{where()}</bdi>
          </p>
        </div>
        <figure class="wall-qr">
          <QrImage text={props.link} label={w('board.qr', { url: props.link })} class="qr-wall" />
          <figcaption>
            {w('board.scan')} <span class="wall-url" dir="ltr">{props.link}</span>
          </figcaption>
        </figure>
      </header>
      <Show when={fit().items.length} fallback={<p>{w('page.none')}</p>}>
        <ol class="wall-items">
          <For each={fit().items}>{(item) => <WallItem item={item} />}</For>
        </ol>
      </Show>
      <Show when={fit().more}>
        <p class="wall-more">{w('board.more')}</p>
      </Show>
      <Show when={draftLanguage()}>
        <p class="wall-draft">{w('draft.notice')}</p>
      </Show>
    </>
  );
}

function WallItem(props: { item: BoardItem }) {
  const a = () => props.item.answer;
  return (
    <li class={`wall-item status-${a().status}`}>
      <p class="wall-said">
        <b>{w('item.youSaid')}</b> <Text l={props.item.youSaid} />
      </p>
      <p class="wall-will">
        <b>{w('item.weWill')}</b> <Text l={a().weWill} />
      </p>
      <Show when={a().weDid}>
        {(did) => (
          <p class="wall-did">
            <b>{w('item.weDid')}</b> <Text l={did()} />
          </p>
        )}
      </Show>
      <p class="wall-status">
        <span class="status">{w(`status.${a().status}`)}</span>
        {a().status !== 'cannot' && <> · {w('item.progress', { percent: a().progress })}</>}
      </p>
    </li>
  );
}
