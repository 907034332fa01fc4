// The iSCSI initiator side: node records, CHAP, login and logout with
// iscsiadm, and sessions and their disks as sysfs shows them (no udev needed:
// the disk is found under its session, by target name and LUN).
//
// Only targets lvmctl names are ever logged in to: the target IQN must be
// `<some IQN prefix>:<vg>:<lv>` for the very volume the volume id names.
import { readdir, readFile } from "node:fs/promises";
import { CommandError } from "../../exec/command.js";
import type { CommandRunner } from "../../exec/runner.js";
import { invalidArgument, LvmctlError } from "../../errors.js";
import { canonicalIqn, encodeName } from "../../lio/names.js";
import { DEVICE_WAIT_MS, poll, SYS } from "./devices.js";

// open-iscsi's exit codes (iscsi_err.h).
const ERR_SESS_EXISTS = 15;
const ERR_NO_OBJS_FOUND = 21;
const ERR_LOGIN_AUTH_FAILED = 24;

export interface IscsiTarget {
  iqn: string;
  /** host:port, IPv6 in brackets, in the order they are tried. */
  portals: string[];
  lun: number;
}

export interface ChapLogin {
  user: string;
  secret: string;
}

/** Whether `iqn` is lvmctl's target name for vg/lv: `<IQN prefix>:<encoded vg>:<encoded lv>`. */
export function targetNamesVolume(iqn: string, vg: string, lv: string): boolean {
  const suffix = `:${encodeName(vg)}:${encodeName(lv)}`;
  if (!iqn.endsWith(suffix)) return false;
  const prefix = iqn.slice(0, -suffix.length);
  return !prefix.includes(":") && canonicalIqn(iqn) === iqn && canonicalIqn(prefix) === prefix;
}

const PORTAL = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252}))(?::\d{1,5})?$/;

