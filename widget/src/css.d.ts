/** Stylesheets are bundled as text and adopted as constructable stylesheets. */
declare module '*.css' {
  const css: string;
  export default css;
}
