namespace SearchPlans.Units;

/// <summary>
/// A unit's spelling read into parts: 市 + 政务服务数据管理 + 局. Two spellings can only name the same unit when
/// their scope agrees, so 区卫健局 and 市卫生健康局 stay apart.
/// </summary>
/// <param name="Spelling">As printed, white space removed.</param>
/// <param name="Scope">The jurisdiction level the unit belongs to (市, 县, 区, 省…); printed, or implied by the cell or the plan; "" when unknown.</param>
/// <param name="Body">What is left between the scope and the type: 政务服务数据管理.</param>
/// <param name="Type">The kind of body the name ends in: 局, 委, 办公室, 中心, 分局…; "" when the name ends in none.</param>
/// <param name="IsGroup">A collective such as 市直各单位 or 各县（区）人民政府 rather than one body.</param>
/// <param name="ScopePrinted">False where the scope was implied (生态环境局 after 市教育局 in one cell).</param>
public sealed record UnitName(string Spelling, string Scope, string Body, string Type, bool IsGroup, bool ScopePrinted)
{
    /// <summary>The key that identical names share: folded, brackets dropped, scope resolved.</summary>
    public string Key => IsGroup ? "group:" + Body : $"{Scope}|{Body}|{Type}";
}
