// The CSI flags, validated: what the CSI services need to know about this host.

export interface CsiConfig {
  /** The Unix socket path the CSI services are served on. */
  socketPath: string;
  driverName: string;
  nodeId: string;
  topologyKey: string;
  /** Identity and Node only: a host without VGs that attaches iSCSI volumes. */
  nodeOnly: boolean;
  /** NodeGetInfo.max_volumes_per_node; 0 = no limit. */
  maxVolumes: number;
  initiatorNameFile: string;
}

export interface CsiFlags {
  endpoint: string;
  driverName: string;
  nodeId: string;
  topologyKey: string;
  nodeOnly: boolean;
  maxVolumes: string;
  initiatorNameFile: string;
}

/** CSI's plugin name rule: at most 63 characters, alphanumerics at both ends, dashes, dots and alphanumerics between. */
const DRIVER_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,61}[A-Za-z0-9])?$/;
/** A Kubernetes label key (optional DNS-subdomain prefix, then a name of at most 63 characters). */
const TOPOLOGY_KEY = /^(?:[a-z0-9](?:[-a-z0-9.]{0,251}[a-z0-9])?\/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
/** The node id is a topology value too, so it follows Kubernetes' label-value rule. */
const NODE_ID = /^[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;

export function validateCsiSettings(f: CsiFlags): CsiConfig {
  const path = f.endpoint.startsWith("unix://") ? f.endpoint.slice("unix://".length) : undefined;
  if (path === undefined || !path.startsWith("/") || path.length < 2)
    throw new Error(`--csi-endpoint ${f.endpoint}: expected unix:///path`);
  if (!DRIVER_NAME.test(f.driverName))
    throw new Error(
      `--csi-driver-name ${f.driverName}: expected at most 63 characters, alphanumerics at both ends, with dashes, dots and alphanumerics between`,
    );
  if (!NODE_ID.test(f.nodeId))
    throw new Error(
      `--csi-node-id ${f.nodeId}: expected at most 63 characters of letters, digits, '-', '_' and '.', alphanumerics at both ends (it is a topology label value)`,
    );
  if (!TOPOLOGY_KEY.test(f.topologyKey))
    throw new Error(
      `--csi-topology-key ${f.topologyKey}: expected a Kubernetes label key such as topology.lvmctl.io/node`,
    );
  if (!/^\d+$/.test(f.maxVolumes) || !Number.isSafeInteger(Number(f.maxVolumes)))
    throw new Error(`--csi-max-volumes ${f.maxVolumes}: expected a whole number (0 = no limit)`);
  return {
    socketPath: path,
    driverName: f.driverName,
    nodeId: f.nodeId,
    topologyKey: f.topologyKey,
    nodeOnly: f.nodeOnly,
    maxVolumes: Number(f.maxVolumes),
    initiatorNameFile: f.initiatorNameFile,
  };
}
