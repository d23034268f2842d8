// The quality checks, one line per case: source, target, direction, and what is found.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  CHECK_IDS,
  checkDocument,
  checkRow,
  qaMessage,
  type CheckId,
  type QaContext,
} from '../../../src/core/qa/index.js';
import en from '../../../locales/en/more/qa.json';
import zh from '../../../locales/zh-CN/more/qa.json';
import { firstQuoteRole, quoteOpenAfter } from '../../../src/core/qa/checks/punctuation.js';

const ZE: QaContext = { sourceLang: 'zh', targetLang: 'en' };
const EZ: QaContext = { sourceLang: 'en', targetLang: 'zh' };

// [check, source, target, ctx, params of the first finding of that check, or null for none]
type Case = [CheckId, string, string, QaContext, Record<string, string | number> | null];
const CASES: Case[] = [
  ['empty', '你好。', '', ZE, {}],
  ['empty', '你好。', ' ', ZE, {}],
  ['empty', '你好。', 'Hello.', ZE, null],
  ['same-as-source', '你好。', '你好。', ZE, { text: '你好。' }],
  ['same-as-source', 'The cat sat.', 'The cat sat.', EZ, { text: 'The cat sat.' }],
  ['same-as-source', 'iPhone 15', 'iPhone 15', EZ, null],
  ['untranslated-text', '他去了北京。', 'He went to 北京.', ZE, { text: '北京' }],
  [
    'untranslated-text',
    'He said the budget was fine.',
    '他说the budget没问题。',
    EZ,
    { text: 'the budget' },
  ],
  ['untranslated-text', 'He bought an iPhone at Amazon.', '他在Amazon买了一部iPhone。', EZ, null],
  ['untranslated-text', 'It weighs 3 kg.', '它重3 kg。', EZ, null],
  [
    'number',
    '收入1.2亿元。',
    'Revenue was 12 million yuan.',
    ZE,
    {
      reason: 'changed',
      source: '1.2亿',
      target: '12 million',
      targetValue: '0.12亿',
    },
  ],
  ['number', '收入1.2亿元。', 'Revenue was 120 million yuan.', ZE, null],
  // Names and idioms that hold digits or numerals but no quantity, and numbers said as names.
  ['number', 'COVID-19 spread fast.', '新冠肺炎传播很快。', EZ, null],
  ['number', 'SARS-CoV-2 mutates.', '新冠病毒会变异。', EZ, null],
  ['number', 'We offer 24/7 support.', '我们提供全天候支持。', EZ, null],
  [
    'number',
    '“十四五”规划开局良好。',
    'The 14th Five-Year Plan got off to a good start.',
    ZE,
    null,
  ],
  [
    'number',
    '“十四五”规划开局良好。',
    'The 13th Five-Year Plan got off to a good start.',
    ZE,
    { reason: 'changed', source: '十四五' },
  ],
  ['number', '20世纪90年代经济增长很快。', 'The economy grew fast in the 1990s.', ZE, null],
  ['number', 'Louis XIV built Versailles.', '路易十四修建了凡尔赛宫。', EZ, null],
  [
    'number',
    'Louis XIV built Versailles.',
    '路易十五修建了凡尔赛宫。',
    EZ,
    { reason: 'changed', source: 'XIV' },
  ],
  ['number', 'The Phase III trial ended.', 'III期试验结束了。', EZ, null],
  ['number', 'Then I sent my CV.', '然后我寄出了简历。', EZ, null],
  // A day that names an event may be said by its name; a date said otherwise is still changed.
  ['number', '九一八事变爆发了。', 'The Mukden Incident broke out.', ZE, null],
  ['number', '五四运动开始了。', 'The May Fourth Movement began.', ZE, null],
  ['number', '双十一销量大增。', 'Singles Day sales soared.', ZE, null],
  ['number', '“9·11”事件震惊世界。', 'The 9/11 attacks shocked the world.', ZE, null],
  [
    'number',
    '“9·11”事件震惊世界。',
    'The September 12 attacks shocked the world.',
    ZE,
    { reason: 'extra', target: 'September 12' },
  ],
  ['number', '十一黄金周游客很多。', 'The October 1 Golden Week was busy.', ZE, null],
  // "Three or four" before 节 counts classes, not a day: changed, it is still caught.
  [
    'number',
    '他上了三四节课。',
    'He had seven or eight lessons.',
    ZE,
    { reason: 'differs', source: '三四' },
  ],
  ['number', 'A book by Robert C. Atkins.', '罗伯特·阿特金斯写的书。', EZ, null],
  ['number', '交付A3XX型飞机。', 'To deliver the A3XX.', ZE, null],
  ['number', '2023年6月12日开会。', 'The meeting was on June 12, 2023.', ZE, null],
  ['number', '2023年6月12日开会。', 'The meeting was on June 21, 2023.', ZE, { reason: 'differs' }],
  ['number', '他有3个孩子。', 'He has children.', ZE, { reason: 'missing', source: '3' }],
  // "N of them" counts people ("the eight of them" for 两人); "one of them" picks one out.
  ['number', '于是两人都笑。', 'The eight of them had a good laugh.', ZE, { reason: 'changed' }],
  ['number', '于是两人都笑。', 'The two of them had a good laugh.', ZE, null],
  [
    'number',
    '每样两个，要到你那里。',
    'Five of every sort shall come unto thee.',
    ZE,
    { reason: 'changed' },
  ],
  ['number', '其中一人笑了。', 'One of them laughed.', ZE, null],
  // "One in ten" said the Chinese way; "one of the three" is no share to keep.
  ['number', '10人中有一个是肥胖症患者。', 'One in 10 is obese.', ZE, null],
  ['number', '10人中有一个是肥胖症患者。', 'One in 5 is obese.', ZE, { reason: 'extra' }],
  ['number', 'And he said, I will return.', '三人中有一位说，我必要回来。', EZ, null],
  // Approximations whose ranges meet say the same: 十几 is 10–19, "more than a dozen" 12–24.
  ['number', '赢了十几两银子。', 'I won a dozen taels.', ZE, null],
  ['number', 'I won a dozen taels.', '赢了十几两银子。', EZ, null],
  ['number', '像有十几个太阳升起。', 'Like a dozen suns rising.', ZE, null],
  ['number', '像有十几个太阳升起。', 'Like fifty suns rising.', ZE, { reason: 'changed' }],
  ['number', '翻了十七八个滚。', 'They rolled more than a dozen times.', ZE, null],
  // "The second" is 第二, never the 两 of 两只 ("both"): a 第四 beside it is a number changed.
  [
    'number',
    'Modify the second as well, to make both stronger.',
    '还要改造第二只，以增加两只帆船的弹性。',
    EZ,
    null,
  ],
  [
    'number',
    'Modify the second as well, to make both stronger.',
    '还要改造第四只，以增加两只帆船的弹性。',
    EZ,
    { reason: 'changed', source: 'second', target: '第四' },
  ],
  // "Three more films" counts films ("three more" alone, "more than" do not).
  ['number', 'Then came three more films.', '随后又出现了三部这样的影片。', EZ, null],
  [
    'number',
    'Then came three more films.',
    '随后又出现了二部这样的影片。',
    EZ,
    { reason: 'changed' },
  ],
  // An hour is no "one" that counts a noun: "at seven" for 凌晨一点 is an hour changed.
  [
    'number',
    '回到实验室时正好是凌晨一点，波峰间隔不一。',
    'They arrived back at the lab at one. The distance between one peak and the next varied.',
    ZE,
    null,
  ],
  [
    'number',
    '回到实验室时正好是凌晨一点，波峰间隔不一。',
    'They arrived back at the lab at seven. The distance between one peak and the next varied.',
    ZE,
    { reason: 'changed', target: 'seven' },
  ],
  ['number', '凌晨一点回来。', 'He came back at one in the morning.', ZE, null],
  // A numeral listed before one with the measure word shares it (三，四代), and 下午三四点 is an hour.
  ['number', 'Unto the third and to the fourth generation.', '直到三，四代。', EZ, null],
  [
    'number',
    'Unto the third and to the fourth generation.',
    '直到八，四代。',
    EZ,
    { reason: 'changed' },
  ],
  ['number', "It was three or four o'clock.", '下午三四点的太阳。', EZ, null],
  ['number', "It was three or four o'clock.", '下午六四点的太阳。', EZ, { reason: 'differs' }],
  // "A day or two" is 一两天; "one another" counts no one.
  [
    'number',
    '没过一两天，他们就迷了路。',
    "Within a day or two, they are on one another's nerves.",
    ZE,
    null,
  ],
  [
    'number',
    "Within a day or two, they are on one another's nerves.",
    '没过四两天，他们就迷了路。',
    EZ,
    { reason: 'differs' },
  ],
  // A percentage is not the figure of a measure word: 30% is not the 30 of 30岁.
  [
    'number',
    'A glass of 30%-fat cream.',
    '30岁时，他吃下一大杯冰淇淋。',
    EZ,
    { reason: 'differs', source: '30%', target: '30' },
  ],
  ['number', 'A glass of 30%-fat cream.', '他吃下一大杯脂肪含量为30%的冰淇淋。', EZ, null],
  ['number', 'It rose between 10 and 40% in a decade.', '在过去的10年里上升了10至40%。', EZ, null],
  // 六两 is six taels (the 两 its measure word): changed from "three taels".
  ['number', "About three taels' worth.", '约有三两上下。', EZ, null],
  [
    'number',
    "About three taels' worth.",
    '约有六两上下。',
    EZ,
    { reason: 'changed', target: '六两' },
  ],
  // A number word made a measure by its unit ("an eight-day game") must survive like a figure.
  ['number', 'An eight-day survival game.', '一场为期8天的生存游戏。', EZ, null],
  [
    'number',
    'An eight-day survival game.',
    '一场为期天的生存游戏。',
    EZ,
    { reason: 'missing', source: 'eight' },
  ],
  ['number', 'The modest two-bedroom home.', '一套两居室房子。', EZ, null],
  ['number', '还带了两盒素点心。', 'Carrying two boxes of dim sum.', ZE, null],
  // "Week five" ranks the week: changed into 二周 it is a number changed.
  [
    'number',
    'It is midway through week five of a six-week camp.',
    '为期六周的夏令营已经过了五周半。',
    EZ,
    null,
  ],
  [
    'number',
    'It is midway through week five of a six-week camp.',
    '为期六周的夏令营已经过了二周半。',
    EZ,
    { reason: 'changed' },
  ],
  // "A billion-dollar industry": the number word is a measure and must survive.
  [
    'number',
    'There would not be a billion-dollar diet industry.',
    '饮食疗法行业就不会有10多亿美元的收益。',
    EZ,
    null,
  ],
  [
    'number',
    'There would not be a billion-dollar diet industry.',
    '饮食疗法行业就不会有美元的收益。',
    EZ,
    { reason: 'missing' },
  ],
  // Two approximations agree when they share more than an end: 三两 is not "a day or two".
  [
    'number',
    'Within a day or two, they are lost.',
    '没过三两天，他们就迷了路。',
    EZ,
    { reason: 'differs' },
  ],
  ['number', 'Three or four of them came.', '来了三五个人。', EZ, null],
  // A count before a plural noun, left alone where the other side counts one with 一 and a measure
  // word, was changed into 一; 一块 before a pause is "together", no count.
  ['number', 'I will serve thee seven years for Rachel.', '我愿为拉结服事你七年。', EZ, null],
  [
    'number',
    'I will serve thee seven years for Rachel.',
    '我愿为拉结服事你一年。',
    EZ,
    { reason: 'missing', source: 'seven' },
  ],
  [
    'number',
    'Make five pillars of shittim wood.',
    '要用皂荚木作一根柱子。',
    EZ,
    { reason: 'missing', source: 'five' },
  ],
  ['number', 'Make five pillars of shittim wood.', '要用皂荚木作五根柱子。', EZ, null],
  ['number', 'Under two branches there was a knop.', '枝子以下有球，与枝子接连一块。', EZ, null],
  // "Ninety years old and nine" is the old way of saying 九十九; "ninety years old and eight" is not.
  [
    'number',
    'And when Abram was ninety years old and nine, the LORD appeared.',
    '亚伯兰年九十九岁的时候，耶和华向他显现。',
    EZ,
    null,
  ],
  [
    'number',
    'And when Abram was ninety years old and eight, the LORD appeared.',
    '亚伯兰年九十九岁的时候，耶和华向他显现。',
    EZ,
    { reason: 'changed' },
  ],
  [
    'number',
    '亚伯兰年九十九岁的时候，耶和华向他显现。',
    'And when Abram was ninety years old and nine, the LORD appeared.',
    ZE,
    null,
  ],
  // "One or two" is no home for a 两 that became "ten" elsewhere in the row.
  [
    'number',
    '忽见两个人抬了一张炕桌来，不过略动了几样。',
    'Then ten women came in bearing a table, only one or two of which were touched.',
    ZE,
    { reason: 'changed', source: '两', target: 'ten' },
  ],
  [
    'number',
    '忽见两个人抬了一张炕桌来，不过略动了几样。',
    'Then two women came in bearing a table, only one or two of which were touched.',
    ZE,
    null,
  ],
  // 二三十 / 五六百 are "twenty or thirty" / "five or six hundred" (三二十 too, read as a set).
  ['number', '闹吵吵二三十个孩子。', 'Some twenty or thirty children.', ZE, null],
  ['number', '闹吵吵三二十个孩子。', 'Some twenty or thirty children.', ZE, null],
  ['number', '闹吵吵二三十个孩子。', 'Some seventy children.', ZE, { reason: 'differs' }],
  ['number', 'He was thirty or forty.', '他三七十岁。', EZ, { reason: 'differs' }],
  ['number', 'Five or six hundred came.', '来了五六百人。', EZ, null],
  ['number', 'Five or nine hundred came.', '来了五六百人。', EZ, { reason: 'differs' }],
  [
    'number',
    '除两件衬衫外一无所有。',
    'With nothing more than one shirt.',
    ZE,
    { reason: 'changed' },
  ],
  // Feet and pounds against metres and kilograms were converted; one system on both sides is not.
  [
    'number',
    'She was five feet four inches tall and weighed about 130 pounds.',
    '她身高一米六零，体重六十公斤。',
    EZ,
    null,
  ],
  ['number', '体重六十公斤。', 'She weighed 130 pounds.', ZE, null],
  ['number', '体重六十公斤。', 'She weighed 70 kilograms.', ZE, { reason: 'differs' }],
  ['number', 'She weighed 130 pounds.', '她体重六十磅。', EZ, { reason: 'changed' }],
  ['number', 'He has children.', '他有3个孩子。', EZ, { reason: 'extra', target: '3' }],
  ['number', '一个人走了进来。', 'A man came in.', ZE, null],
  ['number', '他三番五次地说。', 'He said it again and again.', ZE, null],
  [
    'number',
    '三个人走了进来。',
    'Four men came in.',
    ZE,
    { reason: 'changed', source: '三', target: 'Four' },
  ],
  ['number', '增长了百分之四十。', 'It grew by 40%.', ZE, null],
  ['number', '下午3点见。', 'See you at 3 p.m.', ZE, null],
  ['number', '3至5万人', '30,000 to 50,000 people', ZE, null],
  ['number', '降雨四十昼夜。', 'It rained forty days and forty nights.', ZE, null],
  ['number', '王二来了。', 'Wang Er came.', ZE, null],
  // "One" that counts no one (each one, not one, number one), or one of a pair taken in turn
  // ("one…the other" is 两); a number changed beside such a pair is still found.
  ['number', '两人扭打。', 'They fought, each one gaining the upper hand.', ZE, null],
  ['number', '四境连一个也没有留下。', 'There remained not one locust in Egypt.', EZ, null],
  ['number', '烟草是首位杀手，这两种病也不会减少。', 'Smoking is the number one killer.', ZE, null],
  [
    'number',
    '他用两只帆船的名字。',
    'He named one boat after a god and another after a king.',
    ZE,
    null,
  ],
  [
    'number',
    '他要拖一只雪橇，再回去拖另一只。',
    'He will pull one sled, then go back for the other.',
    ZE,
    null,
  ],
  [
    'number',
    '有两个收生婆。',
    'Of which the name of the one was Shiphrah, and of the other Puah.',
    ZE,
    null,
  ],
  [
    'number',
    '有两个收生婆。',
    'Of which the name of the one was Shiphrah, and of the four others.',
    ZE,
    { reason: 'changed' },
  ],
  [
    'number',
    '这件事有两种可能的原因，一是他来视察，二是他来找我。',
    'It has five possible causes: one was that he came to see, the other that he came for me.',
    ZE,
    { reason: 'extra', target: 'five' },
  ],
  ['number', '他有一个儿子。', 'He had one son.', ZE, null],
  // "First" that ranks nothing; an ordinal that ranks is still compared.
  ['number', 'First and foremost we came to see you.', '原是来瞧瞧嫂子；二则也请安。', EZ, null],
  ['number', 'Who made the first four films.', '那四位最早按照电影十戒拍摄电影的人。', EZ, null],
  ['number', 'At first he said no.', '他起初说不。', EZ, null],
  ['number', 'He came first.', '他第三个来。', EZ, { reason: 'changed' }],
  // A figure 1 is the 一 of 一本书 (the reader leaves 一 alone: 一个人 is "a man").
  ['number', 'Fit 10 books into the space of 1.', '在一本书大小的装置上存入10本书。', EZ, null],
  [
    'number',
    'Fit 10 books into the space of 2.',
    '在一本书大小的装置上存入10本书。',
    EZ,
    { reason: 'missing', source: '2' },
  ],
  ['number', '他有三个儿子。', 'He had one son.', ZE, { reason: 'changed' }],
  ['number', '他赢了二十几两。', 'He won over twenty taels.', ZE, null],
  ['number', '7.开麦拉', 'Camera', ZE, null],
  ['number', '美国3Com公司', 'the US company', ZE, null],
  // A number word that closes its clause still counts ("sockets of brass eight;", "at seven.");
  // "by two," is "in pairs", and "this one." counts nothing.
  [
    'number',
    '帷子的柱子四根，带卯的铜座四个。',
    'Their pillars were four, and their sockets of brass eight;',
    ZE,
    { reason: 'changed', source: '四', target: 'eight' },
  ],
  [
    'number',
    '帷子的柱子四根，带卯的铜座四个。',
    'Their pillars were four, and their sockets of brass four;',
    ZE,
    null,
  ],
  [
    'number',
    '回到实验室时正好是凌晨一点。',
    'They arrived back at the lab at seven.',
    ZE,
    { reason: 'changed', source: '凌晨一点', target: 'seven' },
  ],
  ['number', '回到实验室时正好是凌晨七点。', 'They arrived back at the lab at seven.', ZE, null],
  [
    'number',
    '你要带七公七母，不洁净的要带一公一母。',
    'Take them by sevens, the male and his female; of the unclean by two, the male and his female.',
    ZE,
    null,
  ],
  ['number', '这是他的一个。', 'This is his one.', ZE, null],
  // Approximations agree when they are the same, or two rising neighbours that meet (三五个 =
  // "three or four"); a falling pair or one far apart is a number changed.
  ['number', '她们也真见着了一二回。', 'On one or two occasions they saw them.', ZE, null],
  [
    'number',
    '她们也真见着了一二回。',
    'On nine or two occasions they saw them.',
    ZE,
    { reason: 'differs', source: '一二', target: 'nine or two' },
  ],
  [
    'number',
    '只有一两个用户能用。',
    'Only one or four users can use it.',
    ZE,
    { reason: 'differs', source: '一两' },
  ],
  ['number', '来了三五个人。', 'Three or four men came.', ZE, null],
  ['number', '来了六四个人。', 'Three or four men came.', ZE, { reason: 'differs' }],
  [
    'number',
    '分居时间三至五个月。',
    'Three to six months of separation.',
    ZE,
    { reason: 'differs' },
  ],
  [
    'number',
    '分居时间应在一至六个月之间。',
    'Three to six months of separation.',
    ZE,
    { reason: 'differs' },
  ],
  ['number', '分居时间应在一至六个月之间。', 'One to six months of separation.', ZE, null],
  // An age group named in words counts no one; an age in figures, or a single person's, does.
  [
    'number',
    '来自全球年轻人的时尚报道。',
    'Snapshots of savvy twenty-year-olds from around the globe.',
    ZE,
    null,
  ],
  [
    'number',
    '她的女儿还睡不着。',
    'Her twenty-year-old daughter still cannot sleep.',
    ZE,
    { reason: 'extra', target: 'twenty' },
  ],
  [
    'number',
    '来自全球年轻人的时尚报道。',
    'Snapshots of savvy 20-year-olds from around the globe.',
    ZE,
    { reason: 'extra' },
  ],
  // 面 counts walls and mirrors (三面墙); a noun may come quoted (the ten "Lost" filmmakers).
  [
    'number',
    '在三面墙上投下波纹的阴影。',
    'The shadows fell on the ten walls of the set.',
    ZE,
    { reason: 'changed', source: '三', target: 'ten' },
  ],
  [
    'number',
    '在三面墙上投下波纹的阴影。',
    'The shadows fell on the three walls of the set.',
    ZE,
    null,
  ],
  [
    'number',
    '传单上贴有三位制片人的头像。',
    'Leaflets bear the faces of the ten "Lost" filmmakers.',
    ZE,
    { reason: 'changed', source: '三', target: 'ten' },
  ],
  // Before the closing quote that ends the row.
  ['punctuation-width', "Come in and sit down!'", '请家里坐.”', EZ, { mark: '.', expected: '。' }],
  ['punctuation-width', "'What's it called?'", '叫什么?」', EZ, { mark: '?', expected: '？' }],
  ['punctuation-width', "Come in and sit down!'", '请家里坐。”', EZ, null],
  // Before a closing quote with the story going on after it.
  [
    'punctuation-width',
    "Don't put yours to a lot of trouble!' and he hurried out.",
    '忙说：“别叫他们乱碰.”说着便起身出去了。',
    EZ,
    { mark: '.', expected: '。' },
  ],
  ['punctuation-width', 'He said "OK." and left.', '他说“OK.”然后走了。', EZ, null],
  ['punctuation-width', 'Hello, world.', '你好,世界。', EZ, { mark: ',', expected: '，' }],
  ['punctuation-width', 'Pi is 3.14.', '圆周率是3.14。', EZ, null],
  ['punctuation-width', '你好，世界。', 'Hello，world.', ZE, { mark: '，', expected: ',' }],
  ['end-punctuation', '你好。', 'Hello', ZE, { reason: 'missing', source: '。' }],
  ['end-punctuation', '他说：“走吧。”', 'He said, "Let\'s go."', ZE, null],
  // A question made a statement is a translator's choice, not an error.
  ['end-punctuation', '你去吗？', 'Are you going.', ZE, null],
  // Added: a title or label given an end mark it does not have…
  ['end-punctuation', 'Title', '标题。', EZ, { reason: 'added', target: '。' }],
  ['end-punctuation', '第一章 总则', 'Chapter One General Provisions.', ZE, { reason: 'added' }],
  ['end-punctuation', 'Table of contents', '目录。', EZ, { reason: 'added' }],
  // …but a sentence the source left unfinished (a lost 。 or .) is rightly ended by the translator.
  ['end-punctuation', '它是一种不断复发的慢性病', "It's a chronic, relapsing problem.", ZE, null],
  [
    'end-punctuation',
    '杰布承认：肥胖症不是一种疾病',
    'Jebb admits obesity is no disease.',
    ZE,
    null,
  ],
  [
    'end-punctuation',
    'Welcome to Bezosville, in the state of Texas',
    '欢迎你到美国贝索斯维尔来。',
    EZ,
    null,
  ],
  ['end-punctuation', '你去吗？', 'Are you going?', ZE, null],
  ['brackets', '北京（首都）很大。', 'Beijing (the capital is big.', ZE, { mark: '(' }],
  ['brackets', '北京（首都）很大。', 'Beijing (the capital) is big.', ZE, null],
  ['brackets', 'He said (this', '他说（这', EZ, null],
  // A list counter closes nothing ("1) Go"), but a number or letter ending a parenthesis does.
  ['brackets', '见第十条。', 'At the end he credits himself (Rule 10).', ZE, null],
  ['brackets', '见注a。', 'See the note (note a) below.', ZE, null],
  ['brackets', '1）走。2）停。', '1) Go. 2) Stop.', ZE, null],
  ['brackets', '走（第10条）。', 'Go (rule 10 and stop.', ZE, { mark: '(' }],
  ['quotes', '他说：“走吧。”', 'He said, "Let\'s go.', ZE, { mark: '"' }],
  // A speech opened at the row's start runs on as English does, unless its speaker is named
  // before it closes: then the close was lost before "says".
  [
    'quotes',
    '日本的一切都会持续下去。',
    '"In Japan, everything continues for as long as it can.',
    ZE,
    null,
  ],
  [
    'quotes',
    '日本的一切都会持续下去，信用评级公司总裁三国明夫说。',
    '"In Japan, everything continues for as long as it can continue, says Akio Mikuni, president of a credit-rating company.',
    ZE,
    { mark: '"' },
  ],
  [
    'quotes',
    '日本的一切都会持续下去，信用评级公司总裁三国明夫说。',
    '"In Japan, everything continues for as long as it can continue," says Akio Mikuni, president of a credit-rating company.',
    ZE,
    null,
  ],
  [
    'quotes',
    '拍这部片子时，桑切兹说，我们希望能制成录像带。',
    '"When we did the film, Sanchez says, we hoped for a video or cable deal.',
    ZE,
    { mark: '"' },
  ],
  ['quotes', '他说：“走吧。”', 'He said, “Let’s go.”', ZE, null],
  ['quotes', 'He said, "Go.', '他说：“走。', EZ, null],
  ['quotes', 'He said, "Go."', '他说：「走。', EZ, { mark: '「' }],
  // A speech taken up again after its speaker runs on into the next row; inline codes around
  // the row do not move its edges.
  ['quotes', '杰布承认：这不是病', '"Obesity," admits Jebb, "is not a disease', ZE, null],
  [
    'quotes',
    '鲁思说：我听说过。去年我治过一个。',
    '"I\'ve heard," says Rooth. "I had one',
    ZE,
    null,
  ],
  [
    'quotes',
    '杰布承认：这不是病',
    '"Obesity," the cure of Jebb, "is not a disease',
    ZE,
    { mark: '"' },
  ],
  ['quotes', '杰布承认：这不是病', 'Obesity, admits Jebb, "is not a disease', ZE, { mark: '"' }],
  [
    'quotes',
    '有时，亚鲁斯说，分居有用。',
    '"Sometimes, Ahrons says, "a separation helps.',
    ZE,
    { mark: '"' },
  ],
  [
    'quotes',
    '有时，亚鲁斯说，分居有用。',
    'Sometimes," Ahrons says, a separation helps."',
    ZE,
    { mark: '"' },
  ],
  [
    'quotes',
    '杰布说：有些基因使人发胖。',
    '"There is a genetic susceptibility, "says Jebb.',
    ZE,
    null,
  ],
  ['quotes', '俗语说的好：‘与人方便。’', '\uE000\'You know the saying, "Help."\uE001', ZE, null],
  ['quotes', '他来了。', '\uE000He "came.\uE001', ZE, { mark: '"' }],
  // Dialogue going on in the next row opens at a speech or a sentence, even when the source's
  // quote is unpaired too; a quote opened mid-phrase (a word before it) lost its partner.
  ['quotes', '你再绕弯儿也没用。”', "It's no use, I'm afraid.'", ZE, null],
  ['quotes', '你再绕弯儿也没用。”', 'There are "several here.\'', ZE, { mark: '"' }],
  ['quotes', '在江湖上可也不用混啦。”', 'Little White "Dragon, forget it!\'', ZE, { mark: '"' }],
  [
    'quotes',
    'Research went well, he said.',
    '他说：“近年来基础研究的“商业运行还是很成功的。',
    EZ,
    { mark: '“' },
  ],
  [
    'quotes',
    'Research went well.',
    '近年来很多基础研究的“商业运行还是很成功的。',
    EZ,
    { mark: '“' },
  ],
  ['quotes', 'Research went well,', '他说：“近年来很多基础研究的商业运行还是很成功的，', EZ, null],
  // A row opened with a quote: English reopens one at each paragraph of a long speech, a Chinese
  // row of a quote-less source does not.
  ['quotes', '医生没有时间。', '"GPs have no time.', ZE, null],
  ['quotes', 'GPs have no time.', '“医生没有时间。', EZ, { mark: '“' }],
  ['quotes', "'GPs have no time.", '“医生没有时间。', EZ, null],
  [
    'quotes',
    "'Relations don't come,' she said.",
    '凤姐笑道：““亲戚们不大走动了。',
    EZ,
    { mark: '“' },
  ],
  ['quotes', 'They were called fistcakes.', '故曰“拤饼”。', EZ, null],
  // English single quotes: a quoted plural closes on its s, a cut year is no quote.
  ['quotes', '故曰“拤饼”。', "They were called 'fistcakes'.", ZE, null],
  ['quotes', '故曰“拤饼”。', "They were called 'fistcakes.", ZE, { mark: "'" }],
  ['quotes', '史密斯家的房子。', "The Smiths' house.", ZE, null],
  ['quotes', '《1995年教条宣言》', "the Dogme '95 manifesto", ZE, null],
  ['quotes', '六十年代', "in the '60s", ZE, null],
  ['quotes', '“猛捅——猛捅——”', "'Poo-pah – poo-pah –'", ZE, null],
  // A speech opened after a colon (running on into the next row) starts with a capital; a quote
  // before a lower-case word there was typed in.
  ['quotes', '耶和华对他说：', 'And the LORD said unto him: "Go forth', ZE, null],
  [
    'quotes',
    '正如神所吩咐的。耶和华就把他关在里头。',
    'As God had commanded him: "and the LORD shut him in.',
    ZE,
    { mark: '"' },
  ],
  // Of an odd count of straight quotes, the one opened mid-phrase and followed by another opening
  // is the one that lost its partner (straight quotes do not nest), though the last would pass as
  // run-on speech; a capital after it (a name) changes nothing.
  [
    'quotes',
    '今天不是礼拜日，唱的是《圣灵光照》。',
    'It wasn\'t Sunday, so it "was likely a rehearsal. The song was "Come, Gracious Spirit."',
    ZE,
    { mark: '"' },
  ],
  [
    'quotes',
    '今天不是礼拜日，唱的是《圣灵光照》。',
    'It wasn\'t "Sunday, so it was likely a rehearsal. The song was "Come, Gracious Spirit."',
    ZE,
    { mark: '"' },
  ],
  [
    'quotes',
    '今天不是礼拜日，唱的是《圣灵光照》。',
    'It wasn\'t Sunday. The song was "Come, Gracious Spirit." He said: "We',
    ZE,
    null,
  ],
  [
    'quotes',
    '今天不是礼拜日，唱的是《圣灵光照》。',
    'It was, in his words, "the best. The song was "Come, Gracious Spirit."',
    ZE,
    null,
  ],
  // “ opened again inside an open “ (a quote within a quote takes ‘): one of them lost its close,
  // even where the source's speech runs on from the row before.
  [
    'quotes',
    "The urchin stared at her. 'Which Mrs Zhou?",
    '“那孩子翻眼瞅着道：“那个周大娘?',
    EZ,
    { mark: '“' },
  ],
  [
    'quotes',
    "The urchin stared at her. 'Which Mrs Zhou?",
    '那孩子翻眼瞅着道：“那个周大娘?',
    EZ,
    null,
  ],
  ['quotes', 'He said, "She called it \'the end\'."', '他说：“她称之为‘末日’。”', EZ, null],
  ['spacing', '你好。', 'Hello  world.', ZE, { what: 'double' }],
  ['spacing', '你好。', ' Hello.', ZE, { what: 'leading' }],
  ['spacing', 'Hello world.', '你好 世界。', EZ, { what: 'between-han' }],
  ['spacing', 'Hello world.', '你好 iPhone。', EZ, null],
  ['repeated-word', '他去了。', 'He went to the the shop.', ZE, { word: 'the' }],
  ['repeated-word', '他去了。', 'He had had enough.', ZE, null],
  ['repeated-word', 'He walked.', '他慢慢地走了。', EZ, null],
  ['repeated-word', 'The meeting ended.', '会议会议结束了。', EZ, { word: '会议' }],
  // Reduplication: a numeral and its measure word, a doubled word made an adverb by 地.
  ['repeated-word', 'It grew step by step.', '就这样，一步一步建立了。', EZ, null],
  // 一步一步, 一点一点 before their verb are "step by step", "bit by bit" whatever the source says;
  // before a noun or a pause the doubling is a slip.
  ['repeated-word', 'It grew into a myth.', '就这样，一步一步建立了。', EZ, null],
  ['repeated-word', 'He ate it slowly.', '他一点一点吃掉了。', EZ, null],
  ['repeated-word', 'Time passed.', '日子一天一天过去。', EZ, null],
  ['repeated-word', 'If we are late.', '若迟了一步一步，就难说了。', EZ, { word: '一步' }],
  ['repeated-word', 'He ate a bit.', '他吃了一点一点的饭。', EZ, { word: '一点' }],
  ['repeated-word', 'A loaf of bread.', '取一个一个饼。', EZ, { word: '一个' }],
  ['repeated-word', 'I stayed a week.', '我住了一个一个星期。', EZ, { word: '一个' }],
  ['repeated-word', 'Two and two of all flesh.', '都一对一对地进入方舟。', EZ, null],
  ['repeated-word', 'Wolfing down pasta.', '大口大口地嚼着意大利面。', EZ, null],
  ['repeated-word', 'Wolfing down pasta.', '大口大口嚼着意大利面。', EZ, { word: '大口' }],
  // A demonstrative doubled stands for what was said ("after this manner").
  ['repeated-word', 'After this manner did thy servant to me.', '你的仆人如此如此待我。', EZ, null],
  ['repeated-word', 'He said thus.', '他说这般这般做就行。', EZ, null],
  ['repeated-word', 'It was so.', '事就这样这样成了。', EZ, { word: '这样' }],
  ['repeated-word', '他们问她。', 'They asked her her business.', ZE, null],
  ['repeated-word', '他们问她。', 'They asked his his business.', ZE, { word: 'his' }],
  ['tags', '\uE000你好\uE001', '\uE000Hello\uE001', ZE, null],
  ['tags', '\uE000你好\uE001', 'Hello\uE001', ZE, { reason: 'missing', tag: '#1' }],
  ['tags', '<b>你好</b>', '<b>Hello</b><i>', ZE, { reason: 'extra', tag: '<i>' }],
  ['tags', '<b>你好</b>', '</b>Hello<b>', ZE, { reason: 'order' }],
  ['tags', '{0}和{1}', '{1} and {0}', ZE, null],
  [
    'length',
    '这是一个相当长的句子，用来测试长度检查是否能够在一段译文里发现各种各样的问题。',
    'This.',
    ZE,
    { reason: 'shorter' },
  ],
  // A line under 30 Chinese characters translates loosely: short alone is no finding there, short
  // and stopping mid-air is.
  [
    'length',
    '韦小宝道：“这个…… 这个…… 什么书…… 我…… 我记不起了。”',
    "'I... I... can't remember.'",
    ZE,
    null,
  ],
  [
    'length',
    '韦小宝道：“这个…… 这个…… 什么书…… 我…… 我记不起了。”',
    "'I... I... can't",
    ZE,
    { reason: 'shorter' },
  ],
  ['length', '这是一个相当长的句子，用来测试长度检查是否能够发现问题。', 'This.', ZE, null],
  // English never stops on "the", "of" or "and": cut off, even where the source runs on (a verse
  // that ends on a comma).
  [
    'length',
    '骆驼喝足了，那人就拿一个金环，重半舍客勒，两个金镯，重十舍客勒，给了那女子，',
    'And it came to pass, as the camels had done drinking, that the',
    ZE,
    { reason: 'shorter' },
  ],
  // Nor does it stop on a word where the source ends a clause: cut off, if short at all.
  [
    'length',
    '骆驼喝足了，那人就拿一个金环，重半舍客勒，两个金镯，重十舍客勒，给了那女子，',
    'And it came to pass, as the camels had done drinking, that the man took a golden earring',
    ZE,
    { reason: 'shorter' },
  ],
  [
    'length',
    '骆驼喝足了，那人就拿一个金环，重半舍客勒，两个金镯，重十舍客勒，给了那女子，',
    'And it came to pass, as the camels had done drinking, that the man took a golden earring of half a shekel weight, and two bracelets for her hands of ten shekels weight of gold;',
    ZE,
    null,
  ],
  [
    'length',
    '又把链子的那两头接在两槽上，安在以弗得前面肩带上，',
    'And the two ends of the two wreathen chains they fastened',
    ZE,
    { reason: 'shorter' },
  ],
  [
    'length',
    'And Pharaoh said unto Joseph, Say unto thy brethren, This do ye; lade your beasts, and go, get you unto the land of Canaan;',
    '法老对约瑟说，你吩咐你的弟兄',
    EZ,
    { reason: 'shorter' },
  ],
  [
    'length',
    'And Pharaoh said unto Joseph, Say unto thy brethren, This do ye; lade your beasts, and go, get you unto the land of Canaan;',
    '法老对约瑟说，你吩咐你的弟兄们说，你们要这样行，把驮子抬在牲口上，起身往迦南地去。',
    EZ,
    null,
  ],
  // A translation that stops on a word where the source ends its sentence needs only half a
  // spread of shortfall; one that pauses on a comma there, a little less than a plain one.
  [
    'length',
    "Dogme 2 was Von Trier's The Idiots, an aggressive comedy with porno elements.",
    '第二部应用这些教条的电影是冯',
    EZ,
    { reason: 'shorter' },
  ],
  [
    'length',
    'As usual he is smiling, shaking hands and shocking new employees with his distinctive laugh, a rapid honk that sounds like a flock of geese.',
    '和往常一样，他微笑着与新雇员握手，',
    EZ,
    { reason: 'shorter' },
  ],
  [
    'length',
    'As usual he is smiling, shaking hands and shocking new employees with his distinctive laugh, a rapid honk that sounds like a flock of geese.',
    '和往常一样，他微笑着与新雇员握手，他那特有的大笑让他们很惊讶，',
    EZ,
    null,
  ],
  [
    'length',
    '这是一个相当长的句子，用来测试长度检查是否能够发现问题。',
    'This is a rather long sentence, used to test whether the length check can find problems.',
    ZE,
    null,
  ],
  // A translation cut off (it stops on a word where the source ends its sentence) needs a smaller
  // shortfall; the same shortfall with the sentence ended is a free rendering.
  [
    'length',
    '这是一个相当长的句子，用来测试长度检查是否能够发现问题。',
    'This is a rather long sentence, used to test',
    ZE,
    { reason: 'shorter' },
  ],
  [
    'length',
    '这是一个相当长的句子，用来测试长度检查是否能够发现问题。',
    'This is a long sentence to test the length check.',
    ZE,
    null,
  ],
  [
    'length',
    'This is a rather long sentence, used to test whether the length check can find problems in a translation.',
    '这是一个相当长的句子，用来测试',
    EZ,
    { reason: 'shorter' },
  ],
  [
    'length',
    'This is a rather long sentence, used to test whether the length check can find problems in a translation.',
    '这是测试长度检查的长句子。',
    EZ,
    null,
  ],
];

