export { parseArticle } from './pipeline';
export { DEFAULT_SETTINGS, PARSER_VERSION } from './settings';
export { PARSE_ERROR_CODES } from './types';
export type { Article, Comment, Dateline, ParseError, ParseErrorCode, ParseOptions, ParseResult, ParseSettings } from './types';
