import { Survey, type Question, type SurveyInput } from './schema';
import { secondarySurveyV1 as v1 } from './secondary';
import { secondaryTranslations } from './translations/secondary';
import { withItemAfter } from './versions';

/**
 * Secondary, version 2: version 1's questions and words, and one item more asking whether adults
 * act on what young people say ("Did it make a difference?"). The item is on no theme, so theme
 * scores mean the same in both versions and trends across them stay comparable.
 */
const adultsAct: Question = { id: 'adults_act', kind: 'scale5', anchors: 'agree', reverse: false };

const definition: SurveyInput = {
  ...v1,
  version: 2,
  // Straight after "adults listen", so pupils meet listening and acting as two separate things.
  questions: withItemAfter(v1.questions, 'adults_listen', adultsAct),
  strings: {
    en: { ...v1.strings.en, 'q.adults_act': 'Adults at school do something about what young people say.' },
    ...secondaryTranslations,
  },
};

export const secondarySurveyV2: Survey = Survey.parse(definition);
