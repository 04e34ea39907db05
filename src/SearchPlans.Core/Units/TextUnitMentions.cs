using System.Text.RegularExpressions;

namespace SearchPlans.Units;

/// <summary>
/// Finds units a requirement names in its own text, where a verb introduces them: 配合市政数局, 由区政府办公室,
/// 反馈市府办公室. These are where short forms such as 市政数局 show up, so they are evidence for the spellings.
/// </summary>
/// <remarks>
/// Only names after a verb that points at a body, and only with a printed scope (市, 县, 区…): free text is full of
/// words ending in 局 or 中心 that are no unit.
/// </remarks>
public static partial class TextUnitMentions
{
    [GeneratedRegex(@"(?:配合|会同|协助|联合|协同|由|报送|报|反馈|商请|经|按)([省市县区][\p{IsCJKUnifiedIdeographs}]{1,9}?(?:办公室|委员会|中心|局|委|办))")]
    private static partial Regex NamedBody();

    public static IEnumerable<string> Find(string text) =>
        NamedBody().Matches(text).Select(m => m.Groups[1].Value).Distinct();
}
