export { detectUsptoApplicationV4 } from './detect.js'
export { usptoApplicationV4 } from './parser.js'
