import pptxgenjs from 'pptxgenjs';
import type * as Types from 'pptxgenjs';

/**
 * pptxgenjs's types describe its CommonJS build (module.exports = { default: class }), but Node
 * loads its ES build, whose default export is the class itself.
 */
export const PptxGenJS = pptxgenjs as unknown as typeof pptxgenjs.default;
export type Presentation = Types.default;
export type ShapeProps = Types.default.ShapeProps;
export type ImageProps = Types.default.ImageProps;
export type TextProps = Types.default.TextProps;
export type TextPropsOptions = Types.default.TextPropsOptions;
