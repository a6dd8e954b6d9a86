/**
 * The vocabulary of zone names: the suffixes that make a name a zone (with
 * the official long form of each abbreviation, the Zone.kind and English),
 * the words that cannot be part of a zone's name (verbs and function words
 * before it: 推进, 依托, 的, 和), and the modifiers that describe a zone
 * without naming it (国家级, 特色, 智慧).
 */
import type { ZoneKind } from '../../shared/graph.ts';

export interface ZoneSuffix {
  surface: string;
  /** The official long form: 经开区 → 经济技术开发区. */
  full: string;
  kind: ZoneKind;
  english: string;
  /** Only a place-name stem makes it a zone (示范区, 合作区, bare 开发区 after a name). */
  needsPlaceStem?: boolean;
  /** Only inside a free-trade zone's context (自贸区武汉片区). */
  ftzOnly?: boolean;
  /** Names a zone with any short stem (临陇产业合作园, 宁马产业合作园: abbreviations of the partner places). */
  shortStemNames?: boolean;
  /** A part of the zone named right before it (雄安新区启动区), or of a place with a long descriptive stem (济南新旧动能转换起步区). */
  subArea?: boolean;
}

const S = (surface: string, full: string, kind: ZoneKind, english: string, extra: Partial<ZoneSuffix> = {}): ZoneSuffix => ({
  surface,
  full,
  kind,
  english,
  ...extra,
});

