// The desired export state of a volume, kept in its LV tags so that LVM
// metadata is the single source of truth (LIO is reconciled from it):
//   lvmctl.export                      the volume is exported
//   lvmctl.export.initiator=<iqn>      one per allowed initiator
//   lvmctl.export.chap=<nonce>         CHAP required; the nonce selects the
//                                      credentials (see chap.ts). Never a secret:
//                                      tags are readable by anyone who runs lvs.
// IQNs fit LVM's tag alphabet ([A-Za-z0-9_+.-/=!:&#]).
import { canonicalIqn } from "./names.js";

export const EXPORT_TAG = "lvmctl.export";
const INITIATOR_TAG = "lvmctl.export.initiator=";
const CHAP_TAG = "lvmctl.export.chap=";
const NONCE = /^[0-9a-f]{16}$/;

export interface ExportSettings {
  /** Normalized and sorted. */
  initiators: string[];
  /** Set when CHAP is required. */
  chapNonce?: string;
}

const isExportTag = (t: string) => t === EXPORT_TAG || t.startsWith(`${EXPORT_TAG}.`);

/** The export settings in a volume's tags; undefined when it is not exported. */
export function readExportTags(tags: readonly string[]): ExportSettings | undefined {
  if (!tags.includes(EXPORT_TAG)) return undefined;
  const initiators: string[] = [];
  let chapNonce: string | undefined;
  for (const tag of tags) {
    if (tag.startsWith(INITIATOR_TAG)) {
      // A hand-edited tag that is not an IQN is ignored rather than handed to targetcli.
      const iqn = canonicalIqn(tag.slice(INITIATOR_TAG.length));
      if (iqn !== undefined) initiators.push(iqn);
    } else if (tag.startsWith(CHAP_TAG) && NONCE.test(tag.slice(CHAP_TAG.length))) {
      chapNonce = tag.slice(CHAP_TAG.length);
    }
  }
  return { initiators: [...new Set(initiators)].sort(), chapNonce };
}

export function exportTags(s: ExportSettings): string[] {
  return [EXPORT_TAG, ...s.initiators.map((i) => INITIATOR_TAG + i), ...(s.chapNonce ? [CHAP_TAG + s.chapNonce] : [])];
}

/** The tag changes that turn a volume's tags into `next` (undefined: not exported). */
export function exportTagChanges(
  current: readonly string[],
  next: ExportSettings | undefined,
): { add: string[]; del: string[] } {
  const want = new Set(next ? exportTags(next) : []);
  const have = current.filter(isExportTag);
  return { add: [...want].filter((t) => !have.includes(t)), del: have.filter((t) => !want.has(t)) };
}
