// What the alignment check's journeys find on the page, in each UI language (from locales/).
export const labels = {
  en: {
    locale: 'en-US',
    source: 'Source text (Chinese)',
    target: 'Existing translation (English), optional',
    align: 'Segment and align',
    rows: 'Aligned sentences',
    nextLow: (n: number) => `Next low-confidence row (${n})`,
    low: 'low',
    split: 'Split at caret',
    moveDown: 'Move last translation sentence down',
    checked: 'checked by you',
    noPartner: '(no partner)',
    resumed: 'Resumed where you left off',
  },
  zh: {
    locale: 'zh-CN',
    source: '原文（中文）',
    target: '已有译文（英文，可选）',
    align: '分句并对齐',
    rows: '已对齐的句子',
    nextLow: (n: number) => `下一个低置信度行（${n}）`,
    low: '低',
    split: '在光标处拆分',
    moveDown: '将最后一个译文句子下移',
    checked: '已人工核对',
    noPartner: '（无对应）',
    resumed: '已恢复上次的核对',
  },
};
export type Labels = (typeof labels)['en'];