export const ZONE_SUFFIXES: ZoneSuffix[] = [
  S('经济技术开发区', '经济技术开发区', 'etdz', 'Economic and Technological Development Zone'),
  S('经开区', '经济技术开发区', 'etdz', 'Economic and Technological Development Zone'),
  S('高新技术产业开发区', '高新技术产业开发区', 'hitech', 'High-tech Industrial Development Zone'),
  S('高新技术产业园区', '高新技术产业园区', 'hitech', 'High-tech Industrial Park'),
  S('高新技术开发区', '高新技术开发区', 'hitech', 'High-tech Development Zone'),
  S('高技术产业开发区', '高技术产业开发区', 'hitech', 'High-tech Industrial Development Zone'),
  S('新技术产业开发区', '新技术产业开发区', 'hitech', 'New and High-tech Industrial Development Zone'),
  S('新技术开发区', '新技术开发区', 'hitech', 'New Technology Development Zone'),
  S('高新区', '高新技术产业开发区', 'hitech', 'High-tech Industrial Development Zone'),
  S('经济开发区', '经济开发区', 'economic', 'Economic Development Zone'),
  S('开发区', '开发区', 'other', 'Development Zone', { needsPlaceStem: true }),
  S('综合保税区', '综合保税区', 'bonded', 'Comprehensive Bonded Zone'),
  S('综保区', '综合保税区', 'bonded', 'Comprehensive Bonded Zone'),
  S('保税港区', '保税港区', 'bonded', 'Bonded Port Area'),
  S('保税物流园区', '保税物流园区', 'bonded', 'Bonded Logistics Park'),
  S('保税区', '保税区', 'bonded', 'Bonded Zone'),
  S('出口加工区', '出口加工区', 'bonded', 'Export Processing Zone'),
  // 盘锦港区, 台北港区: a port's area run as a zone; only after a place (港区 alone is any port area).
  S('港区', '港区', 'other', 'Port Area', { needsPlaceStem: true }),
  // Taiwan's name for an export processing zone (高雄加工出口區).
  S('加工出口区', '加工出口区', 'bonded', 'Export Processing Zone'),
  S('自由贸易试验区', '自由贸易试验区', 'ftz', 'Pilot Free Trade Zone'),
  S('自贸试验区', '自由贸易试验区', 'ftz', 'Pilot Free Trade Zone'),
  S('自贸区', '自由贸易试验区', 'ftz', 'Pilot Free Trade Zone'),
  S('自由贸易港', '自由贸易港', 'ftz', 'Free Trade Port'),
  S('片区', '片区', 'ftz', 'Area', { ftzOnly: true }),
  S('自由贸易港区', '自由贸易港区', 'bonded', 'Free Trade Port Zone'),
  S('保税物流中心', '保税物流中心', 'bonded', 'Bonded Logistics Center'),
  S('台商投资区', '台商投资区', 'taiwan-investment', 'Taiwanese Investment Zone'),
  // State-approved opening-up zones on the borders (东兴国家重点开发开放试验区, 防城港国际医学开放试验区).
  S('开发开放试验区', '开发开放试验区', 'other', 'Development and Opening-up Pilot Zone', { needsPlaceStem: true }),
  S('开放试验区', '开放试验区', 'other', 'Opening-up Pilot Zone', { needsPlaceStem: true }),
  // Zones two places (or two countries) run together, named by a syllable of each (深汕, 广清, 中越, 中俄).
  S('经济特别合作区', '经济特别合作区', 'other', 'Special Economic Cooperation Zone', { shortStemNames: true }),
  S('特别合作区', '特别合作区', 'other', 'Special Cooperation Zone', { shortStemNames: true }),
  S('跨境经济合作区', '跨境经济合作区', 'other', 'Cross-border Economic Cooperation Zone', { shortStemNames: true }),
  S('互市贸易区', '互市贸易区', 'other', 'Border Trade Zone', { shortStemNames: true }),
  S('经济综合实验区', '经济综合实验区', 'other', 'Comprehensive Economic Experimental Zone'),
  S('综合实验区', '综合实验区', 'other', 'Comprehensive Experimental Zone'),
  S('临空经济区', '临空经济区', 'other', 'Airport Economic Zone'),
  S('空港经济区', '空港经济区', 'other', 'Airport Economic Zone'),
  S('经济特区', '经济特区', 'other', 'Special Economic Zone', { needsPlaceStem: true }),
  S('产业新城', '产业新城', 'new-area', 'Industrial New City'),
  S('科技新城', '科技新城', 'new-area', 'Science and Technology New City'),
  S('新区', '新区', 'new-area', 'New Area'),
  // 衢州智造新城, 亦庄新城: a city's planned new town; only after a place (新城 alone is any new town).
  S('新城', '新城', 'new-area', 'New City', { needsPlaceStem: true }),
  S('科学城', '科学城', 'science-city', 'Science City'),
  S('科技城', '科技城', 'science-city', 'Science and Technology City'),
  S('工业集中区', '工业集中区', 'park', 'Industrial Concentration Zone'),
  S('工业区', '工业区', 'park', 'Industrial Zone'),
  S('石化区', '石化区', 'park', 'Petrochemical Zone'),
  // Parks two places build together, named by a syllable of each (临陇, 宁马, 包鄂, 宝天).
  S('产业合作园区', '产业合作园区', 'park', 'Industrial Cooperation Park', { shortStemNames: true }),
  S('产业合作园', '产业合作园', 'park', 'Industrial Cooperation Park', { shortStemNames: true }),
  S('产业协作园区', '产业协作园区', 'park', 'Industrial Cooperation Park', { shortStemNames: true }),
  S('产业协作园', '产业协作园', 'park', 'Industrial Cooperation Park', { shortStemNames: true }),
  S('中央商务区', '中央商务区', 'other', 'Central Business District', { needsPlaceStem: true }),
  S('生态区', '生态区', 'other', 'Ecological Zone', { needsPlaceStem: true }),
  S('起步区', '起步区', 'other', 'Pilot Area', { needsPlaceStem: true, subArea: true }),
  S('启动区', '启动区', 'other', 'Start-up Area', { needsPlaceStem: true, subArea: true }),
  // Henan's county zones (长葛市产业集聚区): only after a place, else it is a kind of area.
  S('产业集聚区', '产业集聚区', 'park', 'Industrial Cluster Zone', { needsPlaceStem: true }),
  S('科学工业园区', '科学工业园区', 'park', 'Science-based Industrial Park'),
  S('软件园区', '软件园区', 'park', 'Software Park'),
  S('软件园', '软件园', 'park', 'Software Park'),
  S('工业园区', '工业园区', 'park', 'Industrial Park'),
  S('产业园区', '产业园区', 'park', 'Industrial Park'),
  S('科技园区', '科技园区', 'park', 'Science and Technology Park'),
  S('科学园区', '科学园区', 'park', 'Science Park'),
  S('物流园区', '物流园区', 'park', 'Logistics Park'),
  S('工业园', '工业园', 'park', 'Industrial Park'),
  S('产业园', '产业园', 'park', 'Industrial Park'),
  S('科技园', '科技园', 'park', 'Science Park'),
  S('物流园', '物流园', 'park', 'Logistics Park'),
  S('园区', '园区', 'park', 'Park'),
  S('合作区', '合作区', 'other', 'Cooperation Zone', { needsPlaceStem: true }),
];

