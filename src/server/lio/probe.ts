// Can this host export through LIO? Checked without starting targetcli (which
// costs seconds): configfs, the targetcli program, and the system D-Bus that
// targetcli connects to before anything else ("g-io-error-quark: Could not
// connect" otherwise).
import { constants } from "node:fs";
import { access } from "node:fs/promises";
import { connect } from "node:net";
import { delimiter, join } from "node:path";

const DEFAULT_SYSTEM_BUS = "/run/dbus/system_bus_socket";

async function executable(path: string): Promise<boolean> {
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
}

async function findProgram(binary: string): Promise<string | undefined> {
  if (binary.includes("/")) return (await executable(binary)) ? binary : undefined;
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir !== "" && (await executable(join(dir, binary)))) return join(dir, binary);
  }
  return undefined;
}

/** The Unix socket of the system bus (DBUS_SYSTEM_BUS_ADDRESS may name another; only unix:path= can be probed). */
function systemBusSocket(): string | undefined {
  const address = process.env.DBUS_SYSTEM_BUS_ADDRESS;
  if (!address) return DEFAULT_SYSTEM_BUS;
  for (const entry of address.split(";")) {
    const m = /^unix:(?:.*,)?path=([^,]+)/.exec(entry);
    if (m) return decodeURIComponent(m[1]);
  }
  return undefined;
}

function canConnect(path: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = connect(path);
    socket.once("connect", () => {
      socket.destroy();
      resolve(undefined);
    });
    socket.once("error", (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });
}

/** Why exports cannot work on this host, or undefined when they can. */
export async function probeLio(configfsRoot: string, targetcliBinary: string): Promise<string | undefined> {
  if (
    !(await access(configfsRoot).then(
      () => true,
      () => false,
    ))
  ) {
    return `${configfsRoot} does not exist: configfs is not mounted or the LIO kernel modules (target_core_mod, iscsi_target_mod) are not loaded`;
  }
  if (!(await findProgram(targetcliBinary)))
    return `${targetcliBinary} not found or not executable: install targetcli-fb`;
  const bus = systemBusSocket();
  const failure = bus === undefined ? undefined : await canConnect(bus);
  if (failure)
    return `cannot connect to the system D-Bus at ${bus} (${failure}); targetcli needs it: start dbus-daemon --system`;
  return undefined;
}
