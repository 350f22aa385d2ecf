import { Survey, type Question, type SurveyInput } from './schema';
import { primarySurveyV1 as v1 } from './primary';
import { primaryTranslations } from './translations/primary';
import { withItemAfter } from './versions';

/**
 * Primary, version 2: version 1's questions and words, and one faces item more asking whether
 * adults act on what children say. The item is on no theme, so theme scores mean the same in
 * both versions and trends across them stay comparable.
 */
const adultsAct: Question = { id: 'adults_act', kind: 'faces', anchors: 'faces', reverse: false };

const definition: SurveyInput = {
  ...v1,
  version: 2,
  // Next to the other item about adults at school.
  questions: withItemAfter(v1.questions, 'adult_to_talk', adultsAct),
  strings: {
    en: { ...v1.strings.en, 'q.adults_act': 'Adults at school do something about what children say.' },
    ...primaryTranslations,
  },
};

export const primarySurveyV2: Survey = Survey.parse(definition);
