/** `import href from './x.css?url'`: the built stylesheet's address (Vite). */
declare module '*.css?url' {
  const href: string;
  export default href;
}
