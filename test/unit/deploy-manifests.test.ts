// deploy/kubernetes/: every manifest is a valid Kubernetes object (strict: no unknown fields),
// and the manifests agree with each other and with lvmctld's own flag parser. There is no
// cluster here, so this is what stands between a typo and a driver that never registers.
//
// Schemas: kubernetes-models (generated from the Kubernetes OpenAPI document) for the built-in
// kinds. Its validators, like the OpenAPI document itself, let unknown fields through (the API
// server drops or, with strict field validation, refuses them), so strictValidate() below also
// records which fields the validator looked at: a field that the schema of its object does not
// name is never read, and is reported. VolumeSnapshotClass is a CRD of kubernetes-csi/
// external-snapshotter with no published models; its v1 schema is restated below and checked
// with ajv.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { randomBytes } from "node:crypto";
import { Ajv } from "ajv";
import { ObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { DaemonSet, Deployment } from "kubernetes-models/apps/v1";
import { Namespace, Secret, ServiceAccount } from "kubernetes-models/v1";
import { ClusterRole, ClusterRoleBinding, Role, RoleBinding } from "kubernetes-models/rbac.authorization.k8s.io/v1";
import { CSIDriver, StorageClass } from "kubernetes-models/storage.k8s.io/v1";
import { afterAll, describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { parseDaemonArgs } from "../../src/server/config.js";
import { PARAMETERS } from "../../src/server/csi/capabilities.js";
import { ChapKey } from "../../src/server/lio/chap.js";

const DIR = "deploy/kubernetes";

/** A parsed YAML document, untyped as JSON.parse's result is (tests read such data as `any`: eslint.config.js). */
type Doc = ReturnType<typeof JSON.parse>;

interface Manifest {
  file: string;
  obj: Doc;
}

function loadManifests(): Manifest[] {
  const out: Manifest[] = [];
  for (const file of readdirSync(DIR)
    .filter((f) => f.endsWith(".yaml"))
    .sort()) {
    for (const doc of parseAllDocuments(readFileSync(join(DIR, file), "utf8"))) {
      if (doc.errors.length > 0 || doc.warnings.length > 0)
        throw new Error(`${file}: ${[...doc.errors, ...doc.warnings].map((e) => e.message).join("; ")}`);
      const obj = doc.toJS();
      if (obj !== null && obj !== undefined) out.push({ file, obj });
    }
  }
  return out;
}

const manifests = loadManifests();
const objects = manifests.filter((m) => m.obj.kind !== "Kustomization");
const ofKind = (kind: string) => objects.filter((m) => m.obj.kind === kind).map((m) => m.obj);
const named = (kind: string, name: string) => {
  const found = ofKind(kind).find((o) => o.metadata?.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found;
};

// ---- strict schema validation ------------------------------------------------------------

type Model = { prototype: { validate(): void } };
const MODELS: Record<string, Model> = {
  "v1/Namespace": Namespace,
  "v1/ServiceAccount": ServiceAccount,
  "v1/Secret": Secret,
  "apps/v1/DaemonSet": DaemonSet,
  "apps/v1/Deployment": Deployment,
  "rbac.authorization.k8s.io/v1/ClusterRole": ClusterRole,
  "rbac.authorization.k8s.io/v1/ClusterRoleBinding": ClusterRoleBinding,
  "rbac.authorization.k8s.io/v1/Role": Role,
  "rbac.authorization.k8s.io/v1/RoleBinding": RoleBinding,
  "storage.k8s.io/v1/CSIDriver": CSIDriver,
  "storage.k8s.io/v1/StorageClass": StorageClass,
};

/**
 * Runs a kubernetes-models validator on `obj` and returns its schema errors plus every field the
 * validator never read. The generated validators read each property their schema declares
 * (`data.name`, `data.mountPath`, ...) and enumerate the keys of maps (labels, parameters), so a
 * key that is neither read nor part of an enumerated map is not in the schema. An object the
 * validator did not touch at all has no schema of its own (free-form) and is not judged.
 */
function strictValidate(validate: (data: unknown) => void, obj: unknown): string[] {
  const reads = new WeakMap<object, Set<PropertyKey>>();
  const enumerated = new WeakSet<object>();
  const proxies = new WeakMap<object, object>();
  const wrap = (value: unknown): unknown => {
    if (value === null || typeof value !== "object") return value;
    const cached = proxies.get(value);
    if (cached) return cached;
    const touch = (target: object, key?: PropertyKey) => {
      let seen = reads.get(target);
      if (!seen) reads.set(target, (seen = new Set()));
      if (key !== undefined) seen.add(key);
    };
    const proxy = new Proxy(value, {
      get(target, key, receiver) {
        touch(target, key);
        return wrap(Reflect.get(target, key, receiver));
      },
      has(target, key) {
        touch(target, key);
        return Reflect.has(target, key);
      },
      ownKeys(target) {
        touch(target);
        enumerated.add(target);
        return Reflect.ownKeys(target);
      },
    });
    proxies.set(value, proxy);
    return proxy;
  };
  const problems: string[] = [];
  try {
    validate(wrap(obj));
  } catch (err) {
    problems.push(err instanceof Error ? err.message : String(err));
  }
  const walk = (value: unknown, path: string) => {
    if (value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${path}/${i}`));
      return;
    }
    const seen = reads.get(value);
    if (!seen) return;
    for (const [key, v] of Object.entries(value)) {
      if (!enumerated.has(value) && !seen.has(key)) problems.push(`${path}/${key}: unknown field`);
      walk(v, `${path}/${key}`);
    }
  };
  walk(obj, "");
  return problems;
}

const ajv = new Ajv({ allErrors: true, strict: true });
// The v1 schema of VolumeSnapshotClass (snapshot.storage.k8s.io_volumesnapshotclasses.yaml in
// kubernetes-csi/external-snapshotter, client/config/crd), restated with unknown fields refused
// as the API server's strict field validation refuses them; metadata is checked as ObjectMeta.
const validateSnapshotClass = ajv.compile({
  type: "object",
  required: ["apiVersion", "kind", "metadata", "driver", "deletionPolicy"],
  additionalProperties: false,
  properties: {
    apiVersion: { const: "snapshot.storage.k8s.io/v1" },
    kind: { const: "VolumeSnapshotClass" },
    metadata: { type: "object" },
    driver: { type: "string" },
    deletionPolicy: { enum: ["Delete", "Retain"] },
    parameters: { type: "object", additionalProperties: { type: "string" } },
    allowedTopologies: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        properties: {
          matchLabelExpressions: {
            type: "array",
            items: {
              type: "object",
              required: ["key", "values"],
              additionalProperties: false,
              properties: { key: { type: "string" }, values: { type: "array", items: { type: "string" } } },
            },
          },
        },
      },
    },
  },
});

function validateObject(obj: Doc): string[] {
  if (obj?.apiVersion === "snapshot.storage.k8s.io/v1" && obj.kind === "VolumeSnapshotClass") {
    const problems = validateSnapshotClass(obj)
      ? []
      : (validateSnapshotClass.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`);
    const meta = (data: unknown) => ObjectMeta.prototype.validate.call(data as ObjectMeta);
    return [...problems, ...strictValidate(meta, obj.metadata ?? {}).map((p) => `/metadata${p}`)];
  }
  const model = MODELS[`${obj?.apiVersion}/${obj?.kind}`];
  if (!model) return [`no schema for ${obj?.apiVersion}/${obj?.kind}`];
  return strictValidate((data) => model.prototype.validate.call(data), obj);
}

describe("deploy/kubernetes manifests: Kubernetes schemas", () => {
  it("parses every file and finds the expected objects", () => {
    const kinds = objects.map((m) => `${m.obj.kind}/${m.obj.metadata?.name}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        "Namespace/lvmctl-system",
        "CSIDriver/lvm.lvmctl.io",
        "Deployment/lvmctl-controller",
        "DaemonSet/lvmctl-storage",
        "DaemonSet/lvmctl-node",
        "StorageClass/lvmctl-local",
        "StorageClass/lvmctl-iscsi",
        "VolumeSnapshotClass/lvmctl-snapshots",
        "Secret/lvmctl-chap",
        "ServiceAccount/lvmctl-controller",
        "ServiceAccount/lvmctl-node",
      ]),
    );
  });

  it.each(objects.map((m) => [`${m.file}: ${m.obj.kind}/${m.obj.metadata?.name}`, m.obj]))("%s is valid", (_, obj) =>
    expect(validateObject(obj)).toEqual([]),
  );

  it.each(objects.map((m) => [`${m.obj.kind}/${m.obj.metadata?.name}`, m.obj]))(
    "%s with an unknown field at the top and in metadata is refused",
    (_, obj) => {
      const copy = structuredClone(obj);
      copy.bogus = 1;
      copy.metadata.bogus = 1;
      const problems = validateObject(copy);
      expect(problems).toContain("/metadata/bogus: unknown field");
      expect(problems.some((p) => p === "/bogus: unknown field" || /must NOT have additional properties/.test(p))).toBe(
        true,
      );
    },
  );

  it("kustomization.yaml lists every manifest but the Secret template", () => {
    const kustomization = manifests.find((m) => m.file === "kustomization.yaml")?.obj;
    expect(kustomization).toMatchObject({ apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization" });
    expect(Object.keys(kustomization).sort()).toEqual(["apiVersion", "kind", "resources"]);
    const files = [...new Set(objects.map((m) => m.file))].filter((f) => f !== "chap-secret.yaml").sort();
    expect([...kustomization.resources].sort()).toEqual(files);
  });

  it("every namespaced object is in lvmctl-system", () => {
    const clusterScoped = new Set([
      "Namespace",
      "CSIDriver",
      "ClusterRole",
      "ClusterRoleBinding",
      "StorageClass",
      "VolumeSnapshotClass",
    ]);
    for (const { obj } of objects)
      expect(obj.metadata.namespace, `${obj.kind}/${obj.metadata.name}`).toBe(
        clusterScoped.has(obj.kind) ? undefined : "lvmctl-system",
      );
  });

  // The validator itself must refuse what the API server would: these are the negative tests.
  const storage = () => structuredClone(named("DaemonSet", "lvmctl-storage"));
  it("refuses a misspelt field (mountPropogation)", () => {
    const ds = storage();
    const mount = ds.spec.template.spec.containers[0].volumeMounts.find((m: Doc) => m.mountPropagation);
    mount.mountPropogation = mount.mountPropagation;
    delete mount.mountPropagation;
    expect(validateObject(ds)).toEqual([
      expect.stringMatching(
        /^\/spec\/template\/spec\/containers\/0\/volumeMounts\/\d+\/mountPropogation: unknown field$/,
      ),
    ]);
  });
  it("refuses unknown fields at the top level, in a spec and in metadata", () => {
    const sc = structuredClone(named("StorageClass", "lvmctl-local"));
    sc.volumeBindingMod = sc.volumeBindingMode;
    sc.metadata.label = { a: "b" };
    expect(validateObject(sc).sort()).toEqual(["/metadata/label: unknown field", "/volumeBindingMod: unknown field"]);
    const ds = storage();
    ds.spec.template.spec.hostNetwrok = true;
    expect(validateObject(ds)).toEqual(["/spec/template/spec/hostNetwrok: unknown field"]);
  });
  it("refuses a value outside its enum and a missing required field", () => {
    const ds = storage();
    ds.spec.template.spec.containers[0].volumeMounts.find((m: Doc) => m.mountPropagation).mountPropagation =
      "Bidirection";
    expect(validateObject(ds).join("\n")).toMatch(/mountPropagation must be equal to one of the allowed values/);
    const csiDriver = structuredClone(named("CSIDriver", "lvm.lvmctl.io"));
    delete csiDriver.spec;
    expect(validateObject(csiDriver).join("\n")).toMatch(/must have required property '?spec'?/);
  });
  it("still takes any key in a map (labels, StorageClass parameters)", () => {
    const sc = structuredClone(named("StorageClass", "lvmctl-local"));
    sc.metadata.labels["example.com/any"] = "x";
    sc.parameters.anything = "x";
    expect(validateObject(sc)).toEqual([]);
  });
  it("refuses an unknown field and a bad deletionPolicy in the VolumeSnapshotClass", () => {
    const vsc = structuredClone(named("VolumeSnapshotClass", "lvmctl-snapshots"));
    vsc.deletionpolicy = "Delete";
    vsc.metadata.nmae = "x";
    expect(validateObject(vsc).join("\n")).toMatch(/must NOT have additional properties/);
    expect(validateObject(vsc)).toContain("/metadata/nmae: unknown field");
    const bad = structuredClone(named("VolumeSnapshotClass", "lvmctl-snapshots"));
    bad.deletionPolicy = "Keep";
    expect(validateObject(bad).join("\n")).toMatch(/must be equal to one of the allowed values/);
  });
});

// ---- consistency with each other and with lvmctld ----------------------------------------

const DRIVER = named("CSIDriver", "lvm.lvmctl.io").metadata.name as string;
const HOST_SOCKET = `/var/lib/kubelet/plugins/${DRIVER}/csi.sock`;
const SAMPLE_ENV: Record<string, string> = { NODE_NAME: "node-1", NODE_IP: "192.0.2.10" };

const workloads = [...ofKind("DaemonSet"), ...ofKind("Deployment")];
const podSpec = (w: Doc) => w.spec.template.spec;
const lvmctldContainers = workloads.flatMap((w) =>
  podSpec(w)
    .containers.filter((c: Doc) => c.name === "lvmctld")
    .map((c: Doc) => ({ workload: w.metadata.name as string, pod: podSpec(w), container: c })),
);

/** Where a path inside a container lives on the host, through its hostPath mounts (undefined: not a host path). */
function hostPathOf(pod: Doc, container: Doc, path: string): string | undefined {
  const mount = (container.volumeMounts ?? [])
    .filter((m: Doc) => path === m.mountPath || path.startsWith(`${m.mountPath}/`))
    .sort((a: Doc, b: Doc) => b.mountPath.length - a.mountPath.length)[0];
  if (!mount) return undefined;
  const volume = pod.volumes.find((v: Doc) => v.name === mount.name);
  if (!volume?.hostPath) return undefined;
  return posix.join(volume.hostPath.path, posix.relative(mount.mountPath, path));
}
const volumeOf = (pod: Doc, container: Doc, path: string) => {
  const mount = (container.volumeMounts ?? []).find((m: Doc) => path.startsWith(`${m.mountPath}/`));
  return mount && { mount, volume: pod.volumes.find((v: Doc) => v.name === mount.name) };
};

/** Kubernetes' $(VAR) expansion in args, from the container's own env; an undefined reference fails. */
function expandArgs(container: Doc): string[] {
  const env = new Map<string, string>(
    (container.env ?? []).map((e: Doc) => {
      if (!(e.name in SAMPLE_ENV)) throw new Error(`no sample value for env ${e.name}`);
      return [e.name, SAMPLE_ENV[e.name]];
    }),
  );
  return (container.args ?? []).map((arg: string) =>
    arg.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (_, name: string) => {
      const value = env.get(name);
      if (value === undefined) throw new Error(`${container.name}: $(${name}) is not in its env`);
      return value;
    }),
  );
}
const flag = (args: string[], name: string) =>
  args.filter((a) => a.startsWith(`${name}=`)).map((a) => a.slice(name.length + 1));
const daemonConfig = (container: Doc) => parseDaemonArgs(expandArgs(container), "0.0.0-test");

describe("deploy/kubernetes manifests: agree with lvmctld and with each other", () => {
  it("has an lvmctld in each of the two DaemonSets and nowhere else", () => {
    expect(lvmctldContainers.map((c) => c.workload).sort()).toEqual(["lvmctl-node", "lvmctl-storage"]);
    for (const w of workloads)
      for (const c of podSpec(w).containers) if (c.image.includes("lvmctld")) expect(c.name).toBe("lvmctld");
  });

  it("(a) every lvmctld's args parse with the daemon's own parser", () => {
    for (const { workload, container } of lvmctldContainers) {
      const config = daemonConfig(container);
      expect(config.csi, workload).toBeDefined();
      expect(config.csi?.nodeId).toBe("node-1");
      expect(config.csi?.nodeOnly).toBe(workload === "lvmctl-node");
    }
    const storage = daemonConfig(lvmctldContainers.find((c) => c.workload === "lvmctl-storage")?.container);
    expect(storage.volumeGroups.length).toBeGreaterThan(0);
    expect(storage.portals).toEqual([{ address: "192.0.2.10", port: 3260 }]);
    expect(storage.listen).toEqual(["unix:///run/lvmctl/lvmctld.sock"]);
  });

  it("an unknown or misspelt daemon flag would fail that parse", () => {
    const container = structuredClone(lvmctldContainers[0].container);
    container.args = [...container.args, "--csi-node-onyl"];
    expect(() => daemonConfig(container)).toThrow(/unknown option/);
  });

  it("(b) the daemon's CSI socket, the registrar's and every sidecar's are one host path", () => {
    const seen: string[] = [];
    for (const { pod, container } of lvmctldContainers) {
      const socket = daemonConfig(container).csi?.socketPath ?? "";
      expect(hostPathOf(pod, container, socket)).toBe(HOST_SOCKET);
    }
    for (const w of workloads) {
      const pod = podSpec(w);
      for (const c of pod.containers.filter((c: Doc) => c.name !== "lvmctld")) {
        const address = flag(c.args ?? [], "--csi-address");
        expect(address, `${w.metadata.name}/${c.name}`).toHaveLength(1);
        expect(hostPathOf(pod, c, address[0]), `${w.metadata.name}/${c.name}`).toBe(HOST_SOCKET);
        seen.push(`${w.metadata.name}/${c.name}`);
        if (c.name === "node-driver-registrar") {
          expect(flag(c.args, "--kubelet-registration-path")).toEqual([HOST_SOCKET]);
          expect(hostPathOf(pod, c, "/registration")).toBe("/var/lib/kubelet/plugins_registry");
        }
      }
    }
    expect(seen.sort()).toEqual([
      "lvmctl-controller/csi-attacher",
      "lvmctl-controller/csi-provisioner",
      "lvmctl-controller/csi-resizer",
      "lvmctl-controller/csi-snapshotter",
      "lvmctl-controller/liveness-probe",
      "lvmctl-node/liveness-probe",
      "lvmctl-node/node-driver-registrar",
      "lvmctl-storage/liveness-probe",
      "lvmctl-storage/node-driver-registrar",
    ]);
  });

  it("the controller runs where the storage daemon runs, with leader election and the brief's flags", () => {
    const controller = named("Deployment", "lvmctl-controller");
    const storage = named("DaemonSet", "lvmctl-storage");
    expect(controller.spec.replicas).toBe(1);
    expect(podSpec(controller).nodeSelector).toEqual(podSpec(storage).nodeSelector);
    expect(podSpec(controller).nodeSelector).toEqual({ "lvmctl.io/storage-host": "true" });
    const affinity = podSpec(named("DaemonSet", "lvmctl-node")).affinity.nodeAffinity;
    expect(affinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms).toEqual([
      { matchExpressions: [{ key: "lvmctl.io/storage-host", operator: "NotIn", values: ["true"] }] },
    ]);
    for (const c of podSpec(controller).containers)
      if (c.name !== "liveness-probe") expect(c.args, c.name).toContain("--leader-election");
    const provisioner = podSpec(controller).containers.find((c: Doc) => c.name === "csi-provisioner");
    expect(provisioner.args).toEqual(
      expect.arrayContaining(["--feature-gates=Topology=true", "--extra-create-metadata", "--default-fstype=ext4"]),
    );
  });

  it("the storage daemon keeps its create journal on the host (it must outlive the container)", () => {
    const { pod, container } = lvmctldContainers.find((c) => c.workload === "lvmctl-storage")!;
    const stateDir = daemonConfig(container).stateDir;
    expect(hostPathOf(pod, container, `${stateDir}/vg0.create-journal`)).toBe("/var/lib/lvmctl/vg0.create-journal");
  });

  it("the node pods see the host as kubelet and the initiator do", () => {
    for (const { workload, pod, container } of lvmctldContainers) {
      expect(pod.hostNetwork, workload).toBe(true);
      expect(container.securityContext.privileged, workload).toBe(true);
      // kubelet hands out host paths for staging and target paths: the same path inside.
      expect(hostPathOf(pod, container, "/var/lib/kubelet/pods/x/volumes")).toBe("/var/lib/kubelet/pods/x/volumes");
      const kubelet = container.volumeMounts.find((m: Doc) => m.mountPath === "/var/lib/kubelet");
      expect(kubelet.mountPropagation).toBe("Bidirectional");
      expect(hostPathOf(pod, container, "/dev/disk/by-path")).toBe("/dev/disk/by-path");
      const initiatorName = daemonConfig(container).csi?.initiatorNameFile ?? "";
      expect(hostPathOf(pod, container, initiatorName)).toBe("/etc/iscsi/initiatorname.iscsi");
      const probe = container.livenessProbe.httpGet;
      const port = container.ports.find((p: Doc) => p.name === probe.port).containerPort;
      const sidecar = pod.containers.find((c: Doc) => c.name === "liveness-probe");
      expect(sidecar.args).toContain(`--http-endpoint=:${port}`);
    }
  });

  it("every image is pinned; the sidecars come from registry.k8s.io/sig-storage", () => {
    for (const w of workloads)
      for (const c of [...podSpec(w).containers, ...(podSpec(w).initContainers ?? [])]) {
        expect(c.image, c.name).toMatch(/^[a-z0-9./-]+:v?\d+\.\d+\.\d+$/);
        if (!c.image.includes("lvmctld")) expect(c.image).toMatch(/^registry\.k8s\.io\/sig-storage\//);
      }
  });

  it("(c) one driver name everywhere", () => {
    for (const { container } of lvmctldContainers) expect(daemonConfig(container).csi?.driverName).toBe(DRIVER);
    for (const sc of ofKind("StorageClass")) expect(sc.provisioner).toBe(DRIVER);
    for (const vsc of ofKind("VolumeSnapshotClass")) expect(vsc.driver).toBe(DRIVER);
    for (const w of workloads)
      for (const v of podSpec(w).volumes ?? [])
        if (v.hostPath?.path.startsWith("/var/lib/kubelet/plugins/"))
          expect(v.hostPath.path).toBe(`/var/lib/kubelet/plugins/${DRIVER}`);
  });

  it("(d) every service account exists; each one that gets a token is bound, the unbound one gets none", () => {
    const accounts = ofKind("ServiceAccount");
    const exists = (ns: string, name: string) =>
      accounts.some((a) => a.metadata.namespace === ns && a.metadata.name === name);
    for (const w of workloads)
      expect(exists(w.metadata.namespace, podSpec(w).serviceAccountName), w.metadata.name).toBe(true);
    const bindings = [...ofKind("RoleBinding"), ...ofKind("ClusterRoleBinding")];
    const bound = new Set<string>();
    for (const b of bindings) {
      const role =
        b.roleRef.kind === "Role"
          ? ofKind("Role").find(
              (r) => r.metadata.name === b.roleRef.name && r.metadata.namespace === b.metadata.namespace,
            )
          : ofKind("ClusterRole").find((r) => r.metadata.name === b.roleRef.name);
      expect(role, `${b.kind}/${b.metadata.name} -> ${b.roleRef.kind}/${b.roleRef.name}`).toBeDefined();
      for (const s of b.subjects) {
        expect(s.kind).toBe("ServiceAccount");
        expect(exists(s.namespace, s.name), `${b.metadata.name}: ${s.namespace}/${s.name}`).toBe(true);
        bound.add(`${s.namespace}/${s.name}`);
      }
    }
    for (const a of accounts) {
      const key = `${a.metadata.namespace}/${a.metadata.name}`;
      if (bound.has(key)) continue;
      // lvmctl-node: the node pods never call the API server.
      expect(a.automountServiceAccountToken, key).toBe(false);
      for (const w of workloads)
        if (podSpec(w).serviceAccountName === a.metadata.name)
          expect(podSpec(w).automountServiceAccountToken, w.metadata.name).toBe(false);
    }
    expect([...bound]).toEqual(["lvmctl-system/lvmctl-controller"]);
    const clusterRoles = bindings
      .filter((b) => b.kind === "ClusterRoleBinding")
      .map((b) => b.roleRef.name)
      .sort();
    expect(clusterRoles).toEqual([
      "lvmctl-external-attacher",
      "lvmctl-external-provisioner",
      "lvmctl-external-resizer",
      "lvmctl-external-snapshotter",
    ]);
    expect(named("Role", "lvmctl-leader-election").rules).toEqual([
      expect.objectContaining({ apiGroups: ["coordination.k8s.io"], resources: ["leases"] }),
    ]);
  });

  it("(e) StorageClass parameters are ones the controller accepts, naming the storage host's VGs", () => {
    const accepted = PARAMETERS;
    const storage = daemonConfig(lvmctldContainers.find((c) => c.workload === "lvmctl-storage")?.container);
    const access: string[] = [];
    for (const sc of ofKind("StorageClass")) {
      for (const key of Object.keys(sc.parameters))
        expect(accepted.has(key) || key.startsWith("csi.storage.k8s.io/"), `${sc.metadata.name}: ${key}`).toBe(true);
      expect(storage.volumeGroups).toContain(sc.parameters.volumeGroup);
      expect(["ext4", "xfs"]).toContain(sc.parameters["csi.storage.k8s.io/fstype"]);
      if (sc.parameters.chap !== undefined) expect(["true", "false"]).toContain(sc.parameters.chap);
      expect(sc.allowVolumeExpansion).toBe(true);
      access.push(`${sc.parameters.access}:${sc.volumeBindingMode}`);
    }
    expect(access.sort()).toEqual(["iscsi:Immediate", "local:WaitForFirstConsumer"]);
  });

  it("the iscsi class's node-stage secret is the Secret the storage host's CHAP key comes from", () => {
    const iscsi = named("StorageClass", "lvmctl-iscsi").parameters;
    const secret = named("Secret", iscsi["csi.storage.k8s.io/node-stage-secret-name"]);
    expect(secret.metadata.namespace).toBe(iscsi["csi.storage.k8s.io/node-stage-secret-namespace"]);
    expect(Object.keys(secret.stringData)).toEqual(["chapKey"]);
    const pod = podSpec(named("DaemonSet", "lvmctl-storage"));
    const [init] = pod.initContainers;
    const lvmctld = pod.containers.find((c: Doc) => c.name === "lvmctld");
    const [src, dst] = init.args;
    const input = volumeOf(pod, init, src);
    expect(input?.volume.secret).toMatchObject({ secretName: secret.metadata.name, defaultMode: 0o600 });
    expect(input?.volume.secret.items).toEqual([{ key: "chapKey", path: posix.relative(input?.mount.mountPath, src) }]);
    // The init container writes the file lvmctld reads, through one emptyDir mounted at one path.
    expect(daemonConfig(lvmctld).chapKeyFile).toBe(dst);
    const written = volumeOf(pod, init, dst);
    const read = volumeOf(pod, lvmctld, dst);
    expect(written?.volume.emptyDir).toMatchObject({ medium: "Memory" });
    expect(read?.volume).toBe(written?.volume);
    expect(read?.mount.mountPath).toBe(written?.mount.mountPath);
  });

  describe("the CHAP key init container's script", () => {
    const work = mkdtempSync(join(tmpdir(), "lvmctl-chap-"));
    afterAll(() => rmSync(work, { recursive: true, force: true }));
    const init = podSpec(named("DaemonSet", "lvmctl-storage")).initContainers[0];
    expect(init.command.slice(0, 2)).toEqual(["node", "-e"]);
    const run = (secretValue: string, name: string) => {
      const src = join(work, `${name}.in`);
      const dst = join(work, `${name}.key`);
      writeFileSync(src, secretValue);
      execFileSync(process.execPath, ["-e", init.command[2], src, dst], { stdio: "pipe" });
      return dst;
    };

    it("turns the Secret's chapKey into a key file lvmctld accepts", async () => {
      const key = randomBytes(32);
      const file = run(`${key.toString("base64")}\n`, "good");
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readFileSync(file)).toEqual(key);
      await expect(new ChapKey(file).get(false)).resolves.toEqual(key);
    });

    it.each([
      ["the template's placeholder", named("Secret", "lvmctl-chap").stringData.chapKey],
      ["16 bytes", randomBytes(16).toString("base64")],
      ["the raw bytes", randomBytes(32).toString("latin1")],
      ["hex", randomBytes(32).toString("hex")],
    ])("refuses %s", (_, value: string) => {
      expect(() => run(value, "bad")).toThrow(/expected the base64 of 32 random bytes/);
    });
  });
});
