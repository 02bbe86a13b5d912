import { describe, expect, it } from "vitest";
import { formText } from "./form-field";

describe("formText", () => {
  it("reads a text field of a FormData; a missing field or a file is empty", () => {
    const form = new FormData();
    form.set("name", "Ada");
    form.set("file", new Blob(["x"]), "x.txt");
    expect(formText(form, "name")).toBe("Ada");
    expect(formText(form, "missing")).toBe("");
    expect(formText(form, "file")).toBe("");
  });

  // What a client can send a server action instead of a form: Next.js decodes the JSON arguments as they come.
  it.each([undefined, null, 5, "str", {}, { get: 1 }, { get: () => "forged" }, ["name"]])("reads %j as an empty form", (argument) => {
    expect(formText(argument, "name")).toBe("");
  });
});
