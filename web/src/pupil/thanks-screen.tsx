import type { SurveyState } from './survey-state';

export function ThanksScreen(props: { s: SurveyState }) {
  return (
    <>
      <h1 tabindex="-1" ref={props.s.arrive}>
        Thank you. Your answers have been sent.
      </h1>
      <p>
        Your school and the council will look at everyone's answers together. Nobody can tell which
        answers are yours.
      </p>
      <p>They will tell you what they heard and what they are going to do about it.</p>
      <p>You can close this page now.</p>
    </>
  );
}
