/**
 * Function words of written Chinese that carry no search meaning, in Simplified script. Patent
 * structure vocabulary (所述, 其特征在于 …) is in the glossary with `-` so that it is versioned and
 * reviewed with the terms; this list is the grammar that no glossary should need to repeat.
 */
export const ZH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    '的 地 得 了 着 过 和 与 及 或 或者 以及 并 并且 而 而且 但 但是 则 即 也 又 还 都 就 才 在 于 从 向 对 ' +
    '对于 关于 把 被 将 由 以 为 为了 因 因为 所以 因此 如 如果 若 当 时 之 其 此 该 这 这些 那 那些 这种 ' +
    '一 一个 一种 一些 每 每个 各 各个 某 某个 多 多个 个 种 些 是 有 没有 无 不 非 可 可以 能 能够 会 ' +
    '应 应该 需 需要 使 使得 让 令 等 等等 中 上 下 内 外 前 后 间 之间 之中 之后 之前 以上 以下 其中 ' +
    '其他 其它 另 另外 另一 同时 然后 通过 经 经过 根据 按照 基于 利用 使用 采用 用 用于 用来 来 去 ' +
    '进行 实现 作为 成为 具有 含有 包含 包括 所 所有 任何 如此 这样 那样 如何 什么 哪 哪些 本 我们 ' +
    '他 她 它 他们 它们 自己 已 已经 再 更 最 很 较 比较 非常 十分 特别 尤其 仅 仅仅 只 只有 只是 ' +
    '即可 便 便于 从而 进而 以便 以免 以此 由此 藉此 借此 对应 相应 分别 一起 一并 直接 再次 ' +
    '当前 目前 现有 所需 所需的 需要的 相关 有关 两 两个 三 第一 第二 第三 之一 以及其 即时 ' +
    '本发明 本申请 本方案 本公开 本实用新型 发明 方案 公开 实施例 实施方式 实施 示例 例如 比如 如下 ' +
    '下述 上述 前述 所述 该等 一方面 另一方面 此外 并且 还有 还可 还可以 而是 不仅 而非 不同 ' +
    '针对 一组 及其 应有 之外 以外 之内 以内 当下 即将 有效 有效地 大量 少量 较少 较多 更多 更少 ' +
    '相同 同一 这个 那个 哪个 本身 其余 以往 传统 一般 通常 往往 一定 特定 给定 预定 预设 所谓'
  ).split(/\s+/),
)
