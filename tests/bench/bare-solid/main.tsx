/**
 * The benchmark's calibration page: a bare SolidJS page with five questions, built by Vite with
 * its defaults, as the reference ("a bare SolidJS 5-question page": 7,940 bytes, 445 ms).
 * Measured on the same profile as the pupil app, it shows how fast this machine is.
 */
import { createSignal, For } from 'solid-js';
import { render } from 'solid-js/web';

const QUESTIONS = ['I feel I belong at my school.', 'I feel safe at school.', 'I am happy with my life.', 'I sleep well.', 'I have someone to talk to.'];
const OPTIONS = ['Strongly disagree', 'Disagree', 'Not sure', 'Agree', 'Strongly agree'];

function Survey() {
  const [step, setStep] = createSignal(0);
  const [answers, setAnswers] = createSignal<Record<number, number>>({});
  return (
    <form onSubmit={(e) => (e.preventDefault(), setStep((s) => Math.min(s + 1, QUESTIONS.length - 1)))}>
      <p>
        Question {step() + 1} of {QUESTIONS.length}
      </p>
      <fieldset>
        <legend>
          <h1 elementtiming="question">{QUESTIONS[step()]}</h1>
        </legend>
        <For each={OPTIONS}>
          {(label, i) => (
            <label style={{ display: 'block', padding: '0.75rem', margin: '0.5rem 0', border: '2px solid #555', 'border-radius': '0.5rem' }}>
              <input type="radio" name={`q${step()}`} checked={answers()[step()] === i()} onChange={() => setAnswers({ ...answers(), [step()]: i() })} /> {label}
            </label>
          )}
        </For>
      </fieldset>
      <button type="submit">Next</button>
    </form>
  );
}

render(() => <Survey />, document.getElementById('root')!);
