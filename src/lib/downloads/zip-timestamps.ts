/**
 * Sets every entry's modification time in a ZIP archive (an XLSX file is one) to a fixed
 * date. exceljs zips with JSZip, which stamps each entry with the current time, so two builds
 * of the same data would differ in those bytes and in their SHA-256. Only the DOS time and
 * date fields of the local and central headers change; names, data and CRCs are untouched.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** DOS (FAT) time and date words for `date`, read in UTC; seconds are stored halved. */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/** A copy of `zip` with every entry dated `date`. Throws if `zip` is not a plain ZIP archive. */
export function withFixedZipTimestamps(zip: Uint8Array, date: Date): Buffer {
  const out = Buffer.from(zip);
  const { time, date: day } = dosDateTime(date);
  // The end-of-central-directory record is 22 bytes plus a comment of up to 65535 bytes.
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (out.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a ZIP archive: no end-of-central-directory record');
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (out.readUInt32LE(p) !== CENTRAL) throw new Error(`not a ZIP archive: bad central header at ${p}`);
    out.writeUInt16LE(time, p + 12);
    out.writeUInt16LE(day, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== LOCAL) throw new Error(`not a ZIP archive: bad local header at ${local}`);
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(day, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}
