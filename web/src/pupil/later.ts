/**
 * Everything a pupil needs only after the first question is on screen, in one chunk fetched
 * straight after it is painted: the other screens, the support panel, read-aloud, the outbox
 * and keeping the app for offline use.
 */
import '../styles/more.css';
import { keepForOffline } from './offline-cache';
import { restReady } from './rest-text';

export { DoneScreen } from './done-screen';
export { heardLine } from './heard-line';
export { HelpBody } from './help-list';
export { JoinProblem } from './join-problem';
export { outbox } from './outbox';
export { ReadAloud } from './read-aloud';
export { ResumeOffer } from './resume-offer';
export { ReviewScreen } from './review-screen';
export { SupportAfter } from './support-panel';
export { switchLanguage } from './switch-language';
export { TextScreen } from './text-screen';

export { restReady };

// Once everything this page needs has arrived, so all of it is kept for offline use.
void restReady.then(keepForOffline);
