import type { Setting } from '../../shared/catalog';

/**
 * The demo city: invented settings (any likeness to a real school is chance) spread over
 * Manchester's three localities, with how many pupils answer in each year group and how
 * well they are doing overall (`lift`, in standard deviations), so reports vary realistically.
 */
export type DemoSetting = Setting & { years: Record<number, number>; lift: number };

/**
 * Numbers on roll per year group, as a setting would enter them: here about four in five pupils
 * answer. Two settings have not entered theirs, so reports show no response rate for them.
 */
/** Safeguarding leads some demo settings have named (invented people). */
export const DEMO_LEADS: Record<string, string> = {
  'oakwood-high': 'Mr D. Okafor',
  'brookfield-primary': 'Mrs S. Ahmed',
  'city-heights-high': 'Ms R. Kowalska',
  'northgate-pru': 'Miss J. Byrne',
};

export function demoRoll(setting: DemoSetting): Setting['roll'] {
  if (setting.id === 'hillcrest-primary' || setting.id === 'riverside-academy') return undefined;
  return Object.fromEntries(Object.entries(setting.years).map(([year, n]) => [year, Math.round(n / 0.8)]));
}

const primary = (years: [number, number, number]) => ({ 4: years[0], 5: years[1], 6: years[2] });

export const DEMO_SETTINGS: DemoSetting[] = [
  { id: 'brookfield-primary', name: 'Brookfield Primary School', phase: 'primary', locality: 'north', audience: 'primary', years: primary([25, 27, 24]), lift: 0.2 },
  { id: 'hillcrest-primary', name: 'Hillcrest Primary School', phase: 'primary', locality: 'north', audience: 'primary', years: primary([18, 16, 19]), lift: -0.3 },
  { id: 'oakwood-high', name: 'Oakwood High School', phase: 'secondary', locality: 'north', audience: 'secondary', years: { 7: 71, 8: 65, 9: 63, 10: 59, 11: 48 }, lift: -0.1 },
  { id: 'northgate-pru', name: 'Northgate Learning Centre (PRU)', phase: 'pru', locality: 'north', audience: 'secondary', years: { 8: 3, 9: 11, 10: 14, 11: 16 }, lift: -0.6 },
  { id: 'maple-street-primary', name: 'Maple Street Primary School', phase: 'primary', locality: 'central', audience: 'primary', years: primary([29, 30, 26]), lift: 0.0 },
  { id: 'canal-side-primary', name: 'Canal Side Primary School', phase: 'primary', locality: 'central', audience: 'primary', years: primary([14, 16, 12]), lift: 0.4 },
  { id: 'city-heights-high', name: 'City Heights High School', phase: 'secondary', locality: 'central', audience: 'secondary', years: { 7: 82, 8: 79, 9: 74, 10: 70, 11: 61 }, lift: 0.15 },
  { id: 'unity-special', name: 'Unity Special School', phase: 'special', locality: 'central', audience: 'secondary', years: { 7: 9, 8: 12, 9: 10, 10: 11, 11: 7 }, lift: 0.1 },
  { id: 'willow-bank-primary', name: 'Willow Bank Primary School', phase: 'primary', locality: 'south', audience: 'primary', years: primary([34, 32, 34]), lift: 0.3 },
  { id: 'meadow-lane-primary', name: 'Meadow Lane Primary School', phase: 'primary', locality: 'south', audience: 'primary', years: primary([20, 22, 18]), lift: -0.15 },
  { id: 'southway-high', name: 'Southway High School', phase: 'secondary', locality: 'south', audience: 'secondary', years: { 7: 60, 8: 58, 9: 52, 10: 49, 11: 44 }, lift: 0.05 },
  { id: 'parkside-sixth-form', name: 'Parkside Sixth Form College', phase: 'post-16', locality: 'south', audience: 'secondary', years: { 12: 59, 13: 48 }, lift: 0.25 },
  { id: 'riverside-academy', name: 'Riverside All-Through Academy', phase: 'all-through', locality: 'north', audience: 'secondary', years: { 7: 44, 8: 42, 9: 40, 10: 35, 11: 32, 12: 15, 13: 13 }, lift: -0.2 },
];

/** Things pupils write, in their words; a few carry details the redactor must remove. */
export const DEMO_COMMENTS: Record<string, string[]> = {
  better_place: [
    'More clubs after school, like football and art.',
    'Better toilets. They are always locked or dirty.',
    'If teachers listened to us more when we say something is wrong.',
    'Less homework so I have time to see my friends.',
    'Stop people bullying in the corridors and on the way home.',
    'Healthier food at lunch and it should not cost so much.',
    'A quiet room where you can go if you feel stressed.',
    'More trips and things outside, like a school garden.',
    'Make the playground bigger and put more benches.',
    'Buses that turn up on time so we are not late.',
    'Help with revision and exams so I feel less worried.',
    'More trees and less litter around the school.',
    'Teachers should be kinder when you get something wrong.',
    'Somewhere safe to leave bikes.',
    'Email me at sam.student@example.com if you want more ideas',
  ],
  anything_else: [
    'I like my school but some lessons are boring.',
    'Sometimes I feel lonely at lunch.',
    'I am worried about what I will do after school.',
    'The youth club near us closed and there is nowhere to go.',
    'Thank you for asking us.',
    'Phones should be allowed at break.',
    'My mum works a lot so I look after my brother, it makes homework hard.',
    'Text me on 07700 900123 if you want to talk about it',
  ],
};
