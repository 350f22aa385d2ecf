import { For, Show } from 'solid-js';
import { LIMITS, type AnswerStatus } from '../../../../shared/respond/schema';
import { STATUS_WORDS } from '../../../../shared/respond/words';
import { TextField } from '../admin/fields';
import { ANSWER_IDS, type AnswerState, type TranslatedField, TRANSLATED } from './answer-state';
import { TextAreaField } from './text-area-field';
import { TranslationsField } from './translations-field';

const STATUS_HINTS: Record<AnswerStatus, string> = {
  looking: 'You are finding out what can be done.',
  doing: 'Work has started.',
  done: 'It is finished: say what was done.',
  cannot: 'It cannot be done: pupils will be told why.',
};
const STATUSES = Object.keys(STATUS_WORDS) as AnswerStatus[];

/**
 * The fields of an answer to pupils ("You said, we did"), for the council and for settings alike:
 * We will, We did, who is responsible, by when, where it stands in children's words (a reason
 * for "We can't do this"), and how far it has got.
 */
export function AnswerFieldsView(props: { state: AnswerState; error: (id: string) => string | undefined }) {
  const s = props.state;
  const translations = (f: Exclude<TranslatedField, 'youSaid'>) => (
    <TranslationsField id={ANSWER_IDS[f]} what={TRANSLATED[f]} value={s.translationsOf(f)} onChange={(t) => s.setTranslationsOf(f, t)} error={props.error} />
  );
  const statusError = () => props.error(ANSWER_IDS.status);
  return (
    <>
      <TextAreaField
        id={ANSWER_IDS.weWill}
        label="We will"
        hint="What you will do, in words a pupil of 8 can read. Short sentences, one idea each."
        error={props.error(ANSWER_IDS.weWill)}
        value={s.weWill()}
        onInput={s.setWeWill}
        limit={LIMITS.weWill}
        forPupils
      />
      {translations('weWill')}
      <TextField
        id={ANSWER_IDS.responsible}
        label="Who is responsible"
        hint="An organisation or a team, never a person: such as Youth Service or the school council. Pupils see this, and a person's name is refused."
        error={props.error(ANSWER_IDS.responsible)}
        value={s.responsible()}
        onInput={(e) => s.setResponsible(e.currentTarget.value)}
        maxLength={LIMITS.responsible + 20}
        autocomplete="off"
      />
      <TextField
        id={ANSWER_IDS.dueOn}
        label="Due by"
        type="date"
        hint="The day it should be done by. Pupils see it."
        error={props.error(ANSWER_IDS.dueOn)}
        value={s.dueOn()}
        onInput={(e) => s.setDueOn(e.currentTarget.value)}
        class="short-date"
      />
      <fieldset class="choices field" classList={{ 'field-error': Boolean(statusError()) }} aria-describedby={statusError() ? `${ANSWER_IDS.status}-error` : undefined}>
        <legend class="label">Where it stands</legend>
        <p class="hint">Pupils see these words.</p>
        <Show when={statusError()}>
          <p class="error-text" id={`${ANSWER_IDS.status}-error`}>
            <span class="vh">Error: </span>
            {statusError()}
          </p>
        </Show>
        <For each={STATUSES}>
          {(value, i) => (
            <label class="choice">
              <input
                type="radio"
                name={ANSWER_IDS.status}
                id={i() === 0 ? ANSWER_IDS.status : `${ANSWER_IDS.status}-${value}`}
                value={value}
                checked={s.status() === value}
                onChange={() => s.setStatus(value)}
              />
              <span>
                {STATUS_WORDS[value]}
                <span class="hint">
                  {STATUS_HINTS[value]}
                </span>
              </span>
            </label>
          )}
        </For>
      </fieldset>
      <Show when={s.status() === 'cannot'}>
        <TextAreaField
          id={ANSWER_IDS.reason}
          label="Why we can’t do this"
          hint="Needed for “We can't do this”: pupils deserve a reason."
          error={props.error(ANSWER_IDS.reason)}
          value={s.reason()}
          onInput={s.setReason}
          limit={LIMITS.reason}
          forPupils
        />
        {translations('reason')}
      </Show>
      <TextAreaField
        id={ANSWER_IDS.weDid}
        label={s.status() === 'done' ? 'We did' : 'We did (optional)'}
        hint="What has been done so far. Needed once it is done."
        error={props.error(ANSWER_IDS.weDid)}
        value={s.weDid()}
        onInput={s.setWeDid}
        limit={LIMITS.weDid}
        forPupils
      />
      {translations('weDid')}
      <TextField
        id={ANSWER_IDS.progress}
        label="How far it has got (%)"
        hint="A whole number from 0 to 100. Pupils see it as a bar."
        error={props.error(ANSWER_IDS.progress)}
        value={s.progress()}
        onInput={(e) => s.setProgress(e.currentTarget.value)}
        inputmode="numeric"
        class="short"
      />
    </>
  );
}
