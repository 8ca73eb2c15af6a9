import type { Catalogue } from '../../catalogue.js';

const q = (value: unknown) => JSON.stringify(value);
const SECRET_KIND = { decimal: '位十进制数字', hex: '位十六进制数字', base64: '个 base64 字符' } as const;

export const audit: Catalogue['errors']['audit'] = {
  theValue: (message) => `该值${message}`,
  jsonSurrogate: '含有单独的 UTF-16 代理项，不是有效的 Unicode（RFC 8785 第 3.1 节）',
  notFinite: (value) => `为 ${value}；JSON 中没有 NaN 或 Infinity（RFC 8785 第 3.2.2.3 节）`,
  undefinedValue: '为 undefined，JSON 无法表示',
  bigint: (value) => `是大整数 ${value}n；请写成文本或数`,
  symbol: '是 symbol，JSON 无法表示',
  function: '是函数，JSON 无法表示',
  cycle: '引用了包含它自身的对象（循环引用）；JSON 无法表示',
  tooDeep: (levels) => `嵌套超过 ${levels} 层`,
  notPlainJson: (kind) => `是${kind ? ` ${kind} 对象` : '非纯对象'}，不是纯 JSON 数据`,
  weakSecret: (why, bits) =>
    `${why}；密钥必须至少含 ${bits} 位熵，才能保证无法靠猜测打开其种子承诺值。请用 generateSecret() 或 \`fairdraw commit\` 生成`,
  secretCharacters: '必须由十六进制、十进制或 base64 字符（A-Z a-z 0-9 + / - _）组成，不得含空格或其他符号',
  secretShort: (length, kind, bits, needed) =>
    `只有 ${length} ${typeof kind === 'number' ? `个取自 ${kind} 个字符的字符` : SECRET_KIND[kind]}，熵最多 ${bits} 位；至少需要 ${needed} 个这样的字符`,
  secretRepeats: '少数几个字符重复得太频繁，不像是随机生成的',
  secretBlock: '是一段较短内容的重复',
  secretRun: (most) => `连续超过 ${most} 个字符重复或依次递增、递减`,
  randomBytes: (bytes) => `必须以 Uint8Array 返回 ${bytes} 个字节`,
  randomPatterned: (times) => `连续 ${times} 次返回有规律的字节；随机数来源有故障`,
  seedObject: '必须是对象 { secret, public, commitment }',
  noNul: '不得含有 U+0000',
  commitmentMismatch: (commitment, published) => `${commitment} 不是抽取前公布的种子承诺值（${published}）`,
  publicMismatch: (value, published) =>
    `${q(value)} 不是种子承诺后确定的公开值（${q(published)}）；抽取必须逐字使用公开宣布的值`,
  inputHashMismatch: (hash, published) =>
    `输入的哈希值为 ${hash}，而随种子承诺值公布的是 ${published}：承诺之后输入被改动过`,
  secretDoesNotOpen: (opened, commitment) =>
    `无法打开 seed.commitment：它的承诺值为 ${opened}，公布的是 ${commitment}；这不是当初承诺的密钥`,
  inputNotObject: (kind) => `计划输入必须是 JSON 对象，实际为${kind === 'array' ? '列表' : ` ${kind}`}`,
  inputNotPlain: '计划输入必须是纯 JSON 对象',
  leavesNotArray: '必须是叶子哈希值的列表',
  leavesEmpty: '至少要有一个叶子',
  indexBelow: (leaves, got) => `必须小于叶子数 ${leaves}，实际为 ${got}`,
  notCanonical: '必须是规范 JSON（RFC 8785），与 canonicalJson 的输出完全一致',
  atLeast1: '不得小于 1',
  notString: (type) => `必须是文本，实际为 ${type}`,
  utf8Surrogate: '含有单独的 UTF-16 代理项，无法编码为 UTF-8',
  notSha256: (got) => `必须是以 64 位小写十六进制数字书写的 SHA-256 摘要，实际为 ${got}`,
  notIndex: (got) => `必须是非负整数，实际为 ${got}`,
  seedPart: (got) => `必须是文本或安全整数，实际为 ${got}`,
};
