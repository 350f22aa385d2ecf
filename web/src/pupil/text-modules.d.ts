/** Half of one language's interface text, made by the build from shared/i18n (see shared/i18n/first-text.ts). */
declare module 'virtual:pupil-text/*' {
  const text: Partial<import('../../../shared/i18n/pupil-strings').PupilStrings>;
  export default text;
}
