/**
 * The issuing-body mark of the printed original. GB/T 9704-2012 has two headers: the 文件 format
 * (“共青团中央文件”, for documents numbered …发〔2016〕9号) and the 信函 format, whose mark is the
 * issuer's name alone (letters: 函, 明电, and what an 办公厅 or 办公室 sends). A mark that says
 * 文件 where the document is a letter is wrong; the issuer alone is never wrong, so when the
 * number does not show a 文件 the letter form is used.
 */

/** Organ codes of letters: …函〔2018〕77号, …明电〔2016〕21号. */
const letterNumber = /(?:函|明电)\s*〔/u;
/** Organ codes of 文件: …发〔2016〕9号, …字〔…〕. */
const fileNumber = /[发字]\s*〔/u;
/** Offices send letters on their parent's behalf. */
const officeIssuer = /(?:办公厅|办公室)$/u;

/** “…文件” for a 文件-style document, else the issuer's name alone. */
export function issuerMark(issuer: string, number: string | undefined): string {
  const isFile = number !== undefined && fileNumber.test(number) && !letterNumber.test(number) && !officeIssuer.test(issuer);
  return isFile ? `${issuer}文件` : issuer;
}
