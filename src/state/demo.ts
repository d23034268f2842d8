// The built-in demo project a first visit opens: a short news-style article about an open-source
// summit, written for this product in Chinese with its English translation, aligned sentence by
// sentence. Some rows are translated, some not yet, so every part of the grid has something to show.
import type { Status } from '../core/model.js';

export interface DemoRow {
  source: string;
  target: string;
  status: Status;
  paragraphStart: boolean;
}

const P = true;

// [paragraph start, zh, en, status]; rows with no English are left for the user to translate.
const ROWS: [boolean, string, string, Status][] = [
  [
    P,
    '第三届“开放之桥”开源峰会于2026年10月14日在杭州开幕，来自32个国家的1,800多名开发者齐聚一堂。',
    'The third Open Bridge open-source summit opened in Hangzhou on October 14, 2026, bringing together more than 1,800 developers from 32 countries.',
    'approved',
  ],
  [
    false,
    '本届峰会为期三天，主题是“共建、共享、共治”。',
    'The three-day summit is themed "Build together, share together, govern together."',
    'reviewed',
  ],
  [
    false,
    '组委会主席林晓雯在开幕式上表示，开源已经从工程师的业余爱好变成了数字经济的基础设施。',
    "Speaking at the opening ceremony, Lin Xiaowen, chair of the organising committee, said that open source has grown from an engineer's hobby into infrastructure for the digital economy.",
    'reviewed',
  ],
  [
    false,
    '她说：“代码可以复制，信任却只能一点点积累。”',
    '"Code can be copied," she said, "but trust can only be built up bit by bit."',
    'translated',
  ],
  [
    false,
    '据主办方统计，今年提交的议题比去年增加了40%。',
    'According to the organisers, talk proposals rose by 40% compared with last year.',
    'translated',
  ],
  [
    P,
    '在上午的主题演讲中，多家企业宣布将各自的内部工具开源。',
    'In the morning keynotes, several companies announced that they would open-source their internal tools.',
    'translated',
  ],
  [
    false,
    '一家物流公司公开了其路径规划引擎，该引擎每天处理约五百万个订单。',
    'A logistics firm released its route-planning engine, which handles about five million orders a day.',
    'draft',
  ],
  [
    false,
    '一个高校团队则发布了面向少数民族语言的语音识别数据集。',
    'A university team published a speech recognition dataset',
    'draft',
  ],
  [false, '不少与会者关心的是，开源项目如何才能长期维持下去。', '', 'new'],
  [false, '下午的圆桌讨论因此聚焦于维护者的倦怠问题和资金来源。', '', 'new'],
  [false, '一位维护者坦言，他每周要花二十个小时回复问题，却几乎没有收入。', '', 'new'],
  [P, '峰会还首次设立了翻译工作坊，志愿者们将项目文档译成中文、英文和西班牙文。', '', 'new'],
  [false, '组织者希望，更好的文档能让更多非英语母语者参与贡献。', '', 'new'],
  [false, '闭幕式上宣布，下一届峰会将于2027年秋季在成都举行。', '', 'new'],
  [false, '林晓雯说：“我们明年见，带上你的代码，也带上你的问题。”', '', 'new'],
];

export const DEMO_ROWS: readonly DemoRow[] = ROWS.map(
  ([paragraphStart, source, target, status]) => ({
    source,
    target,
    status,
    paragraphStart,
  }),
);
