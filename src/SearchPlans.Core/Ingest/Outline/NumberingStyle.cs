namespace SearchPlans.Ingest.Outline;

/// <summary>
/// The ways Chinese official documents number their parts. A document uses them in its own order (most put 第一部分 or 第一条 above 一、 above
/// （一） above 1. above （1） above ①), so depth is read from the order styles first appear, not from this list.
/// </summary>
internal enum NumberingStyle
{
    /// <summary>第一部分, 第一章: the parts a provincial plan groups its 一、 under.</summary>
    Part,

    /// <summary>第一条: the clauses of a plan written as an 实施方案 or 办法, each a task of its own.</summary>
    Article,

    /// <summary>一、</summary>
    ChineseComma,

    /// <summary>（一）</summary>
    ChineseBracket,

    /// <summary>1. 1、 1． 1﹒ "1 ."</summary>
    DigitDot,

    /// <summary>（1）</summary>
    DigitBracket,

    /// <summary>①</summary>
    Circled,
}
