export { detectPap } from './detect.js'
export { usptoPapV1 } from './parser.js'
