/** How an organisation's name ends (共青团某某大学委员会, 某某省教育厅, 科协, 某某县人民政府…). */
export const organisationEnding =
  /(?:委|会|协|中央|厅|部|局|办|室|处|科|院|校|学|支|团|队|组|中心|司|府|政府|所|站|社|馆|署|行|庭|联|党组|街道|镇|乡|村|区|县|市|省)$/u;
