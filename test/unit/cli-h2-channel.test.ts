// The CLI's one-shot gRPC client on node:http2, against a grpc-js server (the
// daemon's gRPC stack) in this process: answers, status codes and messages,
// deadlines, an unreachable server, the bearer token, and mutual TLS.
import { Metadata, Server, ServerCredentials, status, type ServerUnaryCall, type sendUnaryData } from "@grpc/grpc-js";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { H2Channel, type H2ChannelOptions } from "../../src/client/h2-channel.js";
import { parseServerAddress } from "../../src/client/server-address.js";
import {
  Volume,
  VolumeServiceService,
  type GetVolumeRequest,
  type GetVolumeResponse,
} from "../../src/gen/lvmctl/v1/volume.js";

const dir = mkdtempSync(join(tmpdir(), "lvmctl-h2-"));
const socket = join(dir, "s.sock");
const seen: Array<{ name: string; authorization: string[] }> = [];

/** GetVolume answers by the name asked for: "ok", "missing" (NOT_FOUND), "hang" (never). */
function getVolume(call: ServerUnaryCall<GetVolumeRequest, GetVolumeResponse>, done: sendUnaryData<GetVolumeResponse>) {
  const { name } = call.request;
  seen.push({ name, authorization: call.metadata.get("authorization").map(String) });
  if (name === "hang") return;
  if (name === "missing") {
    done({ code: status.NOT_FOUND, details: `volume "vg/${name}" not found: 100% gone, ü`, metadata: new Metadata() });
    return;
  }
  done(null, { volume: Volume.fromPartial({ name, sizeBytes: 4n << 20n }) });
}

const servers: Server[] = [];
async function serve(address: string, creds: ServerCredentials): Promise<number> {
  const server = new Server();
  server.addService(VolumeServiceService, { getVolume });
  servers.push(server);
  return new Promise((resolve, reject) =>
    server.bindAsync(address, creds, (err, port) => (err ? reject(err) : resolve(port))),
  );
}

const channels: H2Channel[] = [];
function channel(opts: Partial<H2ChannelOptions> = {}): H2Channel {
  const c = new H2Channel({
    address: { kind: "unix", path: socket },
    timeoutMs: 5000,
    userAgent: "lvmctl/test",
    ...opts,
  });
  channels.push(c);
  return c;
}
const get = (c: H2Channel, name: string) => c.unary(VolumeServiceService.getVolume, { name, volumeGroup: "" });

beforeAll(async () => {
  await serve(`unix://${socket}`, ServerCredentials.createInsecure());
});

afterAll(async () => {
  for (const c of channels) c.close();
  await Promise.all(servers.map((s) => new Promise((r) => s.tryShutdown(r))));
  rmSync(dir, { recursive: true, force: true });
});

describe("H2Channel", () => {
  it("makes unary calls and decodes the answer; calls share one connection", async () => {
    const c = channel();
    expect((await get(c, "ok")).volume).toMatchObject({ name: "ok", sizeBytes: 4n << 20n });
    expect((await get(c, "again")).volume?.name).toBe("again");
  });

  it("gives the status code and the decoded grpc-message of a failed call", async () => {
    await expect(get(channel(), "missing")).rejects.toMatchObject({
      code: status.NOT_FOUND,
      details: 'volume "vg/missing" not found: 100% gone, ü',
    });
  });

  it("sends the bearer token", async () => {
    await get(channel({ token: "s3cret" }), "token");
    expect(seen.find((s) => s.name === "token")?.authorization).toEqual(["Bearer s3cret"]);
  });

  it("ends a call that gets no answer at its deadline", async () => {
    const started = Date.now();
    await expect(get(channel({ timeoutMs: 300 }), "hang")).rejects.toMatchObject({
      code: status.DEADLINE_EXCEEDED,
    });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("answers UNAVAILABLE, naming the cause, when nothing listens", async () => {
    const err = await get(channel({ address: { kind: "unix", path: join(dir, "none.sock") } }), "x").catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: status.UNAVAILABLE });
    expect((err as Error).message).toMatch(/ENOENT/);
  });

  it("speaks TLS with a client certificate, and refuses a server its CA did not sign", async () => {
    const pem = (name: string) => join(dir, name);
    const ssl = (args: string[]) => execFileSync("openssl", args, { stdio: "ignore" });
    ssl(
      ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", pem("ca.key"), "-out", pem("ca.pem")].concat([
        "-days",
        "1",
        "-subj",
        "/CN=test-ca",
      ]),
    );
    writeFileSync(pem("ext"), "subjectAltName=DNS:lvmctld.test,IP:127.0.0.1");
    for (const who of ["server", "client"]) {
      ssl(
        ["req", "-newkey", "rsa:2048", "-nodes", "-keyout", pem(`${who}.key`), "-out", pem(`${who}.csr`)].concat([
          "-subj",
          `/CN=${who}`,
        ]),
      );
      ssl(
        ["x509", "-req", "-in", pem(`${who}.csr`), "-CA", pem("ca.pem"), "-CAkey", pem("ca.key")].concat([
          "-CAcreateserial",
          "-out",
          pem(`${who}.pem`),
          "-days",
          "1",
          "-extfile",
          pem("ext"),
        ]),
      );
    }
    const read = (name: string) => readFileSync(pem(name));
    const port = await serve(
      "127.0.0.1:0",
      ServerCredentials.createSsl(
        read("ca.pem"),
        [{ cert_chain: read("server.pem"), private_key: read("server.key") }],
        true,
      ),
    );
    const tls = { address: { kind: "tcp" as const, host: "127.0.0.1", port }, tlsCa: read("ca.pem") };
    const mutual = { ...tls, tlsCert: read("client.pem"), tlsKey: read("client.key") };
    expect((await get(channel(mutual), "tls")).volume?.name).toBe("tls");
    expect((await get(channel({ ...mutual, tlsServerName: "lvmctld.test" }), "sni")).volume?.name).toBe("sni");
    await expect(get(channel({ ...mutual, tlsServerName: "other.test" }), "x")).rejects.toMatchObject({
      code: status.UNAVAILABLE,
    });
    await expect(get(channel({ ...tls, tlsCa: undefined }), "x")).rejects.toMatchObject({ code: status.UNAVAILABLE });
    // No client certificate: the server refuses the handshake.
    await expect(get(channel(tls), "x")).rejects.toMatchObject({ code: status.UNAVAILABLE });
  });
});

describe("parseServerAddress", () => {
  it.each([
    ["unix:///run/lvmctl/lvmctld.sock", { kind: "unix", path: "/run/lvmctl/lvmctld.sock" }],
    ["unix:rel/s.sock", { kind: "unix", path: "rel/s.sock" }],
    ["tcp://host.example:7443", { kind: "tcp", host: "host.example", port: 7443 }],
    ["10.0.0.1:7443", { kind: "tcp", host: "10.0.0.1", port: 7443 }],
    ["[::1]:7443", { kind: "tcp", host: "::1", port: 7443 }],
    ["host.example", { kind: "tcp", host: "host.example", port: 443 }],
  ])("reads %s", (text, address) => {
    expect(parseServerAddress(text)).toEqual(address);
  });

  it.each(["unix://", "tcp://[::1", "host:99999", "host:0", "a:b:c", "http://host:1"])("refuses %s", (text) => {
    expect(() => parseServerAddress(text)).toThrow(/--server/);
  });
});