/** Longest first, so 经济技术开发区 wins over 开发区 at the same end. */
export const ZONE_SUFFIX_PATTERN = new RegExp(
  [...ZONE_SUFFIXES].sort((a, b) => b.surface.length - a.surface.length).map((s) => s.surface).join('|'),
  'g',
);

export const SUFFIX_BY_SURFACE = new Map(ZONE_SUFFIXES.map((s) => [s.surface, s]));

/**
 * Words (whole jieba tokens) that end a zone name on its left: verbs, prepositions,
 * conjunctions, particles and quantities a name never holds.
 */
export const STEM_BOUNDARY_WORDS = new Set(
  (
    '的 和 与 及 以及 或 并 在 于 向 从 对 为 将 把 由 被 以 等 同 跟 至 到 是 即 如 含 之 其 该 本 我 这 那 了 着 也 都 均 又 再 还 要 可 让 使 给 ' +
    '扎根 入驻 进驻 深耕 更名 改名 ' +
    '推进 推动 建设 打造 依托 支持 加快 加强 提升 促进 鼓励 引导 发挥 优化 完善 实施 围绕 结合 深化 立足 融入 承接 创建 争创 申报 培育 发展 ' +
    '做大 做强 做实 做优 形成 构建 设立 成立 组建 启动 全面 全力 积极 大力 着力 努力 持续 进一步 深入 统筹 探索 谋划 规划 推广 复制 ' +
    '参与 负责 明确 突出 解决 制定 落户 进入 集中 位于 地处 坐落 属于 包括 包含 涵盖 覆盖 辐射 对接 联动 服务 带动 链接 连接 联通 ' +
    '升级 改造 提质 扩区 调区 获批 批准 认定 评为 成为 列为 作为 纳入 加入 共建 合作 协作 指 称 简称 称为 以下 下称 ' +
    '重点 主要 一个 一批 若干 多个 各个 所有 每个 全部 部分 其中 有关 相关 现有 周边 其他 其它 兄弟 先进 沿江 ' +
    '高标准 高起点 高水平 高质量 新建 新设 已 已经 正在 逐步 加速 率先 是否 ' +
    '构筑 谱写 赋予 夯实 增强 共享 做响 擦亮 叫响 唱响 壮大 培植 布局 建成 建好 用好 管好 办好 抓好 抓实 落实 树立 塑造 锻造 打响 ' +
    '拓展 拓宽 提高 强化 延伸 补齐 提速 扩大 扩容 引进 招引 助力 赋能 支撑 聚焦 瞄准 对标 借鉴 学习 比肩 跻身 迈入 迈进 挺进 建立 健全 ' +
    '入驻 入园 进园 集聚 聚集 申建 筹建 新设立 批复 设置 管理 运营 托管 代管 委托 首批 首个 首家 第一批 第二批 全国首批 ' +
    '辖 所辖 管辖 下辖 现辖 轄'
  ).split(' '),
);

/**
 * Words that describe a zone without naming it. A stem made only of these
 * (国家级开发区, 特色产业园区, 智慧园区, 宜居宜业新区) is not a name; when they
 * sit between a place and the suffix (汉川市国家级经开区) they are dropped.
 */
