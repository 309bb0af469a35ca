#!/usr/bin/env node
// Starts the Chuhai API server and web app (built into dist by `npm start`).
import('../dist/main.js')
