namespace SearchPlans.Contracts;

/// <summary>A shape that is also a CSV row: its header names the JSON fields the row holds.</summary>
public interface ICsvRow<TSelf>
    where TSelf : ICsvRow<TSelf>
{
    static abstract IReadOnlyList<string> CsvHeader { get; }

    IReadOnlyList<string?> CsvRow();
}