/** Reads the target from a publish context (targetIqn, portals, lun), checking it names this volume. */
export function targetFromContext(ctx: Record<string, string>, vg: string, lv: string): IscsiTarget {
  const field = "publish_context";
  const iqn = ctx.targetIqn ?? "";
  if (iqn === "") throw invalidArgument(field, "targetIqn is missing (was the volume ControllerPublished?)");
  if (!targetNamesVolume(iqn, vg, lv))
    throw invalidArgument(field, `targetIqn ${JSON.stringify(iqn)} is not lvmctl's target for volume ${vg}/${lv}`);
  const portals = (ctx.portals ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (portals.length === 0) throw invalidArgument(field, "portals is missing");
  const bad = portals.find((p) => !PORTAL.test(p));
  if (bad !== undefined) throw invalidArgument(field, `portal ${JSON.stringify(bad)} is not host:port`);
  const lunText = ctx.lun ?? "0";
  if (!/^\d{1,5}$/.test(lunText)) throw invalidArgument(field, `lun ${JSON.stringify(lunText)} is not a number`);
  return { iqn, portals, lun: Number(lunText) };
}

/** The argv with CHAP secrets masked, for logs (wire it into the runner's redact). */
export function redactIscsiSecrets(argv: readonly string[]): readonly string[] {
  const i = argv.findIndex((a) => /^node\.session\.auth\.password(_in)?$/.test(a));
  if (argv[0] !== "iscsiadm" || i < 0 || argv[i + 1] !== "-v" || i + 2 >= argv.length) return argv;
  return [...argv.slice(0, i + 2), "***", ...argv.slice(i + 3)];
}

export interface Session {
  sid: number;
  targetName: string;
}

export class Iscsi {
  constructor(
    private readonly runner: CommandRunner,
    private readonly sys = SYS,
  ) {}

  /** Every iSCSI session of this host, from sysfs. */
  async sessions(): Promise<Session[]> {
    let names: string[];
    try {
      names = await readdir(`${this.sys}/class/iscsi_session`);
    } catch {
      return [];
    }
    const out: Session[] = [];
    for (const name of names) {
      const m = /^session(\d+)$/.exec(name);
      if (!m) continue;
      try {
        const targetName = (await readFile(`${this.sys}/class/iscsi_session/${name}/targetname`, "utf8")).trim();
        out.push({ sid: Number(m[1]), targetName });
      } catch {
        // the session went away while we looked
      }
    }
    return out.sort((a, b) => a.sid - b.sid);
  }

  async sessionsOf(iqn: string): Promise<Session[]> {
    return (await this.sessions()).filter((s) => s.targetName === iqn);
  }

  /** The disk ("sdb") of LUN `lun` (any LUN when not given) in session `sid`, undefined until the kernel has scanned it. */
  async diskOf(sid: number, lun?: number): Promise<string | undefined> {
    const base = `${this.sys}/class/iscsi_session/session${sid}/device`;
    try {
      for (const target of await readdir(base)) {
        if (!target.startsWith("target")) continue;
        for (const unit of await readdir(`${base}/${target}`)) {
          const m = /^\d+:\d+:\d+:(\d+)$/.exec(unit);
          if (!m || (lun !== undefined && Number(m[1]) !== lun)) continue;
          const disks = await readdir(`${base}/${target}/${unit}/block`).catch(() => []);
          if (disks.length > 0) return disks[0];
        }
      }
    } catch {
      return undefined;
    }
    return undefined;
  }

  /** Logs in to the target (once: an existing session is reused) and waits for its disk; answers "/dev/sdX". */
  async attach(target: IscsiTarget, chap: ChapLogin | undefined): Promise<string> {
    let session = (await this.sessionsOf(target.iqn))[0];
    if (!session) {
      const failures: string[] = [];
      let authFailed = false;
      for (const portal of target.portals) {
        try {
          await this.login(target.iqn, portal, chap);
          break;
        } catch (err) {
          if (err instanceof CommandError && err.exitCode === ERR_LOGIN_AUTH_FAILED) authFailed = true;
          failures.push(`${portal}: ${err instanceof CommandError ? err.stderr.trim() || err.message : String(err)}`);
        }
      }
      session = (await this.sessionsOf(target.iqn))[0];
      if (!session) {
        throw new LvmctlError(
          authFailed ? "PERMISSION_DENIED" : "UNAVAILABLE",
          `cannot log in to ${target.iqn}: ${failures.join("; ") || "no session appeared"}`,
        );
      }
    }
    const sid = session.sid;
    const disk = await poll(
      () => this.diskOf(sid, target.lun),
      DEVICE_WAIT_MS,
      () =>
        new LvmctlError(
          "DEADLINE_EXCEEDED",
          `logged in to ${target.iqn}, but LUN ${target.lun} did not appear within ${DEVICE_WAIT_MS / 1000} s`,
        ),
    );
    return `/dev/${disk}`;
  }

  private async login(iqn: string, portal: string, chap: ChapLogin | undefined): Promise<void> {
    const node = ["iscsiadm", "-m", "node", "-T", iqn, "-p", portal];
    await this.runner.run([...node, "-o", "new"], { mutating: true });
    const set = (name: string, value: string) =>
      this.runner.run([...node, "-o", "update", "-n", name, "-v", value], { mutating: true });
    await set("node.startup", "manual");
    if (chap) {
      await set("node.session.auth.authmethod", "CHAP");
      await set("node.session.auth.username", chap.user);
      await set("node.session.auth.password", chap.secret);
    } else {
      await set("node.session.auth.authmethod", "None");
    }
    try {
      await this.runner.run([...node, "--login"], { mutating: true });
    } catch (err) {
      if (err instanceof CommandError && err.exitCode === ERR_SESS_EXISTS) return;
      throw err;
    }
  }

  /** The target names of this host's node records (`iscsiadm -m node`: "portal,tpgt iqn" lines). */
  async recordedTargets(): Promise<string[]> {
    try {
      const { stdout } = await this.runner.run(["iscsiadm", "-m", "node"], { mutating: false });
      return [...new Set(stdout.split("\n").flatMap((l) => l.trim().split(/\s+/).slice(1, 2)))];
    } catch (err) {
      if (err instanceof CommandError && err.exitCode === ERR_NO_OBJS_FOUND) return [];
      throw err;
    }
  }

  /** Logs out of every session to the target and deletes its node records; nothing there is fine. */
  async detach(iqn: string): Promise<void> {
    const node = ["iscsiadm", "-m", "node", "-T", iqn];
    for (const op of [["--logout"], ["-o", "delete"]]) {
      try {
        await this.runner.run([...node, ...op], { mutating: true });
      } catch (err) {
        if (!(err instanceof CommandError && err.exitCode === ERR_NO_OBJS_FOUND)) throw err;
      }
    }
  }

  /** Re-reads the sizes of the session's LUNs (after the target grew). */
  async rescan(sid: number): Promise<void> {
    await this.runner.run(["iscsiadm", "-m", "session", "-r", String(sid), "--rescan"], { mutating: true });
  }
}
