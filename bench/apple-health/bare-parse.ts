/**
 * Baseline: a bare streaming parse of export.xml with saxes (the parser Stillpoint's import
 * uses), counting Record elements and nothing else. Prints one JSON line.
 */
import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';

const path = process.argv[2] ?? '';
const started = performance.now();
const parser = new SaxesParser({ xmlns: false });
let records = 0;
parser.on('opentag', (tag) => {
  if (tag.name === 'Record') records += 1;
});
const stream = createReadStream(path);
stream.setEncoding('utf8');
for await (const chunk of stream) parser.write(chunk as string);
parser.close();
const ms = performance.now() - started;
console.log(JSON.stringify({ records, ms, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
