// Asserts that a promise rejects with a given gRPC status (by name) and a message matching a pattern.
import { status } from "@grpc/grpc-js";
import { expect } from "vitest";

export async function expectStatus(p: Promise<unknown>, code: keyof typeof status, message?: RegExp): Promise<void> {
  let error: { code?: number; details?: string } | undefined;
  try {
    await p;
  } catch (err) {
    error = err as { code?: number; details?: string };
  }
  expect(error, `expected ${code}, got success`).toBeDefined();
  expect(status[error!.code!], `details: ${error!.details}`).toBe(code);
  if (message) expect(error!.details).toMatch(message);
}