describe('checkRow', () => {
  for (const [check, source, target, ctx, want] of CASES) {
    it(`${check}: ${source} → ${target}${want ? '' : ' (none)'}`, () => {
      const found = checkRow({ id: 'r', source, target }, 0, ctx).filter((f) => f.check === check);
      if (!want) return assert.deepEqual(found, []);
      assert.ok(found.length > 0, `no ${check} finding`);
      for (const [k, v] of Object.entries(want)) assert.equal(found[0]!.params[k], v, k);
      assert.equal(found[0]!.row, 0);
      assert.equal(found[0]!.rowId, 'r');
    });
  }

  // The grid lists a row's missing codes by their chips (`Tags missing: ⟨1 1⟩`): QA names them so.
  const B = [
    { kind: 'open' as const, id: '1', tag: 'bpt', data: '<b>' },
    { kind: 'close' as const, id: '1', tag: 'ept', data: '</b>' },
    { kind: 'standalone' as const, id: '2', tag: 'ph', data: '<br/>' },
  ];
  const tagCases: [string, string, string[]][] = [
    ['请点击\uE000保存\uE001按钮。', 'Click the Save button.', ['missing ⟨1', 'missing 1⟩']],
    ['请点击\uE000保存\uE001按钮。', 'Click \uE000Save\uE001\uE002.', ['extra ⟨3⟩']],
    ['\uE000保存\uE001\uE002', '\uE002\uE001Save\uE000', ['order ⟨3⟩ 1⟩ ⟨1']],
  ];
  for (const [source, target, want] of tagCases) {
    it(`tags are named as the grid's chips: ${target}`, () => {
      const found = checkRow({ id: 'r', source, target, codes: B }, 0, ZE).filter(
        (f) => f.check === 'tags',
      );
      assert.deepEqual(
        found.map((f) => `${f.params.reason} ${f.params.tag}`),
        want,
      );
    });
  }

  it('an empty target is reported alone, not with the numbers and punctuation it lacks', () => {
    const found = checkRow({ id: '', source: '收入1.2亿元。', target: '' }, 3, ZE);
    assert.deepEqual(
      found.map((f) => [f.row, f.check, f.severity]),
      [[3, 'empty', 'error']],
    );
  });

  it('obeys settings: a check turned off finds nothing, a severity can be changed', () => {
    const row = { id: '', source: '你好。', target: 'Hello  world' };
    const found = checkRow(row, 0, ZE, {
      enabled: { 'end-punctuation': false },
      severity: { spacing: 'error' },
    });
    assert.deepEqual(
      found.map((f) => [f.check, f.severity]),
      [['spacing', 'error']],
    );
  });
});

