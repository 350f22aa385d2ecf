import { Show } from 'solid-js';
import type { ApiError } from './api';

export function ErrorNotice(props: { error: ApiError }) {
  return (
    <div class="problem" role="alert">
      <h2>{props.error.title}</h2>
      <p>{props.error.detail}</p>
      <Show when={props.error.errors.length}>
        <ul>
          {props.error.errors.map((e) => <li>{e.message}</li>)}
        </ul>
      </Show>
    </div>
  );
}
