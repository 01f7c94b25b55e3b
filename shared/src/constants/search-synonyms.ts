/**
 * What residents type and what the catalog calls it: a search for a word on the left also finds the
 * items and chains whose names contain a word on the right (`GET /items?q=`, `GET /chains?q=`). One list
 * for the BFF's search; words as people say them, each mapped to the words of official names.
 */
export const SEARCH_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  户口: ['户籍', '居住证'],
  落户: ['户籍'],
  迁户: ['户籍迁移'],
  暂住证: ['居住证'],
  身份证: ['居民身份证'],
  结婚: ['婚姻登记'],
  离婚: ['婚姻登记'],
  生孩子: ['出生', '生育'],
  生娃: ['出生', '生育'],
  上户: ['户籍', '出生'],
  开药店: ['药店', '药品经营'],
  卖药: ['药店', '药品经营'],
  开诊所: ['诊所', '门诊', '医疗机构'],
  二手房: ['二手房', '不动产', '存量房'],
  买房: ['二手房', '不动产', '存量房'],
  卖房: ['二手房', '不动产', '存量房'],
  过户: ['二手房', '不动产', '过户'],
  房产证: ['不动产'],
  房本: ['不动产'],
  营业执照: ['个体工商户', '营业执照', '企业登记'],
  开店: ['个体工商户', '营业执照', '食品经营'],
  个体户: ['个体工商户'],
  饭店: ['食品经营'],
  社保: ['社会保险', '养老保险', '社保'],
  养老金: ['养老保险'],
  医保: ['医疗保险', '医保'],
  公积金: ['住房公积金'],
  残疾证: ['残疾人证'],
  老年证: ['老年优待证'],
  老人证: ['老年优待证'],
  高龄补贴: ['高龄津贴'],
  水电: ['水电气'],
  燃气: ['水电气'],
};

/** The official words a search `text` also looks for: those of every synonym it contains. */
export function synonymsOf(text: string): string[] {
  const found = new Set<string>();
  for (const [said, means] of Object.entries(SEARCH_SYNONYMS)) {
    if (text.includes(said)) for (const word of means) found.add(word);
  }
  return [...found];
}