describe('checkDocument', () => {
  const rows = [
    {
      id: 'a',
      source: '他们决定明天去北京开会。',
      target: 'They decided to go to Beijing for a meeting tomorrow.',
    },
    { id: 'b', source: '天气很好。', target: 'The weather is nice.' },
    {
      id: 'c',
      source: '他们决定明天去北京开会。',
      target: 'Tomorrow they will attend a meeting in Beijing.',
    },
    { id: 'd', source: '今天天气很好，我们出去走走吧。', target: 'The weather is nice.' },
  ];

  it('finds one source translated two ways, and one translation given to two sources', () => {
    const found = checkDocument(rows, ZE).filter((f) => f.check.startsWith('inconsistent'));
    assert.deepEqual(
      found.map((f) => [f.row, f.check, f.params.otherRow]),
      [
        [0, 'inconsistent-translation', 3],
        [1, 'inconsistent-source', 4],
        [2, 'inconsistent-translation', 1],
        [3, 'inconsistent-source', 2],
      ],
    );
  });

  it('runs extra document checks (the termbase plugs in here) under the same settings', () => {
    const term = () => [
      { row: 1, rowId: 'b', check: 'term' as const, severity: 'warning' as const, params: {} },
    ];
    assert.equal(
      checkDocument(rows, ZE, { extra: [term] }).filter((f) => f.check === 'term').length,
      1,
    );
    const off = checkDocument(rows, ZE, { extra: [term], settings: { enabled: { term: false } } });
    assert.equal(off.filter((f) => f.check === 'term').length, 0);
  });

  // English speech cut into sentences: a row may open with a quote that a later row closes, or
  // reopen one left open by the paragraph before; a quote typed at the start of a row does neither.
  const quoteRows = (targets: string[]) =>
    targets.map((target, i) => ({ id: String(i), source: `第${i + 1}句。`, target }));
  const QUOTE_CASES: [string, string[], number[]][] = [
    [
      'a speech over two rows, closed after a space',
      ['"I have never been curious about him.', 'My father is the man who raised me. "'],
      [],
    ],
    [
      'a speech reopened at a new paragraph',
      ['"It began in May.', 'Nobody knew why.', '"Then it stopped," she said.'],
      [],
    ],
    ['a quote typed at the start of a verse', ['And God saw the light.', '"And it was good.'], [1]],
    [
      'a quote typed in, the next quote another opening',
      ['"And the LORD spake.', 'He said, "Go."'],
      [0],
    ],
    ['single quotes are not followed across rows', ["'Now where we live is far."], []],
  ];
  for (const [name, targets, flagged] of QUOTE_CASES)
    it(`quotes across rows: ${name}`, () => {
      const found = checkDocument(quoteRows(targets), ZE).filter((f) => f.check === 'quotes');
      assert.deepEqual(
        found.map((f) => f.row),
        flagged,
      );
    });

  it('quote state: what the first double quote does, and what is open after a row', () => {
    const ROLE: [string, 'open' | 'close' | undefined][] = [
      ['"It began.', 'open'],
      ['raised me. "', 'close'],
      ['it," she said', 'close'],
      ['he said, “Go', 'open'],
      ['\uE000raised me. "\uE001', 'close'],
      ['no quotes', undefined],
    ];
    for (const [text, role] of ROLE) assert.equal(firstQuoteRole(text), role, text);
    assert.equal(quoteOpenAfter('"It began in May.', false), true);
    assert.equal(quoteOpenAfter('"Then it stopped," she said.', true), false);
    assert.equal(quoteOpenAfter('"Then it went on.', true), true);
  });

  it('reports progress up to the last row', () => {
    const seen: number[] = [];
    checkDocument(rows, ZE, { onProgress: (done) => seen.push(done) });
    assert.equal(seen.at(-1), rows.length);
  });
});

