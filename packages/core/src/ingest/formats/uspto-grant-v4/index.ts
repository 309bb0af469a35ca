export { detectUsptoGrantV4 } from './detect.js'
export { usptoGrantV4 } from './parser.js'
