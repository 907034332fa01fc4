// Per-export CHAP credentials.
//
// Why derived rather than stored: the secret is HMAC-SHA256(host key, LV uuid,
// nonce), where the host key is one root-only 0600 file and the nonce sits in
// the LV's tags (it is useless without the key). Nothing per export is written
// besides the tags, so a crash cannot leave a secret file out of step with the
// tags, reconcile can re-create the credentials of every export from the tags
// alone (e.g. after `targetcli clearconfig`), and turning CHAP off and on again
// picks a new nonce, hence a new secret. The one secret at rest is the key
// (LIO itself also keeps the secrets in its root-only saveconfig.json, which it
// needs to restore the exports at boot).
import { createHmac, randomBytes } from "node:crypto";
import { link, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { LvmctlError } from "../errors.js";

const KEY_BYTES = 32;

export interface ChapCredentials {
  user: string;
  secret: string;
}

export const newChapNonce = (): string => randomBytes(8).toString("hex");

/** 128-bit secret as 32 hex digits: accepted by every initiator tool and safe in any shell. */
export function deriveChap(key: Buffer, lvUuid: string, nonce: string): ChapCredentials {
  const secret = createHmac("sha256", key).update(`lvmctl-chap-v1\0${lvUuid}\0${nonce}`).digest("hex").slice(0, 32);
  return { user: chapUser(nonce), secret };
}

export const chapUser = (nonce: string): string => `lvmctl-${nonce}`;

export class ChapKey {
  private key?: Buffer;

  constructor(private readonly file: string) {}

  /** The host key; with `create`, a missing key is generated (mode 0600, never replaced). */
  async get(create: boolean): Promise<Buffer> {
    if (this.key) return this.key;
    try {
      this.key = await this.read();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
      if (!create) {
        throw new LvmctlError(
          "FAILED_PRECONDITION",
          `CHAP key file ${this.file} is missing; turn CHAP off and on again (UpdateExport) to issue new credentials`,
        );
      }
      await this.write();
      this.key = await this.read();
    }
    return this.key;
  }

  private async read(): Promise<Buffer> {
    const st = await stat(this.file);
    if (!st.isFile() || (st.mode & 0o077) !== 0 || st.uid !== process.getuid?.()) {
      throw new LvmctlError(
        "FAILED_PRECONDITION",
        `CHAP key file ${this.file} must be a regular file owned by lvmctld's user with mode 0600`,
      );
    }
    const key = await readFile(this.file);
    if (key.length !== KEY_BYTES)
      throw new LvmctlError("FAILED_PRECONDITION", `CHAP key file ${this.file} must hold ${KEY_BYTES} bytes`);
    return key;
  }

  /** Written aside and hard-linked into place: a racing writer or reader never sees a partial key, and an existing key is never replaced. */
  private async write(): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
    const tmp = `${this.file}.${process.pid}.${randomBytes(4).toString("hex")}`;
    try {
      await writeFile(tmp, randomBytes(KEY_BYTES), { mode: 0o600, flag: "wx", flush: true });
      await link(tmp, this.file).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== "EEXIST") throw err;
      });
    } finally {
      await rm(tmp, { force: true });
    }
  }
}
