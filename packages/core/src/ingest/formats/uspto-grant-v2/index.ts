export { detectPatdoc } from './detect.js'
export { usptoGrantV2 } from './parser.js'