describe('messages', () => {
  const lookup =
    (tree: Record<string, unknown>) => (key: string, opts?: Record<string, unknown>) => {
      const path = key.replace(/^qa\./, '').split('.');
      const leafKey = path.pop()!;
      const node = path.reduce(
        (o, k) => (o as Record<string, unknown>)[k],
        tree as unknown,
      ) as Record<string, string>;
      const text = node[opts?.context ? `${leafKey}_${String(opts.context)}` : leafKey];
      assert.ok(text, `no string for ${key} ${String(opts?.context ?? '')}`);
      return text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(opts?.[k]));
    };

  it('names every check in both languages', () => {
    for (const id of CHECK_IDS) {
      assert.ok(en.check[id], `en ${id}`);
      assert.ok(zh.check[id], `zh ${id}`);
    }
  });

  it('words every finding of the table in both languages, naming what differs', () => {
    for (const [, source, target, ctx] of CASES) {
      for (const f of checkRow({ id: '', source, target }, 0, ctx)) {
        for (const tree of [en, zh]) {
          const text = qaMessage(f, lookup(tree));
          assert.doesNotMatch(text, /undefined|\{\{/, `${f.check}: ${text}`);
        }
      }
    }
    const [f] = checkRow(
      { id: '', source: '收入1.2亿元。', target: 'Revenue: 12 million yuan.' },
      0,
      ZE,
    );
    assert.equal(
      qaMessage(f!, lookup(en)),
      '1.2亿 in the source; the translation has 12 million, which is 0.12亿.',
    );
  });

  // source, target, direction → every number finding, worded in English. A change and the
  // result it reached ("by 15% to 3.5 billion", 增长15%至35亿) are two numbers, not a range;
  // the value is said again only when it is written another way than the source's.
  const WORDED: [string, string, QaContext, string[]][] = [
    [
      'Revenue rose by 15% to 3.5 billion.',
      '收入增长16%，达到35亿元。',
      EZ,
      ['15% in the source; the translation has 16%.'],
    ],
    [
      'Revenue rose by 15% to 3.5 billion.',
      '收入增长15%，达到25亿元。',
      EZ,
      ['3.5 billion in the source; the translation has 25亿, which is 2.5 billion.'],
    ],
    ['Revenue rose by 15% to 3.5 billion.', '收入增长15%，达到35亿元。', EZ, []],
    ['收入增长15%至35亿元。', 'Revenue rose by 15% to 3.5 billion.', ZE, []],
    [
      '收入增长15%至35亿元。',
      'Revenue rose by 15% to 2.5 billion.',
      ZE,
      ['35亿 in the source; the translation has 2.5 billion, which is 25亿.'],
    ],
    [
      '收入增长15%至35亿元。',
      'Revenue rose by 16% to 3.5 billion.',
      ZE,
      ['15% in the source; the translation has 16%.'],
    ],
    ['收入从20亿元增至35亿元。', 'Revenue rose from 2 billion to 3.5 billion.', ZE, []],
    [
      'Revenue rose from 2 billion to 3.5 billion.',
      '收入从20亿元增至45亿元。',
      EZ,
      ['2 billion to 3.5 billion in the source; the translation has 45亿.'],
    ],
    [
      'Sales grew by 500 million to 3.5 billion.',
      '销售额增加5亿，达到36亿。',
      EZ,
      ['3.5 billion in the source; the translation has 36亿, which is 3.6 billion.'],
    ],
    [
      'It has 3,800 staff.',
      '它有3900名员工。',
      EZ,
      ['3,800 in the source; the translation has 3900.'],
    ],
    [
      '它有3800名员工。',
      'It has 3,900 staff.',
      ZE,
      ['3800 in the source; the translation has 3,900.'],
    ],
    [
      '收入1.2亿元。',
      'Revenue was 12,000,000 yuan.',
      ZE,
      ['1.2亿 in the source; the translation has 12,000,000, which is 0.12亿.'],
    ],
    [
      'Revenue was 1.2 billion yuan.',
      '收入1.3亿元。',
      EZ,
      ['1.2 billion in the source; the translation has 1.3亿, which is 0.13 billion.'],
    ],
  ];
  for (const [source, target, ctx, want] of WORDED) {
    it(`words ${source} → ${target}`, () => {
      const found = checkRow({ id: '', source, target }, 0, ctx).filter(
        (f) => f.check === 'number',
      );
      assert.deepEqual(
        found.map((f) => qaMessage(f, lookup(en))),
        want,
      );
    });
  }
});
