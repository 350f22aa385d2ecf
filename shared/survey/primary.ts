import { Survey, type SurveyInput } from './schema';
import { primaryTranslationsV1 } from './translations/primary';

/**
 * Belonging and wellbeing, primary (Years 4 to 6). Faces scale, very short sentences.
 * Every item is worded so the happiest face is the best answer: no reverse-coded faces.
 */
const definition: SurveyInput = {
  id: 'belonging-primary',
  version: 1,
  audience: 'primary',
  themes: ['belonging', 'safe', 'happy', 'healthy', 'successful', 'coping'],
  languages: ['en', 'ur', 'ar', 'bn', 'pl', 'so'],
  // Drafts until a native speaker has reviewed them: docs/translations.md.
  draftLanguages: ['ur', 'ar', 'bn', 'pl', 'so'],
  questions: [
    { id: 'year', kind: 'choice', role: 'yearGroup', options: [4, 5, 6] },
    { id: 'like_school', kind: 'faces', theme: 'belonging', anchors: 'faces' },
    { id: 'friends', kind: 'faces', theme: 'belonging', anchors: 'faces' },
    { id: 'safe_school', kind: 'faces', theme: 'safe', anchors: 'faces' },
    { id: 'safe_online', kind: 'faces', theme: 'safe', anchors: 'faces' },
    { id: 'happy', kind: 'faces', theme: 'happy', anchors: 'faces' },
    { id: 'good_self', kind: 'faces', theme: 'happy', anchors: 'faces' },
    { id: 'sleep', kind: 'faces', theme: 'healthy', anchors: 'faces' },
    { id: 'active', kind: 'faces', theme: 'healthy', anchors: 'faces' },
    { id: 'enjoy_learning', kind: 'faces', theme: 'successful', anchors: 'faces' },
    { id: 'keep_trying', kind: 'faces', theme: 'successful', anchors: 'faces' },
    { id: 'adult_to_talk', kind: 'faces', theme: 'coping', anchors: 'faces' },
    { id: 'calm_down', kind: 'faces', theme: 'coping', anchors: 'faces' },
    { id: 'gender', kind: 'choice', role: 'gender', options: ['girl', 'boy', 'another'] },
    { id: 'better_place', kind: 'text', maxLength: 600 },
  ],
  strings: {
    en: {
      title: 'How is school for you?',
      'anchor.faces.0': 'Never',
      'anchor.faces.1': 'Not much',
      'anchor.faces.2': 'Sometimes',
      'anchor.faces.3': 'A lot',
      'anchor.faces.4': 'Always',
      'q.year': 'What year are you in?',
      'q.year.4': 'Year 4',
      'q.year.5': 'Year 5',
      'q.year.6': 'Year 6',
      'q.like_school': 'I like being at my school.',
      'q.friends': 'I have friends at school.',
      'q.safe_school': 'I feel safe at school.',
      'q.safe_online': 'I feel safe when I go online.',
      'q.happy': 'I feel happy.',
      'q.good_self': 'I feel good about me.',
      'q.sleep': 'I sleep well at night.',
      'q.active': 'I run, play or move about every day.',
      'q.enjoy_learning': 'I enjoy learning at school.',
      'q.keep_trying': 'I keep trying when work is hard.',
      'q.adult_to_talk': 'I have an adult at school I can talk to.',
      'q.calm_down': 'When I feel upset, I can calm down.',
      'q.gender': 'Are you a…',
      'q.gender.girl': 'Girl',
      'q.gender.boy': 'Boy',
      'q.gender.another': 'Another way',
      'q.better_place': 'What would make your school even better?',
    },
    ...primaryTranslationsV1,
  },
};

/**
 * Frozen: rounds run with version 1 are read with it, so its questions and English words never
 * change (draft translations may still be corrected). Version 2 is in primary-v2.ts.
 */
export const primarySurveyV1: Survey = Survey.parse(definition);
