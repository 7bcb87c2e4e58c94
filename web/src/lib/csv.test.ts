import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("quotes commas, quotes and line breaks; CRLF line ends; empty cells for null", () => {
    expect(toCsv(["a", "b"], [["x,y", 'say "hi"'], ["line\nbreak", null], [1.5, 0]])).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",\r\n1.5,0\r\n');
  });

  it("neutralises cells a spreadsheet would run as formulas (= + - @ tab CR), but not negative numbers", () => {
    expect(toCsv(["v"], [["=HYPERLINK(\"x\")"], ["+1"], ["-2"], ["@SUM(A1)"], ["\tx"], ["\rx"], [-3]])).toBe(
      'v\r\n"\'=HYPERLINK(""x"")"\r\n\'+1\r\n\'-2\r\n\'@SUM(A1)\r\n\'\tx\r\n"\'\rx"\r\n-3\r\n',
    );
  });
});
