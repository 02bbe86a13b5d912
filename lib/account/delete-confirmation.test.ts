import { describe, expect, it } from "vitest";
import { deletionConfirmationProblem } from "./delete-confirmation";

describe("deletionConfirmationProblem", () => {
  it("accepts the account's address in any letter case, ignoring surrounding spaces", () => {
    expect(deletionConfirmationProblem("ada@example.test", "ada@example.test")).toBeUndefined();
    expect(deletionConfirmationProblem(" ada@example.test ", "ada@example.test")).toBeUndefined();
    expect(deletionConfirmationProblem("Ada@Example.TEST", "ada@example.test")).toBeUndefined();
  });

  it("refuses anything else, naming the exact address to type", () => {
    expect(deletionConfirmationProblem("", "ada@example.test")).toBe("Type ada@example.test to confirm.");
    expect(deletionConfirmationProblem("bob@example.test", "ada@example.test")).toBe("That isn't your address. Type ada@example.test to confirm.");
    expect(deletionConfirmationProblem("ada@example.tes", "ada@example.test")).toBeDefined();
  });
});