/** Words that qualify a zone without naming it: rank, quality, policy labels (国家级, 特色, 智慧, 宜居宜业). */
export const QUALIFIERS = new Set(
  (
    '国家级 国家 省级 市级 县级 区级 全国 全省 全市 全区 国内 国际级 ' +
    '特色 智慧 绿色 生态 低碳 循环 循环化 现代 现代化 新型 创新型 创新 综合 综合性 专业 专业化 专业型 大型 超大型 小型 ' +
    '各类 各 重点 相关 有条件 条件 优质 一流 世界一流 最美 美丽 魅力 宜居 宜业 宜居宜业 高品质 高端 千亿 百亿 千亿级 百亿级 ' +
    '共建 合作 跨区 跨境 境外 海外 飞地 示范 试点 节水型 节水 零碳 特色化 标准化 智能化 集约 配套 城市型 城市 线下 线上 ' +
    '功能 核心 主导 优势 重要 支撑 承接 双创 创业 孵化 实训 分散 民营 中小企业 企业 民营企业 外资 公共 对外 开放 村 镇 乡 乡镇 县域 园 区 片 中心 老'
  ).split(' '),
);

/** Industry words: a park named only by them (新能源汽车产业园) is a named park in a zone's own plan, a kind of park elsewhere. */
export const INDUSTRY_WORDS = new Set(
  (
    '产业 工业 经济 农业 服务 生产 加工 外贸 新兴 战略性 先进 传统 高新 高新技术 科技 科创 总部 物流 商贸 商务 文化 旅游 康养 健康 ' +
    '医疗 教育 职业教育 人才 金融 新能源 新材料 大数据 人工智能 数字经济 数字 电子信息 智能制造 装备制造 汽车 零部件 汽车零部件 ' +
    '食品 医药 生物医药 化工 能源 电力 高耗能 知识产权 体育 养老 农产品 新经济 数字产业 软件 信息 电子 航空 航天 卫星'
  ).split(' '),
);

/**
 * Words that describe a zone without naming it. A stem made only of these
 * (国家级开发区, 特色产业园区, 智慧园区, 宜居宜业新区) is not a name; when they
 * sit between a place and the suffix (汉川市国家级经开区) they are dropped.
 */
export const GENERIC_MODIFIERS = new Set([...QUALIFIERS, ...INDUSTRY_WORDS]);

/** Park suffixes that take an industry name in a zone's plan (新材料产业园); 园区 forms stay generic (农产品加工园区). */
export const INDUSTRY_NAMED_PARKS = new Set(['产业园', '工业园', '科技园', '物流园']);

/**
 * Part-of-speech tags (jieba) of words that end a stem when they are two or
 * more characters long: verbs (谱写, 赋予, 夯实), adverbs, prepositions,
 * conjunctions, pronouns, particles. Single characters stop a stem only
 * through STEM_BOUNDARY_WORDS, because unknown names fall apart into single
 * characters with arbitrary tags (经开 is 经/n 开/v).
 */
export const STEM_BOUNDARY_TAGS = new Set(['v', 'vd', 'vi', 'vq', 'd', 'ad', 'p', 'c', 'r', 'rr', 'rz', 'u', 'uj', 'ul', 'uz', 'ug', 'ud', 'uv', 'y', 'e', 'o', 'l', 'i']);

/** Direction words that do name a new town or area in a plan (东部产业新城, 北部新区). */
export const DIRECTION_WORDS = new Set(['东部', '西部', '南部', '北部', '中部', '东', '西', '南', '北', '城东', '城西', '城南', '城北']);

/** Words before a bare 开发区/经开区 that make it zones in general, not the document's own (各开发区, 国家级经开区). */
export const PLURAL_BEFORE = /(各|各类|全市|全省|全国|其他|其它|兄弟|国家级|省级|市级|一批|相关|周边|重点|有条件的|先进|所有|多个|[一二三四五六七八九十两几]个|沿江地区|纯|现有|中西部|国内|全球|世界|省内|市内|示范|优秀|部分|这些|省|国家)$/;
