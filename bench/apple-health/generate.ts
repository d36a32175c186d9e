/**
 * Writes a synthetic Apple Health export.xml of about `bytes` bytes in the real layout (the
 * HealthKit Export Version 14 prolog of test/fixtures/synthetic/apple_health_export.xml, then
 * records shaped like a phone and a watch write them): per simulated day 300 heart-rate and 40
 * step-count samples with device strings and metadata, a night of sleep from the watch and a
 * phone app, a menstrual flow sample a few days a month, and a headache about one day in eight.
 * Streamed to disk; returns the number of Record elements written.
 */
import { createWriteStream, readFileSync } from 'node:fs';

const WATCH =
  'sourceName="Anna’s Apple Watch" sourceVersion="10.2" device="&lt;&lt;HKDevice: 0x3026d8b40&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,2, software:10.2&gt;"';
const PHONE = 'sourceName="Anna’s iPhone" sourceVersion="17.2.1"';
const pad = (n: number) => String(n).padStart(2, '0');

function stamp(day: Date, minute: number): string {
  const d = new Date(day.getTime() + minute * 60000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0100`;
}

function dayRecords(day: Date, index: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < 300; i++) {
    const t = stamp(day, i * 4.8);
    out.push(
      ` <Record type="HKQuantityTypeIdentifierHeartRate" ${WATCH} unit="count/min" creationDate="${t}" startDate="${t}" endDate="${t}" value="${60 + ((i * 7 + index) % 40)}">\n  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="${i % 3}"/>\n </Record>`,
    );
  }
  for (let i = 0; i < 40; i++) {
    const s = stamp(day, 420 + i * 20);
    const e = stamp(day, 430 + i * 20);
    out.push(
      ` <Record type="HKQuantityTypeIdentifierStepCount" ${PHONE} unit="count" creationDate="${e}" startDate="${s}" endDate="${e}" value="${100 + ((i * 13 + index) % 900)}"/>`,
    );
  }
  out.push(
    ` <Record type="HKCategoryTypeIdentifierSleepAnalysis" ${WATCH} creationDate="${stamp(day, 420)}" startDate="${stamp(day, -60)}" endDate="${stamp(day, 180)}" value="HKCategoryValueSleepAnalysisAsleepCore">\n  <MetadataEntry key="HKTimeZone" value="Europe/Berlin"/>\n </Record>`,
    ` <Record type="HKCategoryTypeIdentifierSleepAnalysis" ${WATCH} creationDate="${stamp(day, 420)}" startDate="${stamp(day, 180)}" endDate="${stamp(day, 400)}" value="HKCategoryValueSleepAnalysisAsleepREM"/>`,
    ` <Record type="HKCategoryTypeIdentifierSleepAnalysis" ${PHONE} creationDate="${stamp(day, 420)}" startDate="${stamp(day, -70)}" endDate="${stamp(day, 410)}" value="HKCategoryValueSleepAnalysisInBed"/>`,
  );
  if (index % 28 < 4)
    out.push(
      ` <Record type="HKCategoryTypeIdentifierMenstrualFlow" sourceName="Health" sourceVersion="17.2.1" creationDate="${stamp(day, 480)}" startDate="${stamp(day, 0)}" endDate="${stamp(day, 0)}" value="HKCategoryValueMenstrualFlowMedium">\n  <MetadataEntry key="HKMenstrualCycleStart" value="${index % 28 === 0 ? 1 : 0}"/>\n </Record>`,
    );
  if (index % 8 === 3)
    out.push(
      ` <Record type="HKCategoryTypeIdentifierHeadache" sourceName="Health" sourceVersion="17.2.1" creationDate="${stamp(day, 900)}" startDate="${stamp(day, 840)}" endDate="${stamp(day, 1080)}" value="HKCategoryValueSeverity${['Mild', 'Moderate', 'Severe'][index % 3]}">\n  <MetadataEntry key="HKTimeZone" value="Europe/Berlin"/>\n </Record>`,
    );
  return out;
}

/** Writes the export to `path`; resolves with the Record count and the byte size. */
export async function writeAppleExport(
  path: string,
  bytes: number,
): Promise<{ records: number; bytes: number }> {
  const fixture = readFileSync('test/fixtures/synthetic/apple_health_export.xml', 'utf8');
  const prolog = fixture.slice(0, fixture.indexOf('<HealthData'));
  const out = createWriteStream(path);
  const write = (text: string) =>
    new Promise<void>((resolve) =>
      out.write(text) ? resolve() : out.once('drain', () => resolve()),
    );
  let written = 0;
  let records = 0;
  const emit = async (text: string) => {
    written += Buffer.byteLength(text);
    await write(text);
  };
  await emit(
    `${prolog}<HealthData locale="en_DE">\n <ExportDate value="2025-03-10 21:14:03 +0100"/>\n`,
  );
  const first = Date.UTC(2016, 0, 1, 23);
  for (let i = 0; written < bytes; i++) {
    const recs = dayRecords(new Date(first + i * 86_400_000), i);
    records += recs.length;
    await emit(`${recs.join('\n')}\n`);
  }
  await emit('</HealthData>\n');
  await new Promise<void>((resolve, reject) =>
    out.end((e?: Error | null) => (e ? reject(e) : resolve())),
  );
  return { records, bytes: written };
}
