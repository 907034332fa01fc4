// LVM's naming rules, checked before any command runs (lvm2's
// validate_name / apply_lvname_restrictions), so a bad name never reaches lvm.
import { invalidArgument } from "../errors.js";

/** Longest name accepted: LVM's NAME_LEN is 128 including the terminating NUL. */
export const MAX_NAME_LENGTH = 127;

const NAME_CHARS = /^[A-Za-z0-9+_.-]+$/;
const RESERVED_PREFIXES = ["snapshot", "pvmove"];
const RESERVED_SUBSTRINGS = [
  "_cdata",
  "_cmeta",
  "_corig",
  "_cpool",
  "_cvol",
  "_imeta",
  "_iorig",
  "_mimage",
  "_mlog",
  "_pmspare",
  "_rimage",
  "_rmeta",
  "_tdata",
  "_tmeta",
  "_vdata",
  "_vorigin",
  "_wcorig",
];

function checkCommon(field: string, name: string): void {
  if (name === "") throw invalidArgument(field, "must not be empty");
  if (name.length > MAX_NAME_LENGTH) throw invalidArgument(field, `longer than ${MAX_NAME_LENGTH} characters`);
  if (!NAME_CHARS.test(name)) throw invalidArgument(field, `"${printable(name)}" may contain only A-Z a-z 0-9 + _ . -`);
  if (name.startsWith("-")) throw invalidArgument(field, "must not start with '-'");
  if (name === "." || name === "..") throw invalidArgument(field, `"${name}" is reserved`);
}

export function validateVgName(field: string, name: string): void {
  checkCommon(field, name);
}

export function validateLvName(field: string, name: string): void {
  checkCommon(field, name);
  for (const prefix of RESERVED_PREFIXES) {
    if (name.startsWith(prefix)) throw invalidArgument(field, `names starting with "${prefix}" are reserved by LVM`);
  }
  for (const sub of RESERVED_SUBSTRINGS) {
    if (name.includes(sub)) throw invalidArgument(field, `names containing "${sub}" are reserved by LVM`);
  }
}

/** lvcreate refuses an LV whose "vg/lv" is longer than 125 characters ("LV name ... length N is not supported"). */
export const MAX_VG_PLUS_LV_LENGTH = 124;

/** A new LV's name together with its VG's: checked before lvcreate, which would fail with an internal error. */
export function validateNewLvPath(field: string, vg: string, name: string): void {
  if (vg.length + name.length > MAX_VG_PLUS_LV_LENGTH) {
    throw invalidArgument(
      field,
      `in volume group "${vg}" a name may have at most ${MAX_VG_PLUS_LV_LENGTH - vg.length} characters (LVM limits "vg/lv" to ${MAX_VG_PLUS_LV_LENGTH + 1})`,
    );
  }
}

/** Escapes control and non-ASCII characters so an error message stays one readable line. */
function printable(s: string): string {
  const shown = s.length > 64 ? `${s.slice(0, 64)}...` : s;
  return shown.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, "0")}`);
}
