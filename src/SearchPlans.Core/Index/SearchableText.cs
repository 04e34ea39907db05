namespace SearchPlans.Index;

/// <summary>
/// The text a query runs over: the requirement and its criteria. Criteria are included because plans
/// often name the obligation only there (从化区 item 2 says 同步组织、同步审签; its criterion says “三同步”).
/// </summary>
public static class SearchableText
{
    public static string Compose(string text, IReadOnlyCollection<string> criteria) =>
        criteria.Count == 0 ? text : text + "\n" + string.Join("\n", criteria);
}
