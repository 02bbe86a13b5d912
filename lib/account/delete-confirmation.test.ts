import { describe, expect, it } from "vitest";
import { deletionConfirmationProblem } from "./delete-confirmation";

describe("deletionConfirmationProblem", () => {
  it("accepts the account's address, ignoring surrounding spaces", () => {
    expect(deletionConfirmationProblem("ada@example.test", "ada@example.test")).toBeUndefined();
    expect(deletionConfirmationProblem(" ada@example.test ", "ada@example.test")).toBeUndefined();
  });

  it("refuses anything else, naming what to type", () => {
    expect(deletionConfirmationProblem("", "ada@example.test")).toBe("Type your email address to confirm.");
    expect(deletionConfirmationProblem("bob@example.test", "ada@example.test")).toBe(
      "That doesn't match. Type ada@example.test exactly.",
    );
    expect(deletionConfirmationProblem("ADA@example.test", "ada@example.test")).toBeDefined();
  });
});
